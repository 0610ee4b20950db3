// The one order "worst first" means, for the overview's goal tiles and the
// scorecard tables: off track, then at risk, then on track, then what has no
// status to judge (no target, no data); within a status, the lower score first
// and the unscored last. Ties keep the city's own order (sort stably).
#pragma once

#include "scorecard.h"

namespace civicstat {

// Smaller is worse: a number to sort ascending by.
double worstFirstKey(const ScorecardRow &row);
bool isWorseThan(const ScorecardRow &a, const ScorecardRow &b);

} // namespace civicstat
