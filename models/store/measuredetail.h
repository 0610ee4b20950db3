// Everything a measure's page shows, gathered from the store and the period's
// snapshot: its history grouped by a period kind, the status of the period
// being viewed and why, freshness, commentary, initiatives and breakdown.
#pragma once

#include "citysnapshot.h"
#include "measureseries.h"

namespace civicstat {

struct MeasureDetail {
    Measure measure;
    QString objectiveName;
    QString objectiveOwner;
    QString departmentName;
    PeriodKind kind = PeriodKind::Month; // how the history is grouped
    std::vector<SeriesPoint> points;
    SeriesPoint current; // the period being viewed
    QString explanation;
    std::optional<QDate> lastUpdate;
    Freshness freshness = Freshness::Current;
    std::vector<Commentary> commentary;
    std::vector<Initiative> initiatives;
    std::vector<Observation> breakdown; // aggregated per member for breakdownPeriod
    // The period being viewed; for a measure reported only by member (no
    // totals, so no score) with nothing in it, the latest period that has figures.
    Period breakdownPeriod;
    QString breakdownLabel; // the period, "FY2027, 3 of 12 months" when it is not over
    bool reportedOnlyByMember = false;
    bool readOnly = false;
};

// Says that a measure has figures by member (district, precinct) but no
// totals, so no score, and where to find them; empty for other measures.
QString memberOnlyNote(const MeasureDetail &detail);

// `kind` finer than the measure's frequency falls back to the frequency's own
// kind (a quarterly measure has no monthly points). Throws StoreError
// (InvalidData) when no measure has the code.
MeasureDetail loadMeasureDetail(const KpiStore &store, const CitySnapshot &snapshot, const QString &code, PeriodKind kind);

} // namespace civicstat
