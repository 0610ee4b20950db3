#include "democity.h"

#include "democatalog.h"
#include "democommentary.h"
#include "kpistore.h"
#include "storefactory.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace civicstat {

namespace {

struct DemoCityText { Q_DECLARE_TR_FUNCTIONS(DemoCity) };

// splitmix64: tiny, fast and the same on every platform (std distributions are not).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double gaussian()
    {
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

const char *const neighbourhoodNames[] = {"Riverside",     "Old Town",    "Northgate",    "Millbrook",
                                          "Harbour Point", "Eastfield",   "Westwood",     "Cedar Heights",
                                          "Southport",     "Lakeview",    "Union Square", "Brickworks"};
const char *const raceGroups[] = {"Asian", "Black", "Hispanic or Latino", "White", "Another or multiple races"};
const double raceShares[] = {0.09, 0.27, 0.21, 0.38, 0.05};
const char *const genderGroups[] = {"Women", "Men", "Another gender identity"};
const double genderShares[] = {0.51, 0.475, 0.015};

const char *const initiativeTitles[] = {
    "Map the current process and remove avoidable steps", "Recruit and train additional frontline staff",
    "Publish a monthly public dashboard for this objective", "Replace the ageing case-management system",
    "Pilot extended evening and weekend hours",           "Partner with community groups in priority neighbourhoods",
};
const char *const initiativeStatuses[] = {"planned", "in_progress", "in_progress", "done", "blocked"};

struct MemberShare {
    QString dimension;
    QString code;
    double share;  // of the total, for counts and denominators; the shares of one dimension add up to 1
    double offset; // relative shift of the rate, for other values
};

// Splits a whole number into whole parts in proportion to `weights`, no part
// above its cap (the largest remainder method, after capping), so that the
// parts add up to exactly `whole`. The caps must add up to at least `whole`.
std::vector<double> splitWhole(double whole, const std::vector<double> &weights, const std::vector<double> &caps)
{
    const std::size_t n = weights.size();
    std::vector<double> exact(n, 0.0);
    std::vector<bool> capped(n, false);
    double left = whole;
    for (bool cappedMore = true; cappedMore;) {
        cappedMore = false;
        double weightSum = 0;
        for (std::size_t i = 0; i < n; ++i)
            weightSum += capped[i] ? 0.0 : weights[i];
        if (weightSum <= 0)
            break;
        for (std::size_t i = 0; i < n; ++i) {
            if (!capped[i])
                exact[i] = left * weights[i] / weightSum;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (!capped[i] && exact[i] > caps[i]) {
                exact[i] = caps[i];
                capped[i] = true;
                left -= caps[i];
                cappedMore = true;
            }
        }
    }
    std::vector<double> parts(n);
    double assigned = 0;
    for (std::size_t i = 0; i < n; ++i)
        assigned += parts[i] = std::floor(exact[i] + 1e-9);
    std::vector<std::size_t> byRemainder(n);
    std::iota(byRemainder.begin(), byRemainder.end(), std::size_t(0));
    std::stable_sort(byRemainder.begin(), byRemainder.end(), [&](std::size_t a, std::size_t b) {
        return exact[a] - parts[a] > exact[b] - parts[b];
    });
    for (long long missing = std::llround(whole - assigned); missing > 0;) {
        const long long before = missing;
        for (std::size_t i : byRemainder) {
            if (missing > 0 && parts[i] + 1 <= caps[i]) {
                ++parts[i];
                --missing;
            }
        }
        if (missing == before)
            break; // the caps leave no room: cannot happen when they add up to the whole
    }
    return parts;
}

// The list of periods a measure of this frequency reports between first and last month.
std::vector<Period> periodsFor(Frequency frequency, QDate firstMonth, QDate lastMonth, int fiscalStart)
{
    std::vector<Period> periods;
    const QDate lastDay = Period::monthContaining(lastMonth).last();
    for (Period p = Period::monthContaining(firstMonth); p.first() <= lastDay; p = p.shifted(1)) {
        if (frequency == Frequency::Monthly) {
            periods.push_back(p);
            continue;
        }
        const int fy = Period::fiscalYearContaining(p.first(), fiscalStart);
        const Period year = Period::fiscalYear(fy, fiscalStart);
        if (frequency == Frequency::Annual && p.last() == year.last() && year.first() >= firstMonth)
            periods.push_back(year);
        if (frequency == Frequency::Quarterly) {
            const int quarter = (p.first().month() - fiscalStart + 12) % 12 / 3 + 1;
            const Period q = Period::fiscalQuarter(fy, quarter, fiscalStart);
            if (p.last() == q.last() && q.first() >= firstMonth)
                periods.push_back(q);
        }
    }
    return periods;
}

class Generator
{
public:
    explicit Generator(const DemoOptions &options) : m_options(options), m_random(options.seed) {}

    ImportBatch structure();
    ObservationFeed feed();
    const std::vector<demo::PlannedNote> &plannedNotes() const { return m_notes; }
    qint64 written() const { return m_written; }

private:
    struct PlannedMeasure {
        const demo::MeasureSpec *spec;
        QString code;
        Frequency frequency;
        Direction direction;
        Aggregation aggregation;
        bool neighbourhoods;
        bool demographics;
        int stopMonthsEarly; // a stale series
        int gapAt;           // months index where a 4-month gap starts, or -1
        double phase;
    };

    void planMeasures(ImportBatch &batch);
    void addMembers(ImportBatch &batch);
    void addExtras(ImportBatch &batch);
    void generate(const PlannedMeasure &m, std::vector<Observation> &out);
    void splitIntoMembers(const PlannedMeasure &m, const Observation &total, const std::vector<MemberShare> &members,
                          std::vector<Observation> &out);
    double valueAt(const PlannedMeasure &m, const Period &p, int index);

    DemoOptions m_options;
    Random m_random;
    int m_fiscalStart = 7;
    QDate m_firstMonth;
    std::vector<PlannedMeasure> m_measures;
    std::vector<MemberShare> m_neighbourhoods;
    std::vector<MemberShare> m_race;
    std::vector<MemberShare> m_gender;
    std::vector<demo::PlannedNote> m_notes;
    qint64 m_written = 0;
};

bool large(const DemoOptions &o) { return o.scale == DemoOptions::Scale::Large; }

ImportBatch Generator::structure()
{
    ImportBatch batch;
    CitySettings settings;
    settings.cityName = large(m_options) ? QStringLiteral("Riverton Metropolitan") : QStringLiteral("Riverton");
    batch.settings = settings;
    m_fiscalStart = settings.fiscalYearStartMonth;
    m_firstMonth = m_options.lastMonth.addMonths(large(m_options) ? -119 : -59);
    for (const auto &d : demo::departments())
        batch.departments.push_back({0, QString::fromUtf8(d.code), QString::fromUtf8(d.name), QString::fromUtf8(d.head)});
    int order = 0;
    for (const auto &g : demo::goals())
        batch.goals.push_back({0, QString::fromUtf8(g.code), QString::fromUtf8(g.name),
                               QString::fromUtf8(g.description), QString::fromUtf8(g.sponsor), ++order, 1.0});
    addMembers(batch);
    planMeasures(batch);
    addExtras(batch);
    batch.log.kind = QStringLiteral("demo");
    batch.log.fileName = QStringLiteral("civicstat demo --seed %1").arg(m_options.seed);
    return batch;
}

void Generator::addMembers(ImportBatch &batch)
{
    const int count = large(m_options) ? 65 : 12;
    const int columns = large(m_options) ? 13 : 4;
    const int rows = (count + columns - 1) / columns;
    batch.dimensions.push_back({QStringLiteral("neighbourhood"), DemoCityText::tr("Neighbourhood")});
    batch.dimensions.push_back({QStringLiteral("race_ethnicity"), DemoCityText::tr("Race and ethnicity")});
    batch.dimensions.push_back({QStringLiteral("gender"), DemoCityText::tr("Gender")});
    double total = 0;
    std::vector<double> weights;
    for (int i = 0; i < count; ++i)
        total += weights.emplace_back(0.5 + m_random.uniform());
    // A jittered grid: neighbours share their corner points, so the map has no gaps.
    std::vector<QPointF> corners;
    const double cell = 0.025;
    const QPointF origin(-80.35, 40.38);
    for (int r = 0; r <= rows; ++r) {
        for (int c = 0; c <= columns; ++c) {
            const bool edge = r == 0 || c == 0 || r == rows || c == columns;
            const double jitter = edge ? 0.15 : 0.3;
            corners.emplace_back(origin.x() + (c + jitter * (m_random.uniform() - 0.5)) * cell,
                                 origin.y() - (r + jitter * (m_random.uniform() - 0.5)) * cell);
        }
    }
    QJsonArray features;
    for (int i = 0; i < count; ++i) {
        const QString code = QStringLiteral("N%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        const QString name
            = large(m_options) ? DemoCityText::tr("District %1").arg(i + 1) : QString::fromUtf8(neighbourhoodNames[i]);
        batch.members.push_back({QStringLiteral("neighbourhood"), code, name, code, i});
        m_neighbourhoods.push_back({QStringLiteral("neighbourhood"), code, weights[std::size_t(i)] / total,
                                    0.12 * m_random.gaussian()});
        const int r = i / columns;
        const int c = i % columns;
        QJsonArray ring;
        for (const auto &[dr, dc] : {std::pair{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}}) {
            const QPointF p = corners[std::size_t((r + dr) * (columns + 1) + c + dc)];
            ring.append(QJsonArray{std::round(p.x() * 1e5) / 1e5, std::round(p.y() * 1e5) / 1e5});
        }
        QJsonObject feature{{QStringLiteral("type"), QStringLiteral("Feature")},
                            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("key"), code},
                                                                       {QStringLiteral("name"), name}}},
                            {QStringLiteral("geometry"),
                             // A polygon is a list of rings. QJsonValue(ring), not QJsonArray{ring}: clang
                             // reads that as a copy of the ring itself, gcc as a list holding it.
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                                         {QStringLiteral("coordinates"), QJsonArray{QJsonValue(ring)}}}}};
        features.append(feature);
    }
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("features"), features}};
    batch.boundaryLayers.push_back(
        { QStringLiteral("neighbourhood"), DemoCityText::tr("Neighbourhood boundaries (invented)"),
            QStringLiteral("key"), QString::fromUtf8(QJsonDocument(collection).toJson(QJsonDocument::Compact)) });
    for (int i = 0; i < 5; ++i) {
        const QString code = QString::fromUtf8(raceGroups[i]);
        batch.members.push_back({QStringLiteral("race_ethnicity"), code, code, QString(), i});
        m_race.push_back({QStringLiteral("race_ethnicity"), code, raceShares[i], 0.1 * m_random.gaussian()});
    }
    for (int i = 0; i < 3; ++i) {
        const QString code = QString::fromUtf8(genderGroups[i]);
        batch.members.push_back({QStringLiteral("gender"), code, code, QString(), i});
        m_gender.push_back({QStringLiteral("gender"), code, genderShares[i], 0.05 * m_random.gaussian()});
    }
}

void Generator::planMeasures(ImportBatch &batch)
{
    const auto &specs = demo::measures();
    const auto &objectives = demo::objectives();
    const int copies = large(m_options) ? (2000 + int(specs.size()) - 1) / int(specs.size()) : 1;
    const int wanted = large(m_options) ? 2000 : int(specs.size());
    const QString inArea = DemoCityText::tr("%1 (service area %2)");
    int monthlySeen = 0;
    for (int copy = 0; copy < copies; ++copy) {
        const QString suffix = copies > 1 ? QStringLiteral("-%1").arg(copy + 1, 2, 10, QLatin1Char('0')) : QString();
        const auto named = [&](const char *name) {
            return copies > 1 ? inArea.arg(QString::fromUtf8(name), QString::number(copy + 1)) : QString::fromUtf8(name);
        };
        for (const auto &o : objectives) {
            Objective objective;
            objective.code = QString::fromUtf8(o.code) + suffix;
            objective.name = named(o.name);
            objective.statement = QString::fromUtf8(o.statement);
            objective.owner = QString::fromUtf8(o.owner);
            batch.objectives.push_back({objective, {QString::fromUtf8(o.goalCode), QString::fromUtf8(o.departmentCode)}});
        }
        for (const auto &s : specs) {
            const int index = int(m_measures.size());
            if (index >= wanted)
                break;
            Measure m;
            m.code = QString::fromUtf8(s.code) + suffix;
            m.name = named(s.name);
            m.unit = QString::fromUtf8(s.unit);
            m.direction = directionFromText(QString::fromUtf8(s.direction)).value_or(Direction::Higher);
            m.aggregation = aggregationFromText(QString::fromUtf8(s.aggregation)).value_or(Aggregation::Mean);
            // The large city reports everything monthly: ten years of 120 months each.
            m.frequency = large(m_options) ? Frequency::Monthly
                                           : frequencyFromText(QString::fromUtf8(s.frequency)).value_or(Frequency::Monthly);
            m.decimals = s.decimals;
            m.definition = QString::fromUtf8(s.definition);
            m.methodology = QString::fromUtf8(s.methodology);
            m.sourceSystem = QString::fromUtf8(s.sourceSystem);
            m.steward = QString::fromUtf8(s.steward);
            m.classification = classificationFromText(QString::fromUtf8(s.classification)).value_or(Classification::Internal);
            m.refreshDays = m.frequency == Frequency::Monthly ? 35 : m.frequency == Frequency::Quarterly ? 100 : 380;
            const QString department = m.code.section(QLatin1Char('-'), 0, 0);
            batch.measures.push_back({m, {QString::fromUtf8(s.objectiveCode) + suffix, department}});

            // Every 23rd measure is monitoring only: it has no target.
            if (index % 23 != 11) {
                const bool band = m.direction == Direction::Band;
                Target first;
                first.effectiveFrom = m_firstMonth;
                first.value = s.target;
                first.bandLow = s.bandLow;
                first.bandHigh = s.bandHigh;
                batch.targets.push_back({m.code, first});
                // A third of the measures get a tougher target from FY2025 on.
                if (index % 3 == 0 && !band) {
                    Target tougher = first;
                    tougher.effectiveFrom = Period::fiscalYear(2025, m_fiscalStart).first();
                    const double step = m.direction == Direction::Higher ? 1.03 : 0.97;
                    const double scale = std::pow(10.0, s.decimals);
                    tougher.value = std::round(first.value * step * scale) / scale;
                    if (m.unit == QLatin1String("%"))
                        tougher.value = std::min(100.0, tougher.value);
                    if (index % 2 == 0)
                        tougher.tolerance = 0.05;
                    batch.targets.push_back({m.code, tougher});
                }
            }
            const bool disaggregated = large(m_options) ? index % 5 == 0 : s.byNeighbourhood;
            // Every 18th monthly series stopped reporting eight months ago.
            const bool stale = m.frequency == Frequency::Monthly && ++monthlySeen % 18 == 5;
            m_measures.push_back({&s, m.code, m.frequency, m.direction, m.aggregation, disaggregated,
                                  !large(m_options) && s.byDemographics,
                                  stale ? 8 : 0,
                                  index % 31 == 13 ? 20 : -1, m_random.uniform() * 2 * M_PI});
        }
    }
}

void Generator::addExtras(ImportBatch &batch)
{
    const QDate lastDay = Period::monthContaining(m_options.lastMonth).last();
    for (std::size_t i = 0; i < m_measures.size(); i += large(m_options) ? 40 : 3) {
        const PlannedMeasure &m = m_measures[i];
        for (int back = 0; back < 3; ++back)
            m_notes.push_back({m.code, back, m_random.below(8)});
    }
    for (const auto &[objective, codes] : batch.objectives) {
        if (large(m_options) && m_random.below(6) != 0)
            continue;
        for (int k = 0; k < 2; ++k) {
            batch.initiatives.push_back({objective.code, QString::fromUtf8(initiativeTitles[m_random.below(6)]),
                                         objective.owner, lastDay.addDays(30 + 30 * m_random.below(12)),
                                         QString::fromUtf8(initiativeStatuses[m_random.below(5)])});
        }
    }
    QHash<QString, bool> seenSources;
    for (const PlannedMeasure &m : m_measures) {
        const QString source = QString::fromUtf8(m.spec->sourceSystem);
        if (seenSources.contains(source))
            continue;
        seenSources.insert(source, true);
        const QString department = m.code.section(QLatin1Char('-'), 0, 0);
        batch.datasets.push_back(
            { DemoCityText::tr("%1 extract").arg(source), department, QString::fromUtf8(m.spec->steward),
                classificationFromText(QString::fromUtf8(m.spec->classification)).value_or(Classification::Internal),
                source, DemoCityText::tr("Monthly, first business day"),
                lastDay.addDays(m_random.below(8) == 0 ? -200 : 3) });
    }
}

double Generator::valueAt(const PlannedMeasure &m, const Period &p, int index)
{
    const demo::MeasureSpec &s = *m.spec;
    const double years = index / 12.0;
    const double season = 1.0 + s.seasonality * std::sin(2 * M_PI * (p.last().month() - 1) / 12.0 + m.phase);
    double value = s.baseline * (1.0 + s.trendPerYear * years) * season * (1.0 + s.noise * m_random.gaussian());
    if (QLatin1String(s.unit) == QLatin1String("%") && m.direction != Direction::Band)
        value = std::clamp(value, 0.0, 100.0);
    if (m.aggregation == Aggregation::Sum)
        value = std::max(0.0, std::round(value));
    return value;
}

void Generator::generate(const PlannedMeasure &m, std::vector<Observation> &out)
{
    const std::vector<Period> periods = periodsFor(m.frequency, m_firstMonth, m_options.lastMonth, m_fiscalStart);
    const QDate staleAfter = Period::monthContaining(m_options.lastMonth.addMonths(-m.stopMonthsEarly)).last();
    const demo::MeasureSpec &s = *m.spec;
    const bool percent = QLatin1String(s.unit) == QLatin1String("%");
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const Period &p = periods[i];
        const int monthIndex = int(((p.last().year() - m_firstMonth.year()) * 12 + p.last().month() - m_firstMonth.month()));
        if (p.last() > staleAfter || (m.gapAt >= 0 && monthIndex >= m.gapAt && monthIndex < m.gapAt + 4))
            continue;
        Observation total;
        total.measureCode = m.code;
        total.period = p;
        total.provisional = p.last() >= Period::monthContaining(m_options.lastMonth).first();
        if (m.aggregation == Aggregation::Ratio) {
            const double rate = valueAt(m, p, monthIndex);
            const double denominator = std::max(1.0, std::round(s.ratioVolume * (1.0 + 0.05 * m_random.gaussian())));
            total.denominator = denominator;
            total.numerator = std::round(denominator * rate / (percent ? 100.0 : 1.0));
            total.value = *total.numerator / denominator * (percent ? 100.0 : 1.0);
        } else {
            total.value = valueAt(m, p, monthIndex);
        }
        out.push_back(total);
        if (m.neighbourhoods)
            splitIntoMembers(m, total, m_neighbourhoods, out);
        if (m.demographics) {
            splitIntoMembers(m, total, m_race, out);
            splitIntoMembers(m, total, m_gender, out);
        }
    }
}

// Figures by member that agree with the total: counts add up to it exactly;
// a ratio's numerators and denominators add up to the total's, so its rate is
// the members' pooled rate; other values (means, and in the large city also
// `last`, `min` and `max`) are centred so that their share-weighted mean is the
// total. Those weights are not stored (an observation has no weight), and most
// of these measures are medians, which no weighting of the members' medians
// gives; what a reader can check is that the total lies between the lowest and
// the highest member, as it does for a real median.
void Generator::splitIntoMembers(const PlannedMeasure &m, const Observation &total,
                                 const std::vector<MemberShare> &members, std::vector<Observation> &out)
{
    const bool percent = QLatin1String(m.spec->unit) == QLatin1String("%");
    const std::vector<double> uncapped(members.size(), std::numeric_limits<double>::infinity());
    std::vector<double> shares;
    for (const MemberShare &member : members)
        shares.push_back(member.share);
    std::vector<double> values(members.size());
    std::vector<double> numerators, denominators;
    if (m.aggregation == Aggregation::Sum) {
        std::vector<double> weights;
        for (const MemberShare &member : members)
            weights.push_back(member.share * std::max(0.0, 1.0 + 0.1 * m_random.gaussian()));
        values = splitWhole(total.value, weights, uncapped);
    } else if (m.aggregation == Aggregation::Ratio) {
        denominators = splitWhole(*total.denominator, shares, uncapped);
        std::vector<double> expected;
        for (std::size_t i = 0; i < members.size(); ++i) {
            const double rate = *total.numerator / *total.denominator * (1.0 + members[i].offset);
            expected.push_back(denominators[i] * std::clamp(rate, 0.0, 1.0));
        }
        numerators = splitWhole(*total.numerator, expected, denominators);
    } else {
        double meanOffset = 0;
        for (const MemberShare &member : members)
            meanOffset += member.share * member.offset;
        for (std::size_t i = 0; i < members.size(); ++i) {
            values[i] = total.value * (1.0 + members[i].offset - meanOffset);
            if (percent && m.direction != Direction::Band)
                values[i] = std::clamp(values[i], 0.0, 100.0);
        }
    }
    for (std::size_t i = 0; i < members.size(); ++i) {
        Observation o = total;
        o.dimensionCode = members[i].dimension;
        o.memberCode = members[i].code;
        o.note.clear();
        if (m.aggregation == Aggregation::Ratio) {
            if (denominators[i] == 0)
                continue; // no cases in this member: no rate to show
            o.numerator = numerators[i];
            o.denominator = denominators[i];
            o.value = numerators[i] / denominators[i] * (percent ? 100.0 : 1.0);
        } else {
            o.value = values[i];
        }
        out.push_back(o);
    }
}

ObservationFeed Generator::feed()
{
    auto buffer = std::make_shared<std::vector<Observation>>();
    auto position = std::make_shared<std::size_t>(0);
    auto nextMeasure = std::make_shared<std::size_t>(0);
    return [this, buffer, position, nextMeasure](Observation &next) {
        while (*position >= buffer->size()) {
            if (*nextMeasure >= m_measures.size())
                return false;
            buffer->clear();
            *position = 0;
            generate(m_measures[(*nextMeasure)++], *buffer);
        }
        next = std::move((*buffer)[(*position)++]);
        ++m_written;
        return true;
    };
}

} // namespace

DemoSummary writeDemoCityInto(KpiStore &store, const DemoOptions &options)
{
    Generator generator(options);
    ImportBatch batch = generator.structure();
    batch.onDuplicate = DuplicatePolicy::Fail; // a new database: nothing to replace, nothing to keep for undo
    const ImportSummary written = store.applyImport(batch, generator.feed());
    DemoSummary summary;
    summary.measures = int(batch.measures.size());
    summary.observations = written.observationsWritten;
    const DemoOptions defaults;
    const bool defaultCity = options.scale == defaults.scale && options.seed == defaults.seed
                             && options.lastMonth == defaults.lastMonth;
    demo::writeDemoCommentary(store, options.lastMonth, generator.plannedNotes(), defaultCity);
    store.completeBuild();
    return summary;
}

DemoSummary writeDemoCity(const QString &path, const DemoOptions &options)
{
    if (isServerLocation(path)) {
        // A server database has no file to rename into place: the import's
        // one transaction is what keeps a half-written city from anyone.
        const auto store = openStore(path, StoreOpenMode::CreateIfMissing);
        if (store->latestChangeId() > 0 || !store->structure().measures.empty())
            throw StoreError(StoreError::Kind::InvalidData,
                DemoCityText::tr("%1 already holds a city and is never overwritten. Choose an empty database, "
                                 "set up with \"civicstat server-init\".")
                    .arg(store->location()));
        return writeDemoCityInto(*store, options);
    }
    if (QFileInfo::exists(path))
        throw StoreError(StoreError::Kind::InvalidData,
            DemoCityText::tr("\"%1\" already exists and is never overwritten. Choose another name, or delete it "
                             "first.")
                .arg(path));
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    DemoSummary summary;
    try {
        auto store = openStore(partial, StoreOpenMode::BuildNew);
        summary = writeDemoCityInto(*store, options);
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw StoreError(StoreError::Kind::Io,
            DemoCityText::tr("Could not create \"%1\". Check that you may write to the folder.").arg(path));
    }
    return summary;
}

} // namespace civicstat
