#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace civicstat {

CsvReader::CsvReader(QString text, QChar delimiter) : m_text(std::move(text)), m_delimiter(delimiter) {}

bool CsvReader::next(CsvRecord &record)
{
    if (m_error || m_pos >= m_text.size())
        return false;
    record.line = m_line;
    record.fields.clear();
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    const qsizetype size = m_text.size();
    while (m_pos < size) {
        const QChar c = m_text.at(m_pos);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos + 1 < size && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    m_pos += 2;
                    continue;
                }
                quoted = false;
                ++m_pos;
                continue;
            }
            if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(m_pos + 1 < size && m_text.at(m_pos + 1) == QLatin1Char('\n'))))
                ++m_line;
            field += c;
            ++m_pos;
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            ++m_pos;
            continue;
        }
        if (c == m_delimiter) {
            record.fields << field;
            field.clear();
            fieldWasQuoted = false;
            ++m_pos;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            m_pos += (c == QLatin1Char('\r') && m_pos + 1 < size && m_text.at(m_pos + 1) == QLatin1Char('\n')) ? 2 : 1;
            ++m_line;
            record.fields << field;
            return true;
        }
        field += c;
        ++m_pos;
    }
    if (quoted) {
        m_error = QCoreApplication::translate("CsvReader",
                                              "A quoted field that begins on line %1 is never closed: a quote "
                                              "character (\") is missing.")
                      .arg(record.line);
        return false;
    }
    record.fields << field;
    return true;
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
