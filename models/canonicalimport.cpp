#include "canonicalimport.h"

#include "importrow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace civicstat {

namespace importing {

QString tr(const char *text) { return QCoreApplication::translate("Import", text); }

QString Row::text(const char *column) const
{
    const auto it = m_columns.constFind(QLatin1String(column));
    if (it == m_columns.constEnd() || *it >= m_record.fields.size())
        return {};
    return m_record.fields.at(*it).trimmed();
}

QString Row::required(const char *column)
{
    const QString value = text(column);
    if (value.isEmpty())
        problem(column, tr("this column must not be empty"));
    return value;
}

std::optional<double> parsePlainNumber(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> Row::number(const char *column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    if (const auto parsed = parsePlainNumber(value))
        return parsed;
    if (value.contains(QLatin1Char(',')) && parsePlainNumber(QString(value).remove(QLatin1Char(','))))
        problem(column, tr("write numbers without thousands separators, with a dot for decimals (30000, 64.98)"));
    else if (value.endsWith(QLatin1Char('%')))
        problem(column, tr("write percentages as plain numbers without the % sign (64.98)"));
    else
        problem(column, tr("not a number; a missing figure is a row left out, never a word or a zero"));
    return std::nullopt;
}

bool isBlank(const CsvRecord &record)
{
    // Spreadsheets export empty rows as a line of commas.
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString &field) { return field.trimmed().isEmpty(); });
}

bool Row::fitsHeader()
{
    int width = 0;
    for (const int index : m_columns)
        width = std::max(width, index + 1);
    if (m_record.fields.size() <= width)
        return true;
    int used = int(m_record.fields.size());
    while (used > width && m_record.fields.at(used - 1).trimmed().isEmpty())
        --used; // trailing empty cells are harmless
    if (used <= width)
        return true;
    m_problems.push_back({m_record.line, QString(), QString(),
                          tr("this line has %1 cells but the header has %2; an unquoted comma inside a value "
                             "(30,000) splits it in two: quote the value or remove the comma")
                              .arg(used)
                              .arg(width)});
    return false;
}

void Row::problem(const char *column, const QString &reason)
{
    m_problems.push_back({m_record.line, QString::fromLatin1(column), text(column), reason});
}

} // namespace importing

using importing::tr;

QString ImportProblem::describe(const QString &fileName) const
{
    QString where = fileName;
    if (!sheet.isEmpty())
        where += QStringLiteral(" [%1]").arg(sheet);
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    if (column.isEmpty())
        return QStringLiteral("%1: %2").arg(where, reason);
    return tr("%1: column \"%2\", value \"%3\": %4").arg(where, column, value, reason);
}

namespace {

const QStringList structureColumns = {
    QStringLiteral("goal_code"),      QStringLiteral("goal_name"),       QStringLiteral("objective_code"),
    QStringLiteral("objective_name"), QStringLiteral("department_code"), QStringLiteral("department_name"),
    QStringLiteral("measure_code"),   QStringLiteral("measure_name"),    QStringLiteral("unit"),
    QStringLiteral("direction"),      QStringLiteral("aggregation"),     QStringLiteral("frequency"),
    QStringLiteral("target"),         QStringLiteral("target_low"),      QStringLiteral("target_high"),
    QStringLiteral("tolerance"),      QStringLiteral("effective_from"),  QStringLiteral("weight"),
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
QHash<QString, int> readHeader(const CsvRecord &header, const QStringList &known, const QStringList &required,
                               std::vector<ImportProblem> &problems)
{
    QHash<QString, int> columns;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name.isEmpty() && i == header.fields.size() - 1)
            continue; // a trailing comma
        if (!known.contains(name))
            problems.push_back({header.line, name, name,
                                tr("unknown column; the columns of this format are: %1")
                                    .arg(known.join(QStringLiteral(", ")))});
        else if (columns.contains(name))
            problems.push_back({header.line, name, name, tr("this column appears twice")});
        else
            columns.insert(name, i);
    }
    for (const QString &name : required) {
        if (!columns.contains(name))
            problems.push_back({header.line, QString(), QString(),
                                tr("the required column \"%1\" is missing from the header").arg(name)});
    }
    return columns;
}

void planObservations(CsvReader &reader, const QHash<QString, int> &columns, const Structure &existing,
                      const CitySettings &settings, ImportPlan &plan)
{
    QHash<QString, int> seen; // measure|period|dimension|member -> line
    CsvRecord record;
    while (reader.next(record)) {
        if (importing::isBlank(record))
            continue;
        ++plan.rowsRead;
        importing::Row row(columns, record, plan.problems);
        if (!row.fitsHeader())
            continue;
        const int before = row.problemCount();
        NewObservation o;
        o.measureCode = row.required("measure");
        const Measure *measure = o.measureCode.isEmpty() ? nullptr : existing.measureByCode(o.measureCode);
        if (!o.measureCode.isEmpty() && !measure)
            row.problem("measure", tr("no measure has this code; import the structure file that defines it first"));
        const QString periodText = row.required("period");
        if (!periodText.isEmpty()) {
            if (const auto period = Period::parse(periodText, settings.fiscalYearStartMonth))
                o.period = *period;
            else
                row.problem("period", tr("not a period; write 2024-03, 2024-Q1, FY2024-Q3, 2024, FY2024, "
                                         "2024-W10 or 2024-03-15"));
        }
        o.numerator = row.number("numerator");
        o.denominator = row.number("denominator");
        const auto value = row.number("value");
        if (row.has("numerator") != row.has("denominator"))
            row.problem(row.has("numerator") ? "denominator" : "numerator",
                        tr("give both numerator and denominator, or neither"));
        if (o.denominator && *o.denominator < 0)
            row.problem("denominator", tr("a denominator cannot be negative"));
        if (value) {
            o.value = *value;
        } else if (!row.has("value")) {
            if (o.numerator && o.denominator && *o.denominator > 0)
                o.value = *o.numerator / *o.denominator * (measure && measure->unit == QLatin1String("%") ? 100 : 1);
            else if (o.numerator && o.denominator)
                row.problem("value", tr("empty, and cannot be computed because the denominator is 0"));
            else
                row.problem("value", tr("empty; a missing figure is a row left out, never a blank or a zero"));
        }
        o.dimensionCode = row.text("dimension");
        o.memberCode = row.text("member");
        if (o.dimensionCode.isEmpty() != o.memberCode.isEmpty())
            row.problem(o.dimensionCode.isEmpty() ? "dimension" : "member",
                        tr("give both dimension and member (neighbourhood, Downtown), or neither for the total"));
        o.note = row.text("note");
        static const QRegularExpression flagSeparators(QStringLiteral("[;|, ]+"));
        const QString flags = row.text("flag").toLower();
        const QStringList flagList = flags.isEmpty() ? QStringList() : flags.split(flagSeparators, Qt::SkipEmptyParts);
        for (const QString &flag : flagList) {
            if (flag == QLatin1String("provisional"))
                o.provisional = true;
            else if (flag == QLatin1String("estimated"))
                o.estimated = true;
            else
                row.problem("flag", tr("the flags are \"provisional\" and \"estimated\""));
        }
        if (row.problemCount() > before)
            continue;
        const QString key = o.measureCode + QChar(0x1f) + o.period.text() + QChar(0x1f) + o.dimensionCode
            + QChar(0x1f) + o.memberCode;
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            row.problem("period", tr("the same measure, period and member already appear on line %1").arg(*it));
            continue;
        }
        seen.insert(key, record.line);
        plan.batch.observations.push_back(std::move(o));
    }
}

} // namespace

ImportPlan planCanonicalImport(const QString &fileName, const QByteArray &contents, const Structure &existing,
                               const CitySettings &settings)
{
    ImportPlan plan;
    const auto text = decodeUtf8(contents);
    if (!text) {
        plan.problems.push_back({0, QString(), QString(),
                                 tr("the file is not UTF-8 text. Save it from your spreadsheet as \"CSV UTF-8\" "
                                    "and import it again.")});
        return plan;
    }
    CsvReader reader(*text);
    CsvRecord header;
    if (!reader.next(header)) {
        plan.problems.push_back({0, QString(), QString(),
                                 reader.error().value_or(tr("the file is empty; it needs a header line"))});
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
            planObservations(reader, columns, existing, settings, plan);
    } else {
        plan.problems.push_back({header.line, QString(), QString(),
                                 tr("the header is neither a structure file (with measure_code, goal_code, ...) nor "
                                    "an observations file (measure,period,value); see docs/import-formats.md")});
        return plan;
    }
    if (reader.error())
        plan.problems.push_back({0, QString(), QString(), *reader.error()});

    const QFileInfo info(fileName);
    plan.batch.log.kind = plan.kind == ImportPlan::Kind::Structure ? QStringLiteral("structure")
                                                                   : QStringLiteral("observations");
    plan.batch.log.fileName = info.fileName();
    plan.batch.log.fileSize = contents.size();
    plan.batch.log.fileSha256 = QString::fromLatin1(QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex());
    plan.batch.log.rowsRead = plan.rowsRead;
    return plan;
}

} // namespace civicstat
