// One figure of a measure for one period, as the store holds it: the total,
// or one member's figure (a neighbourhood, a demographic group). The same type
// is written by imports and the demo city, read back for the scorecard, a
// measure's history and its breakdown, and scored by scoring.h. Here too is the
// rule that says which figures may belong to a period, so that the store's
// queries and the in-memory filters cannot drift apart (docs/scoring.md).
#pragma once

#include "domain.h"
#include "period.h"

#include <optional>

namespace civicstat {

struct Observation {
    // A store fills in the id; an import names the measure by its code, which
    // the store resolves when it writes (reads leave the code empty).
    Id measureId = 0;
    QString measureCode;
    Period period; // its own period, which carries its grain
    double value = 0.0;
    std::optional<double> numerator; // the parts of a ratio
    std::optional<double> denominator;
    bool provisional = false;
    bool estimated = false;
    QString note;
    // The member a figure by member describes; all empty for a total. A writer
    // names the member by its two codes; a breakdown read also gets the names
    // and the key of the member's shape on the map.
    QString dimensionCode; // "neighbourhood"
    QString dimensionName; // "Neighbourhood"
    QString memberCode;
    QString memberName;
    QString geoKey;

    bool isTotal() const { return memberCode.isEmpty(); }
};

// The figures that may belong to a period, as an index can find them: those
// whose last day lies in [firstEnd, lastEnd] and whose grain (1 day ... 5 year)
// is no coarser than `coarsestGranularity`. Which of them do belong is decided
// afterwards, in memory (liesWithin, observationsOfOneGrain): a calendar
// quarter ending in a fiscal year may start before it.
struct ObservationWindow {
    QDate firstEnd;
    QDate lastEnd;
    int coarsestGranularity = 0;
};

ObservationWindow windowFor(const Period &period);
// One window over a run of periods of one kind, `from` through `through`
// (a scorecard's history and its comparisons are read in one query).
ObservationWindow windowFor(const Period &from, const Period &through);

// The candidate rule: its last day within the window, its grain no coarser.
bool endsWithin(const Observation &observation, const ObservationWindow &window);
bool endsWithin(const Observation &observation, const Period &period);

// Wholly inside the days [first, last]: it ends by `last` and does not start
// before `first`, except a week, which belongs where its Sunday falls (a week
// ending on Sunday 3 April counts for April, never for March).
bool liesWithin(const Observation &observation, QDate first, QDate last);

// An observation belongs to P when it ends within P, is no coarser than P and
// lies wholly inside it. Of the figures that belong, observationsOfOneGrain
// (scoring.h) picks the ones that make P's actual.
bool belongsTo(const Observation &observation, const Period &period);

} // namespace civicstat
