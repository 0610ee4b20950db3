// How a status reads in words and symbols: a label and a symbol whose shape
// differs per status, so that status never depends on colour alone, and the
// number formats every report shares. Qt Core only: exports and the command
// line use it; item models add colours and icons (statuspresentation.h).
#pragma once

#include "period.h"
#include "scoring.h"

namespace civicstat {

QString statusLabel(Status status);  // "On track", "At risk", ...
QChar statusSymbol(Status status);   // ● ▲ ◆ ○ –
// A measure's value with its unit: "87.2%", "$1,200", "6.5 days" (locale digits).
QString formatValue(double value, const QString &unit, int decimals);
// Two decimals, truncated: a score of 0.998 is at risk and must not read 1.00.
QString formatScore(double score);
// Every measure counted once, so the numbers add up to the total: "37 of 120
// measures on track, 19 at risk, 9 off track, 55 without figures or target
// this month." Measures with no data and those with no target share the last
// clause, which is left out when there are none.
QString measureCountsSentence(const StatusCounts &counts, PeriodKind kind);

} // namespace civicstat
