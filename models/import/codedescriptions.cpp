#include "codedescriptions.h"

#include <QCoreApplication>

namespace civicstat {

namespace {

// The mapped import's own context: these messages are part of its report.
struct MappedImportText { Q_DECLARE_TR_FUNCTIONS(MappedImport) };

QString renamed(int firstLine, const QString &code, const QString &firstName)
{
    return MappedImportText::tr("row %1 gives \"%2\" another name: \"%3\"").arg(firstLine).arg(code, firstName);
}

} // namespace

const CodeDescriptions::Description *CodeDescriptions::firstDescription(QHash<QString, Description> &seen,
                                                                        const QString &code, const Description &now)
{
    const auto it = seen.constFind(code);
    if (it != seen.constEnd())
        return &*it;
    seen.insert(code, now);
    return nullptr;
}

std::vector<DescriptionDifference> CodeDescriptions::differences(const DescribedRow &row)
{
    std::vector<DescriptionDifference> found;
    const auto differ = [&found](const char *field, const QString &code, const QString &value, const QString &reason) {
        found.push_back({field, code, value, reason, false});
    };
    Description now;
    now.line = row.line;
    now.name = row.goalName;
    if (const Description *first = firstDescription(m_goals, row.goalCode, now); first && first->name != now.name)
        differ("goal_name", row.goalCode, now.name, renamed(first->line, row.goalCode, first->name));
    now.name = row.departmentName;
    if (const Description *first = firstDescription(m_departments, row.departmentCode, now);
        first && first->name != now.name)
        differ("department_name", row.departmentCode, now.name, renamed(first->line, row.departmentCode, first->name));
    now.name = row.objectiveName;
    now.parent = row.goalCode;
    now.department = row.departmentCode;
    if (const Description *first = firstDescription(m_objectives, row.objectiveCode, now)) {
        if (first->name != now.name)
            differ("objective_name", row.objectiveCode, now.name, renamed(first->line, row.objectiveCode, first->name));
        if (first->parent != row.goalCode)
            differ("goal_code", row.objectiveCode, row.goalCode,
                MappedImportText::tr("row %1 puts objective \"%2\" under goal \"%3\"")
                    .arg(first->line)
                    .arg(row.objectiveCode, first->parent));
        if (first->department != row.departmentCode)
            differ("department_code", row.objectiveCode, row.departmentCode,
                   MappedImportText::tr("row %1 puts objective \"%2\" under department \"%3\"")
                       .arg(first->line)
                       .arg(row.objectiveCode, first->department));
    }
    now.name = row.measureName;
    now.parent = row.objectiveCode;
    now.department.clear();
    now.direction = row.direction;
    now.aggregation = row.aggregation;
    if (const Description *first = firstDescription(m_measures, row.measureCode, now)) {
        // A code made from names ("% Graffiti removed", "# Graffiti removed"
        // both give GRAFFITI-REMOVED) must not merge two measures.
        if (row.measureCodeMadeFromName && first->name != now.name)
            found.push_back({ "measure_code", row.measureCode, now.name,
                MappedImportText::tr(
                    "\"%1\" and \"%2\" (row %3) both become the measure code %4; give the file a column of "
                    "codes, or tell the names apart")
                    .arg(now.name, first->name, QString::number(first->line), row.measureCode),
                true });
        else if (first->name != now.name)
            differ("measure_name", row.measureCode, now.name, renamed(first->line, row.measureCode, first->name));
        if (first->parent != row.objectiveCode)
            differ("objective_code", row.measureCode, row.objectiveCode,
                MappedImportText::tr("row %1 puts measure \"%2\" under objective \"%3\"")
                    .arg(first->line)
                    .arg(row.measureCode, first->parent));
        if (first->direction != now.direction)
            differ("direction", row.measureCode, now.direction,
                MappedImportText::tr("row %1 gives measure \"%2\" the direction \"%3\"")
                    .arg(first->line)
                    .arg(
                        row.measureCode, first->direction.isEmpty() ? MappedImportText::tr("none") : first->direction));
        if (!now.aggregation.isEmpty() && first->aggregation != now.aggregation)
            differ("aggregation", row.measureCode, now.aggregation,
                MappedImportText::tr("row %1 gives measure \"%2\" the aggregation \"%3\"")
                    .arg(first->line)
                    .arg(row.measureCode,
                        first->aggregation.isEmpty() ? MappedImportText::tr("none") : first->aggregation));
    }
    return found;
}

} // namespace civicstat
