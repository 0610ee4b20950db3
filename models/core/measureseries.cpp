#include "measureseries.h"

#include "statustext.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace civicstat {

namespace {

struct MeasureSeriesText { Q_DECLARE_TR_FUNCTIONS(MeasureSeries) };

QString withUnit(double value, const Measure &m) { return formatValue(value, m.unit, m.decimals); }

QString percent(double fraction)
{
    const double value = fraction * 100.0;
    const bool whole = std::abs(value - std::round(value)) < 1e-9; // 0.07 * 100 is 7.000000000000001
    return QLocale().toString(value, 'f', whole ? 0 : 1) + QLatin1Char('%');
}

} // namespace

PeriodKind periodKindFor(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Daily: return PeriodKind::Day;
    case Frequency::Weekly: return PeriodKind::IsoWeek;
    case Frequency::Monthly: return PeriodKind::Month;
    case Frequency::Quarterly: return PeriodKind::FiscalQuarter;
    case Frequency::Annual: return PeriodKind::FiscalYear;
    }
    return PeriodKind::Month;
}

Period periodContaining(QDate day, PeriodKind kind, int fiscalYearStartMonth)
{
    switch (kind) {
    case PeriodKind::Day: return Period::day(day);
    case PeriodKind::IsoWeek: {
        int isoYear = 0;
        const int week = day.weekNumber(&isoYear);
        return Period::isoWeek(isoYear, week);
    }
    case PeriodKind::Month: return Period::monthContaining(day);
    case PeriodKind::CalendarQuarter: return Period::calendarQuarter(day.year(), (day.month() - 1) / 3 + 1);
    case PeriodKind::FiscalQuarter:
        return Period::fiscalQuarter(Period::fiscalYearContaining(day, fiscalYearStartMonth),
                                     (day.month() - fiscalYearStartMonth + 12) % 12 / 3 + 1, fiscalYearStartMonth);
    case PeriodKind::CalendarYear: return Period::calendarYear(day.year());
    case PeriodKind::FiscalYear:
        return Period::fiscalYear(Period::fiscalYearContaining(day, fiscalYearStartMonth), fiscalYearStartMonth);
    }
    return {};
}

std::vector<SeriesPoint> measureSeries(const Measure &measure, const std::vector<Observation> &history,
                                       PeriodKind kind, int fiscalYearStartMonth, const ScoringSettings &settings,
                                       std::optional<QDate> asOf)
{
    std::vector<SeriesPoint> points;
    if (history.empty())
        return points;
    const auto [earliest, latest] = std::minmax_element(
        history.begin(), history.end(), [](const auto &a, const auto &b) { return a.period.last() < b.period.last(); });
    const Period last = periodContaining(latest->period.last(), kind, fiscalYearStartMonth);
    for (Period p = periodContaining(earliest->period.last(), kind, fiscalYearStartMonth); p.isValid() && p.first() <= last.first();
         p = p.shifted(1)) {
        std::vector<Observation> inside;
        bool provisional = false;
        for (const Observation &o : history) {
            if (endsWithin(o, p)) {
                inside.push_back(o);
                provisional = provisional || o.provisional;
            }
        }
        const Coverage coverage = coverageOf(p, asOf);
        const MeasureResult result = evaluateMeasure(measure, inside, p, coverage, settings);
        points.push_back({p, result.actual, result.target, result.tolerance, result.status, provisional, coverage});
    }
    return points;
}

QString explainStatus(const Measure &m, const SeriesPoint &point)
{
    const QString toDate = coverageText(point.coverage, point.period.kind());
    const QString period
        = toDate.isEmpty() ? point.period.text() : MeasureSeriesText::tr("%1 (%2)").arg(point.period.text(), toDate);
    if (point.status == Status::NoData && granularityOf(periodKindFor(m.frequency)) > point.period.granularity())
        return MeasureSeriesText::tr(
            "No data for %1 alone: this measure is reported %2, and a figure counts only for periods at "
            "least that long. Choose a longer period to see it.")
            .arg(period, toText(m.frequency));
    if (point.status == Status::NoData) {
        if (point.target)
            return MeasureSeriesText::tr("No data: no figure has been reported for %1, so this measure is not scored.")
                .arg(period);
        return MeasureSeriesText::tr("No data: no figure has been reported for %1, and the measure has no target.")
            .arg(period);
    }
    const QString actual = withUnit(*point.actual, m);
    if (point.status == Status::NoTarget)
        return MeasureSeriesText::tr(
            "No target: %1 in %2. This measure is monitored without a target, so it is not scored.")
            .arg(actual, period);
    const Target &t = *point.target;
    const QString target = m.direction == Direction::Band
        ? MeasureSeriesText::tr("a target range of %1 to %2").arg(withUnit(t.bandLow, m), withUnit(t.bandHigh, m))
        : MeasureSeriesText::tr("a target of %1").arg(withUnit(t.value, m));
    const QString tolerance = percent(point.tolerance);
    QString why;
    switch (point.status) {
    case Status::OnTrack:
        why = m.direction == Direction::Higher ? MeasureSeriesText::tr("meets or beats the target (higher is better)")
            : m.direction == Direction::Lower  ? MeasureSeriesText::tr("meets or beats the target (lower is better)")
                                               : MeasureSeriesText::tr("inside the range");
        break;
    case Status::AtRisk:
        why = MeasureSeriesText::tr("short of the target but within the %1 tolerance").arg(tolerance);
        break;
    default:
        why = point.tolerance > 0
            ? MeasureSeriesText::tr("further from the target than the %1 tolerance").arg(tolerance)
            : MeasureSeriesText::tr("short of the target, which has no tolerance");
        break;
    }
    return MeasureSeriesText::tr("%1: %2 in %3 against %4, %5.")
        .arg(statusLabel(point.status), actual, period, target, why);
}

int indexOfPeriod(const std::vector<SeriesPoint> &points, const Period &period)
{
    if (!period.isValid())
        return -1;
    for (int i = 0; i < int(points.size()); ++i) {
        if (points[i].period.first() <= period.last() && period.last() <= points[i].period.last())
            return i;
    }
    return -1;
}

QString describeSeries(const Measure &measure, const std::vector<SeriesPoint> &points,
                       const std::optional<Period> &viewed)
{
    if (points.empty())
        return MeasureSeriesText::tr("No figures have been reported for %1 yet.").arg(measure.name);
    QString text = MeasureSeriesText::tr("%1, from %2 to %3.")
                       .arg(measure.name, points.front().period.text(), points.back().period.text());
    const auto latest = std::find_if(points.rbegin(), points.rend(), [](const SeriesPoint &p) { return p.actual.has_value(); });
    if (latest == points.rend())
        text += QLatin1Char(' ') + MeasureSeriesText::tr("No period has a figure.");
    else
        text += QLatin1Char(' ') + MeasureSeriesText::tr("Latest figure: %1").arg(explainStatus(measure, *latest));
    const int viewedIndex = viewed ? indexOfPeriod(points, *viewed) : -1;
    if (viewedIndex >= 0 && (latest == points.rend() || &points[viewedIndex] != &*latest))
        text += QLatin1Char(' ') + MeasureSeriesText::tr("Period viewed: %1").arg(explainStatus(measure, points[viewedIndex]));
    return text;
}

} // namespace civicstat
