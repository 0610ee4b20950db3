#include "measurevalueformat.h"

#include "statuspresentation.h"

#include <algorithm>
#include <cmath>
#include <QLocale>

namespace civicstat {

// Same placement of the unit as explainStatus() in measureseries.cpp, so that a
// tooltip and the sentence beside it read alike.
QString formatMeasureValue(double value, const Measure &measure)
{
    return formatValue(value, measure.unit, measure.decimals);
}

QString formatCount(double value)
{
    if (std::isfinite(value) && value == std::round(value) && std::abs(value) < 1e15)
        return QLocale().toString(value, 'f', 0);
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

AxisScale niceScale(double low, double high, int measureDecimals)
{
    if (!std::isfinite(low) || !std::isfinite(high) || high < low)
        return {};
    const int decimals = std::clamp(measureDecimals, 0, 6);
    const double smallest = std::pow(10.0, -decimals); // finer steps would print equal labels
    const double rough = std::max((high - low) / 4.0, smallest);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    AxisScale scale;
    scale.step = magnitude * 10.0;
    for (double factor : { 1.0, 2.0, 2.5, 5.0 }) {
        const double candidate = magnitude * factor;
        const double scaled = candidate / smallest;
        if (candidate >= rough * (1.0 - 1e-9) && std::abs(scaled - std::round(scaled)) < 1e-6) {
            scale.step = candidate;
            break;
        }
    }
    scale.low = std::floor(low / scale.step + 1e-9) * scale.step;
    scale.high = std::ceil(high / scale.step - 1e-9) * scale.step;
    if (scale.high <= scale.low)
        scale.high = scale.low + scale.step;
    scale.tickCount = int(std::lround((scale.high - scale.low) / scale.step)) + 1;
    return scale;
}

int labelDecimals(double step, int measureDecimals)
{
    const int most = std::clamp(measureDecimals, 0, 6);
    int decimals = 0;
    while (decimals < most) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::abs(scaled)))
            break;
        ++decimals;
    }
    return decimals;
}

} // namespace civicstat
