#include "scoring.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
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

std::optional<double> aggregate(Aggregation rule, const std::vector<Observation> &observations, bool percentUnit)
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
                                    return a.period.last() < b.period.last()
                                        || (a.period.last() == b.period.last()
                                            && a.period.granularity() < b.period.granularity());
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

namespace {

int monthsFrom(QDate first, QDate last)
{
    return (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
}

bool isWholeMonths(QDate first, QDate last)
{
    return first.day() == 1 && last.addDays(1).day() == 1;
}

int monthsOf(Frequency grain)
{
    switch (grain) {
    case Frequency::Quarterly: return 3;
    case Frequency::Annual: return 12;
    default: return 1;
    }
}

} // namespace

double targetShare(QDate first, QDate last, Frequency grain)
{
    const double days = double(first.daysTo(last) + 1);
    switch (grain) {
    case Frequency::Daily: return days;
    case Frequency::Weekly: {
        if (days < 7)
            return days / 7.0;
        // ISO weeks end on Sunday; a week counts where its Sunday falls.
        const QDate firstSunday = first.addDays((7 - first.dayOfWeek()) % 7);
        return firstSunday > last ? 0.0 : double(firstSunday.daysTo(last) / 7 + 1);
    }
    case Frequency::Monthly:
    case Frequency::Quarterly:
    case Frequency::Annual:
        if (isWholeMonths(first, last))
            return double(monthsFrom(first, last)) / monthsOf(grain);
        return days / (365.25 / 12.0 * monthsOf(grain)); // a week or a day of a monthly or yearly target
    }
    return 1.0;
}

Coverage coverageOf(const Period &period, std::optional<QDate> asOf)
{
    Coverage c;
    c.inMonths = isWholeMonths(period.first(), period.last());
    c.total = c.inMonths ? monthsFrom(period.first(), period.last()) : int(period.first().daysTo(period.last()) + 1);
    c.elapsed = c.total;
    c.through = period.last();
    if (!asOf || *asOf >= period.last())
        return c; // over
    // Not over: what has elapsed by the as-of date, in whole months (nothing for a
    // period that has not begun, or whose first month is not over yet).
    if (*asOf < period.first())
        c.elapsed = 0;
    else if (c.inMonths)
        c.elapsed = monthsFrom(period.first(), *asOf) - (isWholeMonths(period.first(), *asOf) ? 0 : 1);
    else
        c.elapsed = int(period.first().daysTo(*asOf) + 1);
    c.through = c.inMonths ? period.first().addMonths(c.elapsed).addDays(-1) : period.first().addDays(c.elapsed - 1);
    return c;
}

QString coverageRatio(const Coverage &coverage)
{
    return QString::number(coverage.elapsed) + QLatin1Char('/') + QString::number(coverage.total);
}

QString coverageText(const Coverage &coverage, PeriodKind kind)
{
    if (!coverage.isPartial())
        return {};
    // Whole phrases, one per kind of period and unit, so that a translation can
    // order and inflect them as its language needs.
    struct Phrases {
        const char *months;
        const char *days;
    };
    Phrases phrases = {QT_TRANSLATE_NOOP("Scoring", "period to date, %1 of %2 months"),
                       QT_TRANSLATE_NOOP("Scoring", "period to date, %1 of %2 days")};
    switch (kind) {
    case PeriodKind::CalendarYear:
    case PeriodKind::FiscalYear:
        phrases = {QT_TRANSLATE_NOOP("Scoring", "year to date, %1 of %2 months"),
                   QT_TRANSLATE_NOOP("Scoring", "year to date, %1 of %2 days")};
        break;
    case PeriodKind::CalendarQuarter:
    case PeriodKind::FiscalQuarter:
        phrases = {QT_TRANSLATE_NOOP("Scoring", "quarter to date, %1 of %2 months"),
                   QT_TRANSLATE_NOOP("Scoring", "quarter to date, %1 of %2 days")};
        break;
    case PeriodKind::Month:
        phrases = {QT_TRANSLATE_NOOP("Scoring", "month to date, %1 of %2 months"),
                   QT_TRANSLATE_NOOP("Scoring", "month to date, %1 of %2 days")};
        break;
    case PeriodKind::IsoWeek: // never whole months
        phrases.months = phrases.days = QT_TRANSLATE_NOOP("Scoring", "week to date, %1 of %2 days");
        break;
    case PeriodKind::Day: break;
    }
    return QCoreApplication::translate("Scoring", coverage.inMonths ? phrases.months : phrases.days)
        .arg(coverage.elapsed)
        .arg(coverage.total);
}

Coverage sameSpanOf(const Period &earlier, const Coverage &coverage)
{
    Coverage c = coverageOf(earlier, std::nullopt);
    if (!coverage.isPartial())
        return c;
    c.elapsed = std::min(coverage.elapsed, c.total);
    c.through = c.inMonths ? earlier.first().addMonths(c.elapsed).addDays(-1) : earlier.first().addDays(c.elapsed - 1);
    return c;
}

std::vector<Observation> observationsOfOneGrain(const std::vector<Observation> &observations, QDate first,
                                                QDate last, Frequency frequency)
{
    // Pointers until the end: an observation carries texts, and the scorecard
    // calls this for every measure and period.
    std::vector<const Observation *> inside;
    for (const Observation &o : observations) {
        if (liesWithin(o, first, last))
            inside.push_back(&o);
    }
    for (const Observation *o : inside) {
        if (o->period.last() == last && o->period.first() == first)
            return {*o}; // two figures for the same days (2024-Q1 and FY2024-Q3) count once
    }
    // Days of [first, last] covered by each grain (a week may start before it).
    std::array<qint64, 6> daysByGrain{};
    for (const Observation *o : inside)
        daysByGrain[std::size_t(std::clamp(o->period.granularity(), 1, 5))]
            += std::max(o->period.first(), first).daysTo(o->period.last()) + 1;
    const int own = frequency == Frequency::Daily ? 1
        : frequency == Frequency::Weekly          ? 2
        : frequency == Frequency::Monthly         ? 3
        : frequency == Frequency::Quarterly       ? 4
                                                  : 5;
    int chosen = 0;
    if (daysByGrain[std::size_t(own)] > 0) {
        chosen = own;
    } else {
        for (int g = 5; g >= 1; --g) {
            if (daysByGrain[std::size_t(g)] > (chosen ? daysByGrain[std::size_t(chosen)] : 0))
                chosen = g;
        }
    }
    // Within the grain, periods that overlap one already taken are left out:
    // a calendar and a fiscal quarter of the same three months count once.
    std::vector<const Observation *> ofGrain;
    for (const Observation *o : inside) {
        if (o->period.granularity() == chosen)
            ofGrain.push_back(o);
    }
    std::stable_sort(ofGrain.begin(), ofGrain.end(),
                     [](const Observation *a, const Observation *b) { return a->period.last() < b->period.last(); });
    std::vector<Observation> result;
    QDate takenThrough;
    for (const Observation *o : ofGrain) {
        if (takenThrough.isValid() && o->period.first() <= takenThrough)
            continue;
        result.push_back(*o);
        takenThrough = o->period.last();
    }
    return result;
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

std::optional<double> actualOver(const Measure &measure, const std::vector<Observation> &observations,
                                 QDate first, QDate last)
{
    return aggregate(measure.aggregation, observationsOfOneGrain(observations, first, last, measure.frequency),
                     measure.unit == QLatin1String("%"));
}

MeasureResult evaluateMeasure(const Measure &measure, const std::vector<Observation> &observations,
                              const Period &period, const Coverage &coverage, const ScoringSettings &settings)
{
    MeasureResult result;
    result.actual = actualOver(measure, observations, period.first(), coverage.through);
    const Target *inEffect = targetInEffect(measure.targets, period.last());
    if (inEffect) {
        Target compared = *inEffect;
        if (measure.aggregation == Aggregation::Sum) {
            // Scaled to the part of the period scored: the whole of it, or the part elapsed.
            const double factor = targetShare(period.first(), coverage.through, inEffect->per.value_or(measure.frequency));
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
