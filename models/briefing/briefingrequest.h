// What a briefing book is asked to hold: its scope, period, audience, paper
// and parts. The builder dialog and `civicstat briefing` both fill one in.
#pragma once

#include "audience.h"
#include "scorecard.h"

#include <QPageSize>
#include <QStringList>

namespace civicstat {

struct BriefingParts {
    bool summary = true;    // the one-page summary of goals and objectives
    bool attention = true;  // every off-track measure with its owner's explanation
    bool scorecard = true;  // the table of every measure
    bool measures = true;   // one section per measure
    bool appendix = true;   // definitions, methods, sources and stewards
};

struct BriefingRequest {
    QString title;           // empty: "Performance briefing"
    Scope scope;             // citywide, a goal, an objective or a department
    QStringList measureCodes; // a hand-picked set of measures; empty: every measure of the scope
    QString periodText;      // any period form; empty or "latest": the latest period with figures
    Edition edition;
    QPageSize::PageSizeId paper = QPageSize::Letter;
    bool pdfA = false; // PDF/A-1b, for a records archive
    BriefingParts parts;
};

} // namespace civicstat
