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

struct Extent {
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
};

// Where a row's text lies.
Extent extentOf(const QTextTable &table, int row, const QAbstractTextDocumentLayout &layout)
{
    Extent extent;
    for (int c = 0; c < table.columns(); ++c) {
        const QTextTableCell cell = table.cellAt(row, c);
        const QTextBlock last = cell.lastCursorPosition().block();
        for (QTextBlock block = cell.firstCursorPosition().block(); block.isValid(); block = block.next()) {
            const QRectF rect = layout.blockBoundingRect(block);
            if (rect.height() > 0) {
                extent.top = std::min(extent.top, rect.top());
                extent.bottom = std::max(extent.bottom, rect.bottom());
            }
            if (block == last)
                break;
        }
    }
    return extent;
}

// Rows after `first` that must open a page: each row takes its text's height
// plus the gap the layout left between rows on one page (padding, borders).
std::vector<int> simulatePages(const std::vector<Extent> &rows, int header, int first, qreal pageHeight)
{
    const auto pageAt = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    qreal gap = std::numeric_limits<qreal>::max();
    for (std::size_t r = 0; r + 1 < rows.size(); ++r) {
        if (pageAt(rows[r].bottom - 1) == pageAt(rows[r + 1].top + 1))
            gap = std::min(gap, rows[r + 1].top - rows[r].bottom);
    }
    if (gap == std::numeric_limits<qreal>::max())
        gap = 0;
    const auto height = [&](int r) { return rows[std::size_t(r)].bottom - rows[std::size_t(r)].top + gap; };
    qreal headerHeight = gap; // the table's top border and padding
    for (int r = 0; r < header; ++r)
        headerHeight += height(r);
    const qreal room = pageHeight * 0.97; // a little to spare: a piece that still overflows is checked again
    std::vector<int> starts{first - header};
    qreal y = headerHeight;
    for (int r = first; r < int(rows.size()); ++r) {
        if (y + height(r) > room && r > first && y > headerHeight) {
            starts.push_back(r - header);
            y = headerHeight;
        }
        y += height(r);
    }
    return starts;
}

} // namespace

std::optional<TableBreaks> tableBreaks(const QTextDocument &document, qreal pageHeight)
{
    std::vector<QTextTable *> tables;
    collectTables(document.rootFrame(), tables);
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    const auto pageAt = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    for (int t = 0; t < int(tables.size()); ++t) {
        const QTextTable &table = *tables[std::size_t(t)];
        const int header = table.format().headerRowCount();
        std::vector<Extent> rows;
        for (int r = 0; r < table.rows(); ++r)
            rows.push_back(extentOf(table, r, layout));
        for (int r = header; r < table.rows(); ++r) {
            const Extent &e = rows[std::size_t(r)];
            if (e.top <= e.bottom && pageAt(e.top + 1) != pageAt(e.bottom - 1))
                return TableBreaks{t, simulatePages(rows, header, r, pageHeight)};
        }
    }
    return std::nullopt;
}

std::vector<QString> cutBeforeRows(const QString &html, const TableBreaks &breaks)
{
    qsizetype tableStart = -1;
    for (int t = 0; t <= breaks.table; ++t) {
        tableStart = html.indexOf(QLatin1String("<table"), tableStart + 1);
        if (tableStart < 0)
            return {};
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
    // Where each body row begins in the HTML.
    std::vector<qsizetype> rowAt;
    for (qsizetype at = html.indexOf(QLatin1String("<tr"), rowsFrom); at >= 0 && at < tableEnd;
         at = html.indexOf(QLatin1String("<tr"), at + 1))
        rowAt.push_back(at);

    std::vector<QString> pieces;
    qsizetype pieceStart = 0;
    QString reopen; // the table's opening and header, for every piece after the first
    for (const int row : breaks.rows) {
        if (row < 0 || row >= int(rowAt.size()))
            return {};
        if (row == 0) {
            // The first row does not fit: the whole table goes to the next page.
            if (html.left(tableStart).trimmed().isEmpty())
                return {}; // it already opens a page
            pieces.push_back(html.left(tableStart));
            pieceStart = tableStart;
            continue;
        }
        const qsizetype cut = rowAt[std::size_t(row)];
        if (cut <= pieceStart)
            return {};
        pieces.push_back(reopen + html.mid(pieceStart, cut - pieceStart) + QLatin1String("</table>"));
        pieceStart = cut;
        reopen = open + header;
    }
    if (pieces.empty())
        return {};
    pieces.push_back(reopen + html.mid(pieceStart));
    return pieces;
}

} // namespace civicstat
