// The briefing book's text as the HTML subset QTextDocument reads: cover,
// contents (page numbers left as placeholders), summary, needs attention,
// scorecard, one section per measure and the appendix. Every piece of data
// is escaped: a measure named "<10s" prints as written.
#pragma once

#include "briefingbook.h"

namespace civicstat {

// One part of the book, laid out as a document of its own: every part starts
// a page, so page numbers add up part by part and no part's layout waits on
// another's.
struct BriefingPart {
    QString title;   // its line in the contents; empty for the cover
    int depth = 0;   // 0: a part; 1: a measure's section
    QString html;
    QString stamp;   // a confidential or restricted measure's section: every page says so
    QString contentsAnchor; // marks the contents line of such a measure
    QString group;   // a measure's goal: the contents list measures under their goals
};

// Anchors that mark a table row showing a confidential or restricted measure: "cls:<STAMP>".
inline constexpr QLatin1StringView classifiedAnchorPrefix{"cls:"};
// The image element that stands for measure section `index`'s chart.
QString chartMarker(int index);

// The cover and every part asked for, in order; the contents are made apart.
std::vector<BriefingPart> briefingParts(const BriefingBook &book);
// The contents, with each part's first page (1-based); with no pages yet, wide placeholders.
QString contentsHtml(const std::vector<BriefingPart> &parts, const std::vector<int> &firstPages);

// One measure's section (briefingsection.cpp).
BriefingPart measureSection(const BriefingBook &book, int index);

// Shared by the parts: escaped text, status cells, values, targets, headings and tables.
namespace briefinghtml {
QString esc(const QString &text);
QString classifiedAnchor(const Measure &measure);
QString statusCell(Status status);
QString value(const std::optional<double> &v, const ScorecardRow &row);
QString targetText(const ScorecardRow &row);
QString heading(const QString &title, int depth);
QString tableStart(int padding = 3, const QString &fontSize = {});
QString headerRow(const QStringList &titles, const QList<int> &widths = {}); // widths in percent
} // namespace briefinghtml

} // namespace civicstat
