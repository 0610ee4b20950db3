// A measure's chart on a printed page: actual against target with the
// tolerance band, the briefing's period marked, status by marker shape as well
// as colour. Painted with QPainter, so it stays vector (and its labels text)
// in a PDF; placed in the briefing's text document as a text object.
#pragma once

#include "briefingbook.h"

#include <QObject>
#include <QTextObjectInterface>

class QPainter;

namespace civicstat {

// The briefing's typeface at a size. Ligatures are off (a trace of letter
// spacing turns them off in Qt 6.4), so that "staff" in the PDF reads and
// searches as s-t-a-f-f, not as the single glyph "staﬀ".
QFont briefingFont(qreal points);

void paintMeasureChart(QPainter &painter, const QRectF &rect, const MeasureSection &section, const Period &selected);

class BriefingChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    // The document holds a chart as an image named chartName(index): images
    // are drawn by this handler, so there is no bitmap and no edit after layout.
    static QString chartName(int sectionIndex);

    BriefingChartObject(const BriefingBook &book, QObject *parent);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    const BriefingBook &m_book;
};

} // namespace civicstat
