// How a status is shown on screen: besides its words and symbol (statustext.h),
// a colour from a colour-blind-safe palette (Okabe-Ito) and an icon whose shape
// differs per status, so that status never depends on colour alone. Used by
// item models for their decoration roles and by the widgets.
#pragma once

#include "statustext.h"

#include <QColor>
#include <QIcon>

namespace civicstat {

QColor statusColour(Status status);
QIcon statusIcon(Status status); // needs a QGuiApplication

} // namespace civicstat
