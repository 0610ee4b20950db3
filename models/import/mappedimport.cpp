#include "mappedimport.h"

#include "mappedplanner.h"

namespace civicstat {

using mappedplanning::MappedImportText;
using mappedplanning::Planner;

MappedImportPlan planMappedImport(const TabularFile &file, const QString &fileName, const ImportMapping &mapping,
                                  const Structure &existing, const CitySettings &settings, DuplicatePolicy policy)
{
    MappedImportPlan plan;
    plan.kind = ImportPlan::Kind::Observations;
    if (file.error) {
        plan.problems.push_back({file.errorLine, QString(), QString(), *file.error, QString()});
        return plan;
    }
    const Sheet *sheet = nullptr;
    for (const Sheet &s : file.sheets) {
        if (mapping.sheet.isEmpty() || s.name == mapping.sheet) {
            sheet = &s;
            break;
        }
    }
    // A CSV file has no sheet names (its one sheet is named after the file), so a
    // mapping written for the same data as a workbook reads it whatever its name.
    if (!sheet && file.sheets.size() == 1 && !file.delimiter.isNull())
        sheet = &file.sheets.front();
    if (!sheet) {
        QStringList names;
        for (const Sheet &s : file.sheets)
            names << s.name;
        plan.problems.push_back({ 0, QString(), mapping.sheet,
            MappedImportText::tr("the mapping reads the sheet \"%1\", which the file does not have; its sheets are: %2")
                .arg(mapping.sheet, names.join(QStringLiteral(", "))),
            QString() });
        return plan;
    }
    Planner(fileName, mapping, existing, settings, policy, plan).run(*sheet);
    if (mapping.fiscalYearStartMonth && *mapping.fiscalYearStartMonth != settings.fiscalYearStartMonth) {
        plan.batch.settings = settings; // the periods were read in the mapping's fiscal year
        plan.batch.settings->fiscalYearStartMonth = *mapping.fiscalYearStartMonth;
    }
    plan.batch.onDuplicate = policy;
    plan.batch.log.kind = QStringLiteral("mapped");
    plan.batch.log.fileName = fileName;
    plan.batch.log.mapping = mapping.name;
    plan.batch.log.rowsRead = plan.rowsRead;
    return plan;
}

} // namespace civicstat
