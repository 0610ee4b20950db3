// MeasureChart: what it puts in its chart for a given series. The widget draws
// what models/ computed, so the tests check that every point, status, target and
// band bound reaches the chart at the right place, and that user text is escaped.
#include "chartfixtures.h"

using namespace civicstat;
using namespace civicstat::test;

class TestMeasureChart final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void actualLineHasEveryFigureAndGaps();
    void statusMarkersHoldTheirPoints();
    void targetLineFollowsTargetChange();
    void toleranceBandBoundsHigherAndLower();
    void bandMeasureHasTwoTargetLinesAndOneBand();
    void spanLimitsTheXAxis();
    void yAxisCoversVisibleFiguresAndBand();
    void emptySeriesShowsLabel();
    void singlePointWithoutTarget();
    void userTextIsEscaped();
    void savedAsSvgAndPng();
    void legendNamesAreReadable();
    void toolTipDescribesPoint();
    void darkPaletteUsesDarkTheme();
    void screenshots();
};

void TestMeasureChart::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMeasureChart::actualLineHasEveryFigureAndGaps()
{
    const Measure m = percentMeasure();
    const auto points = percentSeries(m);
    MeasureChart w;
    w.setSeries(m, points);

    const auto lines = seriesNamed<QLineSeries>(chartOf(w), QStringLiteral("actual"));
    // Gaps after Apr 2022 and Apr 2023 split the line in three.
    QCOMPARE(lines.size(), 3);
    int plotted = 0;
    QList<qreal> xs;
    for (const QLineSeries *line : lines) {
        plotted += line->count();
        for (const QPointF &p : line->points())
            xs << p.x();
    }
    QCOMPARE(plotted, 33);
    QVERIFY(!xs.contains(xOf(Period::month(2022, 5))));
    QVERIFY(!xs.contains(xOf(Period::month(2023, 5))));
    QVERIFY(!xs.contains(xOf(Period::month(2023, 6))));
    QCOMPARE(lines[0]->count(), 4); // Jan to Apr 2022
    QCOMPARE(lines[0]->at(2), QPointF(xOf(Period::month(2022, 3)), *points[2].actual));
    QCOMPARE(lines[2]->at(lines[2]->count() - 1), QPointF(xOf(Period::month(2024, 12)), *points[35].actual));
}

void TestMeasureChart::statusMarkersHoldTheirPoints()
{
    const Measure m = percentMeasure();
    const auto points = percentSeries(m);
    MeasureChart w;
    w.setSeries(m, points);

    const struct {
        Status status;
        QScatterSeries::MarkerShape shape;
    } expected[] = {
        { Status::OnTrack, QScatterSeries::MarkerShapeCircle },
        { Status::AtRisk, QScatterSeries::MarkerShapeTriangle },
        { Status::OffTrack, QScatterSeries::MarkerShapeRotatedRectangle },
    };
    QSet<int> shapes;
    int marked = 0;
    for (const auto &e : expected) {
        QList<QPointF> want;
        for (const SeriesPoint &p : points) {
            if (p.status == e.status)
                want << QPointF(xOf(p.period), *p.actual);
        }
        QVERIFY2(want.size() >= 3, qPrintable(toText(e.status))); // the data mixes every status
        const auto found = seriesNamed<QScatterSeries>(chartOf(w), QStringLiteral("status:") + toText(e.status));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0]->points(), want);
        QCOMPARE(found[0]->color(), statusColour(e.status));
        QCOMPARE(found[0]->markerShape(), e.shape);
        QCOMPARE(found[0]->name(), statusLabel(e.status));
        shapes.insert(found[0]->markerShape());
        marked += found[0]->count();
    }
    QCOMPARE(shapes.size(), 3);
    QCOMPARE(marked, 33);
    // Spot checks against hand-computed statuses: Apr 2022 is 78 + 0 = 78 < 81
    // (off track); Mar 2022 is 84 + 10 + 0.5 = 94.5 >= 90 (on track).
    const auto off = seriesNamed<QScatterSeries>(chartOf(w), QStringLiteral("status:off_track"))[0];
    QVERIFY(off->points().contains(QPointF(xOf(Period::month(2022, 4)), 78.0)));
    const auto on = seriesNamed<QScatterSeries>(chartOf(w), QStringLiteral("status:on_track"))[0];
    QVERIFY(on->points().contains(QPointF(xOf(Period::month(2022, 3)), 94.5)));
    QVERIFY(seriesNamed<QScatterSeries>(chartOf(w), QStringLiteral("status:no_target")).isEmpty());
}

void TestMeasureChart::targetLineFollowsTargetChange()
{
    const Measure m = percentMeasure();
    MeasureChart w;
    w.setSeries(m, percentSeries(m));
    const auto targets = seriesNamed<QLineSeries>(chartOf(w), QStringLiteral("target"));
    QCOMPARE(targets.size(), 1);
    const QLineSeries *t = targets[0];
    QVERIFY(t->pen().style() != Qt::SolidLine);
    QCOMPARE(stepValueAt(t, xOf(Period::month(2022, 1))), 90.0);
    QCOMPARE(stepValueAt(t, xOf(Period::month(2023, 6))), 90.0);
    QCOMPARE(stepValueAt(t, xOf(Period::month(2023, 7))), 95.0);
    QCOMPARE(stepValueAt(t, xOf(Period::month(2024, 12))), 95.0);
    // The target runs through the gap too: a period without figures still has one.
    QCOMPARE(stepValueAt(t, xOf(Period::month(2022, 5))), 90.0);
    // One step: two horizontal runs of two points each.
    QCOMPARE(t->count(), 4);
    QCOMPARE(t->at(1).x(), t->at(2).x());
}

void TestMeasureChart::toleranceBandBoundsHigherAndLower()
{
    Measure m = percentMeasure();
    MeasureChart w;
    w.setSeries(m, percentSeries(m));
    auto bands = seriesNamed<QAreaSeries>(chartOf(w), QStringLiteral("toleranceBand"));
    QCOMPARE(bands.size(), 1);
    QCOMPARE(stepValueAt(bands[0]->lowerSeries(), xOf(Period::month(2022, 3))), 90.0 - 0.1 * 90.0);
    QCOMPARE(stepValueAt(bands[0]->upperSeries(), xOf(Period::month(2022, 3))), 90.0);
    QCOMPARE(stepValueAt(bands[0]->lowerSeries(), xOf(Period::month(2024, 3))), 95.0 - 0.1 * 95.0);
    QVERIFY(bands[0]->brush().color().alpha() < 255);

    // Lower is better: the band lies above the target.
    m.direction = Direction::Lower;
    std::vector<SeriesPoint> lower = percentSeries(m);
    lower[30].tolerance = 0.05;
    w.setSeries(m, lower);
    bands = seriesNamed<QAreaSeries>(chartOf(w), QStringLiteral("toleranceBand"));
    QCOMPARE(bands.size(), 1);
    QCOMPARE(stepValueAt(bands[0]->lowerSeries(), xOf(Period::month(2022, 3))), 90.0);
    QCOMPARE(stepValueAt(bands[0]->upperSeries(), xOf(Period::month(2022, 3))), 99.0);
    QCOMPARE(stepValueAt(bands[0]->upperSeries(), xOf(lower[30].period)), 95.0 + 0.05 * 95.0);
}

void TestMeasureChart::bandMeasureHasTwoTargetLinesAndOneBand()
{
    Measure m;
    m.name = QStringLiteral("Reservoir level");
    m.unit = QStringLiteral("m");
    m.direction = Direction::Band;
    m.decimals = 2;
    Target t;
    t.effectiveFrom = QDate(2020, 1, 1);
    t.bandLow = 40.0;
    t.bandHigh = 60.0;
    std::vector<SeriesPoint> points;
    const double values[] = { 50.0, 38.0, 61.0, 30.0 };
    for (int i = 0; i < 4; ++i) {
        SeriesPoint p;
        p.period = Period::month(2024, i + 1);
        p.actual = values[i];
        p.target = t;
        p.tolerance = 0.2;
        p.status = statusOf(m.direction, values[i], t, p.tolerance);
        points.push_back(p);
    }
    MeasureChart w;
    w.setSeries(m, points);
    const auto low = seriesNamed<QLineSeries>(chartOf(w), QStringLiteral("targetLow"));
    const auto high = seriesNamed<QLineSeries>(chartOf(w), QStringLiteral("targetHigh"));
    QCOMPARE(low.size(), 1);
    QCOMPARE(high.size(), 1);
    QCOMPARE(stepValueAt(low[0], xOf(Period::month(2024, 2))), 40.0);
    QCOMPARE(stepValueAt(high[0], xOf(Period::month(2024, 2))), 60.0);
    const auto bands = seriesNamed<QAreaSeries>(chartOf(w), QStringLiteral("toleranceBand"));
    QCOMPARE(bands.size(), 1);
    QCOMPARE(stepValueAt(bands[0]->lowerSeries(), xOf(Period::month(2024, 2))), 32.0);
    QCOMPARE(stepValueAt(bands[0]->upperSeries(), xOf(Period::month(2024, 2))), 72.0);
    QCOMPARE(seriesNamed<QScatterSeries>(chartOf(w), QStringLiteral("status:on_track"))[0]->count(), 1);
    QCOMPARE(seriesNamed<QScatterSeries>(chartOf(w), QStringLiteral("status:at_risk"))[0]->count(), 2);
    QCOMPARE(seriesNamed<QScatterSeries>(chartOf(w), QStringLiteral("status:off_track"))[0]->at(0).y(), 30.0);
    // The y axis shows both band edges.
    const auto *y = qobject_cast<QValueAxis *>(chartOf(w)->axes(Qt::Vertical).value(0));
    QVERIFY(y->min() <= 30.0 && y->max() >= 72.0);
}

void TestMeasureChart::spanLimitsTheXAxis()
{
    const Measure m = percentMeasure();
    MeasureChart w;
    w.setSeries(m, percentSeries(m));
    // It opens on the last 24 months: January 2023 to December 2024.
    QCOMPARE(w.span(), MeasureChart::Span::Recent);
    const auto *x = qobject_cast<QDateTimeAxis *>(chartOf(w)->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    QCOMPARE(x->format(), QStringLiteral("MMM yyyy"));
    const QDate last(2024, 12, 31);
    QVERIFY2(x->min().date() > QDate(2022, 12, 31), qPrintable(x->min().toString()));
    QVERIFY2(x->min().date() < QDate(2023, 1, 31), qPrintable(x->min().toString()));
    QVERIFY(x->max().date() > last);
    QVERIFY(x->max().date() < last.addDays(20));

    w.setSpan(MeasureChart::Span::All);
    QVERIFY(x->min().date() < QDate(2022, 1, 31));
    QVERIFY(x->min().date() > QDate(2021, 12, 31));
    QVERIFY(x->max().date() > last);

    w.setSpan(MeasureChart::Span::OneYear);
    QCOMPARE(w.span(), MeasureChart::Span::OneYear);
    // About 12 months before the last point: Jan 2024 is the first month shown.
    QVERIFY2(x->min().date() > last.addYears(-1).addDays(-20), qPrintable(x->min().toString()));
    QVERIFY2(x->min().date() < QDate(2024, 1, 31), qPrintable(x->min().toString()));
    QVERIFY(x->max().date() > last);

    w.setSpan(MeasureChart::Span::ThreeYears);
    QVERIFY(x->min().date() < QDate(2022, 1, 31)); // all 36 months
    QVERIFY(x->min().date() > QDate(2021, 12, 31));

    // The buttons drive the same thing and show which span is chosen.
    QToolButton *oneYear = nullptr;
    for (QToolButton *b : w.findChildren<QToolButton *>()) {
        QVERIFY(!b->toolTip().isEmpty());
        QVERIFY(b->focusPolicy() & Qt::TabFocus);
        if (b->text() == QLatin1String("1 year"))
            oneYear = b;
    }
    QVERIFY(oneYear);
    QVERIFY(!oneYear->isChecked());
    QSignalSpy chosen(&w, &MeasureChart::spanChosen);
    oneYear->click();
    QCOMPARE(w.span(), MeasureChart::Span::OneYear);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).value<MeasureChart::Span>(), MeasureChart::Span::OneYear);
    QVERIFY(oneYear->isChecked());
    QVERIFY(x->min().date() > QDate(2023, 12, 1));
}

void TestMeasureChart::yAxisCoversVisibleFiguresAndBand()
{
    const Measure m = percentMeasure();
    const auto points = percentSeries(m);
    MeasureChart w;
    w.setSeries(m, points);
    const auto *y = qobject_cast<QValueAxis *>(chartOf(w)->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    QCOMPARE(y->labelFormat(), QStringLiteral("%.0f")); // ticks 10 apart need no decimal
    double low = 100.0;
    double high = 0.0;
    for (const SeriesPoint &p : points) {
        if (p.actual) {
            low = std::min(low, *p.actual);
            high = std::max(high, *p.actual);
        }
    }
    QVERIFY(y->min() <= low);
    QVERIFY(y->max() >= std::max(high, 95.0));
    QVERIFY(y->min() > 0.0); // not stretched down to zero: the differences must show
    // Ticks on round numbers, also after the span changes the range.
    for (MeasureChart::Span span : { MeasureChart::Span::OneYear, MeasureChart::Span::All }) {
        w.setSpan(span);
        const double step = (y->max() - y->min()) / (y->tickCount() - 1);
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        QVERIFY2(QList<double>({ 1.0, 2.0, 2.5, 5.0 }).contains(std::round(mantissa * 10.0) / 10.0),
            qPrintable(QString::number(step)));
        QCOMPARE(std::fmod(y->min(), step), 0.0);
    }
}

void TestMeasureChart::emptySeriesShowsLabel()
{
    const Measure m = percentMeasure();
    MeasureChart w;
    w.setSeries(m, percentSeries(m));
    w.show();
    QVERIFY(w.chartView()->isVisible());
    w.setSeries(m, {});
    QVERIFY(!w.chartView()->isVisible());
    QVERIFY(chartOf(w)->series().isEmpty());
    bool labelShown = false;
    for (const QLabel *label : w.findChildren<QLabel *>()) {
        if (label->text() == QLatin1String("No figures have been reported for this measure yet."))
            labelShown = label->isVisible();
    }
    QVERIFY(labelShown);
    for (const QToolButton *b : w.findChildren<QToolButton *>())
        QVERIFY(!b->isVisible());
}

void TestMeasureChart::singlePointWithoutTarget()
{
    Measure m = percentMeasure();
    m.targets.clear();
    SeriesPoint p;
    p.period = Period::month(2024, 6);
    p.actual = 42.0;
    p.status = Status::NoTarget;
    MeasureChart w;
    w.setSeries(m, { p });
    QVERIFY(!w.chartView()->isHidden());
    QVERIFY(seriesNamed<QLineSeries>(chartOf(w), QStringLiteral("target")).isEmpty());
    QVERIFY(seriesNamed<QAreaSeries>(chartOf(w), QStringLiteral("toleranceBand")).isEmpty());
    const auto marker = seriesNamed<QScatterSeries>(chartOf(w), QStringLiteral("status:no_target"));
    QCOMPARE(marker.size(), 1);
    QCOMPARE(marker[0]->points(), QList<QPointF> { QPointF(xOf(p.period), 42.0) });
    const auto *x = qobject_cast<QDateTimeAxis *>(chartOf(w)->axes(Qt::Horizontal).value(0));
    const auto *y = qobject_cast<QValueAxis *>(chartOf(w)->axes(Qt::Vertical).value(0));
    QVERIFY(x->min() < x->max());
    QVERIFY(x->min().toMSecsSinceEpoch() < xOf(p.period) && xOf(p.period) < x->max().toMSecsSinceEpoch());
    QVERIFY(y->min() < 42.0 && 42.0 < y->max());
}

// The SVG has the chart's lines as paths and its title as text (escaped for
// XML); the PNG is twice the size on screen. Both menu entries ask the window.

void TestMeasureChart::savedAsSvgAndPng()
{
    Measure m = percentMeasure();
    m.name = QStringLiteral("911 calls answered < 10s & on time");
    MeasureChart w;
    w.resize(800, 500);
    w.setSeries(m, percentSeries(m));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    const QByteArray svg = chartSvg(w.chartView(), m.name);
    QVERIFY(svg.startsWith("<?xml"));
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString())); // well-formed, whatever the measure is called
    QVERIFY2(svg.contains("911 calls answered &lt; 10s &amp; on time</text>"), svg.left(4000).constData());
    QVERIFY(svg.contains("<title>911 calls answered &lt; 10s &amp; on time</title>"));
    QVERIFY(!svg.contains("answered < 10s"));
    // The actual's lines, the target steps and the band: many paths, not one picture.
    QVERIFY2(svg.count("<path") >= 10, QByteArray::number(svg.count("<path")).constData());
    QVERIFY(!svg.contains("<image"));
    QVERIFY(svg.contains(">Target</text>"));

    const QImage png = chartImage(w.chartView());
    QCOMPARE(png.size(), w.chartView()->viewport()->size() * 2);
    QCOMPARE(png.pixelColor(2, 2), QColor(Qt::white));
    int dark = 0; // the actual line, labels and markers
    for (int y = 0; y < png.height(); y += 3) {
        for (int x = 0; x < png.width(); x += 3)
            dark += png.pixelColor(x, y).lightness() < 100 ? 1 : 0;
    }
    QVERIFY2(dark > 500, QByteArray::number(dark).constData());

    QSignalSpy asked(&w, &MeasureChart::saveRequested);
    const QList<QAction *> actions = w.saveMenu()->actions();
    QCOMPARE(actions.size(), 2);
    actions[0]->trigger();
    actions[1]->trigger();
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked[0][0].value<ChartImageFormat>(), ChartImageFormat::Png);
    QCOMPARE(asked[1][0].value<ChartImageFormat>(), ChartImageFormat::Svg);
    QCOMPARE(w.saveButton()->focusPolicy(), Qt::StrongFocus);
}

void TestMeasureChart::userTextIsEscaped()
{
    Measure m = percentMeasure();
    m.name = QStringLiteral("911 calls answered < 10s & on time");
    m.unit = QStringLiteral("<b>calls</b>");
    MeasureChart w;
    w.setSeries(m, percentSeries(m));
    QCOMPARE(chartOf(w)->title(), QStringLiteral("911 calls answered &lt; 10s &amp; on time"));
    const auto *y = chartOf(w)->axes(Qt::Vertical).value(0);
    QCOMPARE(y->titleText(), QStringLiteral("&lt;b&gt;calls&lt;/b&gt;"));
    QVERIFY(w.pointToolTip(2).contains(QStringLiteral("94.5 &lt;b&gt;calls&lt;/b&gt;")));
}

void TestMeasureChart::legendNamesAreReadable()
{
    const Measure m = percentMeasure();
    MeasureChart w;
    w.resize(900, 420); // room for the legend below the chart
    w.setSeries(m, percentSeries(m));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(chartOf(w)->legend()->alignment(), Qt::AlignBottom);
    QStringList shown;
    for (QLegendMarker *marker : chartOf(w)->legend()->markers()) {
        if (marker->isVisible())
            shown << marker->label();
    }
    // One entry each, though the actual line is three series.
    QCOMPARE(shown,
        (QStringList { QStringLiteral("Tolerance band"), QStringLiteral("Target"), QStringLiteral("Actual"),
            QStringLiteral("On track"), QStringLiteral("At risk"), QStringLiteral("Off track") }));
}

void TestMeasureChart::toolTipDescribesPoint()
{
    const Measure m = percentMeasure();
    const auto points = percentSeries(m);
    MeasureChart w;
    w.setSeries(m, points);
    // Mar 2022: 94.5 against 90.
    const QString tip = w.pointToolTip(2);
    QVERIFY2(tip.contains(QStringLiteral("2022-03")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Actual: 94.5%")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Target: 90.0%")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("On track")), qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("Provisional")));
    // Dec 2024 is provisional and against the new target.
    const QString last = w.pointToolTip(35);
    QVERIFY2(last.contains(QStringLiteral("Target: 95.0%")), qPrintable(last));
    QVERIFY(last.contains(QStringLiteral("Provisional")));
    QVERIFY(last.contains(statusLabel(points[35].status)));
    QVERIFY(w.pointToolTip(4).contains(QStringLiteral("No data")));

    // Hovering a marker shows that point's text.
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *on = seriesNamed<QScatterSeries>(chartOf(w), QStringLiteral("status:on_track")).value(0);
    QVERIFY(on);
    emit on->hovered(QPointF(xOf(Period::month(2022, 3)), 94.5), true);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), tip);
    emit on->hovered(QPointF(xOf(Period::month(2022, 3)), 94.5), false);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestMeasureChart::darkPaletteUsesDarkTheme()
{
    const Measure m = percentMeasure();
    MeasureChart w;
    QPalette light = w.palette();
    light.setColor(QPalette::Window, Qt::white);
    w.setPalette(light);
    w.setSeries(m, percentSeries(m));
    QCOMPARE(chartOf(w)->theme(), QChart::ChartThemeLight);
    QPalette dark = w.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    w.setPalette(dark);
    QCOMPARE(chartOf(w)->theme(), QChart::ChartThemeDark);
    // Rebuilding for the theme keeps every series and its colours.
    const auto on = seriesNamed<QScatterSeries>(chartOf(w), QStringLiteral("status:on_track"));
    QCOMPARE(on.size(), 1);
    QCOMPARE(on[0]->color(), statusColour(Status::OnTrack));
    QCOMPARE(seriesNamed<QLineSeries>(chartOf(w), QStringLiteral("actual")).size(), 3);
}

void TestMeasureChart::screenshots()
{
    const QString dir = qEnvironmentVariable("CIVICSTAT_CHART_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("CIVICSTAT_CHART_SCREENSHOTS is not set");
    Measure m = percentMeasure();
    m.name = QStringLiteral("911 calls answered < 10s");
    MeasureChart chart;
    chart.resize(900, 500);
    chart.setSeries(m, percentSeries(m));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTest::qWait(50);
    QVERIFY(chart.grab().save(dir + QStringLiteral("/chart.png")));
    chart.setSpan(MeasureChart::Span::OneYear);
    QTest::qWait(50);
    QVERIFY(chart.grab().save(dir + QStringLiteral("/chart-1year.png")));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
    dark.setColor(QPalette::Button, QColor(0x3A, 0x3A, 0x3A));
    dark.setColor(QPalette::ButtonText, QColor(0xEE, 0xEE, 0xEE));
    chart.setPalette(dark);
    QTest::qWait(50);
    QVERIFY(chart.grab().save(dir + QStringLiteral("/chart-dark.png")));

    BreakdownChart many;
    many.resize(900, 500);
    std::vector<Observation> neighbourhoods;
    for (int i = 0; i < 25; ++i)
        neighbourhoods.push_back(figure(QStringLiteral("neighbourhood"),
            QStringLiteral("Neighbourhood number %1").arg(i + 1), 60.0 + (i * 7 % 25) * 1.5, 100 + i, 150));
    many.setFigures(m, QStringLiteral("2024-03"), neighbourhoods);
    many.show();
    QVERIFY(QTest::qWaitForWindowExposed(&many));
    QTest::qWait(50);
    QVERIFY(many.grab().save(dir + QStringLiteral("/breakdown-many.png")));

    BreakdownChart breakdown;
    breakdown.resize(900, 500);
    breakdown.setFigures(m, QStringLiteral("2024-03"), twoDimensions());
    breakdown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&breakdown));
    QTest::qWait(50);
    QVERIFY(breakdown.grab().save(dir + QStringLiteral("/breakdown.png")));

    MeasureChart empty;
    empty.resize(900, 500);
    empty.setSeries(m, {});
    empty.show();
    QVERIFY(empty.grab().save(dir + QStringLiteral("/chart-empty.png")));
}

QTEST_MAIN(TestMeasureChart)
#include "tst_measurechart.moc"
