#include "importrow.h"

#include <QCoreApplication>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace civicstat {

namespace importing {

void ColumnIndex::insert(const QString &name, int position) { m_positions.emplace_back(name.toLatin1(), position); }

QString ColumnIndex::nameAt(int position) const
{
    const QString name = m_header.value(position);
    return name.isEmpty() ? ImportText::tr("cell %1").arg(position + 1) : name;
}

int ColumnIndex::indexOf(const char *name) const
{
    for (const auto &[known, position] : m_positions) {
        if (known == name)
            return position;
    }
    return -1;
}

QString Row::text(const char *column) const
{
    const int index = m_columns.indexOf(column);
    if (index < 0 || index >= m_record.fields.size())
        return {};
    return m_record.fields.at(index).trimmed();
}

QString Row::required(const char *column)
{
    const QString value = text(column);
    if (value.isEmpty())
        problem(column, ImportText::tr("this column must not be empty"));
    return value;
}

std::optional<double> parsePlainNumber(const QString &text)
{
    // std::from_chars over ASCII: several times faster than QString::toDouble,
    // which matters at a million figures, and locale-free like it.
    char ascii[64];
    qsizetype size = text.size();
    const QChar *chars = text.constData();
    if (size > 1 && chars[0] == u'+' && chars[1] != u'-') { // "+5" as QString::toDouble reads it; never "+-5"
        ++chars;
        --size;
    }
    if (size == 0 || size >= qsizetype(sizeof ascii))
        return std::nullopt;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = chars[i].unicode();
        if (c > 127)
            return std::nullopt;
        ascii[i] = char(c);
    }
    double value = 0;
    const auto [end, error] = std::from_chars(ascii, ascii + size, value);
    if (error != std::errc() || end != ascii + size || !std::isfinite(value))
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
        problem(column,
            ImportText::tr("write numbers without thousands separators, with a dot for decimals (30000, 64.98)"));
    else if (value.endsWith(QLatin1Char('%')))
        problem(column, ImportText::tr("write percentages as plain numbers without the % sign (64.98)"));
    else
        problem(column, ImportText::tr("not a number; a missing figure is a row left out, never a word or a zero"));
    return std::nullopt;
}

bool isBlank(const CsvRecord &record)
{
    // Spreadsheets export empty rows as a line of commas.
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString &field) { return field.trimmed().isEmpty(); });
}

void reportQuoteProblems(const CsvRecord &record, const ColumnIndex &columns, std::vector<ImportProblem> &problems)
{
    for (const CsvQuoteProblem &quote : record.quoteProblems)
        problems.push_back({quote.line, columns.nameAt(quote.field), quote.value, quote.reason});
}

bool Row::matchesHeader()
{
    if (!m_record.quoteProblems.empty()) {
        reportQuoteProblems(m_record, m_columns, m_problems);
        return false; // its cells are not the ones the file meant
    }
    const auto width = recordWidthProblem(m_record.fields, m_columns.header());
    if (!width)
        return true;
    m_problems.push_back({m_record.line, QString(), width->value, width->reason});
    return false;
}

void Row::problem(const char *column, const QString &reason)
{
    m_problems.push_back({m_record.line, QString::fromLatin1(column), text(column), reason});
}

} // namespace importing

} // namespace civicstat
