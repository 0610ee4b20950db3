// MeasureChart's span and what it draws over its series: the axes' ranges for
// the span shown, the period being viewed, the legend's place (never a cut
// label), and the texts of its tooltips.
#include "measurechart.h"

#include "measurevalueformat.h"
#include "statuspresentation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

namespace civicstat {

namespace {

qint64 msecsAt(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

void MeasureChart::updateRanges()
{
    if (m_points.empty() || !m_xAxis || !m_yAxis)
        return;
    const int n = int(m_points.size());
    const int first = firstShownIndex();
    const QDate lastDay = m_points.back().period.last();
    // Half a period either side, so that the outermost markers are not cut.
    const auto half = [](const Period &p) { return (msecsAt(p.last()) - msecsAt(p.first().addDays(-1))) / 2; };
    const qint64 minX = msecsAt(m_points[first].period.last()) - half(m_points[first].period);
    const qint64 maxX = msecsAt(lastDay) + half(m_points.back().period);
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(minX), QDateTime::fromMSecsSinceEpoch(maxX));

    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    const auto include = [&](double v) {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    };
    for (int i = first; i < n; ++i) {
        const SeriesPoint &p = m_points[i];
        if (p.actual)
            include(*p.actual);
        if (p.target) {
            const ToleranceBounds b = toleranceBounds(m_measure.direction, *p.target, p.tolerance);
            include(b.low);
            include(b.high);
        }
    }
    if (!std::isfinite(low)) {
        low = 0.0;
        high = 1.0;
    }
    const bool nonNegative = low >= 0.0;
    double pad = (high - low) * 0.08;
    if (pad <= 0.0)
        pad = std::max(std::abs(high) * 0.1, 1.0);
    low -= pad;
    high += pad;
    if (nonNegative)
        low = std::max(low, 0.0);
    // Round numbers for the ticks: QValueAxis::applyNiceNumbers() keeps the
    // previous tick count and gives steps such as 13.3 when the range changes.
    const AxisScale scale = niceScale(low, high, m_measure.decimals);
    m_yAxis->setRange(scale.low, scale.high);
    m_yAxis->setTickCount(scale.tickCount);
    m_yAxis->setLabelFormat(QStringLiteral("%.%1f").arg(labelDecimals(scale.step, m_measure.decimals)));
    updateViewedMark(scale.low, scale.high);
}

int MeasureChart::firstShownIndex() const
{
    const int n = int(m_points.size());
    int first = 0;
    if (m_span == Span::Recent) {
        first = std::max(0, n - recentPeriods);
    } else {
        const int years = m_span == Span::OneYear ? 1 : m_span == Span::ThreeYears ? 3 : m_span == Span::FiveYears ? 5 : 0;
        if (years > 0) {
            const QDate cutoff = m_points.back().period.last().addYears(-years);
            while (first < n - 1 && m_points[first].period.last() <= cutoff)
                ++first;
        }
    }
    // The period being viewed is never scrolled out of sight.
    return m_viewedIndex >= 0 ? std::min(first, m_viewedIndex) : first;
}

void MeasureChart::addViewedMark()
{
    if (m_viewedIndex < 0 || m_viewedIndex >= int(m_points.size()))
        return;
    QChart *chart = m_view->chart();
    auto *mark = new QAreaSeries(chart);
    mark->setUpperSeries(new QLineSeries(mark)); // the area does not own its bounds
    mark->setLowerSeries(new QLineSeries(mark));
    mark->setObjectName(QStringLiteral("viewedPeriod"));
    mark->setName(tr("Viewing %1").arg(m_points[m_viewedIndex].period.text()));
    const QColor ink = m_darkTheme ? QColor(0xDD, 0xDD, 0xDD) : QColor(0x44, 0x44, 0x66);
    QColor fill = ink;
    fill.setAlpha(m_darkTheme ? 60 : 38);
    mark->setBrush(fill);
    mark->setPen(QPen(ink, 1.0, Qt::DotLine));
    chart->addSeries(mark);
    mark->attachAxis(m_xAxis);
    mark->attachAxis(m_yAxis);
    // The legend's swatch as the band looks over the chart, not the faint fill on its own.
    const QColor background = m_darkTheme ? QColor(0x2E, 0x30, 0x38) : QColor(Qt::white);
    const qreal alpha = fill.alphaF();
    const QColor swatch = QColor::fromRgbF(alpha * ink.redF() + (1 - alpha) * background.redF(),
                                           alpha * ink.greenF() + (1 - alpha) * background.greenF(),
                                           alpha * ink.blueF() + (1 - alpha) * background.blueF());
    for (QLegendMarker *marker : chart->legend()->markers(mark)) {
        marker->setShape(QLegend::MarkerShapeRectangle);
        marker->setBrush(swatch);
        marker->setPen(QPen(ink, 1.0));
    }
    m_viewedMark = mark;
}

void MeasureChart::updateViewedMark(double low, double high)
{
    if (!m_viewedMark || m_viewedIndex < 0 || m_viewedIndex >= int(m_left.size()))
        return;
    const qreal left = m_left[m_viewedIndex];
    const qreal right = m_right[m_viewedIndex];
    m_viewedMark->upperSeries()->replace({ { left, high }, { right, high } });
    m_viewedMark->lowerSeries()->replace({ { left, low }, { right, low } });
}

void MeasureChart::placeLegend()
{
    // A legend below the chart that is wider than the chart has its labels cut
    // ("Tolerance b..."); beside the chart each entry has a line of its own.
    QLegend *legend = m_view->chart()->legend();
    const QFontMetrics metrics(legend->font());
    // Each name once: the runs of one line after a gap have their entries hidden
    // (and a hidden chart's markers all say they are invisible).
    QStringList names;
    for (QLegendMarker *marker : legend->markers()) {
        if (!names.contains(marker->label()))
            names << marker->label();
    }
    int needed = 0;
    for (const QString &name : names)
        needed += metrics.horizontalAdvance(name) + metrics.height() + 22; // swatch and spacing
    const int room = m_view->width() - 2 * metrics.height() - 24; // the chart's margins
    const Qt::Alignment place = needed <= room ? Qt::AlignBottom : Qt::AlignRight;
    if (legend->alignment() != place)
        legend->setAlignment(place);
}

QString MeasureChart::pointToolTip(int index) const
{
    if (index < 0 || index >= int(m_points.size()))
        return {};
    const SeriesPoint &p = m_points[index];
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(p.period.text().toHtmlEscaped());
    lines << (p.actual ? tr("Actual: %1").arg(formatMeasureValue(*p.actual, m_measure))
                       : tr("Actual: no figure reported"))
                 .toHtmlEscaped();
    QString target;
    if (!p.target)
        target = tr("Target: none");
    else if (m_measure.direction == Direction::Band)
        target = tr("Target range: %1 to %2")
                     .arg(formatMeasureValue(p.target->bandLow, m_measure),
                         formatMeasureValue(p.target->bandHigh, m_measure));
    else
        target = tr("Target: %1").arg(formatMeasureValue(p.target->value, m_measure));
    lines << target.toHtmlEscaped();
    lines << (QString(statusSymbol(p.status)) + QLatin1Char(' ') + statusLabel(p.status)).toHtmlEscaped();
    if (p.provisional)
        lines << tr("Provisional: the figures may still change.").toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void MeasureChart::showPointToolTip(const QPointF &point, bool hovering)
{
    if (!hovering) {
        QToolTip::hideText();
        return;
    }
    const int index = m_indexByX.value(qRound64(point.x()), -1);
    if (index >= 0)
        QToolTip::showText(QCursor::pos(), pointToolTip(index), m_view);
}

} // namespace civicstat
