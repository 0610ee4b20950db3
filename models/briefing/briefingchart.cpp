#include "briefingchart.h"

#include "scoring.h"
#include "statuspresentation.h"
#include "statustext.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace civicstat {

namespace {
struct BriefingChartText { Q_DECLARE_TR_FUNCTIONS(BriefingChart) };

const QColor actualColour(31, 78, 121);
const QColor targetColour(60, 60, 60);
const QColor bandColour(221, 230, 240);
const QColor selectedColour(255, 243, 205);
const QColor gridColour(215, 215, 215);

struct ValueRange {
    double low = 0.0;
    double high = 1.0;
};

ValueRange rangeOf(const MeasureSection &section)
{
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    const auto take = [&](double v) {
        low = std::min(low, v);
        high = std::max(high, v);
    };
    for (const SeriesPoint &p : section.points) {
        if (p.actual)
            take(*p.actual);
        if (p.target) {
            const ToleranceBounds b = toleranceBounds(section.measure.direction, *p.target, p.tolerance);
            take(b.low);
            take(b.high);
        }
    }
    if (low > high)
        return {};
    if (low >= 0 && low < 0.35 * high)
        low = 0; // a baseline at zero where the figures are not far from it
    const double pad = (high - low) * 0.08;
    if (pad == 0)
        return {low - 1, high + 1};
    return {low == 0 ? 0 : low - pad, high + pad};
}

// About five round steps between low and high.
std::vector<double> ticksFor(const ValueRange &range)
{
    const double raw = (range.high - range.low) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = f * magnitude;
        if (step >= raw)
            break;
    }
    std::vector<double> ticks;
    for (double v = std::ceil(range.low / step) * step; v <= range.high + step * 1e-9; v += step)
        ticks.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return ticks;
}

void drawMarker(QPainter &painter, QPointF at, Status status, qreal size)
{
    painter.setBrush(statusColour(status));
    painter.setPen(QPen(Qt::white, size * 0.15));
    const qreal r = size / 2;
    switch (status) {
    case Status::OnTrack:
        painter.drawEllipse(at, r, r);
        break;
    case Status::AtRisk: {
        const QPointF triangle[3] = {at + QPointF(0, -r * 1.15), at + QPointF(r * 1.1, r * 0.8),
                                     at + QPointF(-r * 1.1, r * 0.8)};
        painter.drawPolygon(triangle, 3);
        break;
    }
    case Status::OffTrack: {
        const QPointF diamond[4] = {at + QPointF(0, -r * 1.2), at + QPointF(r * 1.2, 0), at + QPointF(0, r * 1.2),
                                    at + QPointF(-r * 1.2, 0)};
        painter.drawPolygon(diamond, 4);
        break;
    }
    case Status::NoData:
    case Status::NoTarget:
        painter.setBrush(Qt::white);
        painter.setPen(QPen(actualColour, size * 0.15));
        painter.drawEllipse(at, r * 0.8, r * 0.8);
        break;
    }
}

} // namespace

QFont briefingFont(qreal points)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    return font;
}

void paintMeasureChart(QPainter &painter, const QRectF &rect, const MeasureSection &section, const Period &selected)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont font = briefingFont(7);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal line = metrics.height();
    const Measure &measure = section.measure;
    const auto &points = section.points;
    if (points.empty()) {
        painter.setPen(targetColour);
        painter.drawRect(rect);
        painter.drawText(rect, Qt::AlignCenter, BriefingChartText::tr("No figures yet: nothing to chart."));
        painter.restore();
        return;
    }

    const ValueRange range = rangeOf(section);
    const std::vector<double> ticks = ticksFor(range);
    qreal labelWidth = 0;
    for (const double t : ticks)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(formatValue(t, measure.unit, 0)));
    const qreal legendHeight = line * 2.8;
    const QRectF plot(rect.left() + labelWidth + line * 0.6, rect.top() + line * 0.5,
                      rect.width() - labelWidth - line * 0.8, rect.height() - line * 2.2 - legendHeight);
    const int n = int(points.size());
    const qreal slot = plot.width() / n;
    const auto xAt = [&](int i) { return plot.left() + (i + 0.5) * slot; };
    const auto yAt = [&](double v) { return plot.bottom() - (v - range.low) / (range.high - range.low) * plot.height(); };

    painter.setPen(QPen(gridColour, 0));
    for (const double t : ticks) {
        const qreal y = yAt(t);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(targetColour);
        painter.drawText(QRectF(rect.left(), y - line / 2, labelWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                         formatValue(t, measure.unit, 0));
        painter.setPen(QPen(gridColour, 0));
    }

    // The tolerance band and the target, as steps: a target holds for its whole period.
    const qreal thin = line * 0.08;
    for (int i = 0; i < n; ++i) {
        const SeriesPoint &p = points[std::size_t(i)];
        if (!p.target)
            continue;
        const ToleranceBounds b = toleranceBounds(measure.direction, *p.target, p.tolerance);
        const QRectF column(plot.left() + i * slot, yAt(b.high), slot, yAt(b.low) - yAt(b.high));
        painter.fillRect(column, bandColour);
        painter.setPen(QPen(targetColour, thin * 1.5, Qt::DashLine));
        const auto drawLevel = [&](double v) {
            painter.drawLine(QPointF(column.left(), yAt(v)), QPointF(column.right(), yAt(v)));
        };
        if (measure.direction == Direction::Band) {
            drawLevel(p.target->bandLow);
            drawLevel(p.target->bandHigh);
        } else {
            drawLevel(p.target->value);
        }
    }

    // The briefing's period, over the band (which can fill the chart) and under the figures.
    QColor shade = selectedColour;
    shade.setAlpha(150);
    for (int i = 0; i < n; ++i) {
        const Period &p = points[std::size_t(i)].period;
        if (p.first() >= selected.first() && p.last() <= selected.last())
            painter.fillRect(QRectF(plot.left() + i * slot, plot.top(), slot, plot.height()), shade);
    }

    QPainterPath actualPath;
    bool drawing = false;
    for (int i = 0; i < n; ++i) {
        const auto &actual = points[std::size_t(i)].actual;
        if (!actual) {
            drawing = false; // a gap is drawn as a gap, never bridged
            continue;
        }
        const QPointF at(xAt(i), yAt(*actual));
        drawing ? actualPath.lineTo(at) : actualPath.moveTo(at);
        drawing = true;
    }
    painter.setPen(QPen(actualColour, thin * 2.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(actualPath);
    for (int i = 0; i < n; ++i) {
        const SeriesPoint &p = points[std::size_t(i)];
        if (p.actual)
            drawMarker(painter, QPointF(xAt(i), yAt(*p.actual)), p.target ? p.status : Status::NoTarget, line * 0.55);
    }

    painter.setPen(QPen(targetColour, 0));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    // Period labels, as many as fit without touching.
    qreal widest = 0;
    for (const SeriesPoint &p : points)
        widest = std::max(widest, metrics.horizontalAdvance(p.period.text()));
    const int every = std::max(1, int(std::ceil((widest + line) / slot)));
    for (int i = n - 1; i >= 0; i -= every) {
        // Centred under its point, but never past the chart's edge.
        const qreal left = std::clamp(xAt(i) - widest / 2, rect.left(), rect.right() - widest);
        painter.drawText(QRectF(left, plot.bottom() + line * 0.2, widest, line), Qt::AlignCenter,
                         points[std::size_t(i)].period.text());
    }

    // The legend, in words: colour is never the only key.
    qreal legendTop = rect.bottom() - legendHeight + line * 0.3;
    qreal x = plot.left();
    const auto legendText = [&](const QString &text) {
        painter.setPen(targetColour);
        painter.drawText(QPointF(x, legendTop + metrics.ascent()), text);
        x += metrics.horizontalAdvance(text) + line;
    };
    qreal mid = legendTop + line / 2;
    painter.setPen(QPen(actualColour, thin * 2.5));
    painter.drawLine(QPointF(x, mid), QPointF(x + line * 1.5, mid));
    x += line * 1.8;
    legendText(BriefingChartText::tr("Actual"));
    painter.setPen(QPen(targetColour, thin * 1.5, Qt::DashLine));
    painter.drawLine(QPointF(x, mid), QPointF(x + line * 1.5, mid));
    x += line * 1.8;
    legendText(measure.direction == Direction::Band ? BriefingChartText::tr("Target range")
                                                    : BriefingChartText::tr("Target"));
    painter.fillRect(QRectF(x, mid - line * 0.35, line * 1.2, line * 0.7), bandColour);
    x += line * 1.5;
    legendText(BriefingChartText::tr("Tolerance band"));
    painter.fillRect(QRectF(x, mid - line * 0.35, line * 1.2, line * 0.7), selectedColour);
    x += line * 1.5;
    legendText(BriefingChartText::tr("%1 (this briefing)").arg(selected.text()));
    x = plot.left();
    legendTop += line * 1.25;
    mid += line * 1.25;
    for (const Status status : {Status::OnTrack, Status::AtRisk, Status::OffTrack}) {
        drawMarker(painter, QPointF(x + line * 0.3, mid), status, line * 0.55);
        x += line * 0.9;
        legendText(statusLabel(status).toLower());
    }
    painter.restore();
}

BriefingChartObject::BriefingChartObject(const BriefingBook &book, QObject *parent)
    : QObject(parent), m_book(book)
{
}

QSizeF BriefingChartObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &)
{
    const qreal width = document->pageSize().width() - 2 * document->documentMargin();
    return {width, width * 0.36};
}

QString BriefingChartObject::chartName(int sectionIndex)
{
    return QStringLiteral("chart:%1").arg(sectionIndex);
}

void BriefingChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                     const QTextFormat &format)
{
    bool ok = false;
    const int index = format.toImageFormat().name().section(QLatin1Char(':'), 1).toInt(&ok);
    if (ok && index >= 0 && index < int(m_book.sections.size()))
        paintMeasureChart(*painter, rect, m_book.sections[std::size_t(index)], m_book.card.period);
}

} // namespace civicstat
