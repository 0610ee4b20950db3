#include "canonicalimport.h"

#include "importrow.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <future>
#include <tuple>

namespace civicstat {

using importing::ImportText;

QString sha256Hex(const QByteArray &contents)
{
    return QString::fromLatin1(QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex());
}

QString ImportProblem::describe(const QString &fileName) const
{
    QString where = fileName;
    if (!sheet.isEmpty())
        where += QStringLiteral(" [%1]").arg(sheet);
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    if (column.isEmpty())
        return QStringLiteral("%1: %2").arg(where, reason);
    return ImportText::tr("%1: column \"%2\", value \"%3\": %4").arg(where, column, value, reason);
}

namespace {

const QStringList structureColumns = {
    QStringLiteral("goal_code"),      QStringLiteral("goal_name"),       QStringLiteral("objective_code"),
    QStringLiteral("objective_name"), QStringLiteral("department_code"), QStringLiteral("department_name"),
    QStringLiteral("measure_code"),   QStringLiteral("measure_name"),    QStringLiteral("unit"),
    QStringLiteral("direction"),      QStringLiteral("aggregation"),     QStringLiteral("frequency"),
    QStringLiteral("target"),         QStringLiteral("target_low"),      QStringLiteral("target_high"),
    QStringLiteral("tolerance"),      QStringLiteral("effective_from"),  QStringLiteral("target_per"),
    QStringLiteral("weight"),
    QStringLiteral("classification"), QStringLiteral("definition"),      QStringLiteral("source"),
    QStringLiteral("steward")};
const QStringList structureRequired = {
    QStringLiteral("goal_code"),      QStringLiteral("goal_name"),       QStringLiteral("objective_code"),
    QStringLiteral("objective_name"), QStringLiteral("department_code"), QStringLiteral("department_name"),
    QStringLiteral("measure_code"),   QStringLiteral("measure_name"),    QStringLiteral("direction"),
    QStringLiteral("aggregation")};
const QStringList observationColumns = {QStringLiteral("measure"),   QStringLiteral("period"),
                                        QStringLiteral("value"),     QStringLiteral("numerator"),
                                        QStringLiteral("denominator"), QStringLiteral("dimension"),
                                        QStringLiteral("member"),    QStringLiteral("note"),
                                        QStringLiteral("flag")};
const QStringList observationRequired = {QStringLiteral("measure"), QStringLiteral("period"),
                                         QStringLiteral("value")};

// Maps header names to positions; reports unknown, repeated and missing columns.
importing::ColumnIndex readHeader(const CsvRecord &header, const QStringList &known, const QStringList &required,
                                  std::vector<ImportProblem> &problems)
{
    importing::ColumnIndex columns;
    QStringList names;
    for (const QString &field : header.fields)
        names << field.trimmed().toLower();
    columns.setHeader(names);
    importing::reportQuoteProblems(header, columns, problems);
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = names.at(i);
        if (name.isEmpty() && i == header.fields.size() - 1)
            continue; // a trailing comma
        if (!known.contains(name))
            problems.push_back({header.line, name, name,
                                ImportText::tr("unknown column; the columns of this format are: %1")
                                    .arg(known.join(QStringLiteral(", ")))});
        else if (columns.contains(name))
            problems.push_back({header.line, name, name, ImportText::tr("this column appears twice")});
        else
            columns.insert(name, i);
    }
    for (const QString &name : required) {
        if (!columns.contains(name))
            problems.push_back({header.line, QString(), QString(),
                                ImportText::tr("the required column \"%1\" is missing from the header").arg(name)});
    }
    return columns;
}

// Identifies a figure for the check that no line repeats another. Sorting a
// vector of these is much cheaper than hashing a million text keys.
struct FigureKey {
    const Measure *measure;
    qint64 firstDay;
    PeriodKind kind;
    int member; // index into the member names met, 0 for the total
    int line;
    int periodText; // index into the period texts met, to report the value as written
    auto rank() const { return std::tie(measure, firstDay, kind, member); }
};

// Adds a problem for every line that names the same figure as an earlier line.
void reportRepeatedFigures(std::vector<FigureKey> &keys, const QStringList &periodTexts, ImportPlan &plan)
{
    std::sort(keys.begin(), keys.end(), [](const FigureKey &a, const FigureKey &b) {
        return std::tuple_cat(a.rank(), std::tie(a.line)) < std::tuple_cat(b.rank(), std::tie(b.line));
    });
    bool found = false;
    for (std::size_t first = 0, i = 1; i < keys.size(); ++i) {
        if (keys[i].rank() != keys[first].rank()) {
            first = i;
            continue;
        }
        plan.problems.push_back({ keys[i].line, QStringLiteral("period"), periodTexts.at(keys[i].periodText),
            ImportText::tr("the same measure, period and member already appear on line %1").arg(keys[first].line) });
        found = true;
    }
    if (found)
        std::stable_sort(plan.problems.begin(), plan.problems.end(),
                         [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
}

// Room for the figures of a file, reserved before reading it: one per line,
// but for no more than 65,536 lines, so that a file of blank lines cannot
// reserve gigabytes (a million blank lines reserved 176 MB). Beyond that the
// vector grows as rows are actually read.
std::size_t rowsToReserve(const QByteArray &contents)
{
    constexpr qsizetype mostReserved = qsizetype(1) << 16;
    return std::size_t(std::min(contents.count('\n') + 1, mostReserved));
}

void planObservations(CsvReader &reader, const importing::ColumnIndex &columns, const Structure &existing,
                      const CitySettings &settings, std::size_t expectedRows, ImportPlan &plan)
{
    const int measureColumn = columns.indexOf("measure");
    const int periodColumn = columns.indexOf("period");
    const int valueColumn = columns.indexOf("value");
    const int numeratorColumn = columns.indexOf("numerator");
    const int denominatorColumn = columns.indexOf("denominator");
    const int dimensionColumn = columns.indexOf("dimension");
    const int memberColumn = columns.indexOf("member");
    const int noteColumn = columns.indexOf("note");
    const int flagColumn = columns.indexOf("flag");
    std::vector<FigureKey> keys;
    keys.reserve(expectedRows);
    QHash<QString, int> members; // "dimension\x1fmember" -> index from 1
    struct PeriodText {
        std::optional<Period> period;
        int index; // in periodTexts
    };
    QHash<QString, PeriodText> periods; // a file names few periods, each many times
    QStringList periodTexts;
    plan.batch.observations.reserve(expectedRows);
    CsvRecord record;
    while (reader.next(record)) {
        if (importing::isBlank(record))
            continue;
        ++plan.rowsRead;
        importing::Row row(columns, record, plan.problems);
        if (!row.matchesHeader())
            continue;
        const int before = row.problemCount();
        const auto cell = [&](int index) {
            return index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed() : QString();
        };
        Observation o;
        const QString measureCode = cell(measureColumn);
        const Measure *measure = measureCode.isEmpty() ? nullptr : existing.measureByCode(measureCode);
        if (measureCode.isEmpty())
            row.problem("measure", ImportText::tr("this column must not be empty"));
        else if (!measure)
            row.problem(
                "measure", ImportText::tr("no measure has this code; import the structure file that defines it first"));
        else
            o.measureCode = measure->code; // shares the structure's text
        const QString periodText = cell(periodColumn);
        int periodIndex = -1;
        if (periodText.isEmpty()) {
            row.problem("period", ImportText::tr("this column must not be empty"));
        } else {
            auto known = periods.constFind(periodText);
            if (known == periods.constEnd()) {
                known = periods.insert(periodText, {Period::parse(periodText, settings.fiscalYearStartMonth),
                                                    int(periodTexts.size())});
                periodTexts << periodText;
            }
            periodIndex = known->index;
            if (known->period)
                o.period = *known->period;
            else
                row.problem("period", ImportText::tr("not a period; write 2024-03, 2024-Q1, FY2024-Q3, 2024, FY2024, "
                                                     "2024-W10 or 2024-03-15"));
        }
        const bool hasNumerator = !cell(numeratorColumn).isEmpty();
        const bool hasDenominator = !cell(denominatorColumn).isEmpty();
        if (hasNumerator || hasDenominator) {
            o.numerator = row.number("numerator");
            o.denominator = row.number("denominator");
        }
        const QString valueText = cell(valueColumn);
        const auto value = valueText.isEmpty() ? std::nullopt : importing::parsePlainNumber(valueText);
        if (!value && !valueText.isEmpty())
            row.number("value"); // says why it is not a number
        if (hasNumerator != hasDenominator)
            row.problem(hasNumerator ? "denominator" : "numerator",
                ImportText::tr("give both numerator and denominator, or neither"));
        if (o.denominator && *o.denominator < 0)
            row.problem("denominator", ImportText::tr("a denominator cannot be negative"));
        if (value) {
            o.value = *value;
        } else if (valueText.isEmpty()) {
            if (o.numerator && o.denominator && *o.denominator > 0)
                o.value = *o.numerator / *o.denominator * (measure && measure->unit == QLatin1String("%") ? 100 : 1);
            else if (o.numerator && o.denominator)
                row.problem("value", ImportText::tr("empty, and cannot be computed because the denominator is 0"));
            else
                row.problem(
                    "value", ImportText::tr("empty; a missing figure is a row left out, never a blank or a zero"));
        }
        o.dimensionCode = cell(dimensionColumn);
        o.memberCode = cell(memberColumn);
        if (o.dimensionCode.isEmpty() != o.memberCode.isEmpty())
            row.problem(o.dimensionCode.isEmpty() ? "dimension" : "member",
                ImportText::tr("give both dimension and member (neighbourhood, Downtown), or neither for the total"));
        o.note = cell(noteColumn);
        const QString flags = cell(flagColumn).toLower();
        if (!flags.isEmpty()) {
            static const QRegularExpression flagSeparators(QStringLiteral("[;|, ]+"));
            for (const QString &flag : flags.split(flagSeparators, Qt::SkipEmptyParts)) {
                if (flag == QLatin1String("provisional"))
                    o.provisional = true;
                else if (flag == QLatin1String("estimated"))
                    o.estimated = true;
                else
                    row.problem("flag", ImportText::tr("the flags are \"provisional\" and \"estimated\""));
            }
        }
        if (row.problemCount() > before)
            continue;
        int member = 0;
        if (!o.memberCode.isEmpty()) {
            const QString name = o.dimensionCode + QChar(0x1f) + o.memberCode;
            member = members.value(name);
            if (member == 0)
                members.insert(name, member = int(members.size()) + 1);
        }
        keys.push_back({measure, o.period.first().toJulianDay(), o.period.kind(), member, record.line, periodIndex});
        plan.batch.observations.push_back(std::move(o));
    }
    reportRepeatedFigures(keys, periodTexts, plan);
}

} // namespace

ImportPlan planCanonicalImport(const QString &fileName, const QByteArray &contents, const Structure &existing,
                               const CitySettings &settings)
{
    ImportPlan plan;
    // Hashing a large file takes as long as reading it: done beside the reading.
    auto hash = std::async(std::launch::async, [&contents] { return sha256Hex(contents); });
    const auto text = decodeUtf8(contents);
    if (!text) {
        plan.problems.push_back({ 0, QString(), QString(),
            ImportText::tr("the file is not UTF-8 text. Save it from your spreadsheet as \"CSV UTF-8\" "
                           "and import it again.") });
        return plan;
    }
    CsvReader reader(*text);
    CsvRecord header;
    if (!reader.next(header)) {
        if (const auto &limit = reader.limitExceeded())
            plan.problems.push_back({limit->line, QString(), QString(), limit->reason});
        else if (const auto &error = reader.error())
            plan.problems.push_back({error->line, QString(), QString(), error->reason});
        else
            plan.problems.push_back(
                { 0, QString(), QString(), ImportText::tr("the file is empty; it needs a header line") });
        return plan;
    }
    QSet<QString> names;
    for (const QString &field : header.fields)
        names.insert(field.trimmed().toLower());
    if (names.contains(QStringLiteral("measure_code"))) {
        plan.kind = ImportPlan::Kind::Structure;
        const auto columns = readHeader(header, structureColumns, structureRequired, plan.problems);
        if (plan.problems.empty())
            importing::planStructure(reader, columns, existing, settings, plan);
    } else if (names.contains(QStringLiteral("measure")) && names.contains(QStringLiteral("period"))) {
        plan.kind = ImportPlan::Kind::Observations;
        const auto columns = readHeader(header, observationColumns, observationRequired, plan.problems);
        if (plan.problems.empty())
            planObservations(reader, columns, existing, settings, rowsToReserve(contents), plan);
    } else {
        plan.problems.push_back({ header.line, QString(), QString(),
            ImportText::tr("the header is neither a structure file (with measure_code, goal_code, ...) nor "
                           "an observations file (measure,period,value) of CivicStat's own format. A file in "
                           "your city's own layout needs a mapping (docs/import-formats.md, \"Mappings\").") });
        return plan;
    }
    if (const auto &error = reader.error())
        plan.problems.push_back({error->line, QString(), QString(), error->reason});
    if (const auto &limit = reader.limitExceeded())
        plan.problems.push_back({limit->line, QString(), QString(), limit->reason});

    const QFileInfo info(fileName);
    plan.batch.log.kind = plan.kind == ImportPlan::Kind::Structure ? QStringLiteral("structure")
                                                                   : QStringLiteral("observations");
    plan.batch.log.fileName = info.fileName();
    plan.batch.log.fileSize = contents.size();
    plan.batch.log.fileSha256 = hash.get();
    plan.batch.log.rowsRead = plan.rowsRead;
    return plan;
}

} // namespace civicstat
