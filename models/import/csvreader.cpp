#include "csvreader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>

namespace civicstat {

namespace {

struct CsvReaderText { Q_DECLARE_TR_FUNCTIONS(CsvReader) };

// A field as a message can show it: its first line, at most 60 characters.
QString shown(const QString &field)
{
    constexpr qsizetype longest = 60;
    qsizetype end = 0;
    while (end < field.size() && field.at(end) != u'\n' && field.at(end) != u'\r')
        ++end;
    if (end > longest)
        return field.left(longest) + QChar(0x2026);
    return end < field.size() ? field.left(end) + QChar(0x2026) : field;
}

} // namespace

CsvReader::CsvReader(QString text, QChar delimiter, const InputLimits &limits)
    : m_text(std::move(text)), m_delimiter(delimiter), m_limits(limits)
{
}

// False, with the reason, when the field would pass the record's or the text's limit of cells.
bool CsvReader::addField(CsvRecord &record, QString field)
{
    if (record.fields.size() >= m_limits.recordFields) {
        m_limitExceeded = CsvLimitProblem{
            record.line, CsvReaderText::tr("line %1 has more than %2 cells, more columns than a spreadsheet can have. Check that "
                            "the file is a table of values separated by commas, semicolons or tabs, and remove the "
                            "empty columns at the end of its lines.")
                             .arg(record.line)
                             .arg(QLocale().toString(m_limits.recordFields))};
        return false;
    }
    if (++m_cells > m_limits.cells) {
        m_limitExceeded = CsvLimitProblem{
            record.line, CsvReaderText::tr("by line %1 the file holds more than %2 cells (rows times columns), the most CivicStat "
                            "reads from one file. Split it into smaller files (by year, say) and import each, or "
                            "remove the columns the import does not need.")
                             .arg(record.line)
                             .arg(QLocale().toString(m_limits.cells))};
        return false;
    }
    record.fields << std::move(field);
    return true;
}

void CsvReader::fieldTooLong(int line, bool quoted)
{
    const QString limit = QLocale().toString(qint64(m_limits.fieldChars));
    m_limitExceeded = CsvLimitProblem{
        line, quoted ? CsvReaderText::tr("the quoted field that begins on line %1 is longer than %2 characters, the most CivicStat "
                          "reads in one cell (Excel holds at most 32,767). A quote character (\") that opens a field "
                          "and is not closed where it should be causes this: check line %1.")
                           .arg(line)
                           .arg(limit)
                     : CsvReaderText::tr("line %1 has a cell longer than %2 characters, the most CivicStat reads in one cell (Excel "
                          "holds at most 32,767). Check that the file is a table of values separated by commas, "
                          "semicolons or tabs.")
                           .arg(line)
                           .arg(limit)};
}

void CsvReader::quoteProblem(CsvRecord &record, int line, const QString &field, QString reason)
{
    record.quoteProblems.push_back({line, int(record.fields.size()), record.line, shown(field), std::move(reason)});
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_error || m_limitExceeded || m_pos >= m_text.size())
        return false;
    record.line = m_line;
    record.fields.clear();
    record.quoteProblems.clear();
    const QChar *text = m_text.constData();
    const qsizetype size = m_text.size();
    const auto endsField = [&](QChar c) { return c == m_delimiter || c == u'\r' || c == u'\n'; };
    // Fields are copied as whole runs of text rather than character by
    // character: a million-row import spends most of its reading time here.
    while (true) {
        QString field;
        const bool quoted = m_pos < size && text[m_pos] == u'"';
        int openedOn = m_line;
        if (quoted) {
            ++m_pos;
            while (true) {
                qsizetype run = m_pos;
                // Scanning stops one character past the limit: the field is refused, not copied.
                const qsizetype stop = std::min(size, m_pos + (m_limits.fieldChars - field.size()) + 1);
                while (run < stop && text[run] != u'"') {
                    if (text[run] == u'\n' || (text[run] == u'\r' && !(run + 1 < size && text[run + 1] == u'\n')))
                        ++m_line;
                    ++run;
                }
                if (field.size() + (run - m_pos) > m_limits.fieldChars) {
                    fieldTooLong(openedOn, true);
                    return false;
                }
                field.append(text + m_pos, run - m_pos);
                if (run >= size) {
                    m_pos = size;
                    record.fields << field;
                    m_error = CsvQuoteProblem { openedOn, int(record.fields.size()) - 1, record.line, shown(field),
                        CsvReaderText::tr("A quoted field that begins on line %1 is never closed: a quote "
                                          "character (\") is missing, or the one that opens it is stray.")
                            .arg(openedOn) };
                    return false;
                }
                if (run + 1 < size && text[run + 1] == u'"') {
                    if (field.size() >= m_limits.fieldChars) {
                        fieldTooLong(openedOn, true);
                        return false;
                    }
                    field.append(u'"');
                    m_pos = run + 2;
                    continue;
                }
                m_pos = run + 1;
                break;
            }
        }
        // Unquoted text, or what follows a closing quote before the delimiter (kept as written).
        qsizetype run = m_pos;
        bool strayQuote = false;
        const qsizetype stop = std::min(size, m_pos + (m_limits.fieldChars - field.size()) + 1);
        while (run < stop && !endsField(text[run])) {
            strayQuote = strayQuote || text[run] == u'"';
            ++run;
        }
        if (field.size() + (run - m_pos) > m_limits.fieldChars) {
            fieldTooLong(quoted ? openedOn : m_line, quoted);
            return false;
        }
        const QString after(text + m_pos, run - m_pos);
        if (quoted && run > m_pos) {
            if (openedOn == m_line)
                quoteProblem(record, m_line, field + after,
                    CsvReaderText::tr(
                        "text follows the closing quote of a quoted field (\"%1\"); a quote inside a quoted "
                        "field is written twice (\"say \"\"when\"\"\"), and a quote that does not belong "
                        "is removed")
                        .arg(shown(after)));
            else
                quoteProblem(record, openedOn, field + after,
                    CsvReaderText::tr("a quoted field opens on line %1 and closes on line %2, where text follows its "
                                      "closing quote (\"%3\"): the lines in between have run together into one record. "
                                      "Look for a stray or missing quote on line %1 or %2")
                        .arg(openedOn)
                        .arg(m_line)
                        .arg(shown(after)));
        } else if (!quoted && strayQuote) {
            quoteProblem(record, m_line, after,
                CsvReaderText::tr(
                    "a quote character (\") inside a field that does not begin with one; if it belongs to "
                    "the value, quote the whole field and write the quote twice (%1), otherwise remove it")
                    .arg(QLatin1Char('"') + QString(after).replace(QLatin1String("\""), QLatin1String("\"\""))
                        + QLatin1Char('"')));
        }
        if (quoted)
            field.append(after);
        else
            field = after;
        m_pos = run;
        if (!addField(record, std::move(field)))
            return false;
        if (m_pos >= size)
            return true;
        const QChar c = text[m_pos];
        if (c == m_delimiter) {
            ++m_pos;
            continue;
        }
        m_pos += (c == u'\r' && m_pos + 1 < size && text[m_pos + 1] == u'\n') ? 2 : 1;
        ++m_line;
        return true;
    }
}

std::optional<CsvWidthProblem> recordWidthProblem(const QStringList &fields, const QStringList &header)
{
    const qsizetype cells = fields.size();
    const qsizetype width = header.size();
    if (cells == width)
        return std::nullopt;
    if (cells > width) {
        const QString extra = shown(fields.at(width));
        return CsvWidthProblem { extra,
            CsvReaderText::tr("this line has %1 cells but the header has %2: it goes on past the last "
                              "column with \"%3\". An unquoted comma inside a value (30,000) splits it in "
                              "two: quote the value or remove the comma")
                .arg(cells)
                .arg(width)
                .arg(extra) };
    }
    const QString last = shown(fields.constLast());
    const QString column = header.at(cells - 1).trimmed();
    return CsvWidthProblem { last,
        CsvReaderText::tr("this line has %1 cells but the header has %2: it ends with \"%3\" in the "
                          "column \"%4\". The line was cut short, or a comma is missing; every line needs "
                          "a cell for each column, an empty cell being nothing between two commas")
            .arg(cells)
            .arg(width)
            .arg(last, column) };
}

std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace civicstat
