#include "observation.h"

namespace civicstat {

ObservationWindow windowFor(const Period &period) { return windowFor(period, period); }

ObservationWindow windowFor(const Period &from, const Period &through)
{
    return {from.first(), through.last(), through.granularity()};
}

bool endsWithin(const Observation &observation, const ObservationWindow &window)
{
    const QDate end = observation.period.last();
    return end >= window.firstEnd && end <= window.lastEnd
        && observation.period.granularity() <= window.coarsestGranularity;
}

bool endsWithin(const Observation &observation, const Period &period)
{
    return endsWithin(observation, windowFor(period));
}

bool liesWithin(const Observation &observation, QDate first, QDate last)
{
    const Period &own = observation.period;
    const QDate start = own.kind() == PeriodKind::IsoWeek ? own.last() : own.first();
    return own.last() <= last && start >= first;
}

bool belongsTo(const Observation &observation, const Period &period)
{
    return endsWithin(observation, period) && liesWithin(observation, period.first(), period.last());
}

} // namespace civicstat
