// MeasureChart on a laptop: the period being viewed shaded and kept in view,
// legend labels drawn whole at any width, and the words a screen reader hears.
#include "chartfixtures.h"

using namespace civicstat;
using namespace civicstat::test;

class TestMeasureChartMarks final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void viewedPeriodIsShadedAndKeptInView();
    void legendLabelsWholeInANarrowChart();
    void accessibleDescriptionIsTheModelsSentence();
};

void TestMeasureChartMarks::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMeasureChartMarks::viewedPeriodIsShadedAndKeptInView()
{
    const Measure m = percentMeasure();
    const auto points = percentSeries(m);
    MeasureChart w;
    w.setSeries(m, points, Period::month(2024, 3));
    QCOMPARE(w.viewedIndex(), 26);
    const auto marks = seriesNamed<QAreaSeries>(chartOf(w), QStringLiteral("viewedPeriod"));
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks[0]->name(), QStringLiteral("Viewing 2024-03"));
    const QList<QPointF> top = marks[0]->upperSeries()->points();
    const QList<QPointF> bottom = marks[0]->lowerSeries()->points();
    QCOMPARE(top.size(), 2);
    // From halfway to February to halfway to April, top to bottom of the y axis.
    QVERIFY(top[0].x() > xOf(Period::month(2024, 2)) && top[0].x() < xOf(Period::month(2024, 3)));
    QVERIFY(top[1].x() > xOf(Period::month(2024, 3)) && top[1].x() < xOf(Period::month(2024, 4)));
    const auto *y = qobject_cast<QValueAxis *>(chartOf(w)->axes(Qt::Vertical).value(0));
    QCOMPARE(top[0].y(), y->max());
    QCOMPARE(bottom[0].y(), y->min());
    w.setSpan(MeasureChart::Span::OneYear); // the band follows the y axis's new range
    QCOMPARE(marks[0]->upperSeries()->at(0).y(), y->max());
    QCOMPARE(marks[0]->lowerSeries()->at(0).y(), y->min());

    // A period older than the last 24 widens the span so that it stays in view.
    w.setSpan(MeasureChart::Span::Recent);
    w.setSeries(m, points, Period::month(2022, 2));
    QCOMPARE(w.viewedIndex(), 1);
    const auto *x = qobject_cast<QDateTimeAxis *>(chartOf(w)->axes(Qt::Horizontal).value(0));
    QVERIFY2(x->min().date() > QDate(2022, 1, 31), qPrintable(x->min().toString()));
    QVERIFY2(x->min().date() < QDate(2022, 2, 28), qPrintable(x->min().toString()));
    // Without a period viewed, nothing is shaded.
    w.setSeries(m, points, std::nullopt);
    QCOMPARE(w.viewedIndex(), -1);
    QVERIFY(seriesNamed<QAreaSeries>(chartOf(w), QStringLiteral("viewedPeriod")).isEmpty());
}

void TestMeasureChartMarks::legendLabelsWholeInANarrowChart()
{
    const Measure m = percentMeasure();
    bool below = false;
    bool beside = false;
    for (int width = 380; width <= 1000; width += 20) {
        MeasureChart w;
        w.resize(width, 420);
        w.setSeries(m, percentSeries(m), Period::month(2024, 3));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(20);
        const QStringList drawn = legendTextsDrawn(chartOf(w));
        for (QLegendMarker *marker : chartOf(w)->legend()->markers()) {
            if (marker->isVisible())
                QVERIFY2(drawn.contains(marker->label()),
                         qPrintable(QStringLiteral("%1 px: %2 is drawn as: %3")
                                        .arg(width)
                                        .arg(marker->label(), drawn.join(QLatin1String(" | ")))));
        }
        below = below || chartOf(w)->legend()->alignment() == Qt::AlignBottom;
        beside = beside || chartOf(w)->legend()->alignment() == Qt::AlignRight;
    }
    // Below the chart while it fits there, beside it when not.
    QVERIFY(below);
    QVERIFY(beside);
}

void TestMeasureChartMarks::accessibleDescriptionIsTheModelsSentence()
{
    const Measure m = percentMeasure();
    const auto points = percentSeries(m);
    MeasureChart w;
    w.setSeries(m, points, Period::month(2024, 3));
    QCOMPARE(w.chartView()->accessibleDescription(), describeSeries(m, points, Period::month(2024, 3)));
    QVERIFY(w.chartView()->accessibleDescription().contains(explainStatus(m, points[35])));
    QVERIFY(w.chartView()->accessibleDescription().contains(QStringLiteral("Period viewed: ") + explainStatus(m, points[26])));
    QCOMPARE(w.chartView()->accessibleName(), QStringLiteral("Chart of Calls answered in time: actual against target"));
}

QTEST_MAIN(TestMeasureChartMarks)
#include "tst_measurechartmarks.moc"
