#include "worstfirst.h"

#include <algorithm>

namespace civicstat {

namespace {

// A measure's score is a ratio that can be far above 1; no real score comes near this.
constexpr double scoreCeiling = 1e6;

int severityRank(Status status)
{
    switch (status) {
    case Status::OffTrack: return 0;
    case Status::AtRisk: return 1;
    case Status::OnTrack: return 2;
    case Status::NoTarget: return 3;
    case Status::NoData: return 4;
    }
    return 4;
}

} // namespace

double worstFirstKey(const ScorecardRow &row)
{
    // Rank first, then the score inside the rank's band; unscored at the end of its band.
    const double score = row.score ? std::clamp(*row.score, 0.0, scoreCeiling - 1) : scoreCeiling - 1;
    return severityRank(row.status) * scoreCeiling + score;
}

bool isWorseThan(const ScorecardRow &a, const ScorecardRow &b) { return worstFirstKey(a) < worstFirstKey(b); }

} // namespace civicstat
