// A chart as a file to paste into slides and reports: SVG (vectors and real
// text, through QSvgGenerator) or a PNG at twice the size on screen, both drawn
// from the chart's own scene rather than grabbed from the screen.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

class QChartView;

namespace civicstat {

enum class ChartImageFormat { Png, Svg };
QString fileSuffix(ChartImageFormat format); // "png", "svg"

// The SVG document of what `view` shows, at its size, with `title` as the
// document's title (escaped as the format needs).
QByteArray chartSvg(QChartView *view, const QString &title);
// What `view` shows, drawn at `scale` times its size on a white or theme background.
QImage chartImage(QChartView *view, qreal scale = 2.0);

} // namespace civicstat
