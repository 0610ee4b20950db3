// Qt's text layout breaks a table row across pages line by line. A row of a
// briefing must never be split: these find the first row that a layout split,
// and move it (and the rest of its table) to a new page with the header again.
#pragma once

#include <QString>

#include <optional>

class QTextDocument;

namespace civicstat {

struct SplitRow {
    int table = 0; // in document order
    int row = 0;   // among the table's body rows (after its header)
};

// The first body row whose text lies on two pages of `pageHeight`; none when no row is split.
std::optional<SplitRow> firstSplitRow(const QTextDocument &document, qreal pageHeight);

struct HtmlAtBreak {
    QString head; // up to the row, its table closed
    QString tail; // from the row, in a table that repeats the header; empty: cannot break
};

// `html` cut before body row `at.row` of table `at.table`: the tail starts a
// new page. Row 0 cuts before the whole table. Expects the tables
// briefinghtml.cpp writes: no nesting, an optional <thead>, rows as <tr>...</tr>.
HtmlAtBreak breakTableBefore(const QString &html, const SplitRow &at);

} // namespace civicstat
