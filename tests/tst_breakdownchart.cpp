// BreakdownChart: the table and bars it shows for a measure's figures by member,
// by dimension, in value order.
#include "chartfixtures.h"

using namespace civicstat;
using namespace civicstat::test;

class TestBreakdownChart final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void breakdownChooserListsDimensions();
    void breakdownTableSortedByValue();
    void breakdownSwitchingDimensionChangesRows();
    void breakdownBarsMatchTable();
    void breakdownEmptyShowsLabel();
    void breakdownChartDescribedInWords();
    void breakdownSingleDimensionHidesChooser();
};

void TestBreakdownChart::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBreakdownChart::breakdownChooserListsDimensions()
{
    BreakdownChart w;
    w.setFigures(percentMeasure(), QStringLiteral("2024-03"), twoDimensions());
    QComboBox *chooser = w.dimensionChooser();
    QCOMPARE(chooser->count(), 2);
    QCOMPARE(chooser->itemText(0), QStringLiteral("Neighbourhood"));
    QCOMPARE(chooser->itemText(1), QStringLiteral("Race and ethnicity"));
    QCOMPARE(chooser->currentIndex(), 0);
    QVERIFY(!chooser->isHidden() && !chooser->parentWidget()->isHidden());
    QVERIFY(!chooser->toolTip().isEmpty());
}

void TestBreakdownChart::breakdownTableSortedByValue()
{
    BreakdownChart w;
    w.setFigures(percentMeasure(), QStringLiteral("2024-03"), twoDimensions());
    QCOMPARE(w.table()->model()->columnCount(), 4);
    QCOMPARE(column(w.table(), BreakdownChart::MemberColumn),
        (QStringList { QStringLiteral("Harbour & Mill"), QStringLiteral("Eastgate"), QStringLiteral("Northside") }));
    QCOMPARE(column(w.table(), BreakdownChart::ValueColumn),
        (QStringList { QStringLiteral("93.5%"), QStringLiteral("80.0%"), QStringLiteral("71.3%") }));
    QCOMPARE(column(w.table(), BreakdownChart::NumeratorColumn),
        (QStringList { QStringLiteral("187"), QStringLiteral("160"), QStringLiteral("285") }));
    QCOMPARE(column(w.table(), BreakdownChart::DenominatorColumn),
        (QStringList { QStringLiteral("200"), QStringLiteral("200"), QStringLiteral("400") }));
    QCOMPARE(w.table()->model()->headerData(BreakdownChart::ValueColumn, Qt::Horizontal).toString(),
        QStringLiteral("Value"));
}

void TestBreakdownChart::breakdownSwitchingDimensionChangesRows()
{
    BreakdownChart w;
    w.setFigures(percentMeasure(), QStringLiteral("2024-03"), twoDimensions());
    w.dimensionChooser()->setCurrentIndex(1);
    QCOMPARE(column(w.table(), BreakdownChart::MemberColumn),
        (QStringList { QStringLiteral("Hispanic or Latino"), QStringLiteral("Asian"), QStringLiteral("White"),
            QStringLiteral("Black") }));
    QCOMPARE(column(w.table(), BreakdownChart::NumeratorColumn), QStringList(4, QString()));
    // No member of this dimension has parts: their columns are hidden, not left empty.
    QVERIFY(w.table()->isColumnHidden(BreakdownChart::NumeratorColumn));
    QVERIFY(w.table()->isColumnHidden(BreakdownChart::DenominatorColumn));
    QVERIFY(!w.table()->isColumnHidden(BreakdownChart::ValueColumn));
    auto *categories = qobject_cast<QBarCategoryAxis *>(w.chartView()->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(categories);
    QCOMPARE(categories->count(), 4);
    QVERIFY(w.chartView()->chart()->title().contains(QStringLiteral("By race and ethnicity")));
    w.dimensionChooser()->setCurrentIndex(0);
    QCOMPARE(w.table()->model()->rowCount(), 3);
    QCOMPARE(w.table()->model()->index(0, 0).data().toString(), QStringLiteral("Harbour & Mill"));
    QVERIFY(!w.table()->isColumnHidden(BreakdownChart::NumeratorColumn));
}

void TestBreakdownChart::breakdownBarsMatchTable()
{
    BreakdownChart w;
    w.setFigures(percentMeasure(), QStringLiteral("2024-03"), twoDimensions());
    QChart *chart = w.chartView()->chart();
    auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(categories);
    // Bottom to top: the largest is drawn on top, escaped.
    QCOMPARE(categories->categories(),
        (QStringList {
            QStringLiteral("Northside"), QStringLiteral("Eastgate"), QStringLiteral("Harbour &amp; Mill") }));
    QCOMPARE(chart->series().size(), 1);
    const auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series()[0]);
    QVERIFY(bars);
    QCOMPARE(bars->count(), 1);
    const QBarSet *set = bars->barSets()[0];
    QCOMPARE(set->count(), 3);
    QCOMPARE(set->at(0), 71.25);
    QCOMPARE(set->at(2), 93.5);
    const auto *values = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(values->min() <= 0.0 && values->max() >= 93.5);
    QCOMPARE(values->titleText(), QStringLiteral("%"));
}

void TestBreakdownChart::breakdownChartDescribedInWords()
{
    BreakdownChart w;
    w.setFigures(percentMeasure(), QStringLiteral("2024-03"), twoDimensions());
    QCOMPARE(w.chartView()->accessibleName(), QStringLiteral("Bar chart of the figures by member"));
    QCOMPARE(w.chartView()->accessibleDescription(),
             QStringLiteral("By neighbourhood in 2024-03: highest Harbour & Mill, 93.5%; lowest Northside, 71.3%; 3 in all."));
    w.setFigures(percentMeasure(), QStringLiteral("2024-04"), {});
    QCOMPARE(w.chartView()->accessibleDescription(),
             QStringLiteral("No breakdown by neighbourhood or group is recorded for this measure in 2024-04."));
}

void TestBreakdownChart::breakdownEmptyShowsLabel()
{
    BreakdownChart w;
    w.setFigures(percentMeasure(), QStringLiteral("2024-03"), twoDimensions());
    w.show();
    QVERIFY(w.chartView()->isVisible());
    w.setFigures(percentMeasure(), QStringLiteral("2024-04"), {});
    QVERIFY(!w.chartView()->isVisible());
    QVERIFY(!w.table()->isVisible());
    QVERIFY(!w.dimensionChooser()->isVisible());
    QCOMPARE(w.table()->model()->rowCount(), 0);
    bool labelShown = false;
    for (const QLabel *label : w.findChildren<QLabel *>()) {
        if (label->text()
            == QLatin1String("No breakdown by neighbourhood or group is recorded for this measure in 2024-04."))
            labelShown = label->isVisible();
    }
    QVERIFY(labelShown);
}

void TestBreakdownChart::breakdownSingleDimensionHidesChooser()
{
    std::vector<Observation> figures = twoDimensions();
    figures.erase(std::remove_if(figures.begin(), figures.end(),
                      [](const Observation &f) { return f.dimensionCode != QLatin1String("neighbourhood"); }),
        figures.end());
    BreakdownChart w;
    w.setFigures(percentMeasure(), QStringLiteral("2024-03"), figures);
    w.show();
    QCOMPARE(w.dimensionChooser()->count(), 1);
    QVERIFY(!w.dimensionChooser()->isVisible());
    QCOMPARE(w.table()->model()->rowCount(), 3);
    QVERIFY(w.chartView()->isVisible());
}

// Set CIVICSTAT_CHART_SCREENSHOTS to a directory to look at the widgets.

QTEST_MAIN(TestBreakdownChart)
#include "tst_breakdownchart.moc"
