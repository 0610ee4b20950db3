// The briefing book's text as the HTML subset QTextDocument reads: cover,
// contents (page numbers left as placeholders), summary, needs attention,
// scorecard, one section per measure and the appendix. Every piece of data
// is escaped: a measure named "<10s" prints as written.
#pragma once

#include "briefingbook.h"

namespace civicstat {

struct ContentsEntry {
    QString anchor;      // the name of the anchor at the section's heading
    QString title;
    int depth = 0;       // 0: a part; 1: a measure
    QString classifiedAnchor; // a confidential or restricted measure's: its contents line is marked too
};

// Placeholder for the page number of contents entry `index` (briefingdocument.cpp fills it in).
QString pageNumberPlaceholder(int index);
// Anchors that mark where a confidential or restricted measure is shown:
// "cls:<STAMP>:begin" .. "cls:<STAMP>:end" around a section, "cls:<STAMP>:row" on a table row.
inline constexpr QLatin1StringView classifiedAnchorPrefix{"cls:"};
// The image element that stands for measure section `index`'s chart.
QString chartMarker(int index);

// One measure's section, on a page of its own (briefingsection.cpp).
QString measureSectionHtml(const BriefingBook &book, int index, std::vector<ContentsEntry> &contents);

// Shared by the parts: escaped text, status cells, values, targets, headings and tables.
namespace briefinghtml {
QString esc(const QString &text);
QString classifiedAnchor(const Measure &measure, const char *where);
QString statusCell(Status status);
QString value(const std::optional<double> &v, const ScorecardRow &row);
QString targetText(const ScorecardRow &row);
QString heading(std::vector<ContentsEntry> &contents, const QString &title, int depth, bool newPage,
                const Measure *measure = nullptr);
QString tableStart();
QString headerRow(const QStringList &titles);
} // namespace briefinghtml

QString briefingHtml(const BriefingBook &book, std::vector<ContentsEntry> &contents);

} // namespace civicstat
