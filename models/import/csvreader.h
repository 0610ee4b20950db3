// An RFC 4180 CSV reader over decoded text: quoted fields with commas, quotes
// and line breaks, CRLF, LF and CR-only line ends. Each record knows the line
// it starts on, so that every message can name it. Decoding bytes to text is
// separate (decodeUtf8) so that other encodings can be added beside it.
//
// A quote in the wrong place (inside a value that does not begin with one, or
// text after a closing quote) is read as written, as most readers do, so that
// a file can still be shown; but it is reported with its line on the record,
// because it is how a stray quote runs two records together. An import refuses
// any record with such a problem. A quoted field still open at the end of the
// text is an error: nothing after its opening quote can be trusted.
//
// Reading also stops, with a reason naming the line, at the first field,
// record or cell count beyond the InputLimits (inputlimits.h): a line of a
// million commas or a stray quote that swallows the rest of a file is refused
// rather than held in memory.
#pragma once

#include "inputlimits.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace civicstat {

struct CsvQuoteProblem {
    int line = 0;  // where to look, as a text editor counts lines (CRLF, LF or CR each end one)
    int field = 0; // 0-based position of the field in its record
    int recordLine = 0; // the line its record starts on
    QString value; // the field as read: its first line, shortened
    QString reason;
};

struct CsvRecord {
    int line = 0; // 1-based line on which the record starts
    QStringList fields;
    std::vector<CsvQuoteProblem> quoteProblems; // empty for a well-formed record
};

// Where and why reading stopped at one of the limits; the reason says what to do.
struct CsvLimitProblem {
    int line = 0;
    QString reason;
};

class CsvReader final
{
public:
    explicit CsvReader(QString text, QChar delimiter = QLatin1Char(','), const InputLimits &limits = {});

    // Reads the next record; false at the end of the text or after an error.
    bool next(CsvRecord &record);
    // Set when the text ended inside a quoted field, naming the line it began on.
    const std::optional<CsvQuoteProblem> &error() const { return m_error; }
    // Set when a field, a record or the whole text went past the limits.
    const std::optional<CsvLimitProblem> &limitExceeded() const { return m_limitExceeded; }

private:
    void quoteProblem(CsvRecord &record, int line, const QString &field, QString reason);
    bool addField(CsvRecord &record, QString field);
    void fieldTooLong(int line, bool quoted);

    QString m_text;
    QChar m_delimiter;
    InputLimits m_limits;
    qsizetype m_pos = 0;
    int m_line = 1;
    qint64 m_cells = 0;
    std::optional<CsvQuoteProblem> m_error;
    std::optional<CsvLimitProblem> m_limitExceeded;
};

// Why a record does not have as many fields as the header (names of its
// columns), with the cell that shows where it goes wrong; nullopt when it has.
struct CsvWidthProblem {
    QString value;
    QString reason;
};
std::optional<CsvWidthProblem> recordWidthProblem(const QStringList &fields, const QStringList &header);

// UTF-8 (with or without a byte-order mark) to text; nullopt when the bytes are not valid UTF-8.
std::optional<QString> decodeUtf8(const QByteArray &bytes);

} // namespace civicstat
