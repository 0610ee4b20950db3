// The one rule of docs/scoring.md that says which observations belong to a
// period P (observation.h): the window a store reads by index (last day within
// P, grain no coarser), the days an observation must lie within, and periods
// rebuilt from a last day and a grain, as the store's totals are read.
#include "observation.h"

#include <QTest>

using namespace civicstat;

namespace {

constexpr int julyStart = 7;

Period period(const QString &text) { return *Period::parse(text, julyStart); }

Observation figureFor(const QString &periodText)
{
    Observation o;
    o.period = period(periodText);
    o.value = 1.0;
    return o;
}

} // namespace

class ObservationTest final : public QObject
{
    Q_OBJECT

private slots:
    void windowFor_period_givesItsDaysAndGrain_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("through");
        QTest::addColumn<QDate>("firstEnd");
        QTest::addColumn<QDate>("lastEnd");
        QTest::addColumn<int>("coarsest");
        QTest::newRow("a month") << "2024-03" << "2024-03" << QDate(2024, 3, 1) << QDate(2024, 3, 31) << 3;
        QTest::newRow("an ISO week") << "2024-W10" << "2024-W10" << QDate(2024, 3, 4) << QDate(2024, 3, 10) << 2;
        QTest::newRow("a fiscal year from July")
            << "FY2024" << "FY2024" << QDate(2023, 7, 1) << QDate(2024, 6, 30) << 5;
        QTest::newRow("twelve months of history in one window")
            << "2023-04" << "2024-03" << QDate(2023, 4, 1) << QDate(2024, 3, 31) << 3;
    }

    void windowFor_period_givesItsDaysAndGrain()
    {
        QFETCH(QString, from);
        QFETCH(QString, through);
        const ObservationWindow window = from == through ? windowFor(period(from)) : windowFor(period(from), period(through));
        QTEST(window.firstEnd, "firstEnd");
        QTEST(window.lastEnd, "lastEnd");
        QTEST(window.coarsestGranularity, "coarsest");
    }

    void belongsTo_observationAndPeriod_followsTheRule_data()
    {
        QTest::addColumn<QString>("observation");
        QTest::addColumn<QString>("period");
        QTest::addColumn<bool>("endsWithin"); // a candidate a store reads for P
        QTest::addColumn<bool>("belongs");
        // 2022-W13 runs from Monday 28 March to Sunday 3 April 2022.
        QTest::newRow("a week spanning a month boundary counts where its Sunday falls")
            << "2022-W13" << "2022-04" << true << true;
        QTest::newRow("and never for the month it starts in") << "2022-W13" << "2022-03" << false << false;
        QTest::newRow("nor for the quarter it starts in") << "2022-W13" << "2022-Q1" << false << false;
        QTest::newRow("a quarter inside a year") << "2024-Q1" << "2024" << true << true;
        QTest::newRow("a fiscal quarter inside its fiscal year") << "FY2024-Q3" << "FY2024" << true << true;
        QTest::newRow("a year inside a quarter, excluded: coarser") << "FY2024" << "2024-Q2" << false << false;
        QTest::newRow("a quarter never counts for one of its months") << "2024-Q1" << "2024-03" << false << false;
        QTest::newRow("a month never counts for the week it ends in") << "2024-03" << "2024-W13" << false << false;
        QTest::newRow("a day counts for its week") << "2024-03-31" << "2024-W13" << true << true;
        QTest::newRow("a calendar year ending in a fiscal year it starts before")
            << "2024" << "FY2025" << true << false;
        QTest::newRow("a period counts for itself") << "FY2024-Q3" << "FY2024-Q3" << true << true;
    }

    void belongsTo_observationAndPeriod_followsTheRule()
    {
        QFETCH(QString, observation);
        QFETCH(QString, period);
        const Observation o = figureFor(observation);
        const Period p = ::period(period);
        QTEST(endsWithin(o, p), "endsWithin");
        QTEST(endsWithin(o, windowFor(p)), "endsWithin");
        QTEST(belongsTo(o, p), "belongs");
    }

    void liesWithin_partOfAPeriod_needsEveryDayInside()
    {
        // A year scored to date through February: its January counts, its first quarter does not yet.
        const QDate first(2024, 1, 1);
        const QDate through(2024, 2, 29);
        QVERIFY(liesWithin(figureFor(QStringLiteral("2024-01")), first, through));
        QVERIFY(!liesWithin(figureFor(QStringLiteral("2024-Q1")), first, through));
        QVERIFY(!liesWithin(figureFor(QStringLiteral("2023-12")), first, through));
    }

    void endingOn_lastDayAndGrain_rebuildsThePeriod_data()
    {
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("granularity");
        QTest::addColumn<int>("fiscalStart");
        QTest::addColumn<QString>("text"); // empty: no such period
        QTest::addColumn<QDate>("first");
        QTest::newRow("a day") << QDate(2024, 3, 15) << 1 << 1 << "2024-03-15" << QDate(2024, 3, 15);
        QTest::newRow("a week ending on Sunday") << QDate(2024, 3, 10) << 2 << 1 << "2024-W10" << QDate(2024, 3, 4);
        QTest::newRow("no week ends on a Saturday") << QDate(2024, 3, 9) << 2 << 1 << "" << QDate();
        QTest::newRow("a month") << QDate(2024, 2, 29) << 3 << 7 << "2024-02" << QDate(2024, 2, 1);
        QTest::newRow("no month ends on the 30th of March") << QDate(2024, 3, 30) << 3 << 7 << "" << QDate();
        QTest::newRow("a calendar quarter, no fiscal year") << QDate(2024, 3, 31) << 4 << 1 << "2024-Q1"
                                                            << QDate(2024, 1, 1);
        QTest::newRow("the same days as the city's fiscal quarter")
            << QDate(2024, 3, 31) << 4 << 7 << "FY2024-Q3" << QDate(2024, 1, 1);
        QTest::newRow("a quarter of neither: the fiscal year that has it")
            << QDate(2024, 4, 30) << 4 << 7 << "FY2025-Q1" << QDate(2024, 2, 1);
        QTest::newRow("the city's fiscal year") << QDate(2024, 6, 30) << 5 << 7 << "FY2024" << QDate(2023, 7, 1);
        QTest::newRow("a calendar year in a fiscal city") << QDate(2024, 12, 31) << 5 << 7 << "2024" << QDate(2024, 1, 1);
        QTest::newRow("a fiscal year in a calendar city")
            << QDate(2024, 9, 30) << 5 << 1 << "FY2024" << QDate(2023, 10, 1);
        QTest::newRow("no such grain") << QDate(2024, 3, 31) << 6 << 1 << "" << QDate();
    }

    void endingOn_lastDayAndGrain_rebuildsThePeriod()
    {
        QFETCH(QDate, last);
        QFETCH(int, granularity);
        QFETCH(int, fiscalStart);
        QFETCH(QString, text);
        QFETCH(QDate, first);
        const Period p = Period::endingOn(last, granularity, fiscalStart);
        QCOMPARE(p.isValid(), !text.isEmpty());
        if (!p.isValid())
            return;
        QCOMPARE(p.text(), text);
        QCOMPARE(p.first(), first);
        QCOMPARE(p.last(), last);
        QCOMPARE(p.granularity(), granularity);
    }
};

QTEST_GUILESS_MAIN(ObservationTest)
#include "tst_observation.moc"
