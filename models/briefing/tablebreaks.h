// Qt's text layout breaks a table row across pages line by line. A row of a
// briefing must never be split: these find the first table whose layout split
// a row, work out from the same layout where each of its pages should start,
// and cut the HTML there, each piece a page that repeats the table's header.
#pragma once

#include <QString>

#include <optional>
#include <vector>

class QTextDocument;

namespace civicstat {

struct TableBreaks {
    int table = 0;          // in document order
    std::vector<int> rows;  // body rows (after the header) that open a new page, ascending
};

// For the first table with a body row whose text lies on two pages of
// `pageHeight`: that row and, simulated from the rows' laid-out heights, each
// later row that would not fit under the repeated header. None when no row is split.
std::optional<TableBreaks> tableBreaks(const QTextDocument &document, qreal pageHeight);

// `html` cut before each of `breaks.rows`: the head (its table closed), a
// piece per page (the table's opening tag, header and rows), and the tail,
// which carries on with the rest of the HTML. Row 0 moves the whole table. No
// pieces when it cannot be cut. Expects the tables briefinghtml.cpp writes: no
// nesting, an optional <thead>, rows as <tr>...</tr>.
std::vector<QString> cutBeforeRows(const QString &html, const TableBreaks &breaks);

} // namespace civicstat
