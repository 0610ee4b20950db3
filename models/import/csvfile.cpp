#include "csvfile.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <map>

namespace civicstat {

namespace {

struct CsvFileText { Q_DECLARE_TR_FUNCTIONS(CsvFile) };

struct DecodedText {
    QString text;
    QString encoding;
    std::optional<QString> error;
};

enum class Utf16Order { None, LittleEndian, BigEndian };

// UTF-16 without a byte-order mark: text that is mostly ASCII (as CSV is:
// digits, delimiters, line ends) has a 0 byte in every second position. Looks
// at the first KB: at least a third of the byte pairs must have a 0 in the
// same position, and the other position almost never.
Utf16Order guessUtf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype sampled = std::min<qsizetype>(bytes.size(), 1024) & ~qsizetype(1);
    const qsizetype pairs = sampled / 2;
    if (pairs < 2)
        return Utf16Order::None;
    qsizetype zeroFirst = 0;  // 0 at even offsets: the high byte of big-endian ASCII
    qsizetype zeroSecond = 0; // 0 at odd offsets: the high byte of little-endian ASCII
    for (qsizetype i = 0; i < sampled; ++i) {
        if (bytes.at(i) == '\0')
            ++(i % 2 == 0 ? zeroFirst : zeroSecond);
    }
    if (zeroSecond * 3 >= pairs && zeroFirst * 10 <= zeroSecond)
        return Utf16Order::LittleEndian;
    if (zeroFirst * 3 >= pairs && zeroSecond * 10 <= zeroFirst)
        return Utf16Order::BigEndian;
    return Utf16Order::None;
}

bool hasUnpairedSurrogate(const QString &text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

DecodedText decodeUtf16(const QByteArray &bytes, bool littleEndian, const QString &fileName)
{
    DecodedText decoded;
    decoded.encoding = littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless);
    decoded.text = decoder.decode(bytes);
    // Qt 6.4 reports neither a trailing odd byte (it appends U+FFFD) nor an
    // unpaired surrogate (it keeps it) as an error, so check both here.
    if (decoder.hasError() || bytes.size() % 2 != 0 || hasUnpairedSurrogate(decoded.text)) {
        decoded.error
            = CsvFileText::tr("%1 looks like UTF-16 text but is not valid UTF-16 (it may have been cut short). "
                              "Save it again as \"CSV UTF-8\" and import it again.")
                  .arg(fileName);
        return decoded;
    }
    if (decoded.text.startsWith(QChar(0xFEFF)))
        decoded.text.remove(0, 1);
    return decoded;
}

DecodedText decode(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        DecodedText decoded;
        decoded.encoding = QStringLiteral("UTF-8 with BOM");
        if (auto text = decodeUtf8(bytes))
            decoded.text = *text;
        else
            decoded.error
                = CsvFileText::tr("%1 starts with a UTF-8 byte-order mark but contains bytes that are not UTF-8. "
                                  "Save it again as \"CSV UTF-8\" and import it again.")
                      .arg(fileName);
        return decoded;
    }
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(bytes.mid(2), true, fileName);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(bytes.mid(2), false, fileName);
    switch (guessUtf16WithoutBom(bytes)) {
    case Utf16Order::LittleEndian:
        return decodeUtf16(bytes, true, fileName);
    case Utf16Order::BigEndian:
        return decodeUtf16(bytes, false, fileName);
    case Utf16Order::None:
        break;
    }
    DecodedText decoded;
    if (auto text = decodeUtf8(bytes)) {
        decoded.encoding = QStringLiteral("UTF-8");
        decoded.text = *text;
        return decoded;
    }
    decoded.encoding = QStringLiteral("Windows-1252");
    QStringDecoder decoder("windows-1252");
    decoded.text = decoder.isValid() ? QString(decoder.decode(bytes)) : decodeWindows1252(bytes);
    return decoded;
}

// A line with nothing on it reads as one empty field.
bool isEmptyLine(const CsvRecord &record)
{
    return record.fields.size() == 1 && record.fields.constFirst().isEmpty();
}

// The candidate whose first 20 records most often share one field count of
// two or more; on a tie the one with more fields, then the earlier candidate.
// ',' when none splits the records.
QChar detectDelimiter(const QString &text)
{
    constexpr int sampleRecords = 20;
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    QChar best = QLatin1Char(',');
    qsizetype bestAgreeing = 0;
    qsizetype bestWidth = 0;
    for (const QChar candidate : candidates) {
        CsvReader reader(text, candidate);
        CsvRecord record;
        std::map<qsizetype, int> recordsByWidth;
        int sampled = 0;
        while (sampled < sampleRecords && reader.next(record)) {
            if (isEmptyLine(record))
                continue;
            ++recordsByWidth[record.fields.size()];
            ++sampled;
        }
        qsizetype width = 0;
        int agreeing = 0;
        for (const auto &[fields, count] : recordsByWidth) {
            if (count >= agreeing) { // ascending widths: a tie goes to the wider
                agreeing = count;
                width = fields;
            }
        }
        if (width < 2)
            continue;
        if (agreeing > bestAgreeing || (agreeing == bestAgreeing && width > bestWidth)) {
            best = candidate;
            bestAgreeing = agreeing;
            bestWidth = width;
        }
    }
    return best;
}

TabularFile parse(const QByteArray &bytes, const QString &sheetName, const QString &fileName,
                  const InputLimits &limits)
{
    TabularFile file;
    file.delimiter = QLatin1Char(',');
    DecodedText decoded = decode(bytes, fileName);
    file.encoding = decoded.encoding;
    if (decoded.error) {
        file.error = decoded.error;
        return file;
    }
    file.delimiter = detectDelimiter(decoded.text);

    Sheet sheet;
    sheet.name = sheetName;
    sheet.csvRecords = true;
    CsvReader reader(std::move(decoded.text), file.delimiter, limits);
    CsvRecord record;
    while (reader.next(record)) {
        if (isEmptyLine(record))
            continue;
        sheet.rows.push_back(record.fields);
        sheet.lines.push_back(record.line);
        sheet.quoteProblems.insert(sheet.quoteProblems.end(), record.quoteProblems.cbegin(),
                                   record.quoteProblems.cend());
    }
    if (const auto &limit = reader.limitExceeded()) {
        file.error = CsvFileText::tr("%1 cannot be read: %2").arg(fileName, limit->reason);
        file.errorLine = limit->line;
        return file;
    }
    if (const auto &error = reader.error()) {
        file.error = CsvFileText::tr("%1 cannot be read. %2 Add the missing quote (or remove the stray one) in a text "
                                     "editor, save the file and import it again.")
                         .arg(fileName, error->reason);
        file.errorLine = error->line;
        return file;
    }
    file.sheets.push_back(std::move(sheet));
    return file;
}

} // namespace

TabularFile readCsvFile(const QString &path, const InputLimits &limits)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    TabularFile file;
    file.delimiter = QLatin1Char(',');
    if (!info.exists()) {
        file.error = CsvFileText::tr(
            "%1 was not found at %2. Check that it has not been moved or renamed, and choose it again.")
                         .arg(fileName, info.absolutePath());
        return file;
    }
    if (info.isDir()) {
        file.error = CsvFileText::tr("%1 is a folder, not a CSV file. Choose the CSV file inside it.").arg(fileName);
        return file;
    }
    if (info.size() > limits.fileBytes) {
        file.error = fileTooLargeMessage(fileName, limits);
        return file;
    }
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.error
            = CsvFileText::tr("%1 cannot be opened (%2). Check that you are allowed to read it and that no other "
                              "program has it locked, then try again.")
                  .arg(fileName, device.errorString());
        return file;
    }
    // Bounded again while reading: a file may have grown since, or be a device that never ends.
    const auto bytes = readAtMost(device, limits.fileBytes);
    if (device.error() != QFileDevice::NoError) {
        file.error = CsvFileText::tr("%1 cannot be read to the end (%2). Copy it to a local folder and try again.")
                         .arg(fileName, device.errorString());
        return file;
    }
    if (!bytes) {
        file.error = fileTooLargeMessage(fileName, limits);
        return file;
    }
    return parse(*bytes, info.completeBaseName(), fileName, limits);
}

TabularFile readCsvBytes(const QByteArray &bytes, const QString &name, const InputLimits &limits)
{
    const QFileInfo info(name);
    if (bytes.size() > limits.fileBytes) {
        TabularFile file;
        file.delimiter = QLatin1Char(',');
        file.error = fileTooLargeMessage(info.fileName(), limits);
        return file;
    }
    return parse(bytes, info.completeBaseName(), info.fileName(), limits);
}

QString fileTooLargeMessage(const QString &fileName, const InputLimits &limits)
{
    return CsvFileText::tr("%1 is too large to read: it is over %2, the most CivicStat reads from one file. Split it into "
              "smaller files (by year, say) and import each.")
        .arg(fileName, byteSizeText(limits.fileBytes));
}

QString decodeWindows1252(const QByteArray &bytes)
{
    // 0x80-0x9F; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and map to the C1 controls.
    static constexpr char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, //
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, //
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, //
    };
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte <= 0x9F) ? QChar(high[byte - 0x80]) : QChar(byte);
    }
    return text;
}

} // namespace civicstat
