// The structure half of the canonical import: one row per measure (and per
// target, when a measure's targets change over time), creating or updating
// departments, goals, objectives, measures and effective-dated targets.
#include "importrow.h"

#include <QHash>

namespace civicstat::importing {

namespace {

struct Seen {
    int line = 0;
    QString name;
    QString parent;     // goal code for objectives; "" otherwise
    QString department; // department code for objectives; "" otherwise
};

class StructurePlanner
{
public:
    StructurePlanner(const Structure &existing, const CitySettings &settings, ImportPlan &plan)
        : m_existing(existing), m_settings(settings), m_plan(plan)
    {
    }

    void add(Row &row)
    {
        const int before = row.problemCount();
        const QString goalCode = row.required("goal_code");
        const QString goalName = row.required("goal_name");
        const QString objectiveCode = row.required("objective_code");
        const QString objectiveName = row.required("objective_name");
        const QString departmentCode = row.required("department_code");
        const QString departmentName = row.required("department_name");
        const QString measureCode = row.required("measure_code");
        const QString measureName = row.required("measure_name");
        const auto direction
            = enumCell(row, "direction", directionFromText, ImportText::tr("use higher, lower or band"));
        const auto aggregation =
            enumCell(row, "aggregation", aggregationFromText, ImportText::tr("use sum, mean, last, min, max or ratio"));
        const auto frequency = enumCell(row, "frequency", frequencyFromText,
                                        ImportText::tr("use daily, weekly, monthly, quarterly or annual"));
        const auto classification = enumCell(row, "classification", classificationFromText,
                                             ImportText::tr("use public, internal, confidential or restricted"));
        const auto weight = row.number("weight");
        if (weight && *weight < 0)
            row.problem("weight", ImportText::tr("a weight cannot be negative"));
        if (row.problemCount() > before)
            return;

        consistent(row, m_goals, goalCode, {row.line(), goalName, {}, {}}, "goal_name");
        consistent(row, m_departments, departmentCode, {row.line(), departmentName, {}, {}}, "department_name");
        consistent(row, m_objectives, objectiveCode, {row.line(), objectiveName, goalCode, departmentCode},
                   "objective_name");
        if (row.problemCount() > before)
            return;

        addGoal(goalCode, goalName);
        addDepartment(departmentCode, departmentName);
        addObjective(objectiveCode, objectiveName, goalCode, departmentCode);
        if (!m_measureLines.contains(measureCode)) {
            Measure m;
            if (const Measure *old = m_existing.measureByCode(measureCode))
                m = *old;
            m.code = measureCode;
            m.name = measureName;
            m.direction = *direction;
            m.aggregation = *aggregation;
            if (frequency)
                m.frequency = *frequency;
            if (classification)
                m.classification = *classification;
            if (weight)
                m.weight = *weight;
            if (row.has("unit"))
                m.unit = row.text("unit");
            if (row.has("definition"))
                m.definition = row.text("definition");
            if (row.has("source"))
                m.sourceSystem = row.text("source");
            if (row.has("steward"))
                m.steward = row.text("steward");
            m.decimals = m.unit == QLatin1String("%") || m.aggregation == Aggregation::Mean ? 1 : 0;
            m_measureLines.insert(measureCode, row.line());
            m_plan.batch.measures.push_back({m, {objectiveCode, departmentCode}});
        } else {
            const auto &[first, codes] = measureNamed(measureCode);
            const int firstLine = m_measureLines.value(measureCode);
            if (first.name != measureName || first.direction != *direction || first.aggregation != *aggregation
                || codes.first != objectiveCode)
                row.problem("measure_code",
                    ImportText::tr("this measure is described differently on line %1; repeat a "
                                   "measure only to add targets, with the same name, objective, "
                                   "direction and aggregation")
                        .arg(firstLine));
        }
        addTarget(row, measureCode, *direction);
    }

private:
    template<typename Parse>
    auto enumCell(Row &row, const char *column, Parse parse, const QString &help) -> decltype(parse(QString()))
    {
        const QString text = row.text(column);
        if (text.isEmpty()) {
            if (QLatin1String(column) == QLatin1String("direction") || QLatin1String(column) == QLatin1String("aggregation"))
                row.problem(column, ImportText::tr("this column must not be empty; %1").arg(help));
            return std::nullopt;
        }
        const auto value = parse(text);
        if (!value)
            row.problem(column, help);
        return value;
    }

    void consistent(Row &row, QHash<QString, Seen> &seen, const QString &code, const Seen &now, const char *nameColumn)
    {
        const auto it = seen.constFind(code);
        if (it == seen.constEnd()) {
            seen.insert(code, now);
            return;
        }
        if (it->name != now.name)
            row.problem(nameColumn,
                ImportText::tr("line %1 gives \"%2\" another name: \"%3\"").arg(it->line).arg(code, it->name));
        else if (it->parent != now.parent)
            row.problem("goal_code", ImportText::tr("line %1 puts objective \"%2\" under goal \"%3\"")
                                         .arg(it->line)
                                         .arg(code, it->parent));
        else if (it->department != now.department)
            row.problem("department_code", ImportText::tr("line %1 puts objective \"%2\" under department \"%3\"")
                                               .arg(it->line)
                                               .arg(code, it->department));
    }

    void addGoal(const QString &code, const QString &name)
    {
        if (m_goalsAdded.contains(code))
            return;
        m_goalsAdded.insert(code);
        Goal g;
        if (const Goal *old = m_existing.goalByCode(code))
            g = *old;
        else
            g.sortOrder = int(m_existing.goals.size() + m_plan.batch.goals.size()) + 1;
        g.code = code;
        g.name = name;
        m_plan.batch.goals.push_back(g);
    }

    void addDepartment(const QString &code, const QString &name)
    {
        if (m_departmentsAdded.contains(code))
            return;
        m_departmentsAdded.insert(code);
        Department d;
        if (const Department *old = m_existing.departmentByCode(code))
            d = *old;
        d.code = code;
        d.name = name;
        m_plan.batch.departments.push_back(d);
    }

    void addObjective(const QString &code, const QString &name, const QString &goalCode, const QString &departmentCode)
    {
        if (m_objectivesAdded.contains(code))
            return;
        m_objectivesAdded.insert(code);
        Objective o;
        if (const Objective *old = m_existing.objectiveByCode(code))
            o = *old;
        o.code = code;
        o.name = name;
        m_plan.batch.objectives.push_back({o, {goalCode, departmentCode}});
    }

    const std::pair<Measure, std::pair<QString, QString>> &measureNamed(const QString &code) const
    {
        for (const auto &entry : m_plan.batch.measures) {
            if (entry.first.code == code)
                return entry;
        }
        return m_plan.batch.measures.front();
    }

    void addTarget(Row &row, const QString &measureCode, Direction direction)
    {
        const int before = row.problemCount();
        const auto target = row.number("target");
        const auto low = row.number("target_low");
        const auto high = row.number("target_high");
        const auto tolerance = row.number("tolerance");
        const QString from = row.text("effective_from");
        if (!target && !low && !high && !tolerance && from.isEmpty() && !row.has("target_per")
            && row.problemCount() == before)
            return; // monitoring only, or targets given on another row
        if (tolerance && (*tolerance < 0 || *tolerance >= 1))
            row.problem("tolerance",
                ImportText::tr("a tolerance is a fraction from 0 to below 1 (0.1 for 10%); blank means "
                               "the city default"));
        NewTarget t;
        t.measureCode = measureCode;
        t.target.tolerance = tolerance;
        t.target.per = enumCell(row, "target_per", targetPerFromText,
                                ImportText::tr("use month, quarter or year (blank: the measure's frequency)"));
        if (direction == Direction::Band) {
            if (!low || !high)
                row.problem(low ? "target_high" : "target_low",
                            ImportText::tr("a band measure needs both target_low and target_high"));
            else if (*low > *high)
                row.problem("target_low", ImportText::tr("target_low is above target_high"));
            if (row.has("target"))
                row.problem("target", ImportText::tr("a band measure takes target_low and target_high, not target"));
            t.target.bandLow = low.value_or(0);
            t.target.bandHigh = high.value_or(0);
        } else {
            if (!target && !row.has("target"))
                row.problem("target", ImportText::tr("a target is needed when effective_from or tolerance is given"));
            if (row.has("target_low") || row.has("target_high"))
                row.problem(row.has("target_low") ? "target_low" : "target_high",
                            ImportText::tr("only band measures take target_low and target_high; use target"));
            t.target.value = target.value_or(0);
        }
        if (from.isEmpty()) {
            t.target.effectiveFrom = QDate(1900, 1, 1); // from the beginning
        } else if (const auto period = Period::parse(from, m_settings.fiscalYearStartMonth)) {
            t.target.effectiveFrom = period->first();
        } else {
            row.problem("effective_from", ImportText::tr("not a period; write 2024-01, FY2024, 2024-Q1 or 2024-01-15"));
        }
        if (row.problemCount() > before)
            return;
        const QString key = measureCode + QChar(0x1f) + t.target.effectiveFrom.toString(Qt::ISODate);
        if (const auto it = m_targetLines.constFind(key); it != m_targetLines.constEnd()) {
            row.problem("effective_from",
                ImportText::tr("line %1 already gives this measure a target from the same date").arg(*it));
            return;
        }
        m_targetLines.insert(key, row.line());
        m_plan.batch.targets.push_back(t);
    }

    const Structure &m_existing;
    const CitySettings &m_settings;
    ImportPlan &m_plan;
    QHash<QString, Seen> m_goals;
    QHash<QString, Seen> m_departments;
    QHash<QString, Seen> m_objectives;
    QSet<QString> m_goalsAdded;
    QSet<QString> m_departmentsAdded;
    QSet<QString> m_objectivesAdded;
    QHash<QString, int> m_measureLines;
    QHash<QString, int> m_targetLines;
};

} // namespace

void planStructure(CsvReader &reader, const ColumnIndex &columns, const Structure &existing,
                   const CitySettings &settings, ImportPlan &plan)
{
    StructurePlanner planner(existing, settings, plan);
    CsvRecord record;
    while (reader.next(record)) {
        if (isBlank(record))
            continue;
        ++plan.rowsRead;
        Row row(columns, record, plan.problems);
        if (row.matchesHeader())
            planner.add(row);
    }
}

} // namespace civicstat::importing
