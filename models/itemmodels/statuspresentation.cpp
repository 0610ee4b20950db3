#include "statuspresentation.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace civicstat {

QColor statusColour(Status status)
{
    switch (status) {
    case Status::OnTrack: return QColor(0x00, 0x72, 0xB2);  // blue
    case Status::AtRisk: return QColor(0xE6, 0x9F, 0x00);   // orange
    case Status::OffTrack: return QColor(0xD5, 0x5E, 0x00); // vermilion
    case Status::NoData: return QColor(0x99, 0x99, 0x99);
    case Status::NoTarget: return QColor(0x56, 0xB4, 0xE9); // sky blue
    }
    return {};
}

namespace {

QPixmap paintStatusPixmap(Status status, int size, bool haloed)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = statusColour(status);
    const qreal inset = haloed ? 0.2 : 0.12;
    const QRectF r(size * inset, size * inset, size * (1 - 2 * inset), size * (1 - 2 * inset));
    QPainterPath path;
    switch (status) {
    case Status::OnTrack: path.addEllipse(r); break;
    case Status::AtRisk:
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.bottomRight());
        path.lineTo(r.bottomLeft());
        path.closeSubpath();
        break;
    case Status::OffTrack:
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.center().x(), r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
        break;
    case Status::NoData: path.addEllipse(r); break;
    case Status::NoTarget:
        path.addRect(QRectF(r.left(), r.center().y() - size * 0.08, r.width(), size * 0.16));
        break;
    }
    if (haloed) { // the shape's outline widened in white, under the shape itself
        p.strokePath(path, QPen(Qt::white, size / 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (status == Status::NoData)
            p.fillPath(path, Qt::white);
    }
    p.setPen(QPen(colour.darker(130), size / 12.0));
    p.setBrush(status == Status::NoData ? QBrush(Qt::NoBrush) : QBrush(colour));
    p.drawPath(path);
    p.end();
    return pixmap;
}

// On a selected row the style would tint the icon into the highlight (a blue
// circle on blue disappears): selected rows get the same shape on a white halo.
QIcon paintStatusIcon(Status status)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        icon.addPixmap(paintStatusPixmap(status, size, false), QIcon::Normal);
        icon.addPixmap(paintStatusPixmap(status, size, true), QIcon::Selected);
    }
    return icon;
}

} // namespace

QIcon statusIcon(Status status)
{
    // Views ask for icons on every paint and size hint: paint each status once.
    static const QIcon icons[] = {paintStatusIcon(Status::OnTrack), paintStatusIcon(Status::AtRisk),
                                  paintStatusIcon(Status::OffTrack), paintStatusIcon(Status::NoData),
                                  paintStatusIcon(Status::NoTarget)};
    return icons[int(status)];
}

} // namespace civicstat
