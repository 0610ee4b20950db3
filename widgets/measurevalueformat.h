// How the widgets write a measure's figure for a person: in the measure's
// decimals and the user's locale, with its unit ("87.2%", "$1,200", "14.0 days"),
// and how they scale a value axis. Presentation only: it decides nothing
// about what a figure means.
#pragma once

#include "domain.h"

#include <QString>

namespace civicstat {

QString formatMeasureValue(double value, const Measure &measure);
// Numerators and denominators: whole numbers without decimals, others shortest.
QString formatCount(double value);
// A value axis over [low, high] widened to round ticks 1, 2, 2.5 or 5 times a
// power of ten apart, about four intervals, never finer than the measure's decimals.
struct AxisScale {
    double low = 0.0;
    double high = 1.0;
    int tickCount = 2;
    double step = 1.0;
};
AxisScale niceScale(double low, double high, int measureDecimals);
// Decimals an axis needs to label ticks `step` apart, at most the measure's:
// 0 for a step of 10, 1 for 2.5 (when the measure shows decimals).
int labelDecimals(double step, int measureDecimals);

} // namespace civicstat
