#include "tablebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace civicstat {

namespace {

// Tables in document order, nested ones included, as the HTML lists them.
void collectTables(QTextFrame *frame, std::vector<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.push_back(table);
        collectTables(child, tables);
    }
}

} // namespace

std::optional<SplitRow> firstSplitRow(const QTextDocument &document, qreal pageHeight)
{
    std::vector<QTextTable *> tables;
    collectTables(document.rootFrame(), tables);
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto pageAt = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    for (int t = 0; t < int(tables.size()); ++t) {
        const QTextTable *table = tables[std::size_t(t)];
        const int header = table->format().headerRowCount();
        for (int r = header; r < table->rows(); ++r) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = std::numeric_limits<qreal>::lowest();
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                const QTextBlock last = cell.lastCursorPosition().block();
                for (QTextBlock block = cell.firstCursorPosition().block(); block.isValid(); block = block.next()) {
                    const QRectF rect = layout->blockBoundingRect(block);
                    if (rect.height() > 0) {
                        top = std::min(top, rect.top());
                        bottom = std::max(bottom, rect.bottom());
                    }
                    if (block == last)
                        break;
                }
            }
            if (top <= bottom && pageAt(top + 1) != pageAt(bottom - 1))
                return SplitRow{t, r - header};
        }
    }
    return std::nullopt;
}

HtmlAtBreak breakTableBefore(const QString &html, const SplitRow &at)
{
    qsizetype tableStart = -1;
    for (int t = 0; t <= at.table; ++t) {
        tableStart = html.indexOf(QLatin1String("<table"), tableStart + 1);
        if (tableStart < 0)
            return {html, QString()};
    }
    const qsizetype openEnd = html.indexOf(QLatin1Char('>'), tableStart) + 1;
    const QString open = html.mid(tableStart, openEnd - tableStart);
    const qsizetype tableEnd = html.indexOf(QLatin1String("</table>"), openEnd);
    QString header;
    qsizetype rowsFrom = openEnd;
    if (html.mid(openEnd, 7) == QLatin1String("<thead>")) {
        rowsFrom = html.indexOf(QLatin1String("</thead>"), openEnd) + 8;
        header = html.mid(openEnd, rowsFrom - openEnd);
    }
    if (at.row == 0) {
        // The first row does not fit: the whole table goes to the next page.
        if (html.left(tableStart).trimmed().isEmpty())
            return {html, QString()}; // it already opens a page
        return {html.left(tableStart), html.mid(tableStart)};
    }
    qsizetype row = rowsFrom;
    for (int r = 0; r <= at.row; ++r) {
        row = html.indexOf(QLatin1String("<tr"), row + (r == 0 ? 0 : 1));
        if (row < 0 || row > tableEnd)
            return {html, QString()};
    }
    return {html.left(row) + QLatin1String("</table>"), open + header + html.mid(row)};
}

} // namespace civicstat
