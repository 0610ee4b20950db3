// Building the import batch from what the rows said: structure, targets and figures (mappedplanner.h).
#include "mappedplanner.h"

#include <cmath>

namespace civicstat::mappedplanning {

void Planner::addStructure(const RowView &row, const QString &measureCode, const QString &measureName,
                           std::optional<Direction> direction, std::optional<Aggregation> aggregation,
                           std::optional<Frequency> frequency, std::optional<Classification> classification)
{
    const QString goalCode = field(row, "goal_code");
    const QString departmentCode = field(row, "department_code");
    const QString objectiveCode = field(row, "objective_code");
    if (!m_goals.contains(goalCode)) {
        Goal g;
        if (const Goal *old = m_existing.goalByCode(goalCode))
            g = *old;
        else
            g.sortOrder = int(m_existing.goals.size() + m_goals.size()) + 1;
        g.code = goalCode;
        g.name = field(row, "goal_name");
        m_goals.insert(goalCode, int(m_plan.batch.goals.size()));
        m_plan.batch.goals.push_back(g);
    }
    if (!m_departments.contains(departmentCode)) {
        Department d;
        if (const Department *old = m_existing.departmentByCode(departmentCode))
            d = *old;
        d.code = departmentCode;
        d.name = field(row, "department_name");
        m_departments.insert(departmentCode);
        m_plan.batch.departments.push_back(d);
    }
    if (!m_objectives.contains(objectiveCode)) {
        Objective o;
        if (const Objective *old = m_existing.objectiveByCode(objectiveCode))
            o = *old;
        o.code = objectiveCode;
        o.name = field(row, "objective_name");
        m_objectives.insert(objectiveCode);
        m_plan.batch.objectives.push_back({o, {goalCode, departmentCode}});
    }
    if (m_measures.contains(measureCode))
        return;
    Measure m;
    const Measure *old = m_existing.measureByCode(measureCode);
    if (old)
        m = *old;
    else
        ++m_plan.counts.newMeasures;
    m.code = measureCode;
    m.name = measureName;
    m.direction = direction.value_or(old ? old->direction : Direction::Higher);
    const auto text = [&](const char *name, QString &target) {
        const QString value = field(row, name);
        if (!value.isEmpty())
            target = value;
    };
    text("unit", m.unit);
    text("definition", m.definition);
    text("methodology", m.methodology);
    text("source", m.sourceSystem);
    text("steward", m.steward);
    if (aggregation)
        m.aggregation = *aggregation;
    if (frequency)
        m.frequency = *frequency;
    if (classification)
        m.classification = *classification;
    if (!old) {
        m.decimals = m.unit == QLatin1String("%") ? 1 : 0;
        m_newMeasures.insert(measureCode, int(m_plan.batch.measures.size()));
    }
    m_measures.insert(measureCode, direction.has_value());
    m_measureUnits.insert(measureCode, m.unit);
    m_plan.batch.measures.push_back({m, {objectiveCode, departmentCode}});
    ++m_plan.counts.measures;
}

void Planner::addValue(const QString &measure, const QString &dimension, const QString &member, const Period &period,
                       const QString &role, const QString &cell, int line, const QString &column,
                       std::optional<Direction> direction)
{
    if (role == QLatin1String("note")) {
        if (!cleanText(cell).isEmpty())
            figureFor(measure, dimension, member, period, line).note = cleanText(cell);
        return;
    }
    if (role == QLatin1String("commentary") || role == QLatin1String("target_note")) {
        // "N/A" in an explanation column explains nothing.
        const QString text = isMissing(cell, m_mapping.conventions) ? QString() : narrativeText(cell);
        if (text.isEmpty())
            return;
        if (role == QLatin1String("commentary"))
            m_narrative.addCommentary(measure, period, text, line);
        else
            m_narrative.addTargetNote(measure, period.first(), text, line);
        return;
    }
    auto value = number(cell, line, column);
    if (!value)
        return;
    if (m_mapping.conventions.percentFractions && m_measureUnits.value(measure) == QLatin1String("%")
        && !cell.contains(QLatin1Char('%')) && *value >= 0 && *value <= 1)
        *value *= 100.0;
    if (role == QLatin1String("target")) {
        // A measure without a direction is monitored only: its targets mean nothing yet.
        if (!direction)
            return;
        NewTarget t;
        t.measureCode = measure;
        t.target.effectiveFrom = period.first();
        t.target.per = m_rowTargetPer;
        t.target.value = *value;
        t.target.bandLow = t.target.bandHigh = *value; // "maintain": the band is the target itself
        const QString key = measure + QChar(0x1f) + t.target.effectiveFrom.toString(Qt::ISODate);
        m_narrative.targetSetOnRow(measure, t.target.effectiveFrom, line);
        if (m_targets.contains(key))
            m_plan.batch.targets[std::size_t(m_targets.value(key))] = t; // a later row wins
        else {
            m_targets.insert(key, int(m_plan.batch.targets.size()));
            m_plan.batch.targets.push_back(t);
        }
        return;
    }
    Figure &f = figureFor(measure, dimension, member, period, line);
    if (role == QLatin1String("actual"))
        f.actual = value;
    else if (role == QLatin1String("numerator"))
        f.numerator = value;
    else
        f.denominator = value;
}

Figure &Planner::figureFor(const QString &measure, const QString &dimension, const QString &member, const Period &period, int line)
{
    // A total has no dimension in the database, whatever the row's dimension cell says.
    const FigureKey key{measure, member.isEmpty() ? QString() : dimension, member, period.first().toJulianDay(),
                        period.kind()};
    auto it = m_figureIndex.constFind(key);
    if (it != m_figureIndex.constEnd()) {
        Figure &existing = m_figures[std::size_t(*it)].second;
        if (existing.line == line)
            return existing;
        ++m_plan.counts.duplicatesInFile;
        switch (m_policy) {
        case DuplicatePolicy::Fail:
            problem(line, QString(), period.text(),
                MappedImportText::tr(
                    "%1%2 for %3 is also on row %4; choose what wins with --on-duplicate replace or skip")
                    .arg(measure, member.isEmpty() ? QString() : QStringLiteral(" (") + member + QLatin1Char(')'),
                        period.text(), QString::number(existing.line)));
            m_scratch = Figure{};
            return m_scratch;
        case DuplicatePolicy::Skip:
            m_scratch = Figure{};
            return m_scratch; // the first row wins
        case DuplicatePolicy::Replace:
            existing = Figure{};
            existing.line = line;
            return existing; // the last row wins
        }
    }
    Observation o;
    o.measureCode = measure;
    o.period = period;
    o.dimensionCode = member.isEmpty() ? QString() : dimension;
    o.memberCode = member;
    m_figureIndex.insert(key, int(m_figures.size()));
    Figure f;
    f.line = line;
    m_figures.push_back({o, f});
    return m_figures.back().second;
}

void Planner::finish()
{
    m_plan.batch.observations.reserve(m_figures.size());
    for (auto &[o, f] : m_figures) {
        if (f.actual) {
            o.value = *f.actual;
        } else if (f.numerator && f.denominator && *f.denominator > 0) {
            o.value = *f.numerator / *f.denominator * (m_measureUnits.value(o.measureCode) == QLatin1String("%") ? 100 : 1);
        } else {
            continue; // a note or parts without a figure
        }
        o.numerator = f.numerator;
        o.denominator = f.denominator;
        o.note = f.note;
        m_plan.batch.observations.push_back(o);
    }
    m_plan.counts.observations = int(m_plan.batch.observations.size());
    m_plan.counts.targets = int(m_plan.batch.targets.size());
    countMeasuresThatCannotScore();
    m_narrative.finish(m_plan.batch, m_plan.counts);
    // A new measure shows as many decimals as its figures have (up to
    // 2), so that 99.25 or 1.58 is never shown as a whole number.
    for (const Observation &o : m_plan.batch.observations) {
        if (const auto it = m_newMeasures.constFind(o.measureCode); it != m_newMeasures.constEnd()) {
            Measure &m = m_plan.batch.measures[std::size_t(*it)].first;
            m.decimals = std::max(m.decimals, decimalsShown(o.value));
        }
    }
}

void Planner::countMeasuresThatCannotScore()
{
    QSet<QString> withFigures;
    QSet<QString> withTotals;
    for (const Observation &o : m_plan.batch.observations) {
        withFigures.insert(o.measureCode);
        if (o.memberCode.isEmpty())
            withTotals.insert(o.measureCode);
    }
    QSet<QString> targeted;
    for (const NewTarget &t : m_plan.batch.targets)
        targeted.insert(t.measureCode);
    for (const auto &[measure, parents] : m_plan.batch.measures) {
        if (withFigures.contains(measure.code) && !withTotals.contains(measure.code))
            ++m_plan.counts.measuresByMemberOnly;
        if (m_newMeasures.contains(measure.code) && !targeted.contains(measure.code))
            ++m_plan.counts.newMeasuresWithoutTarget;
    }
}

int Planner::decimalsShown(double value)
{
    for (int places = 0; places < 2; ++places) {
        const double scaled = value * std::pow(10.0, places);
        if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::abs(scaled)))
            return places;
    }
    return 2;
}

} // namespace civicstat::mappedplanning
