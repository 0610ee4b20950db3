// Paints a small line of the last periods' values (SparklineRole) in a table
// cell, with the latest point marked in its status colour and shape. Gaps
// (NaN) break the line. It draws; it computes nothing.
#pragma once

#include <QStyledItemDelegate>

namespace civicstat {

class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SparklineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace civicstat
