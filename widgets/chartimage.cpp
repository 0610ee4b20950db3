#include "chartimage.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QPainter>
#include <QSvgGenerator>

namespace civicstat {

namespace {
void paintChart(QChartView *view, QPainter &painter, QSize size)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view->viewport()->rect());
}
} // namespace

QString fileSuffix(ChartImageFormat format)
{
    return format == ChartImageFormat::Svg ? QStringLiteral("svg") : QStringLiteral("png");
}

QByteArray chartSvg(QChartView *view, const QString &title)
{
    const QSize size = view->viewport()->size();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(view->logicalDpiX());
    // Qt 6.4 writes the title into <title> as given: unescaped, "<" would break the XML.
    generator.setTitle(title.toHtmlEscaped());
    generator.setDescription(QStringLiteral("CivicStat"));
    QPainter painter(&generator);
    paintChart(view, painter, size);
    painter.end();
    return buffer.data();
}

QImage chartImage(QChartView *view, qreal scale)
{
    const QSize size = view->viewport()->size();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    // The theme's background, so a dark chart keeps its light text readable.
    image.fill(view->chart()->backgroundBrush().color().isValid() ? view->chart()->backgroundBrush().color()
                                                                  : QColor(Qt::white));
    QPainter painter(&image);
    paintChart(view, painter, size);
    painter.end();
    return image;
}

} // namespace civicstat
