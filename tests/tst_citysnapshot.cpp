// The city snapshot the desktop screens read from (citysnapshot.h) against a
// real temporary database: history periods, agreement with loadScorecard,
// trends, scopes, last updates, the freshness rule and member breakdowns, and
// measures reported only by member. The store's reads are in tst_storereads.
#include "canonicalimport.h"
#include "citysnapshot.h"
#include "measuredetail.h"
#include "storefactory.h"
#include "storeerror.h"
#include "testcity.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace civicstat;
using namespace testcity;

Q_DECLARE_METATYPE(civicstat::Aggregation)
Q_DECLARE_METATYPE(civicstat::Frequency)
Q_DECLARE_METATYPE(civicstat::Freshness)

namespace {

constexpr double none = std::numeric_limits<double>::quiet_NaN();

QString describe(const std::optional<double> &value) { return value ? QString::number(*value, 'g', 17) : QStringLiteral("none"); }

// Compares two scorecards row by row, naming the first difference.
void compareCards(const Scorecard &got, const Scorecard &expected)
{
    QCOMPARE(got.period, expected.period);
    QCOMPARE(got.rows.size(), expected.rows.size());
    for (std::size_t i = 0; i < got.rows.size(); ++i) {
        const ScorecardRow &g = got.rows[i];
        const ScorecardRow &e = expected.rows[i];
        const QByteArray where = (toText(e.level) + QLatin1Char(' ') + e.code).toUtf8();
        QVERIFY2(g.level == e.level && g.code == e.code, where.constData());
        QVERIFY2(g.status == e.status, where.constData());
        QVERIFY2(g.score == e.score, (where + ": score " + describe(g.score).toUtf8() + " vs " + describe(e.score).toUtf8()).constData());
        QVERIFY2(g.actual == e.actual, (where + ": actual " + describe(g.actual).toUtf8() + " vs " + describe(e.actual).toUtf8()).constData());
        QVERIFY2(g.previousActual == e.previousActual, (where + ": previous actual").constData());
        QVERIFY2(g.yearEarlierActual == e.yearEarlierActual, (where + ": year-earlier actual").constData());
        QVERIFY2(g.trendFromPrevious == e.trendFromPrevious, (where + ": trend").constData());
        QVERIFY2(g.counts.total() == e.counts.total() && g.counts.onTrack == e.counts.onTrack
                     && g.counts.noData == e.counts.noData,
                 (where + ": counts").constData());
    }
}

const ScorecardRow &rowOf(const Scorecard &card, const QString &code)
{
    for (const ScorecardRow &r : card.rows) {
        if (r.code == code)
            return r;
    }
    qFatal("no row %s", qPrintable(code));
}

// A month's figure, named by the month's last day.
Observation memberFigure(const char *member, const char *periodEnd, double value, double numerator = none,
                         double denominator = none)
{
    Observation f;
    f.dimensionCode = QStringLiteral("neighbourhood");
    f.dimensionName = QStringLiteral("Neighbourhood");
    f.memberCode = QString::fromLatin1(member);
    f.memberName = f.memberCode;
    f.period = Period::monthContaining(QDate::fromString(QString::fromLatin1(periodEnd), Qt::ISODate));
    f.value = value;
    if (!std::isnan(numerator))
        f.numerator = numerator;
    if (!std::isnan(denominator))
        f.denominator = denominator;
    return f;
}

QStringList membersOf(const std::vector<Observation> &figures)
{
    QStringList codes;
    for (const Observation &f : figures)
        codes << f.memberCode;
    return codes;
}

QList<double> valuesOf(const std::vector<Observation> &figures)
{
    QList<double> values;
    for (const Observation &f : figures)
        values << f.value;
    return values;
}

} // namespace

class CitySnapshotTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KpiStore> m_store;
    std::shared_ptr<const CitySnapshot> m_snapshot; // March 2024, 12 months

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = createStore(m_dir.filePath(QStringLiteral("city.db")));
        m_snapshot = CitySnapshot::load(*m_store, Period::month(2024, 3), 12);
        QVERIFY(m_snapshot);
    }

    // Snapshot contents.

    void load_month_periodsAreTwelveConsecutiveMonthsEndingThere()
    {
        QStringList texts;
        for (const Period &p : m_snapshot->periods())
            texts << p.text();
        QCOMPARE(texts, (QStringList{"2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10",
                                     "2023-11", "2023-12", "2024-01", "2024-02", "2024-03"}));
        for (std::size_t i = 1; i < m_snapshot->periods().size(); ++i)
            QCOMPARE(m_snapshot->periods()[i - 1].last().addDays(1), m_snapshot->periods()[i].first());
        QCOMPARE(m_snapshot->period(), Period::month(2024, 3));
        QCOMPARE(m_snapshot->settings().cityName, QStringLiteral("Testville"));
        QCOMPARE(int(m_snapshot->structure().measures.size()), 9);
    }

    void load_period_citywideEqualsLoadScorecardRowByRow_data()
    {
        QTest::addColumn<QString>("period");
        QTest::newRow("month with every figure") << "2024-03";
        QTest::newRow("month where M1 has a gap") << "2024-01";
        QTest::newRow("month before M3 went stale") << "2023-05";
        QTest::newRow("fiscal quarter with M5's quarterly figure") << "FY2024-Q3";
        QTest::newRow("fiscal year") << "FY2024";
        QTest::newRow("iso week without figures") << "2024-W10";
    }

    void load_period_citywideEqualsLoadScorecardRowByRow()
    {
        QFETCH(QString, period);
        const auto snapshot = CitySnapshot::load(*m_store, testcity::period(period), 12);
        const Scorecard expected = loadScorecard(*m_store, period, Scope{});
        QVERIFY(expected.rows.size() > 10);
        compareCards(snapshot->citywide(), expected);
    }

    void load_march_citywideHasHandCheckedValues()
    {
        const Scorecard &card = m_snapshot->citywide();
        // M1 87 against 90: at risk, 0.9667; M2 92 of 100 against 80: on track, 1.15.
        QCOMPARE(*rowOf(card, QStringLiteral("M1")).actual, 87.0);
        QCOMPARE(rowOf(card, QStringLiteral("M1")).status, Status::AtRisk);
        QCOMPARE(*rowOf(card, QStringLiteral("M1")).previousActual, 90.5);
        QCOMPARE(*rowOf(card, QStringLiteral("M1")).yearEarlierActual, 88.0);
        QCOMPARE(*rowOf(card, QStringLiteral("M2")).actual, 92.0);
        QVERIFY(qFuzzyCompare(*rowOf(card, QStringLiteral("SAFE.1")).score, (87.0 / 90 + 92.0 / 80) / 2));
        QCOMPARE(rowOf(card, QStringLiteral("M5")).status, Status::NoData); // its quarter is longer than March
    }

    void load_historyOfOne_citywideStillComparesWithPreviousPeriod()
    {
        const auto snapshot = CitySnapshot::load(*m_store, Period::month(2024, 3), 1);
        QCOMPARE(snapshot->periods().size(), std::size_t(2)); // never fewer than two: comparisons need the period before
        const ScorecardRow &m1 = rowOf(snapshot->citywide(), QStringLiteral("M1"));
        QCOMPARE(*m1.yearEarlierActual, 88.0);
        QCOMPARE(m1.previousActual.value_or(-1.0), 90.5);
        QCOMPARE(m1.trendFromPrevious, Trend::Worsening);
    }

    void trendOf_measure_givesTwelveActualsWithGapsEmpty()
    {
        const auto trend = m_snapshot->trendOf(Level::Measure, QStringLiteral("M1"));
        QCOMPARE(trend.size(), std::size_t(12));
        const std::vector<double> values = m1Values(); // January 2023 onwards; the snapshot starts in April
        for (std::size_t i = 0; i < 12; ++i) {
            const double expected = values[i + 3];
            const QByteArray month = m_snapshot->periods()[i].text().toLatin1();
            QVERIFY2(trend[i].has_value() == !std::isnan(expected), month.constData());
            if (trend[i])
                QCOMPARE(*trend[i], expected);
        }
        QVERIFY(!trend[4]); // 2023-08
        QVERIFY(!trend[9]); // 2024-01
        QCOMPARE(*trend[11], 87.0);
    }

    void trendOf_objective_givesEachMonthsScore()
    {
        const auto trend = m_snapshot->trendOf(Level::Objective, QStringLiteral("SAFE.1"));
        QCOMPARE(trend.size(), std::size_t(12));
        for (std::size_t i = 0; i < 12; ++i) {
            const Period &p = m_snapshot->periods()[i];
            const Scorecard card = loadScorecard(*m_store, p.text(), Scope{});
            QVERIFY2(trend[i] == rowOf(card, QStringLiteral("SAFE.1")).score, qPrintable(p.text()));
        }
        // January 2024: M1 has no figure, so M2 (90 of 100 against 80) alone.
        QCOMPARE(*trend[9], 90.0 / 80);
    }

    void trendOf_unknownCode_givesTwelveEmptyValues()
    {
        const auto trend = m_snapshot->trendOf(Level::Measure, QStringLiteral("NOPE"));
        QCOMPARE(trend.size(), std::size_t(12));
        for (const auto &value : trend)
            QVERIFY(!value);
    }

    void series_goalScope_givesTwelveCardsOfThatGoal()
    {
        Scope scope;
        scope.kind = Scope::Kind::Goal;
        scope.code = QStringLiteral("SAFE");
        const std::vector<Scorecard> cards = m_snapshot->series(scope);
        QCOMPARE(cards.size(), std::size_t(12));
        for (std::size_t i = 0; i < cards.size(); ++i) {
            QCOMPARE(cards[i].period, m_snapshot->periods()[i]);
            QCOMPARE(cards[i].rows.front().code, QStringLiteral("SAFE"));
            QCOMPARE(cards[i].rows.front().level, Level::Goal);
            QCOMPARE(cards[i].rows.size(), std::size_t(1 + 2 + 6)); // goal, 2 objectives, 6 measures
            QVERIFY2(cards[i].rows.front().score == m_snapshot->trendOf(Level::Goal, QStringLiteral("SAFE"))[i],
                     qPrintable(cards[i].period.text()));
        }
        compareCards(cards.back(), m_snapshot->current(scope));
    }

    void current_scope_equalsLoadScorecard_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::newRow("department D2") << "dept:D2";
        QTest::newRow("department D1") << "dept:D1";
        QTest::newRow("goal") << "goal:CLEAN";
        QTest::newRow("objective") << "objective:SAFE.2";
    }

    void current_scope_equalsLoadScorecard()
    {
        QFETCH(QString, scope);
        const Scorecard got = m_snapshot->current(*Scope::parse(scope));
        const Scorecard expected = loadScorecard(*m_store, QStringLiteral("2024-03"), *Scope::parse(scope));
        QVERIFY(expected.rows.size() >= 3);
        compareCards(got, expected);
    }

    void current_unknownScope_throwsInvalidData()
    {
        try {
            m_snapshot->current(*Scope::parse(QStringLiteral("dept:ZZ")));
            QFAIL("expected an error");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::InvalidData);
            QVERIFY(e.message().contains(QLatin1String("\"ZZ\"")));
        }
    }

    void lastUpdate_measure_isLastDayOfLatestTotal_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDate>("expected"); // invalid: never reported
        QTest::newRow("monthly, reported in March 2024") << "M1" << QDate(2024, 3, 31);
        QTest::newRow("stale: a later figure by neighbourhood does not count") << "M3" << QDate(2023, 6, 30);
        QTest::newRow("quarterly: end of FY2024-Q3") << "M5" << QDate(2024, 3, 31);
        QTest::newRow("never reported") << "M4" << QDate();
    }

    void lastUpdate_measure_isLastDayOfLatestTotal()
    {
        QFETCH(QString, code);
        QFETCH(QDate, expected);
        const auto got = m_snapshot->lastUpdate(measureId(*m_store, code));
        QCOMPARE(got.has_value(), expected.isValid());
        if (got)
            QCOMPARE(*got, expected);
    }

    // The freshness rule.

    void freshnessOf_lastUpdateAndInterval_givesFreshness_data()
    {
        QTest::addColumn<Frequency>("frequency");
        QTest::addColumn<int>("refreshDays");
        QTest::addColumn<QDate>("lastUpdate"); // invalid: never
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<Freshness>("expected");
        // March 2024 ends on the 31st; 45 days earlier is 15 February.
        QTest::newRow("monthly default, figure for the month itself, current") << Frequency::Monthly << 0
                                                                               << QDate(2024, 3, 31) << "2024-03"
                                                                               << Freshness::Current;
        QTest::newRow("monthly default, exactly 45 days, current") << Frequency::Monthly << 0 << QDate(2024, 2, 15)
                                                                   << "2024-03" << Freshness::Current;
        QTest::newRow("monthly default, 46 days, stale") << Frequency::Monthly << 0 << QDate(2024, 2, 14) << "2024-03"
                                                         << Freshness::Stale;
        QTest::newRow("quarterly default, 120 days, current") << Frequency::Quarterly << 0 << QDate(2023, 12, 2)
                                                              << "2024-03" << Freshness::Current;
        QTest::newRow("quarterly default, 121 days, stale") << Frequency::Quarterly << 0 << QDate(2023, 12, 1)
                                                            << "2024-03" << Freshness::Stale;
        QTest::newRow("annual default, last fiscal year's figure, current") << Frequency::Annual << 0
                                                                            << QDate(2023, 6, 30) << "2024-03"
                                                                            << Freshness::Current;
        QTest::newRow("annual default, 401 days, stale") << Frequency::Annual << 0 << QDate(2023, 2, 24) << "2024-03"
                                                         << Freshness::Stale;
        QTest::newRow("weekly default, 10 days, current") << Frequency::Weekly << 0 << QDate(2024, 3, 21) << "2024-03"
                                                          << Freshness::Current;
        QTest::newRow("weekly default, 11 days, stale") << Frequency::Weekly << 0 << QDate(2024, 3, 20) << "2024-03"
                                                        << Freshness::Stale;
        QTest::newRow("daily default, 4 days, stale") << Frequency::Daily << 0 << QDate(2024, 3, 27) << "2024-03"
                                                      << Freshness::Stale;
        QTest::newRow("refresh_days 30 is stricter than monthly 45: 40 days stale") << Frequency::Monthly << 30
                                                                                    << QDate(2024, 2, 20) << "2024-03"
                                                                                    << Freshness::Stale;
        QTest::newRow("refresh_days 90 is looser than monthly 45: 60 days current") << Frequency::Monthly << 90
                                                                                    << QDate(2024, 1, 31) << "2024-03"
                                                                                    << Freshness::Current;
        QTest::newRow("counted from the end of a fiscal year viewed") << Frequency::Monthly << 0 << QDate(2024, 3, 31)
                                                                      << "FY2024" << Freshness::Stale;
        QTest::newRow("never reported, refresh_days set") << Frequency::Monthly << 30 << QDate() << "2024-03"
                                                          << Freshness::NeverReported;
        QTest::newRow("never reported, frequency default") << Frequency::Annual << 0 << QDate() << "2024-03"
                                                           << Freshness::NeverReported;
    }

    void freshnessOf_lastUpdateAndInterval_givesFreshness()
    {
        QFETCH(Frequency, frequency);
        QFETCH(int, refreshDays);
        QFETCH(QDate, lastUpdate);
        QFETCH(QString, asOf);
        QFETCH(Freshness, expected);
        Measure m;
        m.frequency = frequency;
        m.refreshDays = refreshDays;
        const auto last = lastUpdate.isValid() ? std::optional<QDate>(lastUpdate) : std::nullopt;
        QCOMPARE(freshnessOf(m, last, period(asOf)), expected);
    }

    void freshnessOf_storedMeasures_givesCurrentStaleNever_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<Freshness>("expected");
        QTest::newRow("M1 reported in March") << "M1" << Freshness::Current;
        QTest::newRow("M3 last reported June 2023") << "M3" << Freshness::Stale;
        QTest::newRow("M4 never reported") << "M4" << Freshness::NeverReported;
        QTest::newRow("M5 quarterly, reported for the quarter ending March") << "M5" << Freshness::Current;
    }

    void freshnessOf_storedMeasures_givesCurrentStaleNever()
    {
        QFETCH(QString, code);
        QFETCH(Freshness, expected);
        const Measure *m = m_snapshot->structure().measureByCode(code);
        QVERIFY(m);
        QCOMPARE(freshnessOf(*m, m_snapshot->lastUpdate(m->id), m_snapshot->period()), expected);
    }

    // Breakdown by member.

    void aggregateByMember_rule_givesOneFigurePerMember_data()
    {
        QTest::addColumn<Aggregation>("aggregation");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QStringList>("members");
        QTest::addColumn<QList<double>>("values");
        // N1: 3/10 (30), 9/10 (90), 18/20 (90); N2: 45/50 (90), 40/50 (80); N3: 0/0 twice.
        QTest::newRow("mean of the values") << Aggregation::Mean << "%" << QStringList{"N1", "N2", "N3"}
                                            << QList<double>{70, 85, 0};
        QTest::newRow("sum of the values") << Aggregation::Sum << "count" << QStringList{"N1", "N2", "N3"}
                                           << QList<double>{210, 170, 0};
        QTest::newRow("max of the values") << Aggregation::Max << "%" << QStringList{"N1", "N2", "N3"}
                                           << QList<double>{90, 90, 0};
        QTest::newRow("ratio of summed parts times 100, zero denominators dropped")
            << Aggregation::Ratio << "%" << QStringList{"N1", "N2"} << QList<double>{75, 85};
        QTest::newRow("ratio of a non-% unit is not scaled") << Aggregation::Ratio << "ratio" << QStringList{"N1", "N2"}
                                                             << QList<double>{0.75, 0.85};
    }

    void aggregateByMember_rule_givesOneFigurePerMember()
    {
        QFETCH(Aggregation, aggregation);
        QFETCH(QString, unit);
        QFETCH(QStringList, members);
        QFETCH(QList<double>, values);
        Measure m;
        m.aggregation = aggregation;
        m.unit = unit;
        const std::vector<Observation> figures{
            memberFigure("N1", "2023-07-31", 30, 3, 10),  memberFigure("N2", "2024-02-29", 90, 45, 50),
            memberFigure("N3", "2024-02-29", 0, 0, 0),    memberFigure("N1", "2024-02-29", 90, 9, 10),
            memberFigure("N1", "2024-03-31", 90, 18, 20), memberFigure("N2", "2024-03-31", 80, 40, 50),
            memberFigure("N3", "2024-03-31", 0, 0, 0)};
        const auto result = aggregateByMember(m, Period::fiscalYear(2024, 7), Period::fiscalYear(2024, 7).last(), figures);
        QCOMPARE(membersOf(result), members);
        const QList<double> got = valuesOf(result);
        QCOMPARE(got.size(), values.size());
        for (int i = 0; i < got.size(); ++i)
            QVERIFY2(qFuzzyCompare(got[i] + 1, values[i] + 1), qPrintable(QStringLiteral("%1: %2 vs %3")
                                                                           .arg(members[i]).arg(got[i]).arg(values[i])));
        // Parts are summed when several figures were combined.
        QCOMPARE(result[0].numerator.value_or(-1), 30.0);
        QCOMPARE(result[0].denominator.value_or(-1), 40.0);
        QCOMPARE(result[0].dimensionCode, QStringLiteral("neighbourhood"));
    }

    void aggregateByMember_onlyZeroDenominators_dropsMemberNeverZero()
    {
        Measure m;
        m.aggregation = Aggregation::Ratio;
        m.unit = QStringLiteral("%");
        const auto result = aggregateByMember(m, Period::fiscalYear(2024, 7), Period::fiscalYear(2024, 7).last(), {memberFigure("N3", "2024-02-29", 0, 0, 0),
                                                  memberFigure("N3", "2024-03-31", 0, 0, 0)});
        QVERIFY(result.empty());
    }

    void aggregateByMember_figuresWithoutParts_givesNoParts()
    {
        Measure m;
        m.aggregation = Aggregation::Mean;
        const auto result = aggregateByMember(m, Period::fiscalYear(2024, 7), Period::fiscalYear(2024, 7).last(), {memberFigure("N1", "2023-12-31", 70), memberFigure("N1", "2024-03-31", 65)});
        QCOMPARE(result.size(), std::size_t(1));
        QCOMPARE(result[0].value, 67.5);
        QVERIFY(!result[0].numerator);
        QVERIFY(!result[0].denominator);
    }

    // New York reports some measures only by district: the window must open on
    // their latest period, and the measure's page must show them, not "never reported".
    void loadMeasureDetail_onlyFiguresByMember_pointsToTheirLatestPeriod()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("members.db")), StoreOpenMode::CreateIfMissing);
        const auto apply = [&store](const QByteArray &csv) {
            ImportPlan plan = planCanonicalImport(QStringLiteral("t.csv"), csv, store->structure(), store->citySettings());
            QVERIFY2(plan.ok(), qPrintable(plan.problems.empty() ? QString() : plan.problems.front().reason));
            store->applyImport(plan.batch);
        };
        apply("goal_code,goal_name,objective_code,objective_name,department_code,department_name,measure_code,"
              "measure_name,direction,aggregation,frequency\n"
              "G,G,O,O,D,D,CLEAN,Streets clean,higher,mean,monthly\nG,G,O,O,D,D,TOTAL,With totals,higher,mean,monthly\n");
        apply("measure,period,value,dimension,member\nCLEAN,2019-05,97,community district,Queens 14\n"
              "CLEAN,2019-06,98,community district,Queens 14\nCLEAN,2019-06,91,community district,Bronx 1\n");
        QCOMPARE(store->latestObservationEnd(), std::optional<QDate>(QDate(2019, 6, 30))); // no totals anywhere
        apply("measure,period,value\nTOTAL,2018-01,5\n");
        QCOMPARE(store->latestObservationEnd(), std::optional<QDate>(QDate(2018, 1, 31))); // totals come first

        const auto snapshot = CitySnapshot::load(*store, Period::month(2026, 11));
        const Structure &structure = snapshot->structure();
        QVERIFY(snapshot->reportedOnlyByMember(structure.measureByCode(QStringLiteral("CLEAN"))->id));
        QVERIFY(!snapshot->reportedOnlyByMember(structure.measureByCode(QStringLiteral("TOTAL"))->id));
        const MeasureDetail byMember = loadMeasureDetail(*store, *snapshot, QStringLiteral("CLEAN"), PeriodKind::Month);
        QVERIFY(byMember.reportedOnlyByMember);
        QCOMPARE(byMember.breakdownPeriod.text(), QStringLiteral("2019-06"));
        QCOMPARE(byMember.breakdown.size(), std::size_t(2));
        QCOMPARE(memberOnlyNote(byMember),
                 QStringLiteral("Its figures are reported only by community district, not as a citywide total, so it "
                                "has no score; the Breakdown tab shows them for 2019-06."));
        const MeasureDetail withTotals = loadMeasureDetail(*store, *snapshot, QStringLiteral("TOTAL"), PeriodKind::Month);
        QVERIFY(!withTotals.reportedOnlyByMember);
        QVERIFY(memberOnlyNote(withTotals).isEmpty());
        QCOMPARE(withTotals.breakdownPeriod, Period::month(2026, 11));
    }
};

QTEST_GUILESS_MAIN(CitySnapshotTest)
#include "tst_citysnapshot.moc"
