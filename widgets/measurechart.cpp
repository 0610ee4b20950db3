#include "measurechart.h"

#include "focusframe.h"
#include "measurevalueformat.h"
#include "statuspresentation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QAreaSeries>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QMenu>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace civicstat {

namespace {

// Okabe-Ito bluish green: not one of the status colours, so the target and its
// band never read as a status.
const QColor targetColour(0x00, 0x9E, 0x73);

qint64 msecsAt(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

// Appends a step-line point, merging runs of equal values into one segment.
void appendStep(QList<QPointF> &points, QPointF next)
{
    const int n = int(points.size());
    if (n >= 2 && points[n - 1].y() == next.y() && points[n - 2].y() == next.y())
        points[n - 1].setX(next.x());
    else
        points.append(next);
}

struct StatusStyle {
    Status status;
    QScatterSeries::MarkerShape shape;
    qreal size;
};

// Shapes match statusSymbol(): circle, triangle, diamond; a square for no target.
const StatusStyle statusStyles[] = {
    { Status::OnTrack, QScatterSeries::MarkerShapeCircle, 11.0 },
    { Status::AtRisk, QScatterSeries::MarkerShapeTriangle, 14.0 },
    { Status::OffTrack, QScatterSeries::MarkerShapeRotatedRectangle, 13.0 },
    { Status::NoTarget, QScatterSeries::MarkerShapeRectangle, 10.0 },
};

} // namespace

MeasureChart::MeasureChart(QWidget *parent)
    : QWidget(parent)
    , m_spanBar(new QWidget(this))
    , m_spanButtons(new QButtonGroup(this))
    , m_view(new QChartView(this))
    , m_saveButton(new QToolButton(this))
    , m_saveMenu(new QMenu(this))
    , m_empty(new QLabel(this))
{
    auto *spanLabel = new QLabel(tr("Show:"), m_spanBar);
    auto *spanLayout = new QHBoxLayout(m_spanBar);
    spanLayout->setContentsMargins(0, 0, 0, 0);
    spanLayout->addWidget(spanLabel);
    const struct {
        Span span;
        QString text;
        QString toolTip;
    } spans[] = {
        { Span::OneYear, tr("1 year"), tr("Show the last year of figures") },
        { Span::Recent, tr("Last %1").arg(recentPeriods),
          tr("Show the last %1 periods (two years of months) and the period being viewed").arg(recentPeriods) },
        { Span::ThreeYears, tr("3 years"), tr("Show the last three years of figures") },
        { Span::FiveYears, tr("5 years"), tr("Show the last five years of figures") },
        { Span::All, tr("All years"), tr("Show every period with figures, all years") },
    };
    for (const auto &s : spans) {
        auto *button = new QToolButton(m_spanBar);
        button->setText(s.text);
        button->setToolTip(s.toolTip);
        button->setAccessibleName(s.toolTip);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_spanButtons->addButton(button, int(s.span));
        spanLayout->addWidget(button);
    }
    m_spanButtons->setExclusive(true);
    m_spanButtons->button(int(m_span))->setChecked(true);
    spanLayout->addStretch(1);
    QAction *png = m_saveMenu->addAction(tr("Save chart as &PNG..."), this,
                                         [this] { emit saveRequested(ChartImageFormat::Png); });
    png->setStatusTip(tr("A picture at twice the size on screen, for slides and documents"));
    QAction *svg = m_saveMenu->addAction(tr("Save chart as &SVG..."), this,
                                         [this] { emit saveRequested(ChartImageFormat::Svg); });
    svg->setStatusTip(tr("A drawing that stays sharp at any size, with real text"));
    m_saveButton->setText(tr("Save chart"));
    m_saveButton->setToolTip(tr("Save this chart as a PNG picture or an SVG drawing"));
    m_saveButton->setAccessibleName(m_saveButton->toolTip());
    m_saveButton->setMenu(m_saveMenu);
    m_saveButton->setPopupMode(QToolButton::InstantPopup);
    m_saveButton->setFocusPolicy(Qt::StrongFocus);
    m_saveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    spanLayout->addWidget(m_saveButton);
    // Right click, or the menu key with the chart focused.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFocusPolicy(Qt::StrongFocus);
    frameWhenFocused(m_view);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { m_saveMenu->popup(m_view->mapToGlobal(at)); });
    connect(m_spanButtons, &QButtonGroup::idClicked, this, [this](int id) {
        setSpan(Span(id));
        emit spanChosen(Span(id));
    });

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Chart of the measure's actual against its target"));
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    setEmptyText(QString());
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_spanBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    m_view->hide();
    m_spanBar->hide();
}

void MeasureChart::insertControls(std::initializer_list<QWidget *> controls)
{
    auto *row = static_cast<QHBoxLayout *>(m_spanBar->layout());
    int at = 0;
    for (QWidget *control : controls)
        row->insertWidget(at++, control);
    row->insertSpacing(at, 2 * fontMetrics().averageCharWidth());
}

void MeasureChart::setEmptyText(const QString &text)
{
    m_empty->setText(text.isEmpty() ? tr("No figures have been reported for this measure yet.") : text);
}

void MeasureChart::setSeries(const Measure &measure, const std::vector<SeriesPoint> &points,
                             std::optional<Period> viewed)
{
    m_measure = measure;
    m_points = points;
    m_viewedIndex = viewed ? indexOfPeriod(m_points, *viewed) : -1;
    m_view->setAccessibleName(tr("Chart of %1: actual against target").arg(measure.name));
    // The same sentences as the page's status line (models/), for the latest and the viewed period.
    m_view->setAccessibleDescription(describeSeries(measure, m_points, viewed));
    rebuild();
}

void MeasureChart::setSpan(Span span)
{
    m_span = span;
    if (QAbstractButton *button = m_spanButtons->button(int(span)))
        button->setChecked(true);
    updateRanges();
}

void MeasureChart::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_xAxis = nullptr;
    m_yAxis = nullptr;
    m_viewedMark = nullptr;
    m_indexByX.clear();

    const bool empty = m_points.empty();
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    m_spanBar->setVisible(!empty);
    if (empty)
        return;

    m_darkTheme = palette().window().color().lightness() < 128;
    chart->setTheme(m_darkTheme ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(m_measure.name.toHtmlEscaped());
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    chart->setTitleFont(titleFont);
    chart->legend()->setFont(font());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    m_xAxis = new QDateTimeAxis(chart);
    m_xAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_yAxis = new QValueAxis(chart);
    m_yAxis->setTitleText(m_measure.unit.toHtmlEscaped());
    m_yAxis->setTitleVisible(!m_measure.unit.isEmpty());
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);

    // Each point sits at its period's last day; its target and band span from
    // halfway to the previous point to halfway to the next, so that a marker is
    // read against the target line right through it.
    const int n = int(m_points.size());
    std::vector<qreal> x(n), left(n), right(n);
    for (int i = 0; i < n; ++i) {
        const qint64 at = msecsAt(m_points[i].period.last());
        x[i] = qreal(at);
        m_indexByX.insert(at, i);
    }
    for (int i = 0; i < n; ++i) {
        const qreal half = (x[i] - qreal(msecsAt(m_points[i].period.first().addDays(-1)))) / 2.0;
        left[i] = i > 0 ? (x[i - 1] + x[i]) / 2.0 : x[i] - half;
        right[i] = i + 1 < n ? (x[i] + x[i + 1]) / 2.0 : x[i] + half;
    }
    m_left = left;
    m_right = right;

    const bool isBand = m_measure.direction == Direction::Band;
    const bool light = !m_darkTheme;
    const QColor neutral = light ? QColor(0x44, 0x44, 0x44) : QColor(0xDD, 0xDD, 0xDD);
    const QColor targetLine = light ? targetColour : targetColour.lighter(130);
    bool firstActual = true;
    bool firstBand = true;
    bool firstTarget = true;
    const auto attach = [&](QAbstractSeries *series, bool inLegend) {
        chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        if (!inLegend) {
            for (QLegendMarker *marker : chart->legend()->markers(series))
                marker->setVisible(false);
        }
    };

    addViewedMark(); // first, so that every line and marker is drawn over it
    // Runs of consecutive periods with a target: the band underneath, then the target lines.
    for (int start = 0; start < n;) {
        if (!m_points[start].target) {
            ++start;
            continue;
        }
        int end = start;
        while (end < n && m_points[end].target)
            ++end;
        bool anyTolerance = false;
        QList<QPointF> lows, highs, targets, targetHighs;
        for (int i = start; i < end; ++i) {
            const SeriesPoint &p = m_points[i];
            const ToleranceBounds b = toleranceBounds(m_measure.direction, *p.target, p.tolerance);
            anyTolerance = anyTolerance || p.tolerance > 0;
            for (qreal at : { left[i], right[i] }) {
                appendStep(lows, { at, b.low });
                appendStep(highs, { at, b.high });
                appendStep(targets, { at, isBand ? p.target->bandLow : p.target->value });
                if (isBand)
                    appendStep(targetHighs, { at, p.target->bandHigh });
            }
        }
        if (anyTolerance) {
            auto *area = new QAreaSeries(chart);
            auto *upper = new QLineSeries(area); // the area does not own its bounds
            upper->append(highs);
            auto *lower = new QLineSeries(area);
            lower->append(lows);
            area->setUpperSeries(upper);
            area->setLowerSeries(lower);
            area->setObjectName(QStringLiteral("toleranceBand"));
            area->setName(tr("Tolerance band"));
            QColor fill = targetLine;
            fill.setAlpha(light ? 50 : 70);
            area->setBrush(fill);
            area->setPen(Qt::NoPen);
            attach(area, firstBand);
            if (firstBand) {
                // Drawn from the series, the swatch would be the faint fill without an
                // edge; a plain rectangle in the fill's look over the chart reads better.
                const QColor background = light ? QColor(Qt::white) : QColor(0x2E, 0x30, 0x38);
                const qreal a = fill.alphaF();
                const QColor swatch = QColor::fromRgbF(a * targetLine.redF() + (1 - a) * background.redF(),
                    a * targetLine.greenF() + (1 - a) * background.greenF(),
                    a * targetLine.blueF() + (1 - a) * background.blueF());
                for (QLegendMarker *marker : chart->legend()->markers(area)) {
                    marker->setShape(QLegend::MarkerShapeRectangle);
                    marker->setBrush(swatch);
                    marker->setPen(QPen(targetLine, 1.0));
                }
            }
            firstBand = false;
        }
        const auto addTarget = [&](const QList<QPointF> &points, const QString &objectName, bool inLegend) {
            auto *line = new QLineSeries(chart);
            line->setObjectName(objectName);
            line->setName(isBand ? tr("Target range") : tr("Target"));
            line->append(points);
            QPen pen(targetLine, 2.0, Qt::DashLine);
            pen.setDashPattern({ 3.0, 2.0 }); // short enough to show as dashes in the legend too
            pen.setCapStyle(Qt::FlatCap);
            line->setPen(pen);
            attach(line, inLegend);
        };
        addTarget(targets, isBand ? QStringLiteral("targetLow") : QStringLiteral("target"), firstTarget);
        if (isBand)
            addTarget(targetHighs, QStringLiteral("targetHigh"), false);
        firstTarget = false;
        start = end;
    }

    // Runs of consecutive periods with an actual: a period without one is a gap.
    for (int start = 0; start < n;) {
        if (!m_points[start].actual) {
            ++start;
            continue;
        }
        auto *line = new QLineSeries(chart);
        line->setObjectName(QStringLiteral("actual"));
        line->setName(tr("Actual"));
        line->setPen(QPen(neutral, 2.0));
        for (; start < n && m_points[start].actual; ++start)
            line->append(x[start], *m_points[start].actual);
        attach(line, firstActual);
        firstActual = false;
    }

    for (const StatusStyle &style : statusStyles) {
        QList<QPointF> marked;
        for (int i = 0; i < n; ++i) {
            if (m_points[i].actual && m_points[i].status == style.status)
                marked.append({ x[i], *m_points[i].actual });
        }
        if (marked.isEmpty())
            continue;
        auto *scatter = new QScatterSeries(chart);
        scatter->setObjectName(QStringLiteral("status:") + toText(style.status));
        scatter->setName(statusLabel(style.status));
        scatter->setMarkerShape(style.shape);
        scatter->setMarkerSize(style.size);
        scatter->setColor(statusColour(style.status));
        scatter->setBorderColor(light ? statusColour(style.status).darker(160) : QColor(Qt::white));
        scatter->append(marked);
        connect(scatter, &QScatterSeries::hovered, this, &MeasureChart::showPointToolTip);
        attach(scatter, true);
    }

    // Theme fonts are small and the dark theme's labels dim; the chart should
    // read like the rest of the window.
    const QColor text = light ? QColor(0x33, 0x33, 0x33) : QColor(0xE8, 0xE8, 0xE8);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : { static_cast<QAbstractAxis *>(m_xAxis), static_cast<QAbstractAxis *>(m_yAxis) }) {
        axis->setLabelsFont(font());
        axis->setTitleFont(font());
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
    }
    m_xAxis->setTickCount(std::clamp(m_view->width() / 130, 3, 10));
    updateRanges();
    // Legend entries take the width of the widest marker, known only now that
    // every series is in; without a refresh the first entry keeps an older
    // width and its label is cut ("Tolerance b...") until the next resize.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeDefault);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    placeLegend();
}

void MeasureChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::FontChange) {
        const bool dark = palette().window().color().lightness() < 128;
        if (!m_points.empty() && (dark != m_darkTheme || event->type() == QEvent::FontChange))
            rebuild();
    }
}

void MeasureChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_xAxis)
        m_xAxis->setTickCount(std::clamp(m_view->width() / 130, 3, 10));
    placeLegend();
}

} // namespace civicstat
