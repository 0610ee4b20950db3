// One measure's history as the measure chart shows it (measureseries.h): a
// point per period with gaps as no_data, the target in effect per point,
// aggregation into longer periods, the granularity rule, the provisional flag,
// the period holding a day, the period kind of a frequency and the sentence
// that explains a status.
#include "measureseries.h"

#include <QLocale>
#include <QTest>
#include <cmath>
#include <limits>

using namespace civicstat;

Q_DECLARE_METATYPE(civicstat::Aggregation)
Q_DECLARE_METATYPE(civicstat::Direction)
Q_DECLARE_METATYPE(civicstat::Frequency)
Q_DECLARE_METATYPE(civicstat::PeriodKind)
Q_DECLARE_METATYPE(civicstat::Status)

namespace {

constexpr double none = std::numeric_limits<double>::quiet_NaN();
constexpr int julyStart = 7;

Period month(const char *text) { return *Period::parse(QString::fromLatin1(text), julyStart); }

Observation figure(const char *period, double value, bool provisional = false)
{
    Observation o;
    o.period = *Period::parse(QString::fromLatin1(period), julyStart);
    o.value = value;
    o.provisional = provisional;
    return o;
}

Target targetFrom(QDate from, double value)
{
    Target t;
    t.effectiveFrom = from;
    t.value = value;
    return t;
}

// Monthly, mean, %, higher is better: 90 until 14 January 2024, 95 from the 15th.
Measure responseRate()
{
    Measure m;
    m.code = QStringLiteral("FD-01");
    m.name = QStringLiteral("Response within 8 minutes");
    m.unit = QStringLiteral("%");
    m.direction = Direction::Higher;
    m.aggregation = Aggregation::Mean;
    m.frequency = Frequency::Monthly;
    m.decimals = 1;
    m.targets = {targetFrom(QDate(2000, 1, 1), 90), targetFrom(QDate(2024, 1, 15), 95)};
    return m;
}

// October 2023 to February 2024 with December missing.
std::vector<Observation> historyWithGap()
{
    return {figure("2024-02", 85), figure("2023-10", 88), figure("2023-11", 92), figure("2024-01", 96)};
}

const SeriesPoint &pointFor(const std::vector<SeriesPoint> &points, const QString &periodText)
{
    for (const SeriesPoint &p : points) {
        if (p.period.text() == periodText)
            return p;
    }
    qFatal("no point for %s", qPrintable(periodText));
}

QStringList periodTexts(const std::vector<SeriesPoint> &points)
{
    QStringList texts;
    for (const SeriesPoint &p : points)
        texts << p.period.text();
    return texts;
}

} // namespace

class MeasureSeriesTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Formatting is checked to the character: fix the locale whatever the machine's.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void measureSeries_monthlyWithGap_givesOnePointPerMonthInOrder()
    {
        const auto points = measureSeries(responseRate(), historyWithGap(), PeriodKind::Month, julyStart, {}, std::nullopt);
        QCOMPARE(periodTexts(points),
                 (QStringList{"2023-10", "2023-11", "2023-12", "2024-01", "2024-02"}));
        for (const SeriesPoint &p : points)
            QCOMPARE(p.period.kind(), PeriodKind::Month);
    }

    void measureSeries_monthlyWithGap_pointHasActualTargetAndStatus_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<double>("actual"); // NaN: none
        QTest::addColumn<double>("target");
        QTest::addColumn<Status>("status");
        QTest::newRow("2023-10 below 90 within tolerance, at risk") << "2023-10" << 88.0 << 90.0 << Status::AtRisk;
        QTest::newRow("2023-11 above 90, on track") << "2023-11" << 92.0 << 90.0 << Status::OnTrack;
        QTest::newRow("2023-12 missing month, no data but target shown") << "2023-12" << none << 90.0 << Status::NoData;
        QTest::newRow("2024-01 new target 95 from the 15th applies, on track") << "2024-01" << 96.0 << 95.0 << Status::OnTrack;
        // 85 would be at risk against 90 (>= 81) but is off track against 95 (< 85.5).
        QTest::newRow("2024-02 85 against 95, off track") << "2024-02" << 85.0 << 95.0 << Status::OffTrack;
    }

    void measureSeries_monthlyWithGap_pointHasActualTargetAndStatus()
    {
        QFETCH(QString, period);
        QFETCH(double, actual);
        QFETCH(double, target);
        QFETCH(Status, status);
        const auto points = measureSeries(responseRate(), historyWithGap(), PeriodKind::Month, julyStart, {}, std::nullopt);
        const SeriesPoint &p = pointFor(points, period);
        QCOMPARE(p.actual.has_value(), !std::isnan(actual));
        if (p.actual)
            QCOMPARE(*p.actual, actual);
        QVERIFY(p.target);
        QCOMPARE(p.target->value, target);
        QCOMPARE(p.tolerance, 0.10);
        QCOMPARE(p.status, status);
        QVERIFY(!p.provisional);
    }

    void describeSeries_latestFigure_saysValueTargetAndStatusInWords()
    {
        const Measure m = responseRate();
        const auto points = measureSeries(m, historyWithGap(), PeriodKind::Month, julyStart, {}, std::nullopt);
        const QString latest = explainStatus(m, pointFor(points, QStringLiteral("2024-02")));
        const QString text = describeSeries(m, points, month("2024-02"));
        QCOMPARE(text, QStringLiteral("Response within 8 minutes, from 2023-10 to 2024-02. Latest figure: ") + latest);
        QVERIFY2(text.contains(QLatin1String("Off track: 85.0% in 2024-02 against a target of 95.0%")), qPrintable(text));
    }

    void describeSeries_earlierPeriodViewed_addsItsOwnSentence()
    {
        const Measure m = responseRate();
        const auto points = measureSeries(m, historyWithGap(), PeriodKind::Month, julyStart, {}, std::nullopt);
        const QString text = describeSeries(m, points, month("2023-10"));
        QVERIFY2(text.contains(QLatin1String("Latest figure: Off track: 85.0% in 2024-02")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Period viewed: At risk: 88.0% in 2023-10 against a target of 90.0%")),
                 qPrintable(text));
    }

    void describeSeries_noFigures_saysSo()
    {
        QCOMPARE(describeSeries(responseRate(), {}, std::nullopt),
                 QStringLiteral("No figures have been reported for Response within 8 minutes yet."));
    }

    void indexOfPeriod_monthInQuarterlySeries_givesItsQuarter()
    {
        const auto months = measureSeries(responseRate(), historyWithGap(), PeriodKind::Month, julyStart, {}, std::nullopt);
        QCOMPARE(indexOfPeriod(months, month("2023-12")), 2);
        QCOMPARE(indexOfPeriod(months, month("2022-12")), -1);
        const auto quarters
            = measureSeries(responseRate(), historyWithGap(), PeriodKind::FiscalQuarter, julyStart, {}, std::nullopt);
        QCOMPARE(quarters.size(), size_t(2));
        QCOMPARE(indexOfPeriod(quarters, month("2023-11")), 0);
        QCOMPARE(indexOfPeriod(quarters, month("2024-01")), 1);
    }

    void measureSeries_targetChangeMidSeries_pointsEitherSideShowEachTarget()
    {
        const auto points = measureSeries(responseRate(), historyWithGap(), PeriodKind::Month, julyStart, {}, std::nullopt);
        const SeriesPoint &before = pointFor(points, QStringLiteral("2023-12"));
        const SeriesPoint &after = pointFor(points, QStringLiteral("2024-01"));
        QCOMPARE(before.target->value, 90.0);
        QCOMPARE(before.target->effectiveFrom, QDate(2000, 1, 1));
        // In effect on the month's last day, although it starts mid-month.
        QCOMPARE(after.target->value, 95.0);
        QCOMPARE(after.target->effectiveFrom, QDate(2024, 1, 15));
    }

    void measureSeries_fiscalYearKind_aggregatesTwelveMonthsIntoOnePoint_data()
    {
        QTest::addColumn<Aggregation>("aggregation");
        QTest::addColumn<double>("actual");
        QTest::addColumn<double>("target");
        QTest::addColumn<Status>("status");
        // Months July 2023 .. June 2024 hold 80, 81, ..., 91: mean 85.5, sum 1026.
        QTest::newRow("mean of 12 months against the target in effect on 30 June") << Aggregation::Mean << 85.5 << 95.0
                                                                                    << Status::AtRisk;
        // 1026 is exactly 1140 - 10%: the edge of the tolerance is still at risk.
        QTest::newRow("sum of 12 months against 12 monthly targets, at the tolerance edge")
            << Aggregation::Sum << 1026.0 << 1140.0 << Status::AtRisk;
    }

    void measureSeries_fiscalYearKind_aggregatesTwelveMonthsIntoOnePoint()
    {
        QFETCH(Aggregation, aggregation);
        QFETCH(double, actual);
        QFETCH(double, target);
        QFETCH(Status, status);
        Measure m = responseRate();
        m.aggregation = aggregation;
        std::vector<Observation> history;
        for (int i = 0; i < 12; ++i) {
            Observation o;
            o.period = Period::monthContaining(QDate(2023, 7, 1).addMonths(i));
            o.value = 80 + i;
            history.push_back(o);
        }
        const auto points = measureSeries(m, history, PeriodKind::FiscalYear, julyStart, {}, std::nullopt);
        QCOMPARE(points.size(), std::size_t(1));
        QCOMPARE(points[0].period.text(), QStringLiteral("FY2024"));
        QCOMPARE(points[0].period.first(), QDate(2023, 7, 1));
        QCOMPARE(points[0].period.last(), QDate(2024, 6, 30));
        QVERIFY(points[0].actual);
        QCOMPARE(*points[0].actual, actual);
        QCOMPARE(points[0].target->value, target);
        QCOMPARE(points[0].status, status);
    }

    void measureSeries_quarterlyFigures_absentFromMonthsPresentInFiscalQuarters()
    {
        Measure m = responseRate();
        m.frequency = Frequency::Quarterly;
        // FY2024-Q2 is October to December 2023, Q3 January to March 2024.
        const std::vector<Observation> history{figure("FY2024-Q2", 60), figure("FY2024-Q3", 70)};

        const auto months = measureSeries(m, history, PeriodKind::Month, julyStart, {}, std::nullopt);
        QCOMPARE(periodTexts(months), (QStringList{"2023-12", "2024-01", "2024-02", "2024-03"}));
        for (const SeriesPoint &p : months) {
            QVERIFY2(!p.actual, qPrintable(p.period.text()));
            QCOMPARE(p.status, Status::NoData);
        }

        const auto quarters = measureSeries(m, history, PeriodKind::FiscalQuarter, julyStart, {}, std::nullopt);
        QCOMPARE(periodTexts(quarters), (QStringList{"FY2024-Q2", "FY2024-Q3"}));
        QCOMPARE(*quarters[0].actual, 60.0);
        QCOMPARE(*quarters[1].actual, 70.0);
        QCOMPARE(quarters[1].target->value, 95.0);
        QCOMPARE(quarters[1].status, Status::OffTrack);
    }

    void measureSeries_monthsAndQuarterMixed_monthIgnoresQuarterQuarterTakesItsOwnFigure()
    {
        const std::vector<Observation> history{figure("2024-01", 90), figure("2024-02", 92),
                                                      figure("FY2024-Q3", 100)};
        const auto months = measureSeries(responseRate(), history, PeriodKind::Month, julyStart, {}, std::nullopt);
        QCOMPARE(*pointFor(months, QStringLiteral("2024-01")).actual, 90.0);
        QVERIFY(!pointFor(months, QStringLiteral("2024-03")).actual); // only the quarter ends in March
        const auto quarters = measureSeries(responseRate(), history, PeriodKind::FiscalQuarter, julyStart, {}, std::nullopt);
        QCOMPARE(quarters.size(), std::size_t(1));
        QCOMPARE(*quarters[0].actual, 100.0); // the figure for exactly the quarter, never mixed with its months
    }

    void measureSeries_provisionalFigure_flagsItsPointsOnly_data()
    {
        QTest::addColumn<PeriodKind>("kind");
        QTest::addColumn<QStringList>("periods");
        QTest::addColumn<QList<bool>>("provisional");
        QTest::newRow("months: only January is provisional") << PeriodKind::Month
                                                             << QStringList{"2023-12", "2024-01", "2024-02"}
                                                             << QList<bool>{false, true, false};
        QTest::newRow("fiscal quarters: Q3 holds January") << PeriodKind::FiscalQuarter
                                                           << QStringList{"FY2024-Q2", "FY2024-Q3"}
                                                           << QList<bool>{false, true};
        QTest::newRow("fiscal year: one provisional month makes the year provisional")
            << PeriodKind::FiscalYear << QStringList{"FY2024"} << QList<bool>{true};
    }

    void measureSeries_provisionalFigure_flagsItsPointsOnly()
    {
        QFETCH(PeriodKind, kind);
        QFETCH(QStringList, periods);
        QFETCH(QList<bool>, provisional);
        const std::vector<Observation> history{figure("2023-12", 91), figure("2024-01", 93, true),
                                                      figure("2024-02", 94)};
        const auto points = measureSeries(responseRate(), history, kind, julyStart, {}, std::nullopt);
        QCOMPARE(periodTexts(points), periods);
        QList<bool> flags;
        for (const SeriesPoint &p : points)
            flags << p.provisional;
        QCOMPARE(flags, provisional);
    }

    void measureSeries_emptyHistory_givesNoPoints_data()
    {
        QTest::addColumn<PeriodKind>("kind");
        QTest::newRow("month") << PeriodKind::Month;
        QTest::newRow("fiscal quarter") << PeriodKind::FiscalQuarter;
        QTest::newRow("fiscal year") << PeriodKind::FiscalYear;
        QTest::newRow("iso week") << PeriodKind::IsoWeek;
    }

    void measureSeries_emptyHistory_givesNoPoints()
    {
        QFETCH(PeriodKind, kind);
        QVERIFY(measureSeries(responseRate(), {}, kind, julyStart, {}, std::nullopt).empty());
    }

    void measureSeries_settingsTolerance_decidesStatus()
    {
        ScoringSettings settings;
        settings.defaultTolerance = 0.02; // 88 against 90 is now off track (< 88.2)
        const auto points = measureSeries(responseRate(), historyWithGap(), PeriodKind::Month, julyStart, settings, std::nullopt);
        const SeriesPoint &october = pointFor(points, QStringLiteral("2023-10"));
        QCOMPARE(october.tolerance, 0.02);
        QCOMPARE(october.status, Status::OffTrack);
    }

    void periodContaining_dayAndKind_givesThePeriod_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<PeriodKind>("kind");
        QTest::addColumn<int>("fiscalStart");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("day, leap day") << QDate(2024, 2, 29) << PeriodKind::Day << 7 << "2024-02-29" << QDate(2024, 2, 29)
                                       << QDate(2024, 2, 29);
        QTest::newRow("iso week, mid-year Wednesday") << QDate(2024, 3, 6) << PeriodKind::IsoWeek << 7 << "2024-W10"
                                                      << QDate(2024, 3, 4) << QDate(2024, 3, 10);
        QTest::newRow("iso week, 1 January 2021 is in 2020-W53") << QDate(2021, 1, 1) << PeriodKind::IsoWeek << 7
                                                                 << "2020-W53" << QDate(2020, 12, 28) << QDate(2021, 1, 3);
        QTest::newRow("iso week, 30 December 2024 is in 2025-W01") << QDate(2024, 12, 30) << PeriodKind::IsoWeek << 7
                                                                   << "2025-W01" << QDate(2024, 12, 30) << QDate(2025, 1, 5);
        QTest::newRow("iso week, Sunday 31 December 2023 is in 2023-W52") << QDate(2023, 12, 31) << PeriodKind::IsoWeek
                                                                          << 7 << "2023-W52" << QDate(2023, 12, 25)
                                                                          << QDate(2023, 12, 31);
        QTest::newRow("month, February of a leap year") << QDate(2024, 2, 10) << PeriodKind::Month << 7 << "2024-02"
                                                        << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("calendar quarter, last day of Q2") << QDate(2024, 6, 30) << PeriodKind::CalendarQuarter << 7
                                                          << "2024-Q2" << QDate(2024, 4, 1) << QDate(2024, 6, 30);
        QTest::newRow("fiscal quarter, start 7, 1 July opens Q1 of the next FY") << QDate(2023, 7, 1)
                                                                                 << PeriodKind::FiscalQuarter << 7
                                                                                 << "FY2024-Q1" << QDate(2023, 7, 1)
                                                                                 << QDate(2023, 9, 30);
        QTest::newRow("fiscal quarter, start 7, January is Q3") << QDate(2024, 1, 15) << PeriodKind::FiscalQuarter << 7
                                                                << "FY2024-Q3" << QDate(2024, 1, 1) << QDate(2024, 3, 31);
        QTest::newRow("fiscal quarter, start 7, 30 June closes Q4") << QDate(2024, 6, 30) << PeriodKind::FiscalQuarter
                                                                    << 7 << "FY2024-Q4" << QDate(2024, 4, 1)
                                                                    << QDate(2024, 6, 30);
        QTest::newRow("fiscal quarter, start 10, 1 October opens Q1") << QDate(2023, 10, 1) << PeriodKind::FiscalQuarter
                                                                       << 10 << "FY2024-Q1" << QDate(2023, 10, 1)
                                                                       << QDate(2023, 12, 31);
        QTest::newRow("fiscal quarter, start 10, 31 December still Q1") << QDate(2023, 12, 31)
                                                                         << PeriodKind::FiscalQuarter << 10 << "FY2024-Q1"
                                                                         << QDate(2023, 10, 1) << QDate(2023, 12, 31);
        QTest::newRow("fiscal quarter, start 10, January is Q2") << QDate(2024, 1, 1) << PeriodKind::FiscalQuarter << 10
                                                                 << "FY2024-Q2" << QDate(2024, 1, 1) << QDate(2024, 3, 31);
        QTest::newRow("fiscal quarter, start 10, September is Q4") << QDate(2024, 9, 30) << PeriodKind::FiscalQuarter
                                                                   << 10 << "FY2024-Q4" << QDate(2024, 7, 1)
                                                                   << QDate(2024, 9, 30);
        QTest::newRow("fiscal quarter, start 1, April is Q2 of the calendar year") << QDate(2024, 4, 1)
                                                                                   << PeriodKind::FiscalQuarter << 1
                                                                                   << "FY2024-Q2" << QDate(2024, 4, 1)
                                                                                   << QDate(2024, 6, 30);
        QTest::newRow("calendar year") << QDate(2024, 7, 4) << PeriodKind::CalendarYear << 7 << "2024"
                                       << QDate(2024, 1, 1) << QDate(2024, 12, 31);
        QTest::newRow("fiscal year, start 7, July belongs to the next FY") << QDate(2023, 7, 1) << PeriodKind::FiscalYear
                                                                           << 7 << "FY2024" << QDate(2023, 7, 1)
                                                                           << QDate(2024, 6, 30);
        QTest::newRow("fiscal year, start 7, 30 June ends the FY") << QDate(2024, 6, 30) << PeriodKind::FiscalYear << 7
                                                                   << "FY2024" << QDate(2023, 7, 1) << QDate(2024, 6, 30);
        QTest::newRow("fiscal year, start 10, October belongs to the next FY") << QDate(2024, 10, 1)
                                                                                << PeriodKind::FiscalYear << 10 << "FY2025"
                                                                                << QDate(2024, 10, 1) << QDate(2025, 9, 30);
    }

    void periodContaining_dayAndKind_givesThePeriod()
    {
        QFETCH(QDate, day);
        QFETCH(PeriodKind, kind);
        QFETCH(int, fiscalStart);
        QFETCH(QString, text);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const Period p = periodContaining(day, kind, fiscalStart);
        QVERIFY(p.isValid());
        QCOMPARE(p.kind(), kind);
        QCOMPARE(p.text(), text);
        QCOMPARE(p.first(), first);
        QCOMPARE(p.last(), last);
        QVERIFY(p.first() <= day && day <= p.last());
    }

    void periodKindFor_frequency_givesReportingKind_data()
    {
        QTest::addColumn<Frequency>("frequency");
        QTest::addColumn<PeriodKind>("kind");
        QTest::newRow("daily reports in days") << Frequency::Daily << PeriodKind::Day;
        QTest::newRow("weekly reports in ISO weeks") << Frequency::Weekly << PeriodKind::IsoWeek;
        QTest::newRow("monthly reports in months") << Frequency::Monthly << PeriodKind::Month;
        QTest::newRow("quarterly reports in fiscal quarters") << Frequency::Quarterly << PeriodKind::FiscalQuarter;
        QTest::newRow("annual reports in fiscal years") << Frequency::Annual << PeriodKind::FiscalYear;
    }

    void periodKindFor_frequency_givesReportingKind()
    {
        QFETCH(Frequency, frequency);
        QFETCH(PeriodKind, kind);
        QCOMPARE(periodKindFor(frequency), kind);
    }

    void explainStatus_point_namesStatusActualTargetAndReason_data()
    {
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<double>("actual");   // NaN: none
        QTest::addColumn<double>("target");   // NaN: no target; for band the low edge
        QTest::addColumn<double>("bandHigh");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QStringList>("contains");
        QTest::addColumn<QStringList>("lacks");

        QTest::newRow("on track, higher is better")
            << Direction::Higher << "%" << 1 << 92.5 << 90.0 << 0.0 << 0.1 << Status::OnTrack
            << QStringList{"On track:", "92.5%", "2024-03", "a target of 90.0%", "higher is better"}
            << QStringList{"tolerance"};
        QTest::newRow("on track, lower is better")
            << Direction::Lower << "days" << 1 << 6.2 << 6.5 << 0.0 << 0.1 << Status::OnTrack
            << QStringList{"On track:", "6.2 days", "a target of 6.5 days", "lower is better"} << QStringList{};
        QTest::newRow("at risk within the 10% tolerance")
            << Direction::Higher << "%" << 1 << 87.2 << 90.0 << 0.0 << 0.1 << Status::AtRisk
            << QStringList{"At risk:", "87.2%", "a target of 90.0%", "10% tolerance"} << QStringList{"Off track"};
        QTest::newRow("at risk, whole-number measure shows no decimals")
            << Direction::Higher << "%" << 0 << 87.0 << 90.0 << 0.0 << 0.1 << Status::AtRisk
            << QStringList{"At risk:", "87%", "a target of 90%", "10% tolerance"} << QStringList{"90.0"};
        QTest::newRow("off track beyond a 12.5% tolerance")
            << Direction::Higher << "%" << 1 << 70.0 << 90.0 << 0.0 << 0.125 << Status::OffTrack
            << QStringList{"Off track:", "70.0%", "a target of 90.0%", "12.5% tolerance"} << QStringList{};
        QTest::newRow("off track with no tolerance")
            << Direction::Higher << "%" << 1 << 89.9 << 90.0 << 0.0 << 0.0 << Status::OffTrack
            << QStringList{"Off track:", "89.9%", "no tolerance"} << QStringList{"0% tolerance"};
        QTest::newRow("tolerance 7 percent reads as a whole percent")
            << Direction::Higher << "%" << 1 << 85.0 << 90.0 << 0.0 << 0.07 << Status::AtRisk
            << QStringList{"At risk:", "7% tolerance"} << QStringList{"7.0%"};
        QTest::newRow("no data with a target")
            << Direction::Higher << "%" << 1 << none << 90.0 << 0.0 << 0.1 << Status::NoData
            << QStringList{"No data:", "2024-03", "not scored"} << QStringList{"no target"};
        QTest::newRow("no data and no target")
            << Direction::Higher << "%" << 1 << none << none << 0.0 << 0.0 << Status::NoData
            << QStringList{"No data:", "2024-03", "no target"} << QStringList{};
        QTest::newRow("no target, monitored only")
            << Direction::Higher << "%" << 1 << 87.2 << none << 0.0 << 0.0 << Status::NoTarget
            << QStringList{"No target:", "87.2%", "2024-03", "without a target"} << QStringList{"a target of"};
        QTest::newRow("band, inside the range")
            << Direction::Band << "days" << 1 << 3.0 << 2.0 << 4.0 << 0.1 << Status::OnTrack
            << QStringList{"On track:", "3.0 days", "a target range of 2.0 days to 4.0 days", "inside the range"}
            << QStringList{"a target of"};
        QTest::newRow("band, just above the range, at risk")
            << Direction::Band << "days" << 1 << 4.2 << 2.0 << 4.0 << 0.1 << Status::AtRisk
            << QStringList{"At risk:", "4.2 days", "a target range of 2.0 days to 4.0 days", "10% tolerance"}
            << QStringList{};
    }

    void explainStatus_point_namesStatusActualTargetAndReason()
    {
        QFETCH(Direction, direction);
        QFETCH(QString, unit);
        QFETCH(int, decimals);
        QFETCH(double, actual);
        QFETCH(double, target);
        QFETCH(double, bandHigh);
        QFETCH(double, tolerance);
        QFETCH(Status, status);
        QFETCH(QStringList, contains);
        QFETCH(QStringList, lacks);
        Measure m = responseRate();
        m.direction = direction;
        m.unit = unit;
        m.decimals = decimals;
        SeriesPoint point;
        point.period = month("2024-03");
        if (!std::isnan(actual))
            point.actual = actual;
        if (!std::isnan(target)) {
            Target t;
            t.effectiveFrom = QDate(2000, 1, 1);
            t.value = target;
            t.bandLow = target;
            t.bandHigh = bandHigh;
            point.target = t;
        }
        point.tolerance = tolerance;
        point.status = status;
        const QString sentence = explainStatus(m, point);
        for (const QString &part : contains) {
            if (part == QLatin1String("7% tolerance"))
            QVERIFY2(sentence.contains(part), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(sentence, part)));
        }
        for (const QString &part : lacks) {
            if (part == QLatin1String("7.0%"))
            QVERIFY2(!sentence.contains(part), qPrintable(QStringLiteral("\"%1\" has \"%2\"").arg(sentence, part)));
        }
        QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
    }

    void explainStatus_seriesPoint_agreesWithComputedStatus()
    {
        // The sentence for a real point of a series, not a hand-made one.
        const auto points = measureSeries(responseRate(), historyWithGap(), PeriodKind::Month, julyStart, {}, std::nullopt);
        const QString october = explainStatus(responseRate(), pointFor(points, QStringLiteral("2023-10")));
        QVERIFY2(october.startsWith(QLatin1String("At risk: 88.0% in 2023-10 against a target of 90.0%")),
                 qPrintable(october));
        QVERIFY2(october.contains(QLatin1String("10% tolerance")), qPrintable(october));
        const QString december = explainStatus(responseRate(), pointFor(points, QStringLiteral("2023-12")));
        QVERIFY2(december.startsWith(QLatin1String("No data:")), qPrintable(december));
        QVERIFY2(december.contains(QLatin1String("2023-12")), qPrintable(december));
    }
};

QTEST_GUILESS_MAIN(MeasureSeriesTest)
#include "tst_measureseries.moc"
