// How a status is shown to a person: a label in words, a symbol whose shape
// differs per status and a colour from a colour-blind-safe palette (Okabe-Ito),
// so that status never depends on colour alone. Used by item models for their
// display and decoration roles and by text reports.
#pragma once

#include "scoring.h"

#include <QColor>
#include <QIcon>

namespace civicstat {

QString statusLabel(Status status);  // "On track", "At risk", ...
QChar statusSymbol(Status status);   // ● ▲ ◆ ○ –
QColor statusColour(Status status);
QIcon statusIcon(Status status);     // needs a QGuiApplication
// A measure's value with its unit: "87.2%", "$1,200", "6.5 days" (locale digits).
QString formatValue(double value, const QString &unit, int decimals);
// Two decimals, truncated: a score of 0.998 is at risk and must not read 1.00.
QString formatScore(double score);

} // namespace civicstat
