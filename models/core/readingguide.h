// The words of Help > How to read CivicStat: what each status, a score and a
// period's name mean under this city's settings. They sit beside the rules
// (scoring.h, docs/scoring.md) so that a changed rule and the sentence that
// explains it to a city manager are changed and reviewed together.
#pragma once

#include "citysettings.h"
#include "scoring.h"

namespace civicstat {

// One sentence per status: "The measure misses its target, but by no more
// than the tolerance (10% of the target unless the target sets its own)."
QString statusMeaning(Status status, const CitySettings &settings);
// How goals and objectives get their status: the weighted mean of the scores
// below them against 1.00 and the city's at-risk threshold.
QString rollupMeaning(const CitySettings &settings);
// What 1.00 means, the cap and the truncation.
QString scoreMeaning(const CitySettings &settings);
// What the Trend column compares (the period before, in the measure's direction).
QString trendMeaning();
// How periods are written, with this city's fiscal year: "FY2027 runs from July 2026 to June 2027".
QString periodNamesMeaning(const CitySettings &settings, int exampleFiscalYear);

} // namespace civicstat
