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
    const QChar *text = m_text.constData();
    const qsizetype size = m_text.size();
    const auto endsField = [&](QChar c) { return c == m_delimiter || c == u'\r' || c == u'\n'; };
    // Fields are copied as whole runs of text rather than character by
    // character: a million-row import spends most of its reading time here.
    while (true) {
        QString field;
        if (m_pos < size && text[m_pos] == u'"') {
            const int startLine = m_line;
            ++m_pos;
            while (true) {
                qsizetype run = m_pos;
                while (run < size && text[run] != u'"') {
                    if (text[run] == u'\n' || (text[run] == u'\r' && !(run + 1 < size && text[run + 1] == u'\n')))
                        ++m_line;
                    ++run;
                }
                field.append(text + m_pos, run - m_pos);
                if (run >= size) {
                    m_pos = size;
                    m_error = QCoreApplication::translate("CsvReader",
                                                          "A quoted field that begins on line %1 is never closed: a "
                                                          "quote character (\") is missing.")
                                  .arg(startLine);
                    return false;
                }
                if (run + 1 < size && text[run + 1] == u'"') {
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
        while (run < size && !endsField(text[run]))
            ++run;
        if (field.isEmpty())
            field = QString(text + m_pos, run - m_pos);
        else
            field.append(text + m_pos, run - m_pos);
        m_pos = run;
        record.fields << std::move(field);
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
