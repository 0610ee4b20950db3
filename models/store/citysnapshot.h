// Everything the desktop screens show for one period, loaded in one go (off
// the GUI thread for a large city): settings, structure, the scorecards of the
// period and the periods before it (for sparklines and trends) and each
// measure's last update. Drilling down reads from a snapshot, never the database.
#pragma once

#include "kpistore.h"
#include "scorecard.h"

#include <QHash>
#include <QSet>
#include <memory>
#include <vector>

namespace civicstat {

class CitySnapshot final
{
public:
    // `history` periods of the same kind, the last being `period`.
    static std::shared_ptr<const CitySnapshot> load(const KpiStore &store, const Period &period, int history = 12);

    const CitySettings &settings() const { return m_settings; }
    // A city `civicstat demo` made up (KpiStore::isDemonstration): the window says so.
    bool isDemonstration() const { return m_demonstration; }
    const Structure &structure() const { return m_structure; }
    const Period &period() const { return m_periods.back(); }
    // The last day of the latest month with figures: a period not over by then is scored to date.
    std::optional<QDate> asOf() const { return m_asOf; }
    // The day freshness is judged on: the period's end, or the as-of date for a period not over.
    Period freshnessDay() const
    {
        return Period::day(m_asOf ? std::min(period().last(), *m_asOf) : period().last());
    }
    const std::vector<Period> &periods() const { return m_periods; }
    // The citywide scorecard of the period, with previous and year-earlier comparisons.
    const Scorecard &citywide() const { return m_citywide.back(); }
    // The scope's scorecard in each history period (oldest first), the last with comparisons.
    // Goals and objectives are cut from the citywide scorecards; departments are built once.
    std::vector<Scorecard> series(const Scope &scope) const;
    // The scope's scorecard for the period only, with comparisons.
    Scorecard current(const Scope &scope) const;
    // The row of the citywide scorecard for a level and code, or nullptr.
    const ScorecardRow *find(Level level, const QString &code) const;
    // Each history period's score (roll-ups) or actual (measures) of a row; nullopt where none.
    std::vector<std::optional<double>> trendOf(Level level, const QString &code) const;
    std::optional<QDate> lastUpdate(Id measureId) const;
    // The last day of the latest figure that was in by the end of the period
    // being viewed (an upper bound when it is older than the history held).
    std::optional<QDate> lastUpdateAsOf(Id measureId) const;
    // True for a measure with figures by member (district, precinct) and no totals.
    bool reportedOnlyByMember(Id measureId) const { return m_byMemberOnly.contains(measureId); }

private:
    std::vector<Scorecard> buildSeries(const Scope &scope) const;

    CitySettings m_settings;
    bool m_demonstration = false;
    Structure m_structure;
    std::vector<Period> m_periods;
    std::vector<TotalsByMeasure> m_totals; // per period, plus the year-earlier bucket at the end
    std::vector<Scorecard> m_citywide;      // per period
    QHash<QString, std::size_t> m_rowIndex; // level|code -> row in each citywide scorecard
    QHash<Id, QDate> m_lastUpdates;
    std::optional<QDate> m_asOf;
    QSet<Id> m_byMemberOnly;
    // Department series, built on first use. A snapshot is shared between
    // threads only while it is loaded; afterwards the GUI thread alone reads it.
    mutable QHash<QString, std::vector<Scorecard>> m_departmentSeries;
};

// When a measure's latest figure is older than its expected refresh interval
// (refresh_days, or by frequency: 45 days monthly, 120 quarterly, 400 annual),
// counted back from the end of the period being viewed.
enum class Freshness { Current, Stale, NeverReported };
Freshness freshnessOf(const Measure &measure, std::optional<QDate> lastUpdate, const Period &asOf);

// A measure's figures by member for a period, aggregated per member by the
// measure's rule (several months of a fiscal year become one figure), one
// grain at a time as totals are, over the period's first day to `through`
// (the period's last day, or the as-of date of a period not over).
std::vector<Observation> aggregateByMember(const Measure &measure, const Period &period, QDate through,
                                           const std::vector<Observation> &figures);

} // namespace civicstat
