// The history of one measure as a chart shows it: for each period of a chosen
// kind (the measure's frequency by default), the actual aggregated by the
// measure's rule, the target in effect and the status. Pure: the caller
// passes the measure's total observations; nothing here reads a database.
#pragma once

#include "scoring.h"

#include <vector>

namespace civicstat {

struct SeriesPoint {
    Period period;
    std::optional<double> actual;
    std::optional<Target> target; // as compared (scaled for sum measures)
    double tolerance = 0.0;
    Status status = Status::NoData;
    bool provisional = false; // any figure in the period is provisional
    Coverage coverage;        // partial for a period not over by the data's as-of date
};

// The kind of period a frequency reports in: monthly -> Month, quarterly ->
// FiscalQuarter, annual -> FiscalYear, weekly -> IsoWeek, daily -> Day.
PeriodKind periodKindFor(Frequency frequency);

// One point per period of `kind` from the period holding the earliest
// observation to the one holding the latest (periods without data included,
// as no_data). Empty when there are no observations. A period not over by
// `asOf` (the data's as-of date) is scored to date.
std::vector<SeriesPoint> measureSeries(const Measure &measure, const std::vector<Observation> &history,
                                       PeriodKind kind, int fiscalYearStartMonth, const ScoringSettings &settings,
                                       std::optional<QDate> asOf);

// The period of `kind` that contains `day`.
Period periodContaining(QDate day, PeriodKind kind, int fiscalYearStartMonth);

// Why a measure has its status, in a sentence for a non-expert:
// "At risk: 87.2% in 2024-03 against a target of 90%, short of the target but
// within the 10% tolerance." An open period says it is scored to date.
QString explainStatus(const Measure &measure, const SeriesPoint &point);

// What a chart of `points` says to someone who cannot see it: the periods it
// covers, explainStatus() for the latest period with a figure (its value,
// target and status in words), and for `viewed` when that is another period.
QString describeSeries(const Measure &measure, const std::vector<SeriesPoint> &points,
                       const std::optional<Period> &viewed);

// The index in `points` of the period that holds `period`'s last day (a
// month viewed in a chart by quarter marks its quarter); -1 when none does.
int indexOfPeriod(const std::vector<SeriesPoint> &points, const Period &period);

} // namespace civicstat
