// How a status reads in words and symbols: a label and a symbol whose shape
// differs per status, so that status never depends on colour alone, and the
// number formats every report shares. Qt Core only: exports and the command
// line use it; item models add colours and icons (statuspresentation.h).
#pragma once

#include "scoring.h"

namespace civicstat {

QString statusLabel(Status status);  // "On track", "At risk", ...
QChar statusSymbol(Status status);   // ● ▲ ◆ ○ –
// A measure's value with its unit: "87.2%", "$1,200", "6.5 days" (locale digits).
QString formatValue(double value, const QString &unit, int decimals);
// Two decimals, truncated: a score of 0.998 is at risk and must not read 1.00.
QString formatScore(double score);

} // namespace civicstat
