// Scorecards from a real (temporary) database: which observations belong to a
// period, roll-ups from measures to the city, scopes, "latest", comparisons
// and the CSV contract of the command line.
#include "scorecard.h"
#include "scorecardexport.h"
#include "storefactory.h"
#include "storeerror.h"
#include "worstfirst.h"

#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;

namespace {

Measure measure(const QString &code, Direction direction, Aggregation aggregation, Frequency frequency,
                double weight = 1.0)
{
    Measure m;
    m.code = code;
    m.name = QStringLiteral("Measure ") + code;
    m.unit = QStringLiteral("%");
    m.direction = direction;
    m.aggregation = aggregation;
    m.frequency = frequency;
    m.weight = weight;
    return m;
}

Observation observation(const QString &measure, const QString &period, double value,
                           const QString &member = QString())
{
    Observation o;
    o.measureCode = measure;
    o.period = *Period::parse(period, 7);
    o.value = value;
    if (!member.isEmpty()) {
        o.dimensionCode = QStringLiteral("neighbourhood");
        o.memberCode = member;
    }
    return o;
}

NewTarget target(const QString &measure, double value, QDate from = QDate(2000, 1, 1))
{
    NewTarget t;
    t.measureCode = measure;
    t.target.effectiveFrom = from;
    t.target.value = value;
    return t;
}

// Two goals; G1 has objectives O1 (M1, M2 with weight 3) and O2 (M3, quarterly);
// G2 has O3 (M4 weekly, M5 with no target).
ImportBatch smallCity()
{
    ImportBatch b;
    CitySettings s;
    s.cityName = QStringLiteral("Testville");
    b.settings = s;
    b.departments = {{0, QStringLiteral("D1"), QStringLiteral("Department one"), QStringLiteral("Ada")},
                     {0, QStringLiteral("D2"), QStringLiteral("Department two"), QStringLiteral("Bo")}};
    b.goals = {{0, QStringLiteral("G1"), QStringLiteral("Safe"), {}, {}, 1, 1.0},
               {0, QStringLiteral("G2"), QStringLiteral("Thriving"), {}, {}, 2, 1.0}};
    Objective o1;
    o1.code = QStringLiteral("O1");
    o1.name = QStringLiteral("Objective one");
    Objective o2 = o1;
    o2.code = QStringLiteral("O2");
    Objective o3 = o1;
    o3.code = QStringLiteral("O3");
    b.objectives = {{o1, {QStringLiteral("G1"), QStringLiteral("D1")}},
                    {o2, {QStringLiteral("G1"), QStringLiteral("D2")}},
                    {o3, {QStringLiteral("G2"), QStringLiteral("D2")}}};
    b.measures = {
        {measure(QStringLiteral("M1"), Direction::Higher, Aggregation::Mean, Frequency::Monthly), {QStringLiteral("O1"), QStringLiteral("D1")}},
        {measure(QStringLiteral("M2"), Direction::Lower, Aggregation::Mean, Frequency::Monthly, 3), {QStringLiteral("O1"), QStringLiteral("D1")}},
        {measure(QStringLiteral("M3"), Direction::Higher, Aggregation::Last, Frequency::Quarterly), {QStringLiteral("O2"), QStringLiteral("D2")}},
        {measure(QStringLiteral("M4"), Direction::Higher, Aggregation::Mean, Frequency::Weekly), {QStringLiteral("O3"), QStringLiteral("D2")}},
        {measure(QStringLiteral("M5"), Direction::Higher, Aggregation::Mean, Frequency::Monthly), {QStringLiteral("O3"), QStringLiteral("D2")}},
    };
    b.targets = {target(QStringLiteral("M1"), 90), target(QStringLiteral("M2"), 10), target(QStringLiteral("M3"), 50),
                 target(QStringLiteral("M4"), 80)};
    b.observations = {
        observation(QStringLiteral("M1"), QStringLiteral("2022-03"), 80),
        observation(QStringLiteral("M1"), QStringLiteral("2022-04"), 99),  // on track, score 1.1
        observation(QStringLiteral("M1"), QStringLiteral("2021-04"), 85),
        observation(QStringLiteral("M1"), QStringLiteral("2022-04"), 10, QStringLiteral("N1")), // a member: not the total
        observation(QStringLiteral("M2"), QStringLiteral("2022-04"), 12.5), // off track, score 0.8
        observation(QStringLiteral("M3"), QStringLiteral("FY2022-Q4"), 55), // April-June: not in the month
        observation(QStringLiteral("M4"), QStringLiteral("2022-W13"), 60), // ends Sunday 3 April: counts for April
        observation(QStringLiteral("M4"), QStringLiteral("2022-W12"), 99), // ends 27 March: not April
        observation(QStringLiteral("M5"), QStringLiteral("2022-04"), 5),
    };
    b.log.kind = QStringLiteral("test");
    return b;
}

const ScorecardRow &row(const Scorecard &card, const QString &code)
{
    for (const ScorecardRow &r : card.rows) {
        if (r.code == code)
            return r;
    }
    qFatal("no row %s", qPrintable(code));
}

} // namespace

class ScorecardTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KpiStore> m_store;

private slots:
    void worstFirst_offTrackThenAtRiskThenOnTrack_lowerScoreFirst_unscoredLast()
    {
        const auto row = [](const char *code, Status status, std::optional<double> score) {
            ScorecardRow r;
            r.code = QString::fromLatin1(code);
            r.status = status;
            r.score = score;
            return r;
        };
        // An off-track measure can score above an at-risk one (their tolerances differ): status comes first.
        std::vector<ScorecardRow> rows{row("on", Status::OnTrack, 1.2),        row("none", Status::NoData, std::nullopt),
                                       row("risk", Status::AtRisk, 0.90),      row("off-high", Status::OffTrack, 0.95),
                                       row("off-low", Status::OffTrack, 0.40), row("untargeted", Status::NoTarget, std::nullopt),
                                       row("on-low", Status::OnTrack, 1.0),    row("big", Status::OnTrack, 4e7)};
        std::stable_sort(rows.begin(), rows.end(), isWorseThan);
        QStringList order;
        for (const ScorecardRow &r : rows)
            order << r.code;
        QCOMPARE(order, QStringList({"off-low", "off-high", "risk", "on-low", "on", "big", "untargeted", "none"}));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = openStore(m_dir.filePath(QStringLiteral("city.db")),
                                       StoreOpenMode::CreateIfMissing);
        m_store->applyImport(smallCity());
    }

    void loadScorecard_month_countsOnlyObservationsEndingInsideAndNoLonger()
    {
        const Scorecard card = loadScorecard(*m_store, QStringLiteral("2022-04"), Scope{});
        QCOMPARE(*row(card, QStringLiteral("M1")).actual, 99.0); // the member's 10 is not the total
        QCOMPARE(toText(row(card, QStringLiteral("M3")).status), QStringLiteral("no_data")); // a quarter is longer
        QCOMPARE(*row(card, QStringLiteral("M4")).actual, 60.0); // week ending 3 April only
        QCOMPARE(toText(row(card, QStringLiteral("M4")).status), QStringLiteral("off_track"));
        QCOMPARE(toText(row(card, QStringLiteral("M5")).status), QStringLiteral("no_target"));
    }

    void loadScorecard_quarter_includesQuarterlyFigure()
    {
        const Scorecard card = loadScorecard(*m_store, QStringLiteral("FY2022-Q4"), Scope{});
        QCOMPARE(*row(card, QStringLiteral("M3")).actual, 55.0);
        QCOMPARE(toText(row(card, QStringLiteral("M3")).status), QStringLiteral("on_track"));
        QCOMPARE(*row(card, QStringLiteral("M1")).actual, 99.0); // April is the only month of M1 in the quarter
    }

    void loadScorecard_fiscalYear_aggregatesItsMonths()
    {
        const Scorecard card = loadScorecard(*m_store, QStringLiteral("FY2022"), Scope{});
        QCOMPARE(*row(card, QStringLiteral("M1")).actual, (80.0 + 99.0) / 2); // 2021-04 is FY2021
        QCOMPARE(*row(card, QStringLiteral("M4")).actual, (60.0 + 99.0) / 2);
    }

    void loadScorecard_rollUps_weightMeasuresObjectivesAndGoals()
    {
        const Scorecard card = loadScorecard(*m_store, QStringLiteral("2022-04"), Scope{});
        // O1: M1 1.1 (weight 1) and M2 10/12.5 = 0.8 (weight 3) -> (1.1 + 2.4) / 4 = 0.875
        QCOMPARE(*row(card, QStringLiteral("O1")).score, 0.875);
        QCOMPARE(toText(row(card, QStringLiteral("O1")).status), QStringLiteral("off_track"));
        // O2 has no data: G1 is O1 alone. O3 is M4 alone: 60/80 = 0.75.
        QVERIFY(!row(card, QStringLiteral("O2")).score);
        QCOMPARE(*row(card, QStringLiteral("G1")).score, 0.875);
        QCOMPARE(*row(card, QStringLiteral("G2")).score, 0.75);
        const ScorecardRow &city = card.rows.front();
        QCOMPARE(city.level, Level::Citywide);
        QCOMPARE(*city.score, (0.875 + 0.75) / 2);
        QCOMPARE(city.counts.onTrack, 1);
        QCOMPARE(city.counts.offTrack, 2);
        QCOMPARE(city.counts.noData, 1);
        QCOMPARE(city.counts.noTarget, 1);
        QCOMPARE(city.name, QStringLiteral("Testville"));
    }

    void loadScorecard_latest_isTheLatestMonthMostMonthlyMeasuresReported()
    {
        // M3's quarter ends 30 June, but the monthly and weekly measures last reported in April.
        const Scorecard card = loadScorecard(*m_store, QStringLiteral("latest"), Scope{});
        QCOMPARE(card.period.text(), QStringLiteral("2022-04"));
        QCOMPARE(card.previous.text(), QStringLiteral("2022-03"));
        QCOMPARE(card.yearEarlier.text(), QStringLiteral("2021-04"));
        QCOMPARE(card.asOf, std::optional<QDate>(QDate(2022, 6, 30))); // the latest month with figures
    }

    void defaultPeriod_onlyQuarterlyFigures_opensOnTheQuarter()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("q.db")), StoreOpenMode::CreateIfMissing);
        ImportBatch b = smallCity();
        b.observations = {observation(QStringLiteral("M3"), QStringLiteral("FY2022-Q3"), 40),
                          observation(QStringLiteral("M3"), QStringLiteral("FY2022-Q4"), 55)};
        store->applyImport(b);
        QCOMPARE(defaultPeriod(*store, 7).text(), QStringLiteral("FY2022-Q4"));
    }

    void loadScorecard_comparisons_giveEarlierActualsAndTrend()
    {
        const Scorecard card = loadScorecard(*m_store, QStringLiteral("2022-04"), Scope{});
        const ScorecardRow &m1 = row(card, QStringLiteral("M1"));
        QCOMPARE(*m1.previousActual, 80.0);
        QCOMPARE(*m1.yearEarlierActual, 85.0);
        QCOMPARE(m1.trendFromPrevious, Trend::Improving);
        QCOMPARE(m1.trendFromYearEarlier, Trend::Improving);
        QVERIFY(!row(card, QStringLiteral("M2")).previousActual);
    }

    void loadScorecard_scopes_giveScopeAndDescendants_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("goal") << "goal:G2" << QStringList{"G2", "O3", "M4", "M5"};
        QTest::newRow("objective") << "objective:O1" << QStringList{"O1", "M1", "M2"};
        QTest::newRow("department") << "dept:D2" << QStringList{"D2", "O2", "M3", "O3", "M4", "M5"};
    }

    void loadScorecard_scopes_giveScopeAndDescendants()
    {
        QFETCH(QString, scope);
        QFETCH(QStringList, codes);
        const Scorecard card = loadScorecard(*m_store, QStringLiteral("2022-04"), *Scope::parse(scope));
        QStringList got;
        for (const ScorecardRow &r : card.rows)
            got << r.code;
        QCOMPARE(got, codes);
    }

    void loadScorecard_unknownScopeOrPeriod_throwsWithMessage()
    {
        try {
            loadScorecard(*m_store, QStringLiteral("2022-04"), *Scope::parse(QStringLiteral("goal:G9")));
            QFAIL("expected an error");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::InvalidData);
            QVERIFY(e.message().contains(QLatin1String("\"G9\"")));
        }
        try {
            loadScorecard(*m_store, QStringLiteral("April 2022"), Scope{});
            QFAIL("expected an error");
        } catch (const StoreError &e) {
            QVERIFY(e.message().contains(QLatin1String("is not a period")));
        }
    }

    void scopeParse_badText_givesNothing()
    {
        QVERIFY(!Scope::parse(QStringLiteral("region:X")));
        QVERIFY(!Scope::parse(QStringLiteral("goal:")));
        QCOMPARE(Scope::parse(QStringLiteral("department:PD"))->kind, Scope::Kind::Department);
    }

    void scorecardCsv_month_followsColumnContract()
    {
        const Scorecard card = loadScorecard(*m_store, QStringLiteral("2022-04"), Scope{});
        const QStringList lines = QString::fromUtf8(scorecardCsv(card)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QLatin1String("level,code,name,period,actual,target,status,score,")));
        QCOMPARE(lines.size(), 1 + int(card.rows.size()));
        QVERIFY(lines.at(1).startsWith(QLatin1String("citywide,CITY,Testville,2022-04,,,off_track,0.8125,")));
        QVERIFY(lines.contains(QLatin1String(
            "measure,M2,Measure M2,2022-04,12.5,10,off_track,0.8,,,%,,,,0,0,1,0,0,Department one,,internal,1/1")));
    }

    void plainNumber_values_useDotAndNoTrailingZeros()
    {
        QCOMPARE(plainNumber(1234567.5), QStringLiteral("1234567.5"));
        QCOMPARE(plainNumber(0.1 + 0.2), QStringLiteral("0.3"));
        QCOMPARE(plainNumber(-0.00001), QStringLiteral("0"));
        QCOMPARE(plainNumber(90), QStringLiteral("90"));
    }
};

QTEST_GUILESS_MAIN(ScorecardTest)
#include "tst_scorecard.moc"
