// An RFC 4180 CSV reader over decoded text: quoted fields with commas, quotes
// and line breaks, CRLF, LF and CR-only line ends. Each record knows the line
// it starts on, so that every message can name it. Decoding bytes to text is
// separate (decodeUtf8) so that other encodings can be added beside it.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace civicstat {

struct CsvRecord {
    int line = 0; // 1-based line on which the record starts
    QStringList fields;
};

class CsvReader final
{
public:
    explicit CsvReader(QString text, QChar delimiter = QLatin1Char(','));

    // Reads the next record; false at the end of the text or after an error.
    bool next(CsvRecord &record);
    // Set when the text ended inside a quoted field, naming the line it began on.
    const std::optional<QString> &error() const { return m_error; }

private:
    QString m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    std::optional<QString> m_error;
};

// UTF-8 (with or without a byte-order mark) to text; nullopt when the bytes are not valid UTF-8.
std::optional<QString> decodeUtf8(const QByteArray &bytes);

} // namespace civicstat
