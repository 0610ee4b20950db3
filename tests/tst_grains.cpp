// The rules that keep a figure from counting twice or against the wrong
// target (docs/scoring.md): one grain at a time, targets with a grain of
// their own, and periods not yet over scored to date. Each case goes through
// a real database and loadScorecard, as the desktop and the command line do.
#include "canonicalimport.h"
#include "citysnapshot.h"
#include "measuredetail.h"
#include "scorecard.h"
#include "scorecardexport.h"
#include "storefactory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace civicstat;

namespace {

const char *structureHeader = "goal_code,goal_name,objective_code,objective_name,department_code,department_name,"
                              "measure_code,measure_name,unit,direction,aggregation,frequency,target,effective_from,"
                              "target_per\n";

// One measure M under G/O/D, with the given aggregation, frequency, target and target grain.
QByteArray oneMeasure(const char *aggregation, const char *frequency, const char *target, const char *per)
{
    return QByteArray(structureHeader) + "G,Goal,O,Objective,D,Department,M,Measure,,higher," + aggregation + ","
        + frequency + "," + target + ",FY2024," + per + "\n";
}

class City
{
public:
    City(const QByteArray &structure, const QByteArray &figures)
    {
        store = openStore(dir.filePath(QStringLiteral("city.db")), StoreOpenMode::CreateIfMissing);
        load(structure, "structure.csv");
        load("measure,period,value\n" + figures, "figures.csv");
    }

    ScorecardRow measure(const QString &period) const
    {
        const Scorecard card = loadScorecard(*store, period, Scope{});
        for (const ScorecardRow &row : card.rows) {
            if (row.level == Level::Measure)
                return row;
        }
        return {};
    }

    QTemporaryDir dir;
    std::unique_ptr<KpiStore> store;

private:
    void load(const QByteArray &bytes, const char *name)
    {
        const QString fileName = QString::fromLatin1(name);
        const ImportPlan plan = planCanonicalImport(fileName, bytes, store->structure(), store->citySettings());
        QVERIFY2(plan.problems.empty(),
                 qPrintable(plan.problems.empty() ? QString() : plan.problems.front().describe(fileName)));
        store->applyImport(plan.batch);
    }
};

// Months July..September 2023 (FY2024 Q1 with a July start), the quarter, and the whole year, in one file.
const QByteArray monthsQuarterAndYear = "M,2023-07,100\nM,2023-08,110\nM,2023-09,90\nM,FY2024-Q1,300\n"
                                        "M,2023-10,100\nM,2023-11,100\nM,2023-12,100\n"
                                        "M,2024-01,100\nM,2024-02,100\nM,2024-03,100\n"
                                        "M,2024-04,100\nM,2024-05,100\nM,2024-06,100\nM,FY2024,1200\n";

void compareNumber(const std::optional<double> &actual, double expected, const char *what)
{
    QVERIFY2(actual, what);
    QVERIFY2(std::abs(*actual - expected) < 1e-9,
             qPrintable(QStringLiteral("%1: %2, expected %3").arg(QLatin1String(what)).arg(*actual).arg(expected)));
}

} // namespace

class GrainsTest final : public QObject
{
    Q_OBJECT

private slots:
    void oneGrain_monthsQuarterAndYearInOneFile_neverAddsThemUp_data()
    {
        QTest::addColumn<QString>("aggregation");
        QTest::addColumn<QString>("period");
        QTest::addColumn<double>("actual");
        QTest::newRow("sum: a month is its own figure") << "sum" << "2023-08" << 110.0;
        QTest::newRow("sum: the quarter's own figure wins over its months") << "sum" << "FY2024-Q1" << 300.0;
        QTest::newRow("sum: the year's own figure wins over quarters and months") << "sum" << "FY2024" << 1200.0;
        QTest::newRow("sum: a calendar half with no figure of its own adds the months only") << "sum" << "2023-Q4"
                                                                                              << 300.0;
        QTest::newRow("mean: the quarter's own figure") << "mean" << "FY2024-Q1" << 300.0;
        QTest::newRow("mean: a calendar quarter of months is their mean") << "mean" << "2024-Q1" << 100.0;
        QTest::newRow("last: the year's own figure") << "last" << "FY2024" << 1200.0;
        QTest::newRow("max: the quarter alone, not the largest of months and quarter") << "max" << "FY2024-Q1"
                                                                                        << 300.0;
        QTest::newRow("min: the year alone") << "min" << "FY2024" << 1200.0;
    }

    void oneGrain_monthsQuarterAndYearInOneFile_neverAddsThemUp()
    {
        QFETCH(QString, aggregation);
        QFETCH(QString, period);
        QFETCH(double, actual);
        City city(oneMeasure(qPrintable(aggregation), "monthly", "100", ""), monthsQuarterAndYear);
        compareNumber(city.measure(period).actual, actual, "actual");
    }

    void oneGrain_noFigureForThePeriod_takesTheMeasuresOwnFrequency()
    {
        // Months and one quarter inside a fiscal year without a yearly figure: the months, never both.
        City city(oneMeasure("sum", "monthly", "100", ""),
                  "M,2023-07,100\nM,2023-08,110\nM,2023-09,90\nM,FY2024-Q1,999\nM,2023-10,50\n");
        compareNumber(city.measure(QStringLiteral("FY2024")).actual, 350.0, "months only");
    }

    void oneGrain_quarterlyFiguresOnAMonthlyMeasure_areUsedWhenNoMonthIs()
    {
        City city(oneMeasure("sum", "monthly", "100", ""), "M,FY2024-Q1,300\nM,FY2024-Q2,330\n");
        compareNumber(city.measure(QStringLiteral("FY2024")).actual, 630.0, "quarters");
    }

    void annualTarget_onMeasuresOfEachFrequency_isScaledToThePeriod_data()
    {
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<QString>("per");
        QTest::addColumn<QString>("figures");
        QTest::addColumn<QString>("period");
        QTest::addColumn<double>("target");
        QTest::addColumn<QString>("status");
        // A yearly target of 1,200 is 100 a month, 300 a quarter, 1,200 a year.
        QTest::newRow("monthly measure, yearly target, a month: 100") << "monthly" << "year" << "M,2023-08,95\n"
                                                                      << "2023-08" << 100.0 << "at_risk";
        QTest::newRow("monthly measure, yearly target, a quarter: 300")
            << "monthly" << "year" << "M,2023-07,100\nM,2023-08,100\nM,2023-09,100\n" << "FY2024-Q1" << 300.0
            << "on_track";
        QTest::newRow("quarterly measure, yearly target, a quarter: 300") << "quarterly" << "year" << "M,FY2024-Q1,250\n"
                                                                          << "FY2024-Q1" << 300.0 << "off_track";
        QTest::newRow("weekly measure, yearly target, a week: 7/365.25 of it")
            << "weekly" << "year" << "M,2023-W32,23\n" << "2023-W32" << 1200.0 * 7 / 365.25 << "on_track";
        QTest::newRow("monthly measure, target per month (blank), a quarter: 3 times it")
            << "monthly" << "" << "M,2023-07,1200\nM,2023-08,1200\nM,2023-09,1200\n" << "FY2024-Q1" << 3600.0
            << "on_track";
        QTest::newRow("monthly measure, quarterly target, a month: a third") << "monthly" << "quarter"
                                                                             << "M,2023-08,400\n" << "2023-08" << 400.0
                                                                             << "on_track";
    }

    void annualTarget_onMeasuresOfEachFrequency_isScaledToThePeriod()
    {
        QFETCH(QString, frequency);
        QFETCH(QString, per);
        QFETCH(QString, figures);
        QFETCH(QString, period);
        QFETCH(double, target);
        QFETCH(QString, status);
        City city(oneMeasure("sum", qPrintable(frequency), "1200", qPrintable(per)), figures.toUtf8());
        const ScorecardRow row = city.measure(period);
        QVERIFY(row.target);
        compareNumber(row.target->value, target, "target");
        QCOMPARE(toText(row.status), status);
    }

    void annualTarget_onAMeanMeasure_comparesAsItIs()
    {
        City city(oneMeasure("mean", "monthly", "90", "year"), "M,2023-08,91\n");
        compareNumber(city.store->structure().measures.front().targets.front().per == Frequency::Annual ? 1.0 : 0.0,
                      1.0, "stored grain");
        compareNumber(city.measure(QStringLiteral("2023-08")).target->value, 90.0, "target");
    }

    void openYear_threeMonthsIn_isScoredToDateAgainstAProRatedTarget()
    {
        // FY2024 runs July 2023 to June 2024; the latest figures are for September.
        City city(oneMeasure("sum", "monthly", "1200", "year"),
                  "M,2022-07,100\nM,2022-08,100\nM,2022-09,100\nM,2022-10,100\nM,FY2023,1000\n"
                  "M,2023-07,100\nM,2023-08,95\nM,2023-09,100\n");
        const Scorecard card = loadScorecard(*city.store, QStringLiteral("FY2024"), Scope{});
        QCOMPARE(card.coverage.elapsed, 3);
        QCOMPARE(card.coverage.total, 12);
        QCOMPARE(card.coverage.through, QDate(2023, 9, 30));
        QCOMPARE(coverageText(card.coverage, card.period.kind()), QStringLiteral("year to date, 3 of 12 months"));
        const ScorecardRow &m = card.rows.back();
        compareNumber(m.actual, 295.0, "actual to date");
        compareNumber(m.target->value, 300.0, "a quarter of the yearly target");
        QCOMPARE(toText(m.status), QStringLiteral("at_risk")); // not off track at a quarter of 1,200
        // Compared with the same three months of FY2023, never with its whole year (1,000).
        compareNumber(m.previousActual, 300.0, "July to September 2022");
        QCOMPARE(QString::fromUtf8(scorecardCsv(card)).section(QLatin1Char('\n'), 1, 1).section(QLatin1Char(','), -1),
                 QStringLiteral("3/12"));
        const QJsonObject json = QJsonDocument::fromJson(scorecardJson(card)).object();
        QCOMPARE(json.value(QStringLiteral("coverage")).toString(), QStringLiteral("3/12"));
        QCOMPARE(json.value(QStringLiteral("scored_to_date")).toString(), QStringLiteral("year to date, 3 of 12 months"));
        QCOMPARE(json.value(QStringLiteral("data_as_of")).toString(), QStringLiteral("2023-09-30"));
        QVERIFY2(scoredToDateNote(card).startsWith(QLatin1String("FY2024 is not over: scored year to date, 3 of 12 months")),
                 qPrintable(scoredToDateNote(card)));
    }

    void openQuarter_oneMonthIn_isQuarterToDate()
    {
        City city(oneMeasure("sum", "monthly", "1200", "year"), "M,2023-07,100\nM,2023-08,100\nM,2023-09,100\nM,2023-10,90\n");
        const Scorecard card = loadScorecard(*city.store, QStringLiteral("FY2024-Q2"), Scope{});
        QCOMPARE(coverageText(card.coverage, card.period.kind()), QStringLiteral("quarter to date, 1 of 3 months"));
        compareNumber(card.rows.back().target->value, 100.0, "one month of a yearly 1,200");
        compareNumber(card.rows.back().previousActual, 100.0, "the first month of the quarter before");
    }

    void openYear_breakdownByMember_isToDateAndOneGrain()
    {
        City city(oneMeasure("sum", "monthly", "1200", "year"),
                  "M,2023-07,100\nM,2023-08,100\nM,2023-09,100\nM,FY2024-Q1,300\n");
        const QByteArray members = "measure,period,value,dimension,member\n"
                                   "M,2023-07,10,neighbourhood,N\nM,2023-08,10,neighbourhood,N\n"
                                   "M,2023-09,10,neighbourhood,N\nM,FY2024-Q1,35,neighbourhood,N\n";
        const ImportPlan plan = planCanonicalImport(QStringLiteral("members.csv"), members, city.store->structure(),
                                                    city.store->citySettings());
        QVERIFY(plan.ok());
        city.store->applyImport(plan.batch);
        const auto snapshot = CitySnapshot::load(*city.store, *Period::parse(QStringLiteral("FY2024"), 7));
        const MeasureDetail detail = loadMeasureDetail(*city.store, *snapshot, QStringLiteral("M"), PeriodKind::Month);
        QCOMPARE(detail.breakdownLabel, QStringLiteral("FY2024, 3 of 12 months"));
        QCOMPARE(detail.breakdown.size(), std::size_t(1));
        QCOMPARE(detail.breakdown.front().value, 35.0); // the quarter's own figure: exactly the months to date
        QVERIFY2(detail.explanation.contains(QLatin1String("FY2024 (year to date, 3 of 12 months)")),
                 qPrintable(detail.explanation));
    }

    void closedPeriod_isScoredWhole()
    {
        City city(oneMeasure("sum", "monthly", "1200", "year"), "M,2023-07,100\nM,2024-06,100\nM,2024-07,100\n");
        const Scorecard card = loadScorecard(*city.store, QStringLiteral("FY2024"), Scope{});
        QVERIFY(!card.coverage.isPartial());
        QCOMPARE(coverageRatio(card.coverage), QStringLiteral("12/12"));
        compareNumber(card.rows.back().target->value, 1200.0, "the whole year's target");
        QVERIFY(scoredToDateNote(card).isEmpty());
    }

    void oneGrain_calendarAndFiscalQuarterOfTheSameMonths_countOnce()
    {
        // With a July fiscal year, 2024-Q1 and FY2024-Q3 are both January to March 2024.
        City city(oneMeasure("sum", "quarterly", "100", ""),
                  "M,2023-Q3,300\nM,FY2024-Q1,300\nM,2023-Q4,300\nM,FY2024-Q2,300\n"
                  "M,2024-Q1,300\nM,FY2024-Q3,300\nM,2024-Q2,300\nM,FY2024-Q4,300\n");
        compareNumber(city.measure(QStringLiteral("2024-Q1")).actual, 300.0, "a quarter reported twice");
        compareNumber(city.measure(QStringLiteral("FY2024")).actual, 1200.0, "four quarters, each once");
    }

    void oneGrain_weeksStraddlingTheMonth_loseToDaysThatCoverMoreOfIt()
    {
        // No monthly figure for May 2022: days 1..31, and weeks ending Sundays 1, 8, 15, 22, 29 May.
        const auto figure = [](const Period &period, double value) {
            Observation o;
            o.period = period;
            o.value = value;
            return o;
        };
        std::vector<Observation> figures;
        for (int day = 1; day <= 31; ++day)
            figures.push_back(figure(Period::day(QDate(2022, 5, day)), 1.0));
        for (int day : {1, 8, 15, 22, 29})
            figures.push_back(figure(Period::endingOn(QDate(2022, 5, day), 2, 1), 7.0));
        const auto chosen = observationsOfOneGrain(figures, QDate(2022, 5, 1), QDate(2022, 5, 31), Frequency::Monthly);
        QCOMPARE(chosen.size(), std::size_t(31));
        QCOMPARE(chosen.front().period.granularity(), 1);
    }

    void coverage_periodNotBegunOrFirstMonthNotOver_hasNothingElapsed_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("ratio");
        QTest::addColumn<QDate>("through");
        QTest::newRow("a year not begun: 0/12") << "FY2028" << QDate(2026, 9, 30) << "0/12" << QDate(2027, 6, 30);
        QTest::newRow("as of the middle of its first month: 0/12") << "FY2027" << QDate(2026, 7, 15) << "0/12"
                                                                    << QDate(2026, 6, 30);
        QTest::newRow("as of the middle of its third month: 2/12") << "FY2027" << QDate(2026, 9, 15) << "2/12"
                                                                    << QDate(2026, 8, 31);
        QTest::newRow("a year over: 12/12") << "FY2026" << QDate(2026, 9, 30) << "12/12" << QDate(2026, 6, 30);
        QTest::newRow("a week four days in (Monday 28 September): 4/7") << "2026-W40" << QDate(2026, 10, 1) << "4/7"
                                                        << QDate(2026, 10, 1);
    }

    void coverage_periodNotBegunOrFirstMonthNotOver_hasNothingElapsed()
    {
        QFETCH(QString, period);
        QFETCH(QDate, asOf);
        QFETCH(QString, ratio);
        QFETCH(QDate, through);
        const Coverage c = coverageOf(*Period::parse(period, 7), asOf);
        QCOMPARE(coverageRatio(c), ratio);
        QCOMPARE(c.through, through);
    }

    void latest_aFewStragglersInANewMonth_opensOnTheMonthMostReported()
    {
        QByteArray structure(structureHeader);
        QByteArray figures;
        for (int i = 1; i <= 5; ++i) {
            structure += "G,Goal,O,Objective,D,Department,M" + QByteArray::number(i) + ",Measure,,higher,sum,monthly,,,\n";
            figures += "M" + QByteArray::number(i) + ",2024-03,1\n";
        }
        figures += "M1,2024-04,1\n"; // one of five has reported April
        City city(structure, figures);
        QCOMPARE(defaultPeriod(*city.store, 7).text(), QStringLiteral("2024-03"));
        QCOMPARE(dataAsOf(*city.store), std::optional<QDate>(QDate(2024, 4, 30)));
    }
};

QTEST_GUILESS_MAIN(GrainsTest)
#include "tst_grains.moc"
