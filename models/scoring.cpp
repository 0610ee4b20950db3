#include "scoring.h"

#include <algorithm>
#include <cmath>

namespace civicstat {

QString toText(Status status)
{
    switch (status) {
    case Status::OnTrack: return QStringLiteral("on_track");
    case Status::AtRisk: return QStringLiteral("at_risk");
    case Status::OffTrack: return QStringLiteral("off_track");
    case Status::NoData: return QStringLiteral("no_data");
    case Status::NoTarget: return QStringLiteral("no_target");
    }
    return {};
}

QString toText(Trend trend)
{
    switch (trend) {
    case Trend::Improving: return QStringLiteral("improving");
    case Trend::Worsening: return QStringLiteral("worsening");
    case Trend::Steady: return QStringLiteral("steady");
    case Trend::Unknown: break;
    }
    return {};
}

std::optional<double> aggregate(Aggregation rule, const std::vector<ObservationValue> &observations, bool percentUnit)
{
    if (observations.empty())
        return std::nullopt;
    switch (rule) {
    case Aggregation::Sum: {
        double sum = 0;
        for (const auto &o : observations)
            sum += o.value;
        return sum;
    }
    case Aggregation::Mean: {
        double sum = 0;
        for (const auto &o : observations)
            sum += o.value;
        return sum / double(observations.size());
    }
    case Aggregation::Last:
        // The latest figure; of two ending the same day, the one for the longer period.
        return std::max_element(observations.begin(), observations.end(),
                                [](const auto &a, const auto &b) {
                                    return a.periodEnd < b.periodEnd
                                        || (a.periodEnd == b.periodEnd && a.granularity < b.granularity);
                                })
            ->value;
    case Aggregation::Min:
        return std::min_element(observations.begin(), observations.end(),
                                [](const auto &a, const auto &b) { return a.value < b.value; })
            ->value;
    case Aggregation::Max:
        return std::max_element(observations.begin(), observations.end(),
                                [](const auto &a, const auto &b) { return a.value < b.value; })
            ->value;
    case Aggregation::Ratio: {
        double numerators = 0;
        double denominators = 0;
        bool anyParts = false;
        for (const auto &o : observations) {
            if (o.numerator && o.denominator) {
                numerators += *o.numerator;
                denominators += *o.denominator;
                anyParts = true;
            }
        }
        // Figures loaded without their parts can only be averaged.
        if (!anyParts)
            return aggregate(Aggregation::Mean, observations, percentUnit);
        if (denominators == 0)
            return std::nullopt;
        return numerators / denominators * (percentUnit ? 100.0 : 1.0);
    }
    }
    return std::nullopt;
}

const Target *targetInEffect(const std::vector<Target> &targets, QDate day)
{
    const Target *found = nullptr;
    for (const auto &target : targets) {
        if (target.effectiveFrom <= day && (!found || target.effectiveFrom >= found->effectiveFrom))
            found = &target;
    }
    return found;
}

double frequencyPeriodsIn(const Period &period, Frequency frequency)
{
    const QDate first = period.first();
    const QDate last = period.last();
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    switch (frequency) {
    case Frequency::Daily: return double(first.daysTo(last) + 1);
    case Frequency::Weekly: {
        // ISO weeks end on Sunday; a week counts where its Sunday falls.
        const QDate firstSunday = first.addDays((7 - first.dayOfWeek()) % 7);
        return firstSunday > last ? 0.0 : double(firstSunday.daysTo(last) / 7 + 1);
    }
    case Frequency::Monthly: return period.granularity() >= 3 ? double(months) : 1.0;
    case Frequency::Quarterly: return period.granularity() >= 4 ? months / 3.0 : 1.0;
    case Frequency::Annual: return period.granularity() >= 5 ? months / 12.0 : 1.0;
    }
    return 1.0;
}

namespace {

// Actuals computed as ratios carry float noise (0.7 * 100 is 70.00000000000001):
// comparisons at a threshold allow a relative error far below any display precision.
bool atLeast(double a, double b) { return a >= b - 1e-9 * std::max({1.0, std::abs(a), std::abs(b)}); }
bool atMost(double a, double b) { return atLeast(b, a); }

} // namespace

ToleranceBounds toleranceBounds(Direction direction, const Target &target, double tolerance)
{
    switch (direction) {
    case Direction::Higher: return {target.value - tolerance * std::abs(target.value), target.value};
    case Direction::Lower: return {target.value, target.value + tolerance * std::abs(target.value)};
    case Direction::Band:
        return {target.bandLow - tolerance * std::abs(target.bandLow),
                target.bandHigh + tolerance * std::abs(target.bandHigh)};
    }
    return {};
}

Status statusOf(Direction direction, double actual, const Target &target, double tolerance)
{
    const ToleranceBounds zone = toleranceBounds(direction, target, tolerance);
    switch (direction) {
    case Direction::Higher:
        if (atLeast(actual, target.value))
            return Status::OnTrack;
        return atLeast(actual, zone.low) ? Status::AtRisk : Status::OffTrack;
    case Direction::Lower:
        if (atMost(actual, target.value))
            return Status::OnTrack;
        return atMost(actual, zone.high) ? Status::AtRisk : Status::OffTrack;
    case Direction::Band:
        if (atLeast(actual, target.bandLow) && atMost(actual, target.bandHigh))
            return Status::OnTrack;
        if (actual < target.bandLow)
            return atLeast(actual, zone.low) ? Status::AtRisk : Status::OffTrack;
        return atMost(actual, zone.high) ? Status::AtRisk : Status::OffTrack;
    }
    return Status::NoData;
}

namespace {

double scoreByStatus(Status status)
{
    switch (status) {
    case Status::OnTrack: return 1.0;
    case Status::AtRisk: return 0.5;
    default: return 0.0;
    }
}

// a/b when both are positive; otherwise the ratio means nothing.
double ratioOrStatus(double a, double b, Status status)
{
    return (a > 0 && b > 0) ? a / b : scoreByStatus(status);
}

} // namespace

double scoreOf(Direction direction, double actual, const Target &target, Status status, double cap)
{
    double score = 0.0;
    switch (direction) {
    case Direction::Higher: score = ratioOrStatus(actual, target.value, status); break;
    case Direction::Lower: score = ratioOrStatus(target.value, actual, status); break;
    case Direction::Band:
        if (atLeast(actual, target.bandLow) && atMost(actual, target.bandHigh))
            score = 1.0;
        else if (actual < target.bandLow)
            score = ratioOrStatus(actual, target.bandLow, status);
        else
            score = ratioOrStatus(target.bandHigh, actual, status);
        break;
    }
    return std::clamp(score, 0.0, cap);
}

Trend trendOf(Direction direction, const Target *target, double current, double earlier)
{
    // Relative threshold so that float noise in identical figures reads as steady.
    const double epsilon = 1e-9 * std::max({1.0, std::abs(current), std::abs(earlier)});
    double better = 0.0; // positive: current is better than earlier
    switch (direction) {
    case Direction::Higher: better = current - earlier; break;
    case Direction::Lower: better = earlier - current; break;
    case Direction::Band: {
        if (!target)
            return Trend::Unknown;
        const auto distance = [target](double v) {
            return v < target->bandLow ? target->bandLow - v : (v > target->bandHigh ? v - target->bandHigh : 0.0);
        };
        better = distance(earlier) - distance(current);
        break;
    }
    }
    if (std::abs(better) <= epsilon)
        return Trend::Steady;
    return better > 0 ? Trend::Improving : Trend::Worsening;
}

MeasureResult evaluateMeasure(const Measure &measure, const std::vector<ObservationValue> &observations,
                              const Period &period, const ScoringSettings &settings)
{
    MeasureResult result;
    result.actual = aggregate(measure.aggregation, observations, measure.unit == QLatin1String("%"));
    const Target *inEffect = targetInEffect(measure.targets, period.last());
    if (inEffect) {
        Target compared = *inEffect;
        if (measure.aggregation == Aggregation::Sum) {
            const double factor = frequencyPeriodsIn(period, measure.frequency);
            compared.value *= factor;
            compared.bandLow *= factor;
            compared.bandHigh *= factor;
        }
        result.target = compared;
        result.tolerance = inEffect->tolerance.value_or(settings.defaultTolerance);
    }
    if (!result.actual) {
        result.status = Status::NoData;
    } else if (!result.target) {
        result.status = Status::NoTarget;
    } else {
        result.status = statusOf(measure.direction, *result.actual, *result.target, result.tolerance);
        result.score = scoreOf(measure.direction, *result.actual, *result.target, result.status, settings.scoreCap);
    }
    return result;
}

void StatusCounts::add(Status status)
{
    switch (status) {
    case Status::OnTrack: ++onTrack; break;
    case Status::AtRisk: ++atRisk; break;
    case Status::OffTrack: ++offTrack; break;
    case Status::NoData: ++noData; break;
    case Status::NoTarget: ++noTarget; break;
    }
}

void StatusCounts::add(const StatusCounts &other)
{
    onTrack += other.onTrack;
    atRisk += other.atRisk;
    offTrack += other.offTrack;
    noData += other.noData;
    noTarget += other.noTarget;
}

Rollup rollUp(const std::vector<WeightedScore> &children, double atRiskThreshold)
{
    double weighted = 0.0;
    double weights = 0.0;
    for (const auto &child : children) {
        if (child.weight <= 0)
            continue;
        weighted += child.score * child.weight;
        weights += child.weight;
    }
    Rollup result;
    if (weights <= 0)
        return result;
    result.score = weighted / weights;
    result.status = atLeast(*result.score, 1.0) ? Status::OnTrack
        : atLeast(*result.score, atRiskThreshold) ? Status::AtRisk
                                                  : Status::OffTrack;
    return result;
}

} // namespace civicstat
