// Reading a sheet through a mapping: its header, columns and rows (mappedplanner.h).
#include "mappedplanner.h"

#include <QRegularExpression>
#include <cmath>

namespace civicstat::mappedplanning {

void Planner::run(const Sheet &sheet)
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

void Planner::fileProblem(const QString &reason)
{
    ImportProblem p;
    p.reason = reason;
    p.sheet = m_sheet;
    m_plan.problems.push_back(p);
}

void Planner::problem(int line, const QString &column, const QString &value, const QString &reason)
{
    m_plan.problems.push_back({line, column, value, reason, m_sheet});
}

bool Planner::checkColumns()
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

QStringList Planner::rowColumnsOf(const QString &periodText)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}]+)\\}"));
    QStringList columns;
    for (auto it = placeholder.globalMatch(periodText); it.hasNext();)
        columns << it.next().captured(1);
    return columns;
}

void Planner::matchWideColumns(const QStringList &header)
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

bool Planner::skipped(const RowView &row) const
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

QString Planner::field(const RowView &row, const char *name) const
{
    const auto it = m_mapping.fields.constFind(QLatin1String(name));
    return it == m_mapping.fields.constEnd() ? QString() : row.evaluate(*it);
}

QString Planner::fieldColumn(const char *name) const
{
    const FieldRule rule = m_mapping.fields.value(QLatin1String(name));
    return rule.column.isEmpty() && rule.key ? rule.key->column : rule.column;
}

std::optional<double> Planner::number(const QString &cell, int line, const QString &column)
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

void Planner::readRow(const QStringList &cells, int line)
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

bool Planner::isPlainColumn(const FieldRule &rule)
{
    return !rule.column.isEmpty() && rule.pattern.pattern().isEmpty() && !rule.slug && !rule.hasMap
        && rule.prefix.isEmpty() && rule.fallback.isEmpty() && !rule.otherwise;
}

QString Planner::columnOf(const char *name) const
{
    const QString column = fieldColumn(name);
    return column.isEmpty() ? QStringLiteral("fields.") + QLatin1String(name) : column;
}

bool Planner::consistent(const RowView &row, int line, std::optional<Direction> direction,
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

void Planner::conflict(int line, const char *field, const QString &code, const QString &value, const QString &reason)
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

const ValueColumn::Reading *Planner::readingFor(const ValueColumn &column, const RowView &row) const
{
    for (const ValueColumn::Reading &reading : column.readings) {
        if (reading.rule->whenColumn.isEmpty()
            || reading.rule->whenValues.contains(cleanText(row.cell(reading.rule->whenColumn)), Qt::CaseInsensitive))
            return &reading;
    }
    return nullptr;
}

QString Planner::periodOfRow(QString text, const RowView &row)
{
    for (const QString &column : rowColumnsOf(text))
        text.replace(QLatin1Char('{') + column + QLatin1Char('}'), cleanText(row.cell(column)));
    return text;
}

void Planner::readTargetPer(const RowView &row, int line)
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

} // namespace civicstat::mappedplanning
