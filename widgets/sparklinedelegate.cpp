#include "sparklinedelegate.h"

#include "itemroles.h"
#include "scoring.h"
#include "statuspresentation.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace civicstat {

SparklineDelegate::SparklineDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

    const QVariantList values = index.data(SparklineRole).toList();
    double low = INFINITY, high = -INFINITY;
    for (const QVariant &v : values) {
        const double d = v.toDouble();
        if (std::isfinite(d)) {
            low = std::min(low, d);
            high = std::max(high, d);
        }
    }
    if (values.size() < 2 || !std::isfinite(low))
        return;
    if (high - low < 1e-12) {
        low -= 1;
        high += 1;
    }
    const QRectF area = QRectF(option.rect).adjusted(6, 5, -10, -5);
    const auto pointAt = [&](int i, double v) {
        return QPointF(area.left() + area.width() * i / (values.size() - 1),
                       area.bottom() - area.height() * (v - low) / (high - low));
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(QPen(selected ? option.palette.highlightedText().color() : option.palette.text().color(), 1.4));
    QPainterPath path;
    bool drawing = false;
    for (int i = 0; i < values.size(); ++i) {
        const double v = values[i].toDouble();
        if (!std::isfinite(v)) {
            drawing = false;
            continue;
        }
        drawing ? path.lineTo(pointAt(i, v)) : path.moveTo(pointAt(i, v));
        drawing = true;
    }
    painter->drawPath(path);
    const double last = values.back().toDouble();
    if (std::isfinite(last)) {
        const auto status = Status(index.data(StatusRole).toInt());
        const QPointF p = pointAt(int(values.size()) - 1, last);
        painter->setPen(Qt::NoPen);
        painter->setBrush(statusColour(status));
        painter->drawEllipse(p, 3.5, 3.5);
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(std::max(base.width(), 120), std::max(base.height(), 26));
}

} // namespace civicstat
