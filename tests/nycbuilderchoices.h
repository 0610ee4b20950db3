// New York's district file in the mapping builder, as a user fills it in:
// shared by the builder's widget test and the screenshots of the builder.
#pragma once

#include "mappingbuilderdialog.h"
#include "measuredirectionstable.h"

#include <QComboBox>

namespace civicstat::test {

inline const char *nycDistrictFile()
{
    return CIVICSTAT_REAL_DATA "/nyc-performance-by-district/Agency_Performance_Mapping_Indicators_-_Monthly.csv";
}

// Every field but the direction: one goal typed, the agency as objective and
// department, the indicator as measure, each row a district's or a precinct's.
inline void fillNycFields(MappingBuilderDialog &builder)
{
    const std::pair<const char *, const char *> picks[] = {
        {"goal_code", "NYC"},          {"goal_name", "City services"}, {"objective_code", "Agency"},
        {"objective_name", "Agency"},  {"department_code", "Agency"},  {"department_name", "Agency"},
        {"measure_code", "Indicator"}, {"measure_name", "Indicator"}};
    for (const auto &[field, text] : picks)
        builder.fieldChooser(QLatin1String(field))->setCurrentText(QLatin1String(text));
    builder.memberChooser()->setCurrentText(QStringLiteral("Geographic Identifier"));
    builder.dimensionChooser()->setCurrentText(QStringLiteral("Geographic Unit"));
}

// Better is lower for the filthy, crime, response-time and per-truckshift
// measures; higher for clean streets and recycling. `except` stays unchosen.
inline QString nycDirection(const QString &measure)
{
    const bool higher = measure.contains(QLatin1String("acceptably clean")) || measure.contains(QLatin1String("recycled"))
        || measure.contains(QLatin1String("Diversion"));
    return higher ? QStringLiteral("higher") : QStringLiteral("lower");
}

inline void chooseNycDirections(MappingBuilderDialog &builder, const QString &except = QString())
{
    MeasureDirectionsTable *table = builder.measureDirections();
    for (const QString &measure : table->measures()) {
        if (measure != except)
            table->chooser(measure)->setCurrentIndex(table->chooser(measure)->findData(nycDirection(measure)));
    }
}

} // namespace civicstat::test
