#include "scorecard.h"

#include "measureseries.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace civicstat {

namespace {

struct ScorecardText { Q_DECLARE_TR_FUNCTIONS(Scorecard) };

const std::vector<Observation> noObservations;

const std::vector<Observation> &observationsOf(const TotalsByMeasure *totals, Id measureId)
{
    if (!totals)
        return noObservations;
    const auto it = totals->constFind(measureId);
    return it == totals->constEnd() ? noObservations : *it;
}

class Builder
{
public:
    Builder(const ScorecardInput &input, Scorecard &out) : m_in(input), m_out(out)
    {

        m_scoring.defaultTolerance = input.settings.defaultTolerance;
        m_scoring.scoreCap = input.settings.scoreCap;
        m_scoring.atRiskThreshold = input.settings.atRiskThreshold;
    }

    // Appends the measure row; returns its index.
    std::size_t addMeasure(const Measure &m, int depth)
    {
        const Structure &s = *m_in.structure;
        ScorecardRow row;
        row.level = Level::Measure;
        row.depth = depth;
        row.id = m.id;
        row.code = m.code;
        row.name = m.name;
        row.unit = m.unit;
        row.decimals = m.decimals;
        row.direction = m.direction;
        row.classification = m.classification;
        if (const Department *d = s.departmentById(m.departmentId))
            row.department = d->name;
        const MeasureResult now =
            evaluateMeasure(m, observationsOf(m_in.current, m.id), m_in.period, m_out.coverage, m_scoring);
        row.actual = now.actual;
        row.target = now.target;
        row.tolerance = now.tolerance;
        row.status = now.status;
        row.score = now.score;
        row.counts.add(now.status);
        // An open period is compared with the same part of the earlier ones.
        const Coverage previous = sameSpanOf(m_out.previous, m_out.coverage);
        const Coverage yearEarlier = sameSpanOf(m_out.yearEarlier, m_out.coverage);
        row.previousActual =
            actualOver(m, observationsOf(m_in.previous, m.id), m_out.previous.first(), previous.through);
        row.yearEarlierActual =
            actualOver(m, observationsOf(m_in.yearEarlier, m.id), m_out.yearEarlier.first(), yearEarlier.through);
        const Target *target = now.target ? &*now.target : nullptr;
        if (now.actual && row.previousActual)
            row.trendFromPrevious = trendOf(m.direction, target, *now.actual, *row.previousActual);
        if (now.actual && row.yearEarlierActual)
            row.trendFromYearEarlier = trendOf(m.direction, target, *now.actual, *row.yearEarlierActual);
        m_out.rows.push_back(row);
        return m_out.rows.size() - 1;
    }

    std::size_t addObjective(const Objective &o, int depth)
    {
        const Structure &s = *m_in.structure;
        ScorecardRow row;
        row.level = Level::Objective;
        row.depth = depth;
        row.id = o.id;
        row.code = o.code;
        row.name = o.name;
        row.owner = o.owner;
        if (const Department *d = s.departmentById(o.departmentId))
            row.department = d->name;
        m_out.rows.push_back(row);
        const std::size_t self = m_out.rows.size() - 1;
        std::vector<WeightedScore> scores;
        StatusCounts counts;
        for (const Measure *m : m_in.structure->measuresOf(o.id)) {
            const std::size_t child = addMeasure(*m, depth + 1);
            counts.add(m_out.rows[child].status);
            if (m_out.rows[child].score)
                scores.push_back({*m_out.rows[child].score, m->weight});
        }
        finish(self, scores, counts);
        return self;
    }

    std::size_t addGoal(const Goal &g, int depth)
    {
        ScorecardRow row;
        row.level = Level::Goal;
        row.depth = depth;
        row.id = g.id;
        row.code = g.code;
        row.name = g.name;
        row.owner = g.sponsor;
        m_out.rows.push_back(row);
        const std::size_t self = m_out.rows.size() - 1;
        addRollupOf(self, m_in.structure->objectivesOfGoal(g.id), depth + 1);
        return self;
    }

    void addRollupOf(std::size_t self, const std::vector<const Objective *> &objectives, int depth)
    {
        std::vector<WeightedScore> scores;
        StatusCounts counts;
        for (const Objective *o : objectives) {
            const std::size_t child = addObjective(*o, depth);
            counts.add(m_out.rows[child].counts);
            if (m_out.rows[child].score)
                scores.push_back({*m_out.rows[child].score, o->weight});
        }
        finish(self, scores, counts);
    }

    void addCitywide()
    {
        ScorecardRow row;
        row.level = Level::Citywide;
        row.code = QStringLiteral("CITY");
        row.name = m_in.settings.cityName;
        m_out.rows.push_back(row);
        std::vector<WeightedScore> scores;
        StatusCounts counts;
        for (const Goal &g : m_in.structure->goals) {
            const std::size_t child = addGoal(g, 1);
            counts.add(m_out.rows[child].counts);
            if (m_out.rows[child].score)
                scores.push_back({*m_out.rows[child].score, g.weight});
        }
        finish(0, scores, counts);
    }

    void addDepartment(const Department &d)
    {
        ScorecardRow row;
        row.level = Level::Department;
        row.id = d.id;
        row.code = d.code;
        row.name = d.name;
        row.owner = d.head;
        row.department = d.name;
        m_out.rows.push_back(row);
        addRollupOf(m_out.rows.size() - 1, m_in.structure->objectivesOfDepartment(d.id), 1);
    }

private:
    void finish(std::size_t index, const std::vector<WeightedScore> &scores, const StatusCounts &counts)
    {
        const Rollup r = rollUp(scores, m_in.settings.atRiskThreshold);
        m_out.rows[index].score = r.score;
        m_out.rows[index].status = r.status;
        m_out.rows[index].counts = counts;
    }

    const ScorecardInput &m_in;
    Scorecard &m_out;
    ScoringSettings m_scoring;

};

QString scopeNotFound(const char *what, const QString &code)
{
    return ScorecardText::tr("There is no %1 with the code \"%2\" in this database.")
        .arg(QString::fromLatin1(what), code);
}

} // namespace

QString toText(Level level)
{
    switch (level) {
    case Level::Citywide: return QStringLiteral("citywide");
    case Level::Goal: return QStringLiteral("goal");
    case Level::Department: return QStringLiteral("department");
    case Level::Objective: return QStringLiteral("objective");
    case Level::Measure: return QStringLiteral("measure");
    }
    return {};
}

std::optional<Scope> Scope::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("citywide"), Qt::CaseInsensitive) == 0)
        return Scope{};
    const int colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == trimmed.size() - 1)
        return std::nullopt;
    const QString kind = trimmed.left(colon).toLower();
    Scope scope;
    scope.code = trimmed.mid(colon + 1).trimmed();
    if (kind == QLatin1String("goal"))
        scope.kind = Kind::Goal;
    else if (kind == QLatin1String("objective"))
        scope.kind = Kind::Objective;
    else if (kind == QLatin1String("dept") || kind == QLatin1String("department"))
        scope.kind = Kind::Department;
    else
        return std::nullopt;
    return scope;
}

TotalsByMeasure groupByMeasure(std::vector<Observation> totals)
{
    // Each measure's list sized first, so that no observation is moved twice.
    QHash<Id, qsizetype> counts;
    for (const Observation &t : totals)
        ++counts[t.measureId];
    TotalsByMeasure grouped;
    grouped.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        grouped[it.key()].reserve(std::size_t(it.value()));
    for (Observation &t : totals)
        grouped[t.measureId].push_back(std::move(t));
    return grouped;
}

Scorecard buildScorecard(const ScorecardInput &input, const Scope &scope)
{
    Scorecard card;
    card.cityName = input.settings.cityName;
    card.period = input.period;
    card.previous = input.period.previous();
    card.yearEarlier = input.period.yearEarlier();
    card.asOf = input.asOf;
    card.coverage = coverageOf(input.period, input.asOf);
    Builder builder(input, card);
    const Structure &s = *input.structure;
    if (const auto unknown = unknownScope(s, scope))
        throw StoreError(StoreError::Kind::InvalidData, *unknown);
    switch (scope.kind) {
    case Scope::Kind::Citywide: builder.addCitywide(); break;
    case Scope::Kind::Goal: builder.addGoal(*s.goalByCode(scope.code), 0); break;
    case Scope::Kind::Objective: builder.addObjective(*s.objectiveByCode(scope.code), 0); break;
    case Scope::Kind::Department: builder.addDepartment(*s.departmentByCode(scope.code)); break;
    }
    return card;
}

QString scoredToDateNote(const Scorecard &card)
{
    const QString toDate = coverageText(card.coverage, card.period.kind());
    if (toDate.isEmpty())
        return {};
    return ScorecardText::tr(
        "%1 is not over: scored %2 (through %3); targets of totals are pro-rated to the months elapsed, "
        "and comparisons use the same months of earlier periods.")
        .arg(card.period.text(), toDate, QLocale().toString(card.coverage.through, QStringLiteral("d MMM yyyy")));
}

std::optional<QDate> dataAsOf(const KpiStore &store)
{
    const auto latest = store.latestObservationEnd();
    if (!latest)
        return std::nullopt;
    return Period::monthContaining(*latest).last();
}

std::optional<QString> unknownScope(const Structure &structure, const Scope &scope)
{
    switch (scope.kind) {
    case Scope::Kind::Citywide: return std::nullopt;
    case Scope::Kind::Goal:
        return structure.goalByCode(scope.code) ? std::nullopt : std::optional(scopeNotFound("goal", scope.code));
    case Scope::Kind::Objective:
        return structure.objectiveByCode(scope.code) ? std::nullopt
                                                     : std::optional(scopeNotFound("objective", scope.code));
    case Scope::Kind::Department:
        return structure.departmentByCode(scope.code) ? std::nullopt
                                                      : std::optional(scopeNotFound("department", scope.code));
    }
    return std::nullopt;
}

std::optional<QString> unreadablePeriod(const QString &periodText, int fiscalYearStartMonth)
{
    const QString text = periodText.trimmed();
    if (text.isEmpty() || text.compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0
        || Period::parse(text, fiscalYearStartMonth))
        return std::nullopt;
    return ScorecardText::tr("\"%1\" is not a period. Write a month (2024-03), a quarter (2024-Q1 or FY2024-Q3), "
                             "a year (2024 or FY2024), a week (2024-W10), a day (2024-03-15) or \"latest\".")
        .arg(periodText);
}

Period resolvePeriod(const KpiStore &store, const QString &periodText, int fiscalYearStartMonth)
{
    const QString text = periodText.trimmed();
    if (text.isEmpty() || text.compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0)
        return defaultPeriod(store, fiscalYearStartMonth);
    if (const auto unreadable = unreadablePeriod(periodText, fiscalYearStartMonth))
        throw StoreError(StoreError::Kind::InvalidData, *unreadable);
    return *Period::parse(text, fiscalYearStartMonth);
}

namespace {

// The latest period of `kind`, among the last `lookBack` up to the one holding
// `latest`, in which most of the measures that report that often or more have
// a figure of that grain or finer; nullopt when no such measure reported.
std::optional<Period> latestMostlyReported(const KpiStore &store, const Structure &structure, QDate latest,
                                           PeriodKind kind, int fiscalYearStartMonth, int lookBack)
{
    const int grain = granularityOf(kind);
    QSet<Id> reporting; // measures of this grain or finer that have ever reported
    const QHash<Id, QDate> lastUpdates = store.lastUpdates();
    for (const Measure &m : structure.measures) {
        if (granularityOf(periodKindFor(m.frequency)) <= grain && lastUpdates.contains(m.id))
            reporting.insert(m.id);
    }
    if (reporting.isEmpty())
        return std::nullopt;
    const Period newest = periodContaining(latest, kind, fiscalYearStartMonth);
    if (!newest.isValid())
        return std::nullopt;
    // Back `lookBack` periods, or to the first there is: a damaged database may date figures in year 1.
    Period oldest = newest;
    for (int step = 1; step < lookBack && oldest.previous().isValid(); ++step)
        oldest = oldest.previous();
    QHash<QDate, QSet<Id>> reportedByPeriodEnd;
    for (const Observation &t : store.totalsEndingWithin(windowFor(oldest, newest))) {
        const Period holding = periodContaining(t.period.last(), kind, fiscalYearStartMonth);
        // Only a figure that belongs to the period (a calendar quarter may start before a fiscal one).
        if (reporting.contains(t.measureId) && belongsTo(t, holding))
            reportedByPeriodEnd[holding.last()].insert(t.measureId);
    }
    for (Period p = newest; p.isValid() && p.first() >= oldest.first(); p = p.shifted(-1)) {
        if (reportedByPeriodEnd.value(p.last()).size() * 2 > reporting.size())
            return p;
    }
    return std::nullopt;
}

} // namespace

Period defaultPeriod(const KpiStore &store, int fiscalYearStartMonth)
{
    const auto latest = store.latestObservationEnd();
    if (!latest)
        return Period::monthContaining(QDate::currentDate());
    const Structure structure = store.structure();
    for (const auto &[kind, lookBack] : {std::pair{PeriodKind::Month, 24}, std::pair{PeriodKind::FiscalQuarter, 8},
                                         std::pair{PeriodKind::FiscalYear, 3}}) {
        if (const auto p = latestMostlyReported(store, structure, *latest, kind, fiscalYearStartMonth, lookBack))
            return *p;
    }
    // Figures only by member (a city that reports by district): their latest month.
    return Period::monthContaining(*latest);
}

Scorecard loadScorecard(const KpiStore &store, const QString &periodText, const Scope &scope)
{
    const Structure structure = store.structure();
    const Period period = resolvePeriod(store, periodText, store.citySettings().fiscalYearStartMonth);
    return loadScorecard(store, period, scope, structure, dataAsOf(store));
}

Scorecard loadScorecard(const KpiStore &store, const Period &period, const Scope &scope, const Structure &structure,
                        std::optional<QDate> asOf)
{
    const auto fetch = [&store](const Period &p) {
        return groupByMeasure(store.totalsEndingWithin(windowFor(p)));
    };
    const TotalsByMeasure current = fetch(period);
    const TotalsByMeasure previous = fetch(period.previous());
    const TotalsByMeasure yearEarlier = fetch(period.yearEarlier());
    ScorecardInput input{&structure, store.citySettings(), period, &current, &previous, &yearEarlier, asOf};
    return buildScorecard(input, scope);
}

std::optional<QDate> dataAsOf(const KpiStore &store, const Structure &visible)
{
    std::optional<QDate> latest;
    const QHash<Id, QDate> updates = store.lastUpdates();
    for (const Measure &measure : visible.measures) {
        const auto found = updates.constFind(measure.id);
        if (found != updates.constEnd() && (!latest || *found > *latest))
            latest = *found;
    }
    if (!latest)
        return std::nullopt;
    return Period::monthContaining(*latest).last();
}

} // namespace civicstat
