#include "citysnapshot.h"

#include <algorithm>

namespace civicstat {

namespace {

QString rowKey(Level level, const QString &code) { return QString::number(int(level)) + QLatin1Char('|') + code; }

int defaultRefreshDays(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Daily: return 3;
    case Frequency::Weekly: return 10;
    case Frequency::Monthly: return 45;
    case Frequency::Quarterly: return 120;
    case Frequency::Annual: return 400;
    }
    return 45;
}

} // namespace

std::shared_ptr<const CitySnapshot> CitySnapshot::load(const KpiStore &store, const Period &period, int history)
{
    auto snapshot = std::make_shared<CitySnapshot>();
    CitySnapshot &s = *snapshot;
    history = std::max(history, 2); // the period before is always needed for comparisons
    s.m_settings = store.citySettings();
    s.m_demonstration = store.isDemonstration();
    s.m_structure = store.structure();
    s.m_lastUpdates = store.lastUpdates();
    s.m_asOf = dataAsOf(store);
    for (const Measure &m : s.m_structure.measures) {
        // Only measures without totals are asked about, so a city with totals asks nothing.
        if (!s.m_lastUpdates.contains(m.id) && store.latestMemberFigureEnd(m.id))
            s.m_byMemberOnly.insert(m.id);
    }
    for (int i = history - 1; i >= 0; --i)
        s.m_periods.push_back(period.shifted(-i));
    const Period yearEarlier = period.yearEarlier();
    const Period earliest = yearEarlier.first() < s.m_periods.front().first() ? yearEarlier : s.m_periods.front();
    const std::vector<Observation> totals = store.totalsEndingWithin(windowFor(earliest, period));

    // One bucket per history period, and one for the year-earlier comparison.
    s.m_totals.resize(s.m_periods.size() + 1);
    for (const Observation &t : totals) {
        const auto it = std::lower_bound(s.m_periods.begin(), s.m_periods.end(), t.period.last(),
                                         [](const Period &p, QDate day) { return p.last() < day; });
        if (it != s.m_periods.end() && endsWithin(t, *it))
            s.m_totals[std::size_t(it - s.m_periods.begin())][t.measureId].push_back(t);
        if (endsWithin(t, yearEarlier))
            s.m_totals.back()[t.measureId].push_back(t);
    }
    s.m_citywide = s.buildSeries(Scope{});
    const Scorecard &current = s.m_citywide.back();
    for (std::size_t i = 0; i < current.rows.size(); ++i)
        s.m_rowIndex.insert(rowKey(current.rows[i].level, current.rows[i].code), i);
    return snapshot;
}

std::vector<Scorecard> CitySnapshot::series(const Scope &scope) const
{
    switch (scope.kind) {
    case Scope::Kind::Citywide: return m_citywide;
    case Scope::Kind::Department: {
        auto it = m_departmentSeries.constFind(scope.code);
        if (it == m_departmentSeries.constEnd())
            it = m_departmentSeries.insert(scope.code, buildSeries(scope));
        return *it;
    }
    case Scope::Kind::Goal:
    case Scope::Kind::Objective: break;
    }
    const auto found = m_rowIndex.constFind(rowKey(scope.kind == Scope::Kind::Goal ? Level::Goal : Level::Objective,
                                                   scope.code));
    if (found == m_rowIndex.constEnd())
        return buildSeries(scope); // says that no such goal or objective exists
    const std::size_t first = *found;
    const std::vector<ScorecardRow> &rows = m_citywide.back().rows;
    const int depth = rows[first].depth;
    std::size_t end = first + 1;
    while (end < rows.size() && rows[end].depth > depth)
        ++end;
    std::vector<Scorecard> cards;
    for (const Scorecard &city : m_citywide) {
        Scorecard card;
        card.cityName = city.cityName;
        card.period = city.period;
        card.previous = city.previous;
        card.yearEarlier = city.yearEarlier;
        card.coverage = city.coverage;
        card.asOf = city.asOf;
        card.rows.assign(city.rows.begin() + std::ptrdiff_t(first), city.rows.begin() + std::ptrdiff_t(end));
        for (ScorecardRow &row : card.rows)
            row.depth -= depth;
        cards.push_back(std::move(card));
    }
    return cards;
}

std::vector<Scorecard> CitySnapshot::buildSeries(const Scope &scope) const
{
    std::vector<Scorecard> cards;
    const std::size_t n = m_periods.size();
    for (std::size_t i = 0; i < n; ++i) {
        ScorecardInput input{&m_structure, m_settings, m_periods[i], &m_totals[i], nullptr, nullptr, m_asOf};
        if (i + 1 == n) {
            input.previous = n >= 2 ? &m_totals[n - 2] : nullptr;
            input.yearEarlier = &m_totals.back();
        }
        cards.push_back(buildScorecard(input, scope));
    }
    return cards;
}

Scorecard CitySnapshot::current(const Scope &scope) const
{
    const std::size_t n = m_periods.size();
    const ScorecardInput input{&m_structure, m_settings, m_periods.back(), &m_totals[n - 1],
                               n >= 2 ? &m_totals[n - 2] : nullptr, &m_totals.back(), m_asOf};
    return buildScorecard(input, scope);
}

const ScorecardRow *CitySnapshot::find(Level level, const QString &code) const
{
    const auto it = m_rowIndex.constFind(rowKey(level, code));
    return it == m_rowIndex.constEnd() ? nullptr : &citywide().rows[*it];
}

std::vector<std::optional<double>> CitySnapshot::trendOf(Level level, const QString &code) const
{
    std::vector<std::optional<double>> values;
    const auto it = m_rowIndex.constFind(rowKey(level, code));
    for (const Scorecard &card : m_citywide) {
        if (it == m_rowIndex.constEnd()) {
            values.push_back(std::nullopt);
            continue;
        }
        const ScorecardRow &row = card.rows[*it];
        values.push_back(level == Level::Measure ? row.actual : row.score);
    }
    return values;
}

std::optional<QDate> CitySnapshot::lastUpdateAsOf(Id measureId) const
{
    const std::optional<QDate> latest = lastUpdate(measureId);
    if (!latest || *latest <= period().last())
        return latest;
    // Figures came later; what mattered then is the latest one by the period's end.
    for (std::size_t i = m_periods.size(); i-- > 0;) {
        const auto it = m_totals[i].constFind(measureId);
        if (it == m_totals[i].constEnd())
            continue;
        QDate last;
        for (const Observation &o : *it)
            last = std::max(last, o.period.last());
        return last;
    }
    return m_periods.front().first().addDays(-1); // before the history: at least that old
}

std::optional<QDate> CitySnapshot::lastUpdate(Id measureId) const
{
    const auto it = m_lastUpdates.constFind(measureId);
    if (it == m_lastUpdates.constEnd())
        return std::nullopt;
    return *it;
}

Freshness freshnessOf(const Measure &measure, std::optional<QDate> lastUpdate, const Period &asOf)
{
    if (!lastUpdate)
        return Freshness::NeverReported;
    const int allowed = measure.refreshDays > 0 ? measure.refreshDays : defaultRefreshDays(measure.frequency);
    return lastUpdate->daysTo(asOf.last()) > allowed ? Freshness::Stale : Freshness::Current;
}

std::vector<Observation> aggregateByMember(const Measure &measure, const Period &period, QDate through,
                                           const std::vector<Observation> &figures)
{
    std::vector<Observation> result;
    QHash<QString, std::size_t> index;
    std::vector<std::vector<Observation>> values;
    for (const Observation &f : figures) {
        const QString key = f.dimensionCode + QChar(0x1f) + f.memberCode;
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, result.size());
            result.push_back(f);
            values.emplace_back();
        }
        values[*it].push_back(f);
    }
    const bool percent = measure.unit == QLatin1String("%");
    std::vector<Observation> aggregated;
    for (std::size_t i = 0; i < result.size(); ++i) {
        values[i] = observationsOfOneGrain(values[i], period.first(), through, measure.frequency);
        const auto value = aggregate(measure.aggregation, values[i], percent);
        if (!value)
            continue; // a ratio over zero denominators: missing, never zero
        if (values[i].size() == 1) {
            result[i] = values[i].front(); // the figure chosen, which need not be the member's first
        } else {
            // Several figures make one for the period: its parts and flags are theirs together.
            double numerators = 0, denominators = 0;
            bool parts = true;
            bool provisional = false, estimated = false;
            for (const Observation &v : values[i]) {
                parts = parts && v.numerator && v.denominator;
                numerators += v.numerator.value_or(0);
                denominators += v.denominator.value_or(0);
                provisional = provisional || v.provisional;
                estimated = estimated || v.estimated;
            }
            result[i].period = period;
            result[i].numerator = parts ? std::optional<double>(numerators) : std::nullopt;
            result[i].denominator = parts ? std::optional<double>(denominators) : std::nullopt;
            result[i].provisional = provisional;
            result[i].estimated = estimated;
            result[i].note.clear();
        }
        result[i].value = *value;
        aggregated.push_back(result[i]);
    }
    return aggregated;
}

} // namespace civicstat
