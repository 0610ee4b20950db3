// Periods: parsing every text form, first and last days (fiscal years named by
// the year they end), previous period and the same period a year earlier.
#include "period.h"

#include <QTest>

using civicstat::Period;
using civicstat::PeriodKind;

class PeriodTest final : public QObject
{
    Q_OBJECT

private slots:
    void parse_eachForm_givesDaysAndCanonicalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fiscalStart");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("granularity");

        QTest::newRow("month") << "2024-03" << 7 << "2024-03" << QDate(2024, 3, 1) << QDate(2024, 3, 31) << 3;
        QTest::newRow("leap February") << "2024-02" << 7 << "2024-02" << QDate(2024, 2, 1) << QDate(2024, 2, 29) << 3;
        QTest::newRow("calendar quarter") << "2024-Q1" << 7 << "2024-Q1" << QDate(2024, 1, 1) << QDate(2024, 3, 31) << 4;
        QTest::newRow("calendar year") << "2024" << 7 << "2024" << QDate(2024, 1, 1) << QDate(2024, 12, 31) << 5;
        QTest::newRow("fiscal year July start, named by end year")
            << "FY2024" << 7 << "FY2024" << QDate(2023, 7, 1) << QDate(2024, 6, 30) << 5;
        QTest::newRow("fiscal year October start") << "FY2024" << 10 << "FY2024" << QDate(2023, 10, 1)
                                                   << QDate(2024, 9, 30) << 5;
        QTest::newRow("fiscal year January start is the calendar year")
            << "FY2024" << 1 << "FY2024" << QDate(2024, 1, 1) << QDate(2024, 12, 31) << 5;
        QTest::newRow("fiscal quarter 3 of a July year is January to March")
            << "FY2024-Q3" << 7 << "FY2024-Q3" << QDate(2024, 1, 1) << QDate(2024, 3, 31) << 4;
        QTest::newRow("fiscal quarter 1 of a July year") << "FY2024-Q1" << 7 << "FY2024-Q1" << QDate(2023, 7, 1)
                                                         << QDate(2023, 9, 30) << 4;
        QTest::newRow("ISO week 10 of 2024") << "2024-W10" << 7 << "2024-W10" << QDate(2024, 3, 4)
                                             << QDate(2024, 3, 10) << 2;
        QTest::newRow("ISO week 1 of 2021 starts in January") << "2021-W01" << 7 << "2021-W01" << QDate(2021, 1, 4)
                                                              << QDate(2021, 1, 10) << 2;
        QTest::newRow("ISO week 53 of 2020") << "2020-W53" << 7 << "2020-W53" << QDate(2020, 12, 28)
                                             << QDate(2021, 1, 3) << 2;
        QTest::newRow("day") << "2024-03-15" << 7 << "2024-03-15" << QDate(2024, 3, 15) << QDate(2024, 3, 15) << 1;
        QTest::newRow("lower case and blanks") << " fy2024-q2 " << 7 << "FY2024-Q2" << QDate(2023, 10, 1)
                                               << QDate(2023, 12, 31) << 4;
    }

    void parse_eachForm_givesDaysAndCanonicalText()
    {
        QFETCH(QString, text);
        QFETCH(int, fiscalStart);
        QFETCH(QString, canonical);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(int, granularity);
        const auto period = Period::parse(text, fiscalStart);
        QVERIFY(period.has_value());
        QCOMPARE(period->text(), canonical);
        QCOMPARE(period->first(), first);
        QCOMPARE(period->last(), last);
        QCOMPARE(period->granularity(), granularity);
    }

    void parse_invalidText_givesNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("month 13") << "2024-13";
        QTest::newRow("quarter 5") << "2024-Q5";
        QTest::newRow("week 53 in a 52-week year") << "2021-W53";
        QTest::newRow("30 February") << "2024-02-30";
        QTest::newRow("words") << "March 2024";
        QTest::newRow("slashes") << "3/15/2024";
        QTest::newRow("empty") << "";
        QTest::newRow("latest is resolved by the store") << "latest";
    }

    void parse_invalidText_givesNothing()
    {
        QFETCH(QString, text);
        QVERIFY(!Period::parse(text, 7).has_value());
    }

    void comparisons_eachKind_givePreviousAndYearEarlier_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("yearEarlier");
        QTest::newRow("month across a year") << "2024-01" << "2023-12" << "2023-01";
        QTest::newRow("calendar quarter") << "2024-Q1" << "2023-Q4" << "2023-Q1";
        QTest::newRow("fiscal quarter across fiscal years") << "FY2024-Q1" << "FY2023-Q4" << "FY2023-Q1";
        QTest::newRow("fiscal year") << "FY2024" << "FY2023" << "FY2023";
        QTest::newRow("ISO week across a year") << "2024-W01" << "2023-W52" << "2023-W01";
        QTest::newRow("ISO week 53 a year later has no week 53") << "2020-W53" << "2020-W52" << "2019-W52";
        QTest::newRow("day across a month") << "2024-03-01" << "2024-02-29" << "2023-03-01";
        QTest::newRow("leap day a year earlier") << "2024-02-29" << "2024-02-28" << "2023-02-28";
    }

    void comparisons_eachKind_givePreviousAndYearEarlier()
    {
        QFETCH(QString, text);
        QFETCH(QString, previous);
        QFETCH(QString, yearEarlier);
        const auto period = Period::parse(text, 7);
        QVERIFY(period.has_value());
        QCOMPARE(period->previous().text(), previous);
        QCOMPARE(period->yearEarlier().text(), yearEarlier);
    }

    void fiscalYearContaining_julyStart_namesYearByItsEnd()
    {
        QCOMPARE(Period::fiscalYearContaining(QDate(2023, 7, 1), 7), 2024);
        QCOMPARE(Period::fiscalYearContaining(QDate(2024, 6, 30), 7), 2024);
        QCOMPARE(Period::fiscalYearContaining(QDate(2024, 7, 1), 7), 2025);
        QCOMPARE(Period::fiscalYearContaining(QDate(2024, 12, 31), 1), 2024);
    }

    void shifted_monthsForward_crossesYears()
    {
        QCOMPARE(Period::month(2024, 11).shifted(3).text(), QStringLiteral("2025-02"));
        QCOMPARE(Period::fiscalQuarter(2024, 4, 7).shifted(1).text(), QStringLiteral("FY2025-Q1"));
    }
};

QTEST_GUILESS_MAIN(PeriodTest)
#include "tst_period.moc"
