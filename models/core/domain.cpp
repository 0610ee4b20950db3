#include "domain.h"

#include <array>
#include <utility>

namespace civicstat {

namespace {

template<typename Enum, std::size_t N>
QString textOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, text] : table) {
        if (candidate == value)
            return QString::fromLatin1(text);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    for (const auto &[value, candidate] : table) {
        if (wanted == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Direction, const char *>, 3> directionNames{{
    {Direction::Higher, "higher"}, {Direction::Lower, "lower"}, {Direction::Band, "band"}}};
constexpr std::array<std::pair<Aggregation, const char *>, 6> aggregationNames{{
    {Aggregation::Sum, "sum"}, {Aggregation::Mean, "mean"}, {Aggregation::Last, "last"},
    {Aggregation::Min, "min"}, {Aggregation::Max, "max"}, {Aggregation::Ratio, "ratio"}}};
constexpr std::array<std::pair<Frequency, const char *>, 5> frequencyNames{{
    {Frequency::Daily, "daily"}, {Frequency::Weekly, "weekly"}, {Frequency::Monthly, "monthly"},
    {Frequency::Quarterly, "quarterly"}, {Frequency::Annual, "annual"}}};
constexpr std::array<std::pair<Classification, const char *>, 4> classificationNames{{
    {Classification::Public, "public"}, {Classification::Internal, "internal"},
    {Classification::Confidential, "confidential"}, {Classification::Restricted, "restricted"}}};

constexpr std::array<std::pair<Frequency, const char *>, 3> targetPerNames{{
    {Frequency::Monthly, "month"}, {Frequency::Quarterly, "quarter"}, {Frequency::Annual, "year"}}};

template<typename T>
const T *findIn(const std::vector<T> &items, const QHash<QString, int> &index, const QString &code)
{
    const auto it = index.constFind(code);
    return it == index.constEnd() ? nullptr : &items[std::size_t(*it)];
}

} // namespace

QString toText(Direction value) { return textOf(directionNames, value); }
QString toText(Aggregation value) { return textOf(aggregationNames, value); }
QString toText(Frequency value) { return textOf(frequencyNames, value); }
QString toText(Classification value) { return textOf(classificationNames, value); }
std::optional<Direction> directionFromText(const QString &text) { return valueOf(directionNames, text); }
std::optional<Aggregation> aggregationFromText(const QString &text) { return valueOf(aggregationNames, text); }
std::optional<Frequency> frequencyFromText(const QString &text) { return valueOf(frequencyNames, text); }
std::optional<Classification> classificationFromText(const QString &text)
{
    return valueOf(classificationNames, text);
}

QString targetPerText(Frequency per) { return textOf(targetPerNames, per); }
std::optional<Frequency> targetPerFromText(const QString &text) { return valueOf(targetPerNames, text); }

const Department *Structure::departmentById(Id id) const
{
    const auto it = m_departmentById.constFind(id);
    return it == m_departmentById.constEnd() ? nullptr : &departments[std::size_t(*it)];
}

const Department *Structure::departmentByCode(const QString &code) const
{
    return findIn(departments, m_departmentByCode, code);
}

const Goal *Structure::goalByCode(const QString &code) const { return findIn(goals, m_goalByCode, code); }

const Objective *Structure::objectiveByCode(const QString &code) const
{
    return findIn(objectives, m_objectiveByCode, code);
}

const Measure *Structure::measureByCode(const QString &code) const
{
    return findIn(measures, m_measureByCode, code);
}

namespace {
template<typename T>
const std::vector<const T *> &childrenIn(const QHash<Id, std::vector<const T *>> &map, Id id)
{
    static const std::vector<const T *> none;
    const auto it = map.constFind(id);
    return it == map.constEnd() ? none : *it;
}
} // namespace

Structure::Structure(const Structure &other)
    : departments(other.departments), goals(other.goals), objectives(other.objectives), measures(other.measures)
{
    index();
}

Structure &Structure::operator=(const Structure &other)
{
    if (this != &other) {
        departments = other.departments;
        goals = other.goals;
        objectives = other.objectives;
        measures = other.measures;
        index();
    }
    return *this;
}

const std::vector<const Measure *> &Structure::measuresOf(Id objectiveId) const
{
    return childrenIn(m_measuresOf, objectiveId);
}

const std::vector<const Objective *> &Structure::objectivesOfGoal(Id goalId) const
{
    return childrenIn(m_objectivesOfGoal, goalId);
}

const std::vector<const Objective *> &Structure::objectivesOfDepartment(Id departmentId) const
{
    return childrenIn(m_objectivesOfDepartment, departmentId);
}

void Structure::index()
{
    m_measuresOf.clear();
    m_objectivesOfGoal.clear();
    m_objectivesOfDepartment.clear();
    for (const Measure &m : measures)
        m_measuresOf[m.objectiveId].push_back(&m);
    for (const Objective &o : objectives) {
        m_objectivesOfGoal[o.goalId].push_back(&o);
        m_objectivesOfDepartment[o.departmentId].push_back(&o);
    }
    m_departmentById.clear();
    m_departmentByCode.clear();
    m_goalByCode.clear();
    m_objectiveByCode.clear();
    m_measureByCode.clear();
    for (int i = 0; i < int(departments.size()); ++i) {
        m_departmentById.insert(departments[std::size_t(i)].id, i);
        m_departmentByCode.insert(departments[std::size_t(i)].code, i);
    }
    for (int i = 0; i < int(goals.size()); ++i)
        m_goalByCode.insert(goals[std::size_t(i)].code, i);
    for (int i = 0; i < int(objectives.size()); ++i)
        m_objectiveByCode.insert(objectives[std::size_t(i)].code, i);
    for (int i = 0; i < int(measures.size()); ++i)
        m_measureByCode.insert(measures[std::size_t(i)].code, i);
}

} // namespace civicstat
