// The scoring rules of docs/scoring.md as pure functions over value types:
// aggregation of observations into an actual, the target in effect, status,
// score, trend and roll-ups. No storage, no Qt models; every rule a user relies
// on for "is this on track?" is here and tested in tests/tst_scoring.cpp.
#pragma once

#include "domain.h"
#include "period.h"

#include <optional>
#include <vector>

namespace civicstat {

enum class Status { OnTrack, AtRisk, OffTrack, NoData, NoTarget };
QString toText(Status status); // on_track, at_risk, off_track, no_data, no_target

enum class Trend { Improving, Worsening, Steady, Unknown };
QString toText(Trend trend); // improving, worsening, steady, "" for unknown

// One total (non-disaggregated) observation that belongs to the period.
struct ObservationValue {
    QDate periodEnd;
    double value = 0.0;
    std::optional<double> numerator;
    std::optional<double> denominator;
    int granularity = 3; // of its own period: `last` prefers a whole year to its fourth quarter
};

struct ScoringSettings {
    double defaultTolerance = 0.10;
    double scoreCap = 1.25;
    double atRiskThreshold = 0.90;
};

std::optional<double> aggregate(Aggregation rule, const std::vector<ObservationValue> &observations, bool percentUnit);
// The target with the latest effective-from on or before `day`; targets sorted by effectiveFrom.
const Target *targetInEffect(const std::vector<Target> &targets, QDate day);
// How many periods of `frequency` a period holds: a `sum` measure's target is
// per period of its frequency, so it scales over longer periods.
double frequencyPeriodsIn(const Period &period, Frequency frequency);
// The outer edges of the at-risk zone: higher [t - tol|t|, t]; lower [t, t + tol|t|];
// band [lo - tol|lo|, hi + tol|hi|]. Charts shade it; statusOf judges by it.
struct ToleranceBounds {
    double low = 0.0;
    double high = 0.0;
};
ToleranceBounds toleranceBounds(Direction direction, const Target &target, double tolerance);
Status statusOf(Direction direction, double actual, const Target &target, double tolerance);
double scoreOf(Direction direction, double actual, const Target &target, Status status, double cap);
Trend trendOf(Direction direction, const Target *target, double current, double earlier);

struct MeasureResult {
    std::optional<double> actual;
    std::optional<Target> target; // as compared: scaled for `sum` measures
    double tolerance = 0.0;
    Status status = Status::NoData;
    std::optional<double> score; // set when the status is on/at/off track
};

MeasureResult evaluateMeasure(const Measure &measure, const std::vector<ObservationValue> &observations,
                              const Period &period, const ScoringSettings &settings);

struct StatusCounts {
    int onTrack = 0;
    int atRisk = 0;
    int offTrack = 0;
    int noData = 0;
    int noTarget = 0;
    void add(Status status);
    void add(const StatusCounts &other);
    int total() const { return onTrack + atRisk + offTrack + noData + noTarget; }
};

struct WeightedScore {
    double score = 0.0;
    double weight = 1.0;
};

struct Rollup {
    std::optional<double> score;
    Status status = Status::NoData;
};

// Weighted mean of the scored children; on track at >= 1, at risk at >= the
// threshold, else off track; no_data when nothing is scored.
Rollup rollUp(const std::vector<WeightedScore> &children, double atRiskThreshold);

} // namespace civicstat
