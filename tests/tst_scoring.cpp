// The scoring rules of docs/scoring.md, row by row: aggregation, status with
// tolerance, score with cap and the not-positive cases, the target in effect,
// sum targets over longer periods, trends and roll-ups.
#include "scoring.h"

#include <QTest>
#include <cmath>

using namespace civicstat;

namespace {

constexpr double none = std::numeric_limits<double>::quiet_NaN();

struct Case {
    const char *name;
    const char *direction;
    const char *aggregation;
    const char *unit;
    QList<double> values;
    QList<double> numerators;   // empty: the observations carry no parts
    QList<double> denominators;
    double target;              // NaN: no target at all
    double low;
    double high;
    double tolerance;           // NaN: the city default (0.10)
    const char *status;
    double actual;              // NaN: no actual
    double score;               // NaN: not scored
};

// clang-format off
const Case cases[] = {
    // higher is better
    {"higher, exactly on target, on track", "higher", "mean", "%", {90}, {}, {}, 90, 0, 0, none, "on_track", 90, 1.0},
    {"higher, 10% above target, on track, score a/t", "higher", "mean", "%", {99}, {}, {}, 90, 0, 0, none, "on_track", 99, 1.1},
    {"higher, 4% under target, at risk", "higher", "mean", "%", {86.4}, {}, {}, 90, 0, 0, none, "at_risk", 86.4, 0.96},
    {"higher, exactly at the 10% tolerance edge, at risk", "higher", "mean", "%", {81}, {}, {}, 90, 0, 0, none, "at_risk", 81, 0.9},
    {"higher, just beyond tolerance, off track", "higher", "mean", "%", {80.9}, {}, {}, 90, 0, 0, none, "off_track", 80.9, 80.9 / 90},
    {"higher, twice the target, score capped at 1.25", "higher", "mean", "count", {200}, {}, {}, 100, 0, 0, none, "on_track", 200, 1.25},
    {"higher, own 5% tolerance tighter than the city's, off track", "higher", "mean", "%", {85}, {}, {}, 90, 0, 0, 0.05, "off_track", 85, 85.0 / 90},
    {"higher, own 5% tolerance, 4% under, at risk", "higher", "mean", "%", {86.4}, {}, {}, 90, 0, 0, 0.05, "at_risk", 86.4, 0.96},
    {"higher, tolerance 0 leaves no at-risk band, off track", "higher", "mean", "%", {89.9}, {}, {}, 90, 0, 0, 0, "off_track", 89.9, 89.9 / 90},
    {"higher, target 0 and positive actual, on track, score by status", "higher", "mean", "count", {5}, {}, {}, 0, 0, 0, none, "on_track", 5, 1.0},
    {"higher, target 0 and negative actual, off track, score 0", "higher", "mean", "count", {-1}, {}, {}, 0, 0, 0, none, "off_track", -1, 0.0},
    {"higher, negative target and actual above it, on track, score 1", "higher", "mean", "$", {-5}, {}, {}, -10, 0, 0, none, "on_track", -5, 1.0},
    {"higher, negative target, within tolerance of |t|, at risk, score 0.5", "higher", "mean", "$", {-10.5}, {}, {}, -10, 0, 0, none, "at_risk", -10.5, 0.5},
    {"higher, negative actual beyond tolerance, off track, score 0", "higher", "mean", "$", {-12}, {}, {}, -10, 0, 0, none, "off_track", -12, 0.0},
    {"higher, zero actual against positive target, off track, score 0", "higher", "mean", "count", {0}, {}, {}, 50, 0, 0, none, "off_track", 0, 0.0},
    // lower is better
    {"lower, 20% under target, on track, score t/a", "lower", "mean", "days", {8}, {}, {}, 10, 0, 0, none, "on_track", 8, 1.25},
    {"lower, exactly on target, on track", "lower", "mean", "days", {10}, {}, {}, 10, 0, 0, none, "on_track", 10, 1.0},
    {"lower, 5% over target, at risk", "lower", "mean", "days", {10.5}, {}, {}, 10, 0, 0, none, "at_risk", 10.5, 10 / 10.5},
    {"lower, exactly at the tolerance edge, at risk", "lower", "mean", "days", {11}, {}, {}, 10, 0, 0, none, "at_risk", 11, 10.0 / 11},
    {"lower, beyond tolerance, off track", "lower", "mean", "days", {11.5}, {}, {}, 10, 0, 0, none, "off_track", 11.5, 10 / 11.5},
    {"lower, zero actual, on track, score by status 1", "lower", "mean", "count", {0}, {}, {}, 10, 0, 0, none, "on_track", 0, 1.0},
    {"lower, target 0 met exactly, on track, score 1", "lower", "mean", "count", {0}, {}, {}, 0, 0, 0, none, "on_track", 0, 1.0},
    {"lower, target 0 and one incident, off track, score 0", "lower", "sum", "count", {1}, {}, {}, 0, 0, 0, none, "off_track", 1, 0.0},
    {"lower, a tenth of the target, score capped", "lower", "mean", "days", {1}, {}, {}, 10, 0, 0, none, "on_track", 1, 1.25},
    // band: inside [low, high]
    {"band, inside, on track, score 1", "band", "last", "%", {0}, {}, {}, 0, -2, 2, none, "on_track", 0, 1.0},
    {"band, on the low edge, on track", "band", "last", "%", {-2}, {}, {}, 0, -2, 2, none, "on_track", -2, 1.0},
    {"band, on the high edge, on track", "band", "last", "%", {2}, {}, {}, 0, -2, 2, none, "on_track", 2, 1.0},
    {"band, 4.5% above the high edge, at risk, score hi/a", "band", "mean", "%", {115}, {}, {}, 0, 90, 110, none, "at_risk", 115, 110 / 115.0},
    {"band, below the low edge within tolerance, at risk, score a/lo", "band", "mean", "%", {85}, {}, {}, 0, 90, 110, none, "at_risk", 85, 85 / 90.0},
    {"band, far below, off track", "band", "mean", "%", {70}, {}, {}, 0, 90, 110, none, "off_track", 70, 70 / 90.0},
    {"band, far above, off track", "band", "mean", "%", {130}, {}, {}, 0, 90, 110, none, "off_track", 130, 110 / 130.0},
    {"band, negative low edge, beyond tolerance, off track, score 0", "band", "last", "%", {-3}, {}, {}, 0, -2, 2, none, "off_track", -3, 0.0},
    {"band, negative low edge, within tolerance, at risk, score 0.5", "band", "last", "%", {-2.1}, {}, {}, 0, -2, 2, none, "at_risk", -2.1, 0.5},
    // aggregation over the period's observations
    {"sum of three figures in the month", "higher", "sum", "count", {10, 20, 30}, {}, {}, 50, 0, 0, none, "on_track", 60, 1.2},
    {"mean of three figures", "higher", "mean", "%", {80, 90, 100}, {}, {}, 90, 0, 0, none, "on_track", 90, 1.0},
    {"last takes the figure of the latest period", "higher", "last", "%", {70, 95, 85}, {}, {}, 90, 0, 0, none, "at_risk", 85, 85 / 90.0},
    {"min takes the lowest figure", "higher", "min", "%", {70, 95, 85}, {}, {}, 90, 0, 0, none, "off_track", 70, 70 / 90.0},
    {"max takes the highest figure", "higher", "max", "%", {70, 95, 85}, {}, {}, 90, 0, 0, none, "on_track", 95, 95 / 90.0},
    {"ratio sums numerators and denominators, times 100 for %", "higher", "ratio", "%", {10, 90}, {1, 90}, {10, 100}, 90, 0, 0, none, "at_risk", 91 / 110.0 * 100, 91 / 110.0 * 100 / 90},
    {"ratio of a unit other than % is not scaled", "higher", "ratio", "ratio", {0.75}, {3}, {4}, 0.8, 0, 0, none, "at_risk", 0.75, 0.9375},
    {"ratio with zero denominators, no data", "higher", "ratio", "%", {0}, {0}, {0}, 90, 0, 0, none, "no_data", none, none},
    {"ratio figures without parts fall back to their mean", "higher", "ratio", "%", {80, 90}, {}, {}, 90, 0, 0, none, "at_risk", 85, 85 / 90.0},
    {"lower ratio, on track", "lower", "ratio", "%", {5}, {5}, {100}, 8, 0, 0, none, "on_track", 5, 1.25},
    // missing pieces
    {"no observations, no data", "higher", "mean", "%", {}, {}, {}, 90, 0, 0, none, "no_data", none, none},
    {"no target, monitoring only, not scored", "higher", "mean", "%", {50}, {}, {}, none, 0, 0, none, "no_target", 50, none},
    {"neither observations nor target, no data", "lower", "sum", "count", {}, {}, {}, none, 0, 0, none, "no_data", none, none},
    {"single negative figure, lower, on track by status", "lower", "mean", "$", {-3}, {}, {}, 5, 0, 0, none, "on_track", -3, 1.0},
};
// clang-format on

Measure measureFor(const Case &c)
{
    Measure m;
    m.code = QStringLiteral("M1");
    m.direction = *directionFromText(QString::fromLatin1(c.direction));
    m.aggregation = *aggregationFromText(QString::fromLatin1(c.aggregation));
    m.unit = QString::fromLatin1(c.unit);
    m.frequency = Frequency::Monthly;
    if (!std::isnan(c.target)) {
        Target t;
        t.effectiveFrom = QDate(2020, 1, 1);
        t.value = c.target;
        t.bandLow = c.low;
        t.bandHigh = c.high;
        if (!std::isnan(c.tolerance))
            t.tolerance = c.tolerance;
        m.targets.push_back(t);
    }
    return m;
}

Observation figure(const Period &period, double value)
{
    Observation o;
    o.period = period;
    o.value = value;
    return o;
}

std::vector<Observation> observationsFor(const Case &c)
{
    std::vector<Observation> result;
    for (int i = 0; i < c.values.size(); ++i) {
        Observation o; // daily figures: several of them make up the month
        o.period = Period::day(QDate(2024, 3, 10 + i));
        o.value = c.values[i];
        if (i < c.numerators.size()) {
            o.numerator = c.numerators[i];
            o.denominator = c.denominators[i];
        }
        result.push_back(o);
    }
    return result;
}

void compareOptional(const std::optional<double> &actual, double expected, const char *what)
{
    if (std::isnan(expected)) {
        QVERIFY2(!actual.has_value(), what);
        return;
    }
    QVERIFY2(actual.has_value(), what);
    QVERIFY2(std::abs(*actual - expected) < 1e-9, qPrintable(QStringLiteral("%1: got %2, expected %3")
                                                                  .arg(QLatin1String(what))
                                                                  .arg(*actual, 0, 'g', 12)
                                                                  .arg(expected, 0, 'g', 12)));
}

Coverage closed(const Period &period) { return coverageOf(period, std::nullopt); }

} // namespace

class ScoringTest final : public QObject
{
    Q_OBJECT

private slots:
    void evaluateMeasure_rule_givesStatusActualAndScore_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(cases)); ++i)
            QTest::newRow(cases[i].name) << i;
    }

    void evaluateMeasure_rule_givesStatusActualAndScore()
    {
        QFETCH(int, index);
        const Case &c = cases[index];
        ScoringSettings settings; // tolerance 0.10, cap 1.25, threshold 0.90
        const MeasureResult result =
            evaluateMeasure(measureFor(c), observationsFor(c), Period::month(2024, 3), closed(Period::month(2024, 3)),
                            settings);
        QCOMPARE(toText(result.status), QString::fromLatin1(c.status));
        compareOptional(result.actual, c.actual, "actual");
        compareOptional(result.score, c.score, "score");
    }

    void targetInEffect_changeMidYear_picksLatestStartedByPeriodEnd_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<double>("expected"); // NaN: none in effect
        QTest::newRow("before the first target: none") << "2023-06" << none;
        QTest::newRow("first target's first month") << "2023-07" << 90.0;
        QTest::newRow("last month of the first target") << "2023-12" << 90.0;
        QTest::newRow("the new target from January") << "2024-01" << 95.0;
        QTest::newRow("a fiscal year spanning the change takes the later target") << "FY2024" << 95.0;
        QTest::newRow("a quarter before the change") << "2023-Q4" << 90.0;
    }

    void targetInEffect_changeMidYear_picksLatestStartedByPeriodEnd()
    {
        QFETCH(QString, period);
        QFETCH(double, expected);
        std::vector<Target> targets(2);
        targets[0].effectiveFrom = QDate(2023, 7, 1);
        targets[0].value = 90;
        targets[1].effectiveFrom = QDate(2024, 1, 1);
        targets[1].value = 95;
        const Target *found = targetInEffect(targets, Period::parse(period, 7)->last());
        if (std::isnan(expected)) {
            QVERIFY(!found);
        } else {
            QVERIFY(found);
            QCOMPARE(found->value, expected);
        }
    }

    void evaluateMeasure_sumOverQuarter_scalesMonthlyTarget()
    {
        Measure m;
        m.direction = Direction::Higher;
        m.aggregation = Aggregation::Sum;
        m.frequency = Frequency::Monthly;
        Target t;
        t.effectiveFrom = QDate(2020, 1, 1);
        t.value = 100;
        m.targets.push_back(t);
        std::vector<Observation> months;
        for (int month = 1; month <= 3; ++month)
            months.push_back(figure(Period::month(2024, month), 95.0));
        const Period quarter = Period::calendarQuarter(2024, 1);
        const MeasureResult result = evaluateMeasure(m, months, quarter, closed(quarter), ScoringSettings{});
        QCOMPARE(*result.actual, 285.0);
        QCOMPARE(result.target->value, 300.0);
        QCOMPARE(toText(result.status), QStringLiteral("at_risk"));
        QCOMPARE(*result.score, 0.95);
    }

    void aggregate_lastOnTheSameDay_prefersTheLongerPeriod()
    {
        // A fiscal year and its fourth quarter both end on 30 June: the year's figure is the last word.
        const std::vector<Observation> values = {
            figure(Period::fiscalYear(2025, 7), 100.0),
            figure(Period::fiscalQuarter(2025, 4, 7), 0.0),
            figure(Period::fiscalQuarter(2025, 3, 7), 50.0),
        };
        QCOMPARE(*aggregate(Aggregation::Last, values, false), 100.0);
        std::vector<Observation> reversed(values.rbegin(), values.rend());
        QCOMPARE(*aggregate(Aggregation::Last, reversed, false), 100.0);
    }

    void targetShare_spanAgainstGrain_isTheShareOfTheGrain_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<int>("grain"); // Frequency
        QTest::addColumn<double>("share");
        QTest::newRow("a fiscal year of a monthly target: 12") << "FY2024" << int(Frequency::Monthly) << 12.0;
        QTest::newRow("a fiscal year of a quarterly target: 4") << "FY2024" << int(Frequency::Quarterly) << 4.0;
        QTest::newRow("a month of a yearly target: 1/12") << "2024-03" << int(Frequency::Annual) << 1.0 / 12;
        QTest::newRow("a quarter of a yearly target: 3/12") << "2024-Q1" << int(Frequency::Annual) << 0.25;
        QTest::newRow("a month of a quarterly target: 1/3") << "2024-03" << int(Frequency::Quarterly) << 1.0 / 3;
        QTest::newRow("a month of a weekly target: the Sundays in it") << "2024-03" << int(Frequency::Weekly) << 5.0;
        QTest::newRow("a leap February of a daily target: 29") << "2024-02" << int(Frequency::Daily) << 29.0;
        QTest::newRow("a month of a monthly target: 1") << "2024-02" << int(Frequency::Monthly) << 1.0;
        QTest::newRow("a week of a yearly target: 7 of 365.25 days") << "2024-W10" << int(Frequency::Annual)
                                                                    << 7 / 365.25;
    }

    void targetShare_spanAgainstGrain_isTheShareOfTheGrain()
    {
        QFETCH(QString, period);
        QFETCH(int, grain);
        QFETCH(double, share);
        const Period p = *Period::parse(period, 7);
        compareOptional(targetShare(p.first(), p.last(), Frequency(grain)), share, "share");
    }

    void rollUp_children_givesWeightedMeanAndStatus_data()
    {
        QTest::addColumn<QList<double>>("scores");
        QTest::addColumn<QList<double>>("weights");
        QTest::addColumn<QString>("status");
        QTest::addColumn<double>("score"); // NaN: none
        QTest::newRow("all on target, on track") << QList<double>{1.0, 1.2} << QList<double>{1, 1} << "on_track" << 1.1;
        QTest::newRow("weighted mean exactly at the threshold, at risk")
            << QList<double>{1.2, 0.8} << QList<double>{1, 3} << "at_risk" << 0.9;
        QTest::newRow("just under the threshold, off track")
            << QList<double>{0.89} << QList<double>{1} << "off_track" << 0.89;
        QTest::newRow("zero weight children do not count")
            << QList<double>{0.5, 1.0} << QList<double>{0, 2} << "on_track" << 1.0;
        QTest::newRow("nothing scored, no data") << QList<double>{} << QList<double>{} << "no_data" << none;
        QTest::newRow("only zero weights, no data") << QList<double>{0.7} << QList<double>{0} << "no_data" << none;
    }

    void rollUp_children_givesWeightedMeanAndStatus()
    {
        QFETCH(QList<double>, scores);
        QFETCH(QList<double>, weights);
        QFETCH(QString, status);
        QFETCH(double, score);
        std::vector<WeightedScore> children;
        for (int i = 0; i < scores.size(); ++i)
            children.push_back({scores[i], weights[i]});
        const Rollup result = rollUp(children, 0.9);
        QCOMPARE(toText(result.status), status);
        compareOptional(result.score, score, "roll-up score");
    }

    void trendOf_direction_judgesImprovement_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<double>("current");
        QTest::addColumn<double>("earlier");
        QTest::addColumn<QString>("trend");
        QTest::newRow("higher and rising, improving") << "higher" << 91.0 << 88.0 << "improving";
        QTest::newRow("higher and falling, worsening") << "higher" << 85.0 << 88.0 << "worsening";
        QTest::newRow("lower and falling, improving") << "lower" << 6.0 << 7.5 << "improving";
        QTest::newRow("lower and rising, worsening") << "lower" << 8.0 << 7.5 << "worsening";
        QTest::newRow("unchanged, steady") << "higher" << 88.0 << 88.0 << "steady";
        QTest::newRow("band, moving into the band, improving") << "band" << 1.0 << 3.0 << "improving";
        QTest::newRow("band, leaving the band, worsening") << "band" << -2.5 << 0.0 << "worsening";
        QTest::newRow("band, moving inside the band, steady") << "band" << 1.5 << -1.0 << "steady";
    }

    void trendOf_direction_judgesImprovement()
    {
        QFETCH(QString, direction);
        QFETCH(double, current);
        QFETCH(double, earlier);
        QFETCH(QString, trend);
        Target band;
        band.bandLow = -2;
        band.bandHigh = 2;
        QCOMPARE(toText(trendOf(*directionFromText(direction), &band, current, earlier)), trend);
    }

    void statusCounts_add_countsEachStatus()
    {
        StatusCounts counts;
        for (Status s : {Status::OnTrack, Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::NoData,
                         Status::NoTarget, Status::NoTarget})
            counts.add(s);
        QCOMPARE(counts.onTrack, 2);
        QCOMPARE(counts.atRisk, 1);
        QCOMPARE(counts.offTrack, 1);
        QCOMPARE(counts.noData, 1);
        QCOMPARE(counts.noTarget, 2);
        QCOMPARE(counts.total(), 7);
    }
};

QTEST_GUILESS_MAIN(ScoringTest)
#include "tst_scoring.moc"
