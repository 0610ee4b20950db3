// The reads an offline copy takes from its source beyond what the screens
// need: every figure by member of a measure, the city's dimensions and map
// shapes, and its datasets (models/offline/snapshot.h).
#include "sqlite.h"
#include "sqlitekpistore.h"

namespace civicstat {

std::vector<Observation> SqliteKpiStore::memberFiguresOf(Id measureId) const
{
    const int fiscalStart = citySettings().fiscalYearStartMonth;
    sqlite::Statement q(connection(),
                        (QByteArray(memberFiguresSelect)
                         + "WHERE o.measure_id = ? ORDER BY o.period_end, d.code, m.sort_order, m.code")
                            .constData());
    q.bind(1, measureId);
    return memberFiguresFrom(q, measureId, fiscalStart);
}

CityDimensions SqliteKpiStore::dimensions() const
{
    CityDimensions result;
    sqlite::Statement dimensions(connection(), "SELECT code, name FROM dimensions ORDER BY code");
    while (dimensions.step())
        result.dimensions.emplace_back(dimensions.text(0), dimensions.text(1));
    sqlite::Statement members(connection(), "SELECT d.code, m.code, m.name, ifnull(m.geo_key, ''), m.sort_order "
                                            "FROM dimension_members m JOIN dimensions d ON d.id = m.dimension_id "
                                            "ORDER BY d.code, m.sort_order, m.code");
    while (members.step())
        result.members.push_back({members.text(0), members.text(1), members.text(2), members.text(3), members.int32(4)});
    sqlite::Statement layers(connection(), "SELECT d.code, b.name, b.key_property, b.geojson FROM boundary_layers b "
                                           "JOIN dimensions d ON d.id = b.dimension_id ORDER BY b.id");
    while (layers.step())
        result.boundaryLayers.push_back({layers.text(0), layers.text(1), layers.text(2), layers.text(3)});
    return result;
}

std::vector<NewDataset> SqliteKpiStore::datasets() const
{
    sqlite::Statement q(connection(), "SELECT s.name, ifnull(d.code, ''), ifnull(s.steward, ''), s.classification, "
                                      "ifnull(s.source_system, ''), ifnull(s.refresh_schedule, ''), "
                                      "ifnull(s.last_refreshed, '') FROM datasets s "
                                      "LEFT JOIN departments d ON d.id = s.department_id ORDER BY s.name");
    std::vector<NewDataset> result;
    while (q.step()) {
        NewDataset dataset;
        dataset.name = q.text(0);
        dataset.departmentCode = q.text(1);
        dataset.steward = q.text(2);
        dataset.classification = classificationFromText(q.text(3)).value_or(Classification::Restricted);
        dataset.sourceSystem = q.text(4);
        dataset.refreshSchedule = q.text(5);
        dataset.lastRefreshed = QDate::fromString(q.text(6), Qt::ISODate);
        result.push_back(std::move(dataset));
    }
    return result;
}

} // namespace civicstat
