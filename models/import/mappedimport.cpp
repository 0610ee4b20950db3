#include "mappedimport.h"

#include "codedescriptions.h"
#include "mappednarrative.h"
#include "mappedrow.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <QHash>
#include <QSet>
#include <cmath>
#include <functional>

namespace civicstat {

namespace {

struct MappedImportText { Q_DECLARE_TR_FUNCTIONS(MappedImport) };

// A header and the rules that read it, in the mapping's order: a row reads
// the cell through the first whose `when` it meets.
struct ValueColumn {
    struct Reading {
        const WideColumnRule *rule = nullptr;
        Period period;      // when the period is the header's alone
        QString periodText; // when it takes the row's cells: the header's groups filled in
    };
    int index = 0;
    QString header;
    std::vector<Reading> readings;
};

// Which figure a cell is for. Texts are shared with the row's, so a key costs
// no allocation: a wide file makes one per cell.
struct FigureKey {
    QString measure;
    QString dimension;
    QString member;
    qint64 firstDay;
    PeriodKind kind;
    bool operator==(const FigureKey &other) const
    {
        return firstDay == other.firstDay && kind == other.kind && measure == other.measure
            && member == other.member && dimension == other.dimension;
    }
};

size_t qHash(const FigureKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.measure, key.dimension, key.member, key.firstDay, int(key.kind));
}

struct Figure {
    std::optional<double> actual;
    std::optional<double> numerator;
    std::optional<double> denominator;
    QString note;
    int line = 0;
};

class Planner
{
public:
    Planner(const QString &fileName, const ImportMapping &mapping, const Structure &existing,
            const CitySettings &settings, DuplicatePolicy policy, MappedImportPlan &plan)
        : m_fileName(fileName), m_mapping(mapping), m_existing(existing), m_policy(policy),
          m_plan(plan), m_fiscalStart(mapping.fiscalYearStartMonth.value_or(settings.fiscalYearStartMonth)),
          m_narrative(QFileInfo(fileName).fileName())
    {
    }

    void run(const Sheet &sheet)
    {
        m_sheet = sheet.name;
        const std::size_t headerIndex = std::size_t(std::max(1, m_mapping.headerRow) - 1);
        if (headerIndex >= sheet.rows.size()) {
            fileProblem(MappedImportText::tr("the header row %1 is beyond the end of the sheet (%2 rows)")
                            .arg(m_mapping.headerRow)
                            .arg(sheet.rows.size()));
            return;
        }
        const QStringList &header = sheet.rows[headerIndex];
        m_header = header;
        m_csvRecords = sheet.csvRecords;
        const int headerLine = sheet.lines.size() > headerIndex ? sheet.lines[headerIndex] : m_mapping.headerRow;
        for (const CsvQuoteProblem &quote : sheet.quoteProblems) {
            problem(quote.line, quote.recordLine > headerLine ? cleanText(header.value(quote.field)) : QString(),
                    quote.value, quote.reason);
            m_badlyQuotedRecords.insert(quote.recordLine);
        }
        for (int i = 0; i < header.size(); ++i) {
            const QString name = cleanText(header.at(i));
            if (!name.isEmpty() && !m_columns.contains(name))
                m_columns.insert(name, i);
        }
        if (!checkColumns())
            return;
        if (m_mapping.layout == ImportMapping::Layout::Wide)
            matchWideColumns(header);
        for (std::size_t r = headerIndex + 1; r < sheet.rows.size(); ++r)
            readRow(sheet.rows[r], sheet.lines.size() > r ? sheet.lines[r] : int(r) + 1);
        finish();
    }

private:
    void fileProblem(const QString &reason)
    {
        ImportProblem p;
        p.reason = reason;
        p.sheet = m_sheet;
        m_plan.problems.push_back(p);
    }

    void problem(int line, const QString &column, const QString &value, const QString &reason)
    {
        m_plan.problems.push_back({line, column, value, reason, m_sheet});
    }

    bool checkColumns()
    {
        QStringList missing;
        const auto needColumn = [&](const QString &column) {
            if (!column.isEmpty() && !m_columns.contains(column) && !missing.contains(column))
                missing << column;
        };
        const std::function<void(const FieldRule &)> need = [&](const FieldRule &rule) {
            needColumn(rule.column);
            if (rule.key)
                need(*rule.key);
            for (const FieldRule &part : rule.join)
                need(part);
            if (rule.otherwise)
                need(*rule.otherwise);
        };
        for (const FieldRule &rule : m_mapping.fields)
            need(rule);
        for (const FieldRule &rule : m_mapping.longValues)
            need(rule);
        if (m_mapping.member.isSet()) {
            need(m_mapping.dimension);
            need(m_mapping.member);
        }
        need(m_mapping.targetPerRule);
        for (const auto &[column, values] : m_mapping.skipRows)
            needColumn(column);
        for (const WideColumnRule &rule : m_mapping.wideColumns) {
            needColumn(rule.whenColumn);
            for (const QString &column : rowColumnsOf(rule.period))
                needColumn(column);
        }
        missing.sort(); // the fields are hashed: keep the messages in a stable order
        for (const QString &column : missing)
            fileProblem(
                MappedImportText::tr("the mapping names the column \"%1\", which the header row %2 does not have")
                    .arg(column)
                    .arg(m_mapping.headerRow));
        return missing.isEmpty();
    }

    // The columns a period text takes from the row: FY{CFY}-Q1 takes CFY.
    static QStringList rowColumnsOf(const QString &periodText)
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{([^}]+)\\}"));
        QStringList columns;
        for (auto it = placeholder.globalMatch(periodText); it.hasNext();)
            columns << it.next().captured(1);
        return columns;
    }

    void matchWideColumns(const QStringList &header)
    {
        for (int i = 0; i < header.size(); ++i) {
            const QString name = cleanText(header.at(i));
            ValueColumn column{i, name, {}};
            for (const WideColumnRule &rule : m_mapping.wideColumns) {
                const auto match = rule.header.match(name);
                if (!match.hasMatch() || match.capturedLength(0) != name.size())
                    continue;
                ValueColumn::Reading reading{&rule, Period(), QString()};
                std::optional<Period> period;
                if (!rule.periodFormat.isEmpty()) {
                    ValueConventions dates = m_mapping.conventions;
                    dates.dateFormats = {rule.periodFormat};
                    period = parseCellPeriod(name, dates, m_mapping.periodKind, m_fiscalStart);
                } else {
                    QString text = rule.period;
                    for (int g = match.lastCapturedIndex(); g >= 1; --g)
                        text.replace(QStringLiteral("\\%1").arg(g), match.captured(g));
                    if (rule.periodFromRow())
                        reading.periodText = text;
                    else
                        period = parseMappedPeriod(text, m_fiscalStart);
                }
                if (!period && reading.periodText.isEmpty()) {
                    problem(m_mapping.headerRow, name, name,
                        MappedImportText::tr("the mapping makes this header a period it cannot read"));
                    break;
                }
                if (period)
                    reading.period = *period;
                column.readings.push_back(reading);
                if (rule.whenColumn.isEmpty())
                    break; // every row reads it so: later rules are never reached
            }
            if (!column.readings.empty())
                m_valueColumns.push_back(column);
        }
        if (m_valueColumns.empty())
            fileProblem(MappedImportText::tr(
                "no header matches the mapping's value columns, so there are no figures to import"));
    }

    bool skipped(const RowView &row) const
    {
        for (const auto &[column, values] : m_mapping.skipRows) {
            const QString cell = cleanText(row.cell(column));
            for (const QString &v : values) {
                if (cell.compare(v, Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
        return false;
    }

    QString field(const RowView &row, const char *name) const
    {
        const auto it = m_mapping.fields.constFind(QLatin1String(name));
        return it == m_mapping.fields.constEnd() ? QString() : row.evaluate(*it);
    }

    QString fieldColumn(const char *name) const
    {
        const FieldRule rule = m_mapping.fields.value(QLatin1String(name));
        return rule.column.isEmpty() && rule.key ? rule.key->column : rule.column;
    }

    std::optional<double> number(const QString &cell, int line, const QString &column)
    {
        const ParsedValue parsed = parseCellNumber(cell, m_mapping.conventions);
        if (parsed.kind == ParsedValue::Kind::Number)
            return parsed.number;
        if (parsed.kind == ParsedValue::Kind::Invalid) {
            ++m_plan.counts.valuesRefused;
            const ImportProblem p{line, column, cleanText(cell).left(80), parsed.reason, m_sheet};
            (m_mapping.skipInvalidValues ? m_plan.refused : m_plan.problems).push_back(p);
        }
        return std::nullopt;
    }

    void readRow(const QStringList &cells, int line)
    {
        bool blank = true;
        for (const QString &c : cells)
            blank = blank && cleanText(c).isEmpty();
        if (blank || m_badlyQuotedRecords.contains(line))
            return; // a record with a quote in the wrong place is reported as such
        if (m_csvRecords) {
            if (const auto width = recordWidthProblem(cells, m_header)) {
                problem(line, QString(), width->value, width->reason);
                return;
            }
        }
        const RowView row(m_columns, cells, m_mapping);
        if (skipped(row))
            return;
        ++m_plan.rowsRead;
        const int before = int(m_plan.problems.size());
        const QString measureCode = field(row, "measure_code");
        const QString measureName = field(row, "measure_name");
        for (const auto &[name, value] : {std::pair<const char *, QString>{"goal_code", field(row, "goal_code")},
                                          {"goal_name", field(row, "goal_name")},
                                          {"objective_code", field(row, "objective_code")},
                                          {"objective_name", field(row, "objective_name")},
                                          {"department_code", field(row, "department_code")},
                                          {"department_name", field(row, "department_name")},
                                          {"measure_code", measureCode},
                                          {"measure_name", measureName}}) {
            if (value.isEmpty())
                problem(line, fieldColumn(name), row.cell(fieldColumn(name)),
                    MappedImportText::tr("%1 is empty here, and the mapping gives no default")
                        .arg(QLatin1String(name)));
        }
        const auto direction = word(row, line, "direction", directionFromText, MappedImportText::tr("a direction"),
                                    MappedImportText::tr("higher, lower or band (null for none)"));
        const auto aggregation = word(row, line, "aggregation", aggregationFromText,
            MappedImportText::tr("an aggregation"), MappedImportText::tr("sum, mean, last, min, max or ratio"));
        const auto frequency = word(row, line, "frequency", frequencyFromText, MappedImportText::tr("a frequency"),
                                    MappedImportText::tr("daily, weekly, monthly, quarterly or annual"));
        const auto classification
            = word(row, line, "classification", classificationFromText, MappedImportText::tr("a classification"),
                MappedImportText::tr("public, internal, confidential or restricted"));
        readTargetPer(row, line);
        if (int(m_plan.problems.size()) > before)
            return;
        if (!consistent(row, line, direction, aggregation))
            return;
        addStructure(row, measureCode, measureName, direction, aggregation, frequency, classification);
        const QString member = m_mapping.member.isSet() ? row.evaluate(m_mapping.member) : QString();
        const QString dimensionName = m_mapping.member.isSet() ? cleanText(row.evaluate(m_mapping.dimension)) : QString();
        const QString dimension = slugOf(dimensionName).toLower();
        if (!dimension.isEmpty() && !m_dimensionsNamed.contains(dimension)) {
            m_dimensionsNamed.insert(dimension); // "Community District" is shown; its code keys it
            m_plan.batch.dimensions.push_back({dimension, dimensionName});
        }
        if (m_mapping.layout == ImportMapping::Layout::Wide) {
            // The cells this row reads, with their periods, in the header's order.
            struct Read {
                const ValueColumn *column = nullptr;
                const ValueColumn::Reading *reading = nullptr;
                QString cell;
                std::optional<Period> period; // none: the row's cells make no period (badText)
                QString badText;
                bool notReported = false; // a zero after the row's last non-zero figure
            };
            std::vector<Read> reads;
            bool trailingZeros = false;
            for (const ValueColumn &c : m_valueColumns) {
                const ValueColumn::Reading *reading = readingFor(c, row);
                if (!reading)
                    continue;
                const QString cell = c.index < cells.size() ? cells.at(c.index) : QString();
                if (reading->rule->missing.contains(cleanText(cell), Qt::CaseInsensitive))
                    continue;
                Read r{&c, reading, cell, reading->period, QString(), false};
                if (!reading->periodText.isEmpty()) {
                    r.badText = periodOfRow(reading->periodText, row);
                    r.period = parseMappedPeriod(r.badText, m_fiscalStart);
                }
                trailingZeros = trailingZeros || reading->rule->trailingZerosMissing;
                reads.push_back(r);
            }
            if (trailingZeros)
                markTrailingZeros(reads);
            for (const Read &r : reads) {
                if (!r.period) {
                    problem(line, r.column->header, r.badText,
                        MappedImportText::tr(
                            "the mapping makes this row's cells the period \"%1\", which it cannot read; "
                            "check the columns named in the period %2")
                            .arg(r.badText, r.reading->rule->period));
                    continue;
                }
                if (r.notReported) {
                    ++m_plan.counts.zerosNotReported;
                    continue;
                }
                addValue(measureCode, dimension, member, *r.period, r.reading->rule->role, r.cell, line,
                         r.column->header, direction);
            }
        } else {
            const FieldRule periodRule = m_mapping.longValues.value(QStringLiteral("period"));
            const QString periodCell = row.evaluate(periodRule);
            const auto period = parseCellPeriod(periodCell, m_mapping.conventions, m_mapping.periodKind,
                                                m_fiscalStart);
            if (!period) {
                problem(line, periodRule.column, periodCell,
                    MappedImportText::tr("not a period or a date in the formats %1")
                        .arg(m_mapping.conventions.dateFormats.join(QStringLiteral(", "))));
                return;
            }
            for (const char *role : {"value", "target", "numerator", "denominator", "note", "commentary", "target_note"}) {
                const auto it = m_mapping.longValues.constFind(QLatin1String(role));
                if (it == m_mapping.longValues.constEnd())
                    continue;
                // An explanation read straight from its cell keeps its paragraphs, which a worked-out field loses.
                const bool narrative = QLatin1String(role) == QLatin1String("commentary")
                    || QLatin1String(role) == QLatin1String("target_note");
                addValue(measureCode, dimension, member, *period,
                         QLatin1String(role) == QLatin1String("value") ? QStringLiteral("actual") : QLatin1String(role),
                         narrative && isPlainColumn(*it) ? row.cell(it->column) : row.evaluate(*it), line, it->column,
                         direction);
            }
        }
    }

    static bool isPlainColumn(const FieldRule &rule)
    {
        return !rule.column.isEmpty() && rule.pattern.pattern().isEmpty() && !rule.slug && !rule.hasMap
            && rule.prefix.isEmpty() && rule.fallback.isEmpty() && !rule.otherwise;
    }

    // "trailing_zeros": "missing": of the cells a row reads through such a
    // rule, taken in their periods' order, the zeros after the last non-zero
    // number are not reported yet. Blank cells and words are neither.
    template<typename Reads>
    void markTrailingZeros(Reads &reads) const
    {
        QHash<const WideColumnRule *, std::vector<std::size_t>> byRule;
        for (std::size_t i = 0; i < reads.size(); ++i) {
            if (reads[i].reading->rule->trailingZerosMissing && reads[i].period)
                byRule[reads[i].reading->rule].push_back(i);
        }
        for (auto it = byRule.begin(); it != byRule.end(); ++it) {
            std::vector<std::size_t> &order = it.value();
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                const Period &pa = *reads[a].period;
                const Period &pb = *reads[b].period;
                return pa.first() != pb.first() ? pa.first() < pb.first() : pa.last() < pb.last();
            });
            for (auto i = order.rbegin(); i != order.rend(); ++i) {
                const ParsedValue v = parseCellNumber(reads[*i].cell, m_mapping.conventions);
                if (v.kind == ParsedValue::Kind::Number && v.number != 0.0)
                    break; // the row's last figure: what comes before it stands
                if (v.kind == ParsedValue::Kind::Number)
                    reads[*i].notReported = true;
            }
        }
    }

    // A word the mapping leaves unknown is refused, never taken as the default.
    template<typename Parse>
    auto word(const RowView &row, int line, const char *name, Parse parse, const QString &what,
              const QString &accepted) -> decltype(parse(QString()))
    {
        const QString text = field(row, name);
        if (text.isEmpty())
            return std::nullopt;
        const auto value = parse(text);
        if (value)
            return value;
        const QString column = fieldColumn(name);
        const QString raw = column.isEmpty() ? text : cleanText(row.cell(column));
        const QString made
            = raw == text ? QString() : MappedImportText::tr("the mapping makes it \"%1\", which is ").arg(text);
        problem(line, columnOf(name), raw,
            MappedImportText::tr("%1not %2 CivicStat knows; use %3, or map the word to one of them in fields.%4.map")
                .arg(made, what, accepted, QLatin1String(name)));
        return std::nullopt;
    }

    // Where a field comes from, for a message: its column, or the mapping's field when it is a constant.
    QString columnOf(const char *name) const
    {
        const QString column = fieldColumn(name);
        return column.isEmpty() ? QStringLiteral("fields.") + QLatin1String(name) : column;
    }

    // The same code means the same thing on every row (codedescriptions.h).
    // False when a difference stops the import.
    bool consistent(const RowView &row, int line, std::optional<Direction> direction,
                    std::optional<Aggregation> aggregation)
    {
        const int before = int(m_plan.problems.size());
        DescribedRow described;
        described.line = line;
        described.goalCode = field(row, "goal_code");
        described.goalName = field(row, "goal_name");
        described.departmentCode = field(row, "department_code");
        described.departmentName = field(row, "department_name");
        described.objectiveCode = field(row, "objective_code");
        described.objectiveName = field(row, "objective_name");
        described.measureCode = field(row, "measure_code");
        described.measureName = field(row, "measure_name");
        described.direction = direction ? toText(*direction) : QString();
        described.aggregation = aggregation ? toText(*aggregation) : QString();
        described.measureCodeMadeFromName = m_mapping.fields.value(QStringLiteral("measure_code")).slug;
        for (const DescriptionDifference &d : m_descriptions.differences(described)) {
            if (d.mergesTwoMeasures)
                problem(line, fieldColumn(d.field), d.value, d.reason);
            else
                conflict(line, d.field, d.code, d.value, d.reason);
        }
        return int(m_plan.problems.size()) == before;
    }

    void conflict(int line, const char *field, const QString &code, const QString &value, const QString &reason)
    {
        if (!m_mapping.keepFirstOfConflicts) {
            problem(line, columnOf(field), value,
                reason
                    + MappedImportText::tr(
                        "; a code stands for one thing throughout a file: correct the file or the mapping "
                        "(or keep the first row's with \"conflicts\": \"keep_first\")"));
            return;
        }
        const QString key = QLatin1String(field) + QChar(0x1f) + code + QChar(0x1f) + value;
        if (m_conflictsReported.contains(key))
            return; // each difference once, at the first row that makes it
        m_conflictsReported.insert(key);
        m_plan.refused.push_back({ line, columnOf(field), value,
            reason + MappedImportText::tr("; the first row's is kept (\"conflicts\": \"keep_first\")"), m_sheet });
    }

    const ValueColumn::Reading *readingFor(const ValueColumn &column, const RowView &row) const
    {
        for (const ValueColumn::Reading &reading : column.readings) {
            if (reading.rule->whenColumn.isEmpty()
                || reading.rule->whenValues.contains(cleanText(row.cell(reading.rule->whenColumn)), Qt::CaseInsensitive))
                return &reading;
        }
        return nullptr;
    }

    static QString periodOfRow(QString text, const RowView &row)
    {
        for (const QString &column : rowColumnsOf(text))
            text.replace(QLatin1Char('{') + column + QLatin1Char('}'), cleanText(row.cell(column)));
        return text;
    }

    // The grain of the row's targets: the mapping's word, or the row's own.
    void readTargetPer(const RowView &row, int line)
    {
        m_rowTargetPer = m_mapping.targetPer;
        if (!m_mapping.targetPerRule.isSet())
            return;
        const QString word = row.evaluate(m_mapping.targetPerRule);
        if (word.isEmpty())
            return; // the measure's frequency
        m_rowTargetPer = targetPerFromText(word);
        if (!m_rowTargetPer) {
            const QString column = m_mapping.targetPerRule.column;
            problem(line, column, column.isEmpty() ? word : cleanText(row.cell(column)),
                MappedImportText::tr(
                    "not the period a target is for: write month, quarter or year, or leave it blank for the "
                    "measure's frequency (or translate the word with target_per.map)"));
        }
    }

    void addStructure(const RowView &row, const QString &measureCode, const QString &measureName,
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

    void addValue(const QString &measure, const QString &dimension, const QString &member, const Period &period,
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

    Figure &figureFor(const QString &measure, const QString &dimension, const QString &member, const Period &period, int line)
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
                            period.text())
                        .arg(existing.line));
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

    void finish()
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

    static int decimalsShown(double value)
    {
        for (int places = 0; places < 2; ++places) {
            const double scaled = value * std::pow(10.0, places);
            if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::abs(scaled)))
                return places;
        }
        return 2;
    }

    QString m_fileName;
    const ImportMapping &m_mapping;
    const Structure &m_existing;
    DuplicatePolicy m_policy;
    MappedImportPlan &m_plan;
    int m_fiscalStart;
    std::optional<Frequency> m_rowTargetPer;
    QString m_sheet;
    QHash<QString, int> m_columns;
    std::vector<ValueColumn> m_valueColumns;
    QHash<QString, int> m_goals;
    QSet<QString> m_departments;
    QSet<QString> m_objectives;
    QHash<QString, bool> m_measures; // code -> has a direction
    QHash<QString, QString> m_measureUnits;
    QHash<QString, int> m_newMeasures; // code -> place in the batch's measures
    CodeDescriptions m_descriptions;
    QSet<QString> m_conflictsReported;
    QStringList m_header;
    bool m_csvRecords = false;
    QSet<int> m_badlyQuotedRecords; // lines their records start on
    QHash<QString, int> m_targets;
    QHash<FigureKey, int> m_figureIndex;
    QSet<QString> m_dimensionsNamed;
    std::vector<std::pair<Observation, Figure>> m_figures;
    Figure m_scratch;
    NarrativeCollector m_narrative;
};

} // namespace

MappedImportPlan planMappedImport(const TabularFile &file, const QString &fileName, const ImportMapping &mapping,
                                  const Structure &existing, const CitySettings &settings, DuplicatePolicy policy)
{
    MappedImportPlan plan;
    plan.kind = ImportPlan::Kind::Observations;
    if (file.error) {
        plan.problems.push_back({file.errorLine, QString(), QString(), *file.error, QString()});
        return plan;
    }
    const Sheet *sheet = nullptr;
    for (const Sheet &s : file.sheets) {
        if (mapping.sheet.isEmpty() || s.name == mapping.sheet) {
            sheet = &s;
            break;
        }
    }
    // A CSV file has no sheet names (its one sheet is named after the file), so a
    // mapping written for the same data as a workbook reads it whatever its name.
    if (!sheet && file.sheets.size() == 1 && !file.delimiter.isNull())
        sheet = &file.sheets.front();
    if (!sheet) {
        QStringList names;
        for (const Sheet &s : file.sheets)
            names << s.name;
        plan.problems.push_back({ 0, QString(), mapping.sheet,
            MappedImportText::tr("the mapping reads the sheet \"%1\", which the file does not have; its sheets are: %2")
                .arg(mapping.sheet, names.join(QStringLiteral(", "))),
            QString() });
        return plan;
    }
    Planner(fileName, mapping, existing, settings, policy, plan).run(*sheet);
    if (mapping.fiscalYearStartMonth && *mapping.fiscalYearStartMonth != settings.fiscalYearStartMonth) {
        plan.batch.settings = settings; // the periods were read in the mapping's fiscal year
        plan.batch.settings->fiscalYearStartMonth = *mapping.fiscalYearStartMonth;
    }
    plan.batch.onDuplicate = policy;
    plan.batch.log.kind = QStringLiteral("mapped");
    plan.batch.log.fileName = fileName;
    plan.batch.log.mapping = mapping.name;
    plan.batch.log.rowsRead = plan.rowsRead;
    return plan;
}

} // namespace civicstat
