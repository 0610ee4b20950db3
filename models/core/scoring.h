// The scoring rules of docs/scoring.md as pure functions over value types:
// aggregation of observations into an actual, the target in effect, status,
// score, trend and roll-ups. No storage, no Qt models; every rule a user relies
// on for "is this on track?" is here and tested in tests/tst_scoring.cpp.
#pragma once

#include "domain.h"
#include "observation.h"
#include "period.h"

#include <optional>
#include <vector>

namespace civicstat {

enum class Status { OnTrack, AtRisk, OffTrack, NoData, NoTarget };
QString toText(Status status); // on_track, at_risk, off_track, no_data, no_target

enum class Trend { Improving, Worsening, Steady, Unknown };
QString toText(Trend trend); // improving, worsening, steady, "" for unknown

// How much of a period the figures can speak for. A period that has not ended
// by the data's as-of date (the last day of the latest month with figures) is
// scored to date: counted in months, or in days for periods shorter than a month.
struct Coverage {
    int elapsed = 0;
    int total = 0;
    bool inMonths = true;
    QDate through; // the last day scored
    bool isPartial() const { return elapsed < total; }
};
Coverage coverageOf(const Period &period, std::optional<QDate> asOf);
// "3/12", as the CSV and JSON exports write it.
QString coverageRatio(const Coverage &coverage);
// "year to date, 3 of 12 months"; empty for a period that is over.
QString coverageText(const Coverage &coverage, PeriodKind kind);
// The first part of `earlier` as long as the elapsed part of an open period:
// an open year is compared with the same months of the year before, never with
// a whole one. `earlier` itself when the coverage is complete.
Coverage sameSpanOf(const Period &earlier, const Coverage &coverage);

// One grain at a time (docs/scoring.md): of the observations wholly inside
// [first, last] (liesWithin, observation.h), a figure reported for exactly that span wins; otherwise the
// figures of one grain only, the measure's own frequency where it has any,
// else the grain that covers most days (the coarser on a tie). No day is ever
// counted twice.
std::vector<Observation> observationsOfOneGrain(const std::vector<Observation> &observations, QDate first,
                                                QDate last, Frequency frequency);

struct ScoringSettings {
    double defaultTolerance = 0.10;
    double scoreCap = 1.25;
    double atRiskThreshold = 0.90;
};

std::optional<double> aggregate(Aggregation rule, const std::vector<Observation> &observations, bool percentUnit);
// The target with the latest effective-from on or before `day`; targets sorted by effectiveFrom.
const Target *targetInEffect(const std::vector<Target> &targets, QDate day);
// The share of a target's grain that a span covers: a `sum` target set per
// year is 1/12 of itself for a month, 3/12 for a quarter, 12 for 12 years.
// Months count for spans of whole months; days otherwise; weeks where they end.
double targetShare(QDate first, QDate last, Frequency grain);
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
    std::optional<Target> target; // as compared: scaled for `sum` measures, pro-rated to date
    double tolerance = 0.0;
    Status status = Status::NoData;
    std::optional<double> score; // set when the status is on/at/off track
};

// The actual over a span by the one-grain rule and the measure's aggregation.
std::optional<double> actualOver(const Measure &measure, const std::vector<Observation> &observations,
                                 QDate first, QDate last);

// `coverage`: of the period (coverageOf); a partial one scores the period to
// date, with a `sum` target pro-rated to the elapsed part.
MeasureResult evaluateMeasure(const Measure &measure, const std::vector<Observation> &observations,
                              const Period &period, const Coverage &coverage, const ScoringSettings &settings);

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
