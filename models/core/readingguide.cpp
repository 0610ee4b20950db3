#include "readingguide.h"

#include "statustext.h"

#include <QCoreApplication>
#include <QLocale>

namespace civicstat {

namespace {
struct GuideText { Q_DECLARE_TR_FUNCTIONS(ReadingGuide) };

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'g', 4) + QLatin1Char('%');
}
} // namespace

QString statusMeaning(Status status, const CitySettings &settings)
{
    switch (status) {
    case Status::OnTrack:
        return GuideText::tr("The measure meets its target for the period (for a target range, it lies inside it).");
    case Status::AtRisk:
        if (settings.defaultTolerance <= 0.0)
            return GuideText::tr("The measure misses its target by no more than the target's own tolerance. "
                                 "This city's tolerance is 0, so a target without its own goes straight to off track.");
        return GuideText::tr("The measure misses its target, but by no more than the tolerance "
                             "(%1 of the target, unless the target sets its own).")
            .arg(percent(settings.defaultTolerance));
    case Status::OffTrack:
        return GuideText::tr("The measure misses its target by more than the tolerance.");
    case Status::NoData:
        return GuideText::tr("No figure has been reported for the period yet, so the measure is not scored.");
    case Status::NoTarget:
        return GuideText::tr("There are figures but no target in force for the period, so they cannot be judged "
                             "and the measure is not scored.");
    }
    return {};
}

QString rollupMeaning(const CitySettings &settings)
{
    return GuideText::tr("A goal or an objective is scored by the weighted average of the scores below it, "
                         "leaving out measures that are not scored: on track at 1.00 or more, at risk at %1 or "
                         "more, off track below that.")
        .arg(formatScore(settings.atRiskThreshold));
}

QString scoreMeaning(const CitySettings &settings)
{
    return GuideText::tr("A score compares the actual with the target: 1.00 is exactly on target, above 1 is "
                         "better and below 1 is worse, whichever way the measure points (for a measure where "
                         "lower is better, the score is the target divided by the actual). Scores stop at %1, so "
                         "that one measure far above its target cannot hide others below theirs, and are cut, "
                         "never rounded up: 0.998 reads 0.99.")
        .arg(formatScore(settings.scoreCap));
}

QString trendMeaning()
{
    return GuideText::tr("Trend compares the period chosen with the one just before it: a measure is improving "
                         "when its figure moved the way it should (up where higher is better, down where lower is "
                         "better, towards a target range), worsening when it moved the other way; a goal or an "
                         "objective by its score. It does not compare with the target: a measure can improve and "
                         "still be off track.");
}

QString periodNamesMeaning(const CitySettings &settings, int exampleFiscalYear)
{
    const QLocale locale;
    const int start = settings.fiscalYearStartMonth;
    const int end = start == 1 ? 12 : start - 1;
    const int firstYear = start == 1 ? exampleFiscalYear : exampleFiscalYear - 1;
    return GuideText::tr("2026-09 is September 2026, 2026-Q3 is July to September 2026 and 2026-W14 is the 14th "
                         "week of 2026 (Monday to Sunday). A fiscal year is named by the year it ends: "
                         "FY%1 runs from %2 %3 to %4 %1.")
        .arg(QString::number(exampleFiscalYear), locale.standaloneMonthName(start), QString::number(firstYear),
             locale.standaloneMonthName(end));
}

} // namespace civicstat
