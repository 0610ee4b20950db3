// Reading CSV files into a TabularFile (csvfile.h): the csv-spectrum suite
// against its expected JSON, real public files in awkward encodings and line
// ends, encoding and delimiter detection on made-up bytes, line numbers, and
// the messages for files that cannot be read.
#include "csvfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;

namespace {

const QString realData = QStringLiteral(CIVICSTAT_REAL_DATA);

QString spectrumDir()
{
    return realData + QStringLiteral("/csv-spectrum");
}

QString messyFile(const char *name)
{
    return realData + QStringLiteral("/messy-encodings/") + QLatin1String(name);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The csv-spectrum reading of a sheet: the first row names the keys of one
// object per following row. Empty when a row's width differs from the header's.
QByteArray spectrumJson(const Sheet &sheet)
{
    QJsonArray objects;
    if (sheet.rows.empty())
        return QJsonDocument(objects).toJson(QJsonDocument::Compact);
    const QStringList &header = sheet.rows.front();
    for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
        const QStringList &row = sheet.rows[r];
        if (row.size() != header.size())
            return "row " + QByteArray::number(qulonglong(r)) + " has " + QByteArray::number(row.size())
                + " fields, header " + QByteArray::number(header.size());
        QJsonObject object;
        for (qsizetype c = 0; c < header.size(); ++c)
            object.insert(header.at(c), row.at(c));
        objects.append(object);
    }
    return QJsonDocument(objects).toJson(QJsonDocument::Compact);
}

// The JSON file re-serialised compactly (object keys sorted, as QJsonObject keeps them).
QByteArray expectedSpectrumJson(const QString &jsonPath)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(readBytes(jsonPath), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return "unparsable JSON: " + parseError.errorString().toUtf8();
    return document.toJson(QJsonDocument::Compact);
}

bool containsReplacementCharacter(const Sheet &sheet)
{
    for (const QStringList &row : sheet.rows) {
        for (const QString &cell : row) {
            if (cell.contains(QChar::ReplacementCharacter))
                return true;
        }
    }
    return false;
}

QByteArray encodeUtf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

class CsvFileTest final : public QObject
{
    Q_OBJECT

private slots:
    void spectrum_eachFile_matchesItsJson_data();
    void spectrum_eachFile_matchesItsJson();

    void messy_utf8BomLf_spendOver25k();
    void messy_utf8BomCrOnly_federalProgramInventory();
    void messy_utf16LeBomCrlf_inpatients();
    void messy_latin1NoHeader_censo();
    void boston311_nonAscii_readsEveryRow();

    void encoding_bytes_detectedAndDecoded_data();
    void encoding_bytes_detectedAndDecoded();
    void encoding_windows1252Table_matchesQtDecoder();
    void encoding_bomWithInvalidUtf8_reportsFile();
    void encoding_brokenUtf16_reportsFile_data();
    void encoding_brokenUtf16_reportsFile();

    void delimiter_candidates_detected_data();
    void delimiter_candidates_detected();

    void lines_crOnlyAndBlankLines_numberedFromOne();
    void sheet_namedAfterCompleteBaseName();
    void empty_bytes_giveEmptySheet();

    void quotes_inTheWrongPlace_readAsWrittenAndListed_data();
    void quotes_inTheWrongPlace_readAsWrittenAndListed();
    void raggedRows_readAsTheyAre();

    void error_unterminatedQuote_namesFileAndLine();
    void error_unterminatedQuoteInFile_namesFileAndLine();
    void error_missingFileAndFolder_namesFile();
};

void CsvFileTest::spectrum_eachFile_matchesItsJson_data()
{
    QTest::addColumn<QString>("csvPath");
    QTest::addColumn<QString>("jsonPath");
    const QDir csvs(spectrumDir() + QStringLiteral("/csvs"));
    const QStringList names = csvs.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 12);
    for (const QString &name : names) {
        const QString base = QFileInfo(name).completeBaseName();
        QTest::newRow(qPrintable(base)) << csvs.filePath(name)
                                        << spectrumDir() + QStringLiteral("/json/") + base + QStringLiteral(".json");
    }
}

void CsvFileTest::spectrum_eachFile_matchesItsJson()
{
    QFETCH(QString, csvPath);
    QFETCH(QString, jsonPath);
    const TabularFile file = readCsvFile(csvPath);
    QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
    QCOMPARE(file.sheets.size(), std::size_t(1));
    QCOMPARE(file.delimiter, QLatin1Char(','));
    QCOMPARE(spectrumJson(file.sheets.front()), expectedSpectrumJson(jsonPath));
    // Read as csv-spectrum expects, but an import would refuse its unquoted quotes.
    const bool strayQuotes = csvPath.endsWith(QLatin1String("location_coordinates.csv"));
    QCOMPARE(file.sheets.front().quoteProblems.size(), std::size_t(strayQuotes ? 1 : 0));
}

void CsvFileTest::messy_utf8BomLf_spendOver25k()
{
    // UTF-8 with BOM, LF; the file itself is all ASCII (the £ is only in its upstream title).
    const TabularFile file = readCsvFile(messyFile("spendover25kdownloadSep.csv"));
    QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
    QCOMPARE(file.encoding, QStringLiteral("UTF-8 with BOM"));
    QCOMPARE(file.delimiter, QLatin1Char(','));
    const Sheet &sheet = file.sheets.front();
    QCOMPARE(sheet.name, QStringLiteral("spendover25kdownloadSep"));
    QCOMPARE(sheet.rows.size(), std::size_t(190)); // header + 189 payments
    QCOMPARE(sheet.rows.front().first(), QStringLiteral("Department")); // no U+FEFF left in front
    QCOMPARE(sheet.rows.front().last(), QStringLiteral(" Amount in Sterling "));
    QCOMPARE(sheet.rows[1],
             QStringList({QStringLiteral("Department of Health"), QStringLiteral("Cumbria PCT"),
                          QStringLiteral("23-Sep-11"), QStringLiteral("Global Sum"), QStringLiteral("Primary Care"),
                          QStringLiteral("Appleby Health Centre"), QStringLiteral("Exeter 23/09/2011"),
                          QStringLiteral(" 27,275.25 ")}));
    QCOMPARE(sheet.lines.back(), 190);
    for (const QStringList &row : sheet.rows)
        QCOMPARE(row.size(), 8);
    QVERIFY(!containsReplacementCharacter(sheet));
    QVERIFY(sheet.quoteProblems.empty());
}

void CsvFileTest::messy_utf8BomCrOnly_federalProgramInventory()
{
    // UTF-8 with BOM and CR-only (old Mac) line ends; some names hold ’ ‐ – and no-break spaces.
    const TabularFile file = readCsvFile(messyFile("FederalProgramInventory_FY13_MachineReadable_091613.csv"));
    QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
    QCOMPARE(file.encoding, QStringLiteral("UTF-8 with BOM"));
    QCOMPARE(file.delimiter, QLatin1Char(',')); // though some program names contain ';'
    const Sheet &sheet = file.sheets.front();
    QCOMPARE(sheet.rows.size(), std::size_t(1555)); // header + 1,554 programs
    QCOMPARE(sheet.rows.size(), sheet.lines.size());
    QCOMPARE(sheet.rows.front().first(), QStringLiteral("Agency Name"));
    QCOMPARE(sheet.rows.front().at(1), QStringLiteral("Program Name "));
    QCOMPARE(sheet.rows[65].at(1), QStringLiteral(u"State Children\u2019s Health Insurance Program (mandatory)"));
    QCOMPARE(sheet.lines[65], 66);
    QCOMPARE(sheet.rows[340].at(1), QStringLiteral(u"Trust \u2010 Natural Resources Management"));
    QCOMPARE(sheet.rows[415].at(1),
             QStringLiteral(u"Miscellaneous Permanent Accounts\u00a0\u2010\u00a0Payments to Farmers Irrigation "
                            u"District (included in W&RR in MAX because under $million)"));
    QCOMPARE(sheet.rows[521].at(1), QStringLiteral(u"Office of the Solicitor General (OSG) \u2013 Federal Appellate "
                                                   u"Activity"));
    QCOMPARE(sheet.rows[521].at(3), QStringLiteral("011")); // leading zeros kept
    QCOMPARE(sheet.lines.back(), 1555);
    for (const QStringList &row : sheet.rows)
        QCOMPARE(row.size(), 6);
    QVERIFY(!containsReplacementCharacter(sheet));
    QVERIFY(sheet.quoteProblems.empty());
}

void CsvFileTest::messy_utf16LeBomCrlf_inpatients()
{
    // UTF-16LE with BOM, CRLF; all ASCII once decoded, apostrophes in names, space-padded classification.
    const TabularFile file = readCsvFile(messyFile("Inpatients_MHA_Machine_readable_dataset_1011.csv"));
    QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
    QCOMPARE(file.encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(file.delimiter, QLatin1Char(','));
    const Sheet &sheet = file.sheets.front();
    QCOMPARE(sheet.rows.size(), std::size_t(328)); // header + 327 organisations
    QCOMPARE(sheet.rows.front().first(), QStringLiteral("Organisation_code"));
    QCOMPARE(sheet.rows.front().last(), QStringLiteral("Discharges_from_SCT"));
    QCOMPARE(sheet.rows[1].mid(0, 5),
             QStringList({QStringLiteral("5C1"), QStringLiteral("Enfield PCT"),
                          QStringLiteral("NHS Facilities") + QString(36, QLatin1Char(' ')),
                          QStringLiteral("2010-11"), QStringLiteral("2")}));
    QCOMPARE(sheet.rows[24].at(1), QStringLiteral("Sheffield Children's NHS Foundation Trust"));
    QCOMPARE(sheet.lines[24], 25);
    QCOMPARE(sheet.rows.back().at(1), QStringLiteral("St Andrews Healthcare - Nottinghamshire"));
    QCOMPARE(sheet.lines.back(), 328);
    for (const QStringList &row : sheet.rows)
        QCOMPARE(row.size(), 19);
    QVERIFY(!containsReplacementCharacter(sheet));
    QVERIFY(sheet.quoteProblems.empty());
}

void CsvFileTest::messy_latin1NoHeader_censo()
{
    // ISO-8859-1 (read as Windows-1252: no 0x80-0x9F bytes), CRLF, no header, a blank last line.
    const TabularFile file = readCsvFile(messyFile("censo-2010-munic-habitantes.csv"));
    QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
    QCOMPARE(file.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(file.delimiter, QLatin1Char(','));
    const Sheet &sheet = file.sheets.front();
    QCOMPARE(sheet.rows.size(), std::size_t(5565)); // the blank line is not a row
    QCOMPARE(sheet.rows.front(),
             QStringList({QStringLiteral("1100015 - Alta Floresta D'Oeste - RO"), QStringLiteral("24392")}));
    QCOMPARE(sheet.rows[8].at(0), QStringLiteral(u"1100098 - Espig\u00e3o D'Oeste - RO"));
    QCOMPARE(sheet.rows[3828], QStringList({QStringLiteral(u"3550308 - S\u00e3o Paulo - SP"),
                                            QStringLiteral("11253503")}));
    QCOMPARE(sheet.lines[3828], 3829);
    QCOMPARE(sheet.rows[5412].at(0), QStringLiteral(u"5208707 - Goi\u00e2nia - GO"));
    QCOMPARE(sheet.rows.back(),
             QStringList({QStringLiteral(u"5300108 - Bras\u00edlia - DF"), QStringLiteral("2570160")}));
    QCOMPARE(sheet.lines.back(), 5565);
    for (const QStringList &row : sheet.rows)
        QCOMPARE(row.size(), 2);
    QVERIFY(!containsReplacementCharacter(sheet));
    QVERIFY(sheet.quoteProblems.empty());
}

void CsvFileTest::boston311_nonAscii_readsEveryRow()
{
    const TabularFile file =
        readCsvFile(realData + QStringLiteral("/boston311-sample/boston311-100-with-nonascii.csv"));
    QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
    QCOMPARE(file.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(file.delimiter, QLatin1Char(','));
    const Sheet &sheet = file.sheets.front();
    QCOMPARE(sheet.name, QStringLiteral("boston311-100-with-nonascii"));
    QCOMPARE(sheet.rows.size() - 1, std::size_t(100));
    QCOMPARE(sheet.rows.front().first(), QStringLiteral("case_enquiry_id"));
    for (const QStringList &row : sheet.rows)
        QCOMPARE(row.size(), 29);
    QCOMPARE(sheet.rows[46].at(6), QStringLiteral(u"Case Closed. Closed date : Sun Jan 02 14:49:17 EST 2022 Resolved "
                                                  u"D\u00ebad rat picked up  "));
    QCOMPARE(sheet.rows[86].at(15), QStringLiteral(u"211 S\u00e0ratoga St  East Boston  MA  02128"));
    QCOMPARE(sheet.lines[86], 87);
    QVERIFY(!containsReplacementCharacter(sheet));
    QVERIFY(sheet.quoteProblems.empty());
}

void CsvFileTest::encoding_bytes_detectedAndDecoded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("firstRow");
    QTest::addColumn<QStringList>("secondRow");

    const QString text = QStringLiteral(u"name,city\r\nAn\u00e9,Z\u00fcrich \U0001F600\r\n");
    const QStringList header = {QStringLiteral("name"), QStringLiteral("city")};
    const QStringList row = {QStringLiteral(u"An\u00e9"), QStringLiteral(u"Z\u00fcrich \U0001F600")};
    QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE", 2) + encodeUtf16(text, QStringConverter::Utf16LE)
                                       << QStringLiteral("UTF-16LE") << header << row;
    QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF", 2) + encodeUtf16(text, QStringConverter::Utf16BE)
                                       << QStringLiteral("UTF-16BE") << header << row;
    QTest::newRow("UTF-16LE without BOM") << encodeUtf16(text, QStringConverter::Utf16LE)
                                          << QStringLiteral("UTF-16LE") << header << row;
    QTest::newRow("UTF-16BE without BOM") << encodeUtf16(text, QStringConverter::Utf16BE)
                                          << QStringLiteral("UTF-16BE") << header << row;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8 with BOM")
                                    << header << row;
    QTest::newRow("UTF-8") << text.toUtf8() << QStringLiteral("UTF-8") << header << row;
    QTest::newRow("ASCII is UTF-8") << QByteArray("a,b\n1,2\n") << QStringLiteral("UTF-8")
                                    << QStringList({QStringLiteral("a"), QStringLiteral("b")})
                                    << QStringList({QStringLiteral("1"), QStringLiteral("2")});
    QTest::newRow("Windows-1252") << QByteArray("caf\xe9,\x93quoted\x94\n\x80 5,na\xefve \x85\n")
                                  << QStringLiteral("Windows-1252")
                                  << QStringList({QStringLiteral(u"caf\u00e9"), QStringLiteral(u"\u201cquoted\u201d")})
                                  << QStringList({QStringLiteral(u"\u20ac 5"), QStringLiteral(u"na\u00efve \u2026")});
    // One bad byte among valid UTF-8 makes the whole file Windows-1252.
    QTest::newRow("UTF-8 with one Latin-1 byte")
        << QByteArray("Malm\xc3\xb6,M\xe1laga\n") << QStringLiteral("Windows-1252")
        << QStringList({QStringLiteral(u"Malm\u00c3\u00b6"), QStringLiteral(u"M\u00e1laga")}) << QStringList();
}

void CsvFileTest::encoding_bytes_detectedAndDecoded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QStringList, firstRow);
    QFETCH(QStringList, secondRow);
    const TabularFile file = readCsvBytes(bytes, QStringLiteral("people.csv"));
    QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
    QCOMPARE(file.encoding, encoding);
    QCOMPARE(file.delimiter, QLatin1Char(','));
    const Sheet &sheet = file.sheets.front();
    QCOMPARE(sheet.rows.size(), std::size_t(secondRow.isEmpty() ? 1 : 2));
    QCOMPARE(sheet.rows[0], firstRow);
    if (!secondRow.isEmpty())
        QCOMPARE(sheet.rows[1], secondRow);
}

void CsvFileTest::encoding_windows1252Table_matchesQtDecoder()
{
    QByteArray every(256, '\0');
    for (int i = 0; i < 256; ++i)
        every[i] = char(i);
    const QString table = decodeWindows1252(every);
    QCOMPARE(table.size(), 256);
    QCOMPARE(table.at(0x41), QLatin1Char('A'));
    QCOMPARE(table.at(0x80), QChar(0x20AC));
    QCOMPARE(table.at(0x8A), QChar(0x0160));
    QCOMPARE(table.at(0x93), QChar(0x201C));
    QCOMPARE(table.at(0x9F), QChar(0x0178));
    QCOMPARE(table.at(0x81), QChar(0x0081));
    QCOMPARE(table.at(0xA0), QChar(0x00A0));
    QCOMPARE(table.at(0xE9), QChar(0x00E9));
    QCOMPARE(table.at(0xFF), QChar(0x00FF));
    QStringDecoder decoder("windows-1252");
    if (!decoder.isValid())
        QSKIP("This Qt has no Windows-1252 decoder (built without ICU): the table is what reads such files.");
    const QString qt = decoder.decode(every);
    for (int i = 0; i < 256; ++i)
        QVERIFY2(table.at(i) == qt.at(i), qPrintable(QStringLiteral("byte 0x%1: table U+%2, Qt U+%3")
                                                         .arg(i, 2, 16, QLatin1Char('0'))
                                                         .arg(table.at(i).unicode(), 4, 16, QLatin1Char('0'))
                                                         .arg(qt.at(i).unicode(), 4, 16, QLatin1Char('0'))));
}

void CsvFileTest::encoding_bomWithInvalidUtf8_reportsFile()
{
    const TabularFile file = readCsvBytes(QByteArray("\xEF\xBB\xBF" "a,b\ncaf\xe9,1\n"), QStringLiteral("cafes.csv"));
    QVERIFY(file.error);
    QVERIFY2(file.error->contains(QStringLiteral("cafes.csv")), qPrintable(*file.error));
    QVERIFY2(file.error->contains(QStringLiteral("UTF-8")), qPrintable(*file.error));
    QVERIFY(file.sheets.empty());
}

void CsvFileTest::encoding_brokenUtf16_reportsFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // "a,b\n1,2" in UTF-16LE with a BOM, then cut one byte short.
    QTest::newRow("odd byte count") << QByteArray("\xFF\xFE" "a\0,\0b\0\n\0" "1\0,\0" "2", 15);
    // "a,b\n" then a high surrogate (U+D83D) with no low one after it, then ",2".
    QTest::newRow("lone surrogate") << QByteArray("\xFF\xFE" "a\0,\0b\0\n\0" "\x3D\xD8" ",\0" "2\0", 16);
}

void CsvFileTest::encoding_brokenUtf16_reportsFile()
{
    QFETCH(QByteArray, bytes);
    const TabularFile file = readCsvBytes(bytes, QStringLiteral("cut.csv"));
    QCOMPARE(file.encoding, QStringLiteral("UTF-16LE"));
    QVERIFY(file.error);
    QVERIFY2(file.error->contains(QStringLiteral("cut.csv")), qPrintable(*file.error));
    QVERIFY2(file.error->contains(QStringLiteral("UTF-16")), qPrintable(*file.error));
    QVERIFY(file.sheets.empty());
}

void CsvFileTest::delimiter_candidates_detected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("secondRow");

    QTest::newRow("semicolon, decimal commas")
        << QByteArray("ward;rate;note\n1;2,5;ok\n2;3,25;late, again\n3;0,5;\n") << QChar(QLatin1Char(';'))
        << QStringList({QStringLiteral("1"), QStringLiteral("2,5"), QStringLiteral("ok")});
    QTest::newRow("tab, commas in text")
        << QByteArray("name\tnote\nPark\tmowed, raked, swept\nPool\topen\n") << QChar(QLatin1Char('\t'))
        << QStringList({QStringLiteral("Park"), QStringLiteral("mowed, raked, swept")});
    QTest::newRow("comma, semicolons in quotes")
        << QByteArray("code,label\n1,\"a;b;c;d\"\n2,\"e;f;g;h\"\n") << QChar(QLatin1Char(','))
        << QStringList({QStringLiteral("1"), QStringLiteral("a;b;c;d")});
    QTest::newRow("semicolon, quoted newline and semicolon")
        << QByteArray("id;text\n1;\"x;\ny\"\n2;z\n") << QChar(QLatin1Char(';'))
        << QStringList({QStringLiteral("1"), QStringLiteral("x;\ny")});
    QTest::newRow("one column defaults to comma")
        << QByteArray("value\n1\n2\n") << QChar(QLatin1Char(',')) << QStringList({QStringLiteral("1")});
}

void CsvFileTest::delimiter_candidates_detected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, secondRow);
    const TabularFile file = readCsvBytes(bytes, QStringLiteral("sample.csv"));
    QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
    QCOMPARE(file.delimiter, delimiter);
    QCOMPARE(file.sheets.front().rows.at(1), secondRow);
}

void CsvFileTest::lines_crOnlyAndBlankLines_numberedFromOne()
{
    const TabularFile crOnly = readCsvBytes("a,b\r1,\"two\rlines\"\r3,4\r\r5,6", QStringLiteral("mac.csv"));
    QVERIFY2(!crOnly.error, qPrintable(crOnly.error.value_or(QString())));
    const Sheet &sheet = crOnly.sheets.front();
    QCOMPARE(sheet.rows.size(), std::size_t(4));
    QCOMPARE(sheet.rows[1], QStringList({QStringLiteral("1"), QStringLiteral("two\rlines")}));
    QCOMPARE(sheet.rows[3], QStringList({QStringLiteral("5"), QStringLiteral("6")}));
    QCOMPARE(sheet.lines, std::vector<int>({1, 2, 4, 6}));

    const TabularFile crlf =
        readCsvBytes("a,b\r\n\"x\r\ny\r\nz\",1\r\n\r\n,\r\n2,3\r\n", QStringLiteral("windows.csv"));
    QVERIFY2(!crlf.error, qPrintable(crlf.error.value_or(QString())));
    QCOMPARE(crlf.sheets.front().rows.size(), std::size_t(4)); // "," is a row of two empty cells
    QCOMPARE(crlf.sheets.front().rows[1].first(), QStringLiteral("x\r\ny\r\nz"));
    QCOMPARE(crlf.sheets.front().rows[2], QStringList({QString(), QString()}));
    QCOMPARE(crlf.sheets.front().lines, std::vector<int>({1, 2, 6, 7}));
}

void CsvFileTest::sheet_namedAfterCompleteBaseName()
{
    const TabularFile file = readCsvBytes("a,b\n", QStringLiteral("/tmp/exports/permits.2024.csv"));
    QCOMPARE(file.sheets.size(), std::size_t(1));
    QCOMPARE(file.sheets.front().name, QStringLiteral("permits.2024"));
}

void CsvFileTest::empty_bytes_giveEmptySheet()
{
    const TabularFile file = readCsvBytes(QByteArray(), QStringLiteral("nothing.csv"));
    QVERIFY(!file.error);
    QCOMPARE(file.sheets.size(), std::size_t(1));
    QCOMPARE(file.sheets.front().rows.size(), std::size_t(0));
    QCOMPARE(file.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(file.delimiter, QLatin1Char(','));
}

void CsvFileTest::quotes_inTheWrongPlace_readAsWrittenAndListed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("row"); // the second row as read
    QTest::addColumn<int>("line");        // where the problem is
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("reason"); // how it starts
    QTest::newRow("a quote inside an unquoted field")
        << QByteArray("place,where\r\nModesto,37\xc2\xb0" "36'37.8\"N\r\n")
        << QStringList({QStringLiteral("Modesto"), QStringLiteral(u"37\u00b036'37.8\"N")}) << 2 << 1
        << QStringLiteral("a quote character (\") inside a field that does not begin with one");
    QTest::newRow("text after the closing quote")
        << QByteArray("a,b\n\"x\"y,2\n") << QStringList({QStringLiteral("xy"), QStringLiteral("2")}) << 2 << 0
        << QStringLiteral("text follows the closing quote of a quoted field (\"y\")");
    QTest::newRow("a stray opening quote on a CR-only line")
        << QByteArray("a,b\r1,\"one\r2,\"two\r3,three\r")
        << QStringList({QStringLiteral("1"), QStringLiteral("one\r2,two")}) << 2 << 1
        << QStringLiteral("a quoted field opens on line 2 and closes on line 3");
}

void CsvFileTest::quotes_inTheWrongPlace_readAsWrittenAndListed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, row);
    const TabularFile file = readCsvBytes(bytes, QStringLiteral("q.csv"));
    QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
    const Sheet &sheet = file.sheets.front();
    QVERIFY(sheet.csvRecords);
    QCOMPARE(sheet.rows.at(1), row);
    QCOMPARE(sheet.quoteProblems.size(), std::size_t(1));
    const CsvQuoteProblem &problem = sheet.quoteProblems.front();
    QTEST(problem.line, "line");
    QTEST(problem.field, "field");
    QCOMPARE(problem.recordLine, sheet.lines.at(1));
    QFETCH(QString, reason);
    QVERIFY2(problem.reason.startsWith(reason), qPrintable(problem.reason));
}

void CsvFileTest::raggedRows_readAsTheyAre()
{
    // A preview shows such a file; an import refuses it (tst_mappedproblems, tst_canonicalproblems).
    const TabularFile file = readCsvBytes("a,b,c\n1,2\n3,4,5,6\n7,8,9", QStringLiteral("ragged.csv"));
    QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
    const Sheet &sheet = file.sheets.front();
    QCOMPARE(sheet.rows.size(), std::size_t(4));
    QCOMPARE(sheet.rows[1].size(), 2);
    QCOMPARE(sheet.rows[2].size(), 4);
    QVERIFY(sheet.quoteProblems.empty());
}

void CsvFileTest::error_unterminatedQuote_namesFileAndLine()
{
    const TabularFile file = readCsvBytes("a,b\n1,2\r\n3,\"never\nclosed\n4,5\n", QStringLiteral("budget.csv"));
    QVERIFY(file.error);
    QVERIFY2(file.error->contains(QStringLiteral("budget.csv")), qPrintable(*file.error));
    QVERIFY2(file.error->contains(QStringLiteral("line 3")), qPrintable(*file.error));
    QCOMPARE(file.errorLine, 3);
    QVERIFY(file.sheets.empty());
}

void CsvFileTest::error_unterminatedQuoteInFile_namesFileAndLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("potholes.csv"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("ward;filled\r1;\"12\r2;7\r");
    out.close();
    const TabularFile file = readCsvFile(path);
    QVERIFY(file.error);
    QVERIFY2(file.error->contains(QStringLiteral("potholes.csv")), qPrintable(*file.error));
    QVERIFY2(file.error->contains(QStringLiteral("line 2")), qPrintable(*file.error));
}

void CsvFileTest::error_missingFileAndFolder_namesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const TabularFile missing = readCsvFile(dir.filePath(QStringLiteral("gone.csv")));
    QVERIFY(missing.error);
    QVERIFY2(missing.error->contains(QStringLiteral("gone.csv")), qPrintable(*missing.error));
    QVERIFY(missing.sheets.empty());

    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.csv")));
    const TabularFile folder = readCsvFile(dir.filePath(QStringLiteral("folder.csv")));
    QVERIFY(folder.error);
    QVERIFY2(folder.error->contains(QStringLiteral("folder.csv")), qPrintable(*folder.error));
    QVERIFY(folder.sheets.empty());
}

QTEST_GUILESS_MAIN(CsvFileTest)
#include "tst_csvfile.moc"
