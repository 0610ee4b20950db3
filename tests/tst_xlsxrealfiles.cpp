// XLSX reading on three real workbooks (Baltimore, Austin, Boston), each
// against the CSV cell dump made from the same data (tests/data/real).
#include "csvreader.h"
#include "xlsxfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

using civicstat::readXlsxFile;
using civicstat::Sheet;
using civicstat::TabularFile;
using civicstat::xlsxSheetNames;


namespace {

QString realFile(const char *relative)
{
    return QStringLiteral(CIVICSTAT_REAL_DATA "/") + QString::fromUtf8(relative);
}

const char *const baltimoreXlsx = "baltimore-performance-measures/Performance_Data.xlsx";
const char *const baltimoreCsv = "baltimore-performance-measures/Performance_Data.csv";
const char *const austinXlsx = "austin-eperf-measures-fy2016/2016_EPERF_DOWNLOAD 9-22-16.xlsx";
const char *const austinCsv = "austin-eperf-measures-fy2016/OM_EPERF_MEASURES_VW.csv";
const char *const bostonXlsx = "boston-precinct-demographics/dem_data_by_precincts.xlsx";
const char *const bostonRaceCsv = "boston-precinct-demographics/race_ethnicity_by_precinct.csv";

std::vector<QStringList> readCsv(const QString &path)
{
    std::vector<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const auto text = civicstat::decodeUtf8(file.readAll());
    if (!text)
        return rows;
    civicstat::CsvReader reader(*text);
    civicstat::CsvRecord record;
    while (reader.next(record))
        rows.push_back(record.fields);
    return rows;
}

// The cell at an Excel row number (1-based) and column (0-based); empty when
// the row or the cell is absent, "<no row N>" when the row is not in the sheet.
QString cellAt(const Sheet &sheet, int excelRow, int column)
{
    const auto it = std::find(sheet.lines.begin(), sheet.lines.end(), excelRow);
    if (it == sheet.lines.end())
        return QStringLiteral("<no row %1>").arg(excelRow);
    return sheet.rows[size_t(it - sheet.lines.begin())].value(column);
}

// Excel's column letters, for messages.
QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

} // namespace

class XlsxRealFilesTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char *file : { baltimoreXlsx, baltimoreCsv, austinXlsx, austinCsv, bostonXlsx, bostonRaceCsv })
            QVERIFY2(QFile::exists(realFile(file)), qPrintable(realFile(file) + QStringLiteral(" is missing")));
    }

    // --- Baltimore: one sheet of 1,466 rows x 48 columns, all text but two columns.

    void baltimore_sheetNames_isTheQuerySheet()
    {
        QString error = QStringLiteral("not cleared");
        QCOMPARE(xlsxSheetNames(realFile(baltimoreXlsx), &error), QStringList { QStringLiteral("query (48)") });
        QCOMPARE(error, QString());
    }

    void baltimore_wholeSheet_matchesCsvDumpExceptDatesAndFloatNoise()
    {
        QElapsedTimer timer;
        timer.start();
        const TabularFile file = readXlsxFile(realFile(baltimoreXlsx));
        const qint64 elapsed = timer.elapsed();
        qDebug("Reading Performance_Data.xlsx (1,466 rows x 48 columns) took %lld ms", elapsed);
        QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
        QCOMPARE(file.sheets.size(), size_t(1));
        const Sheet &sheet = file.sheets[0];
        QCOMPARE(sheet.name, QStringLiteral("query (48)"));
        QCOMPARE(sheet.rows.size(), size_t(1466));
        QCOMPARE(sheet.lines.size(), size_t(1466));
        QCOMPARE(sheet.lines.front(), 1);
        QCOMPARE(sheet.lines.back(), 1466);

        const auto csv = readCsv(realFile(baltimoreCsv));
        QCOMPARE(csv.size(), size_t(1466));
        QCOMPARE(sheet.rows[0], csv[0]); // the header: all 48 cells, nothing trimmed
        QCOMPARE(sheet.rows[0].size(), 48);

        // Every cell equals the dump but for column AS "Modified" (date-time
        // serials, dumped raw) and numbers in AB "FY 27 Target" that the dump
        // keeps with 17 digits ("4.5999999999999999E-2") and the reader with 15.
        const int modified = 44;
        const int fy27Target = 27;
        QCOMPARE(sheet.rows[0].at(modified), QStringLiteral("Modified"));
        QCOMPARE(sheet.rows[0].at(fy27Target), QStringLiteral("FY 27 Target"));
        const QRegularExpression isoDateTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"));
        int dates = 0;
        int noise = 0;
        for (size_t r = 0; r < csv.size(); ++r) {
            for (int c = 0; c < csv[r].size(); ++c) {
                const QString actual = sheet.rows[r].value(c);
                const QString where = QStringLiteral("%1%2").arg(columnName(c)).arg(sheet.lines[r]);
                if (r > 0 && c == modified) {
                    QVERIFY2(isoDateTime.match(actual).hasMatch(), qPrintable(where + QStringLiteral(": ") + actual));
                    ++dates;
                } else if (actual != csv[r].at(c)) {
                    QVERIFY2(c == fy27Target,
                        qPrintable(where + QStringLiteral(": ") + actual + QStringLiteral(" != ") + csv[r].at(c)));
                    QCOMPARE(actual, QString::number(csv[r].at(c).toDouble(), 'g', 15));
                    ++noise;
                }
            }
        }
        QCOMPARE(dates, 1465);
        QCOMPARE(noise, 8);
        QCOMPARE(cellAt(sheet, 90, fy27Target), QStringLiteral("0.046")); // stored 4.5999999999999999E-2
        QCOMPARE(cellAt(sheet, 1466, fy27Target), QStringLiteral("125000"));
    }

    void baltimore_sampleCells_areTheStoredText()
    {
        const TabularFile file = readXlsxFile(realFile(baltimoreXlsx), QStringLiteral("query (48)"));
        QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
        QCOMPARE(file.sheets.size(), size_t(1));
        const Sheet &sheet = file.sheets[0];
        const auto csv = readCsv(realFile(baltimoreCsv));
        QCOMPARE(csv.size(), size_t(1466));

        // Row 2, every column: the dump, but for the date-time in AS, trailing
        // empty cells dropped.
        QStringList expected = csv[1];
        expected[44] = QStringLiteral("2026-01-12T11:57:20"); // 46034.498148148145
        while (expected.last().isEmpty())
            expected.removeLast();
        QCOMPARE(sheet.rows[1], expected);
        QCOMPARE(sheet.rows[1].at(9), QStringLiteral("64.98%")); // a percent typed as text
        QCOMPARE(cellAt(sheet, 1466, 44), QStringLiteral("2026-04-14T14:14:03")); // 46126.593090277776

        QCOMPARE(cellAt(sheet, 274, 8), QStringLiteral("N/A"));
        QCOMPARE(cellAt(sheet, 49, 21), QStringLiteral("30,000"));
        QCOMPARE(cellAt(sheet, 321, 10), QStringLiteral("0.50%"));
        QCOMPARE(cellAt(sheet, 977, 7), QStringLiteral(".99"));
        QCOMPARE(cellAt(sheet, 33, 7), QStringLiteral("$2,360,000 "));
        QCOMPARE(cellAt(sheet, 685, 13), QString(QChar(0x00A0)));
        QCOMPARE(cellAt(sheet, 910, 8), QStringLiteral("2") + QChar(0x00A0));
        QCOMPARE(cellAt(sheet, 375, 18), QStringLiteral("3\t15\t9\t4\t7\t11\t15\t7\t10\t9\t11\t3"));
        const QString narrative = cellAt(sheet, 297, 13);
        QVERIFY(narrative.startsWith(
            QStringLiteral("Recommended target of 82K is not realistic, historical averages have not met that "
                           "stardard.\n\nHowever, the 60k to 62k ")));
        QCOMPARE(narrative, csv[296].at(13));
        const QString quoted = cellAt(sheet, 240, 26);
        QVERIFY(quoted.startsWith(QStringLiteral("Q2: Report \"Media Response\" is pulled monthly")));
        QCOMPARE(quoted, csv[239].at(26));
    }

    // --- Austin: 1,717 rows x 51 columns; most numbers were exported as text.

    void austin_wholeSheet_matchesCsvDumpExceptNumberNoiseAndEscapes()
    {
        const TabularFile file = readXlsxFile(realFile(austinXlsx));
        QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
        QCOMPARE(file.sheets.size(), size_t(1));
        const Sheet &sheet = file.sheets[0];
        QCOMPARE(sheet.name, QStringLiteral("OM_EPERF_MEASURES_VW"));
        QCOMPARE(sheet.rows.size(), size_t(1717));
        QCOMPARE(sheet.lines.back(), 1717);
        QCOMPARE(sheet.rows[0].size(), 51);
        QCOMPARE(sheet.rows[0].first(), QStringLiteral("ACTIVE"));
        QCOMPARE(sheet.rows[0].last(), QStringLiteral("PFY5_DATA_ID"));

        // The dump keeps _xHHHH_ escapes as written; the reader decodes them.
        // Numbers stored with 17 digits (only in QTR1-QTR3) read with 15.
        const auto csv = readCsv(realFile(austinCsv));
        QCOMPARE(csv.size(), size_t(1717));
        const QRegularExpression escape(QStringLiteral("_x([0-9A-F]{4})_"));
        int escaped = 0;
        int noise = 0;
        for (size_t r = 0; r < csv.size(); ++r) {
            for (int c = 0; c < csv[r].size(); ++c) {
                const QString actual = sheet.rows[r].value(c);
                const QString dumped = csv[r].at(c);
                if (actual == dumped)
                    continue;
                const QString where = QStringLiteral("%1%2").arg(columnName(c)).arg(sheet.lines[r]);
                if (dumped.contains(escape)) {
                    QString decoded = dumped;
                    QRegularExpressionMatch match;
                    while ((match = escape.match(decoded)).hasMatch())
                        decoded.replace(match.capturedStart(), match.capturedLength(),
                            QChar(char16_t(match.captured(1).toUShort(nullptr, 16))));
                    QVERIFY2(actual == decoded, qPrintable(where));
                    ++escaped;
                } else {
                    QVERIFY2(c >= 42 && c <= 44,
                        qPrintable(where + QStringLiteral(": ") + actual + QStringLiteral(" != ") + dumped));
                    QCOMPARE(actual, QString::number(dumped.toDouble(), 'g', 15));
                    ++noise;
                }
            }
        }
        QCOMPARE(noise, 50);
        QCOMPARE(escaped, 238);

        QCOMPARE(cellAt(sheet, 38, 42), QStringLiteral("0.07")); // stored 7.0000000000000007E-2
        QCOMPARE(cellAt(sheet, 39, 42), QStringLiteral("34.88")); // stored 34.880000000000003
        QCOMPARE(cellAt(sheet, 257, 44), QStringLiteral("4.27")); // stored 4.2699999999999996
        // A number the export wrote as text keeps all its digits: text is never rewritten.
        QCOMPARE(cellAt(sheet, 2, 25), QStringLiteral("91.370000000000005"));
        QCOMPARE(cellAt(sheet, 2, 6), QStringLiteral("7663"));
        QCOMPARE(cellAt(sheet, 2, 23), QStringLiteral("No Data"));
        QCOMPARE(cellAt(sheet, 2, 29), QStringLiteral("New Meas."));
        QCOMPARE(cellAt(sheet, 2, 46), QStringLiteral("38737"));
        // U+2019 truncated to U+0019 by whatever exported it, escaped as _x0019_.
        QVERIFY(cellAt(sheet, 48, 14)
                    .endsWith(QStringLiteral("Texas") + QChar(0x19) + QStringLiteral(" Health and Safety Code")));
    }

    // --- Boston: nine sheets with title rows, a gap and fractional counts.

    void boston_sheetNames_nineInWorkbookOrder()
    {
        QString error;
        const QStringList names = xlsxSheetNames(realFile(bostonXlsx), &error);
        QCOMPARE(error, QString());
        QCOMPARE(names,
            (QStringList { QStringLiteral("Population"), QStringLiteral("Citizenship"), QStringLiteral("Poverty"),
                QStringLiteral("School Enrollment"), QStringLiteral("Race  & Ethnicity"),
                QStringLiteral("Educational Attainment"), QStringLiteral("Geo Mobility"), QStringLiteral("Tenure"),
                QStringLiteral("Income") }));
    }

    void boston_oneSheetByName_matchesCsvExtract()
    {
        const TabularFile file = readXlsxFile(realFile(bostonXlsx), QStringLiteral("Race  & Ethnicity"));
        QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
        QCOMPARE(file.sheets.size(), size_t(1));
        const Sheet &sheet = file.sheets[0];
        QCOMPARE(sheet.name, QStringLiteral("Race  & Ethnicity"));
        // Row 3 is not in the file, and row 261 has only empty styled cells.
        QCOMPARE(sheet.lines.size(), sheet.rows.size());
        QCOMPARE(sheet.rows.size(), size_t(259));
        QCOMPARE(std::vector<int>(sheet.lines.begin(), sheet.lines.begin() + 4), (std::vector<int> { 1, 2, 4, 5 }));
        QCOMPARE(sheet.lines.back(), 260);

        // The extract has one row per row in the file, the empty row 261 included.
        const auto csv = readCsv(realFile(bostonRaceCsv));
        QCOMPARE(csv.size(), size_t(260));
        QCOMPARE(csv.back(), QStringList(5, QString()));
        int shortened = 0;
        for (size_t r = 0; r < sheet.rows.size(); ++r) {
            QStringList expected = csv[r];
            while (!expected.isEmpty() && expected.last().isEmpty())
                expected.removeLast();
            QCOMPARE(sheet.rows[r].size(), expected.size());
            for (int c = 0; c < expected.size(); ++c) {
                if (sheet.rows[r].at(c) == expected.at(c))
                    continue;
                // Apportioned counts stored with 17 digits read with 15.
                QCOMPARE(sheet.rows[r].at(c), QString::number(expected.at(c).toDouble(), 'g', 15));
                ++shortened;
            }
        }
        QCOMPARE(shortened, 1506);
        QCOMPARE(sheet.rows[2],
            (QStringList { QString(), QStringLiteral("Race "), QString(), QString(), QString(), QString(),
                QStringLiteral("Ethnicity, could be any race") }));
        QCOMPARE(sheet.rows[3].at(3), QStringLiteral("Asian, Native Hawaiian, Other Pacific Islander "));
        QCOMPARE(sheet.rows[3].at(5), QString()); // the blank column
        QCOMPARE(sheet.rows[4].at(0), QStringLiteral("0101")); // a precinct code, text with its leading zero
    }

    void boston_sheetName_matchesIgnoringCase()
    {
        const TabularFile file = readXlsxFile(realFile(bostonXlsx), QStringLiteral("POVERTY"));
        QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
        QCOMPARE(file.sheets.size(), size_t(1));
        QCOMPARE(file.sheets[0].name, QStringLiteral("Poverty"));
        QCOMPARE(file.sheets[0].rows[0].value(0),
            QStringLiteral("Poverty Level (not including those in group quarters) , Boston"));
        QCOMPARE(cellAt(file.sheets[0], 5, 1), QStringLiteral("325.24842370744")); // stored 325.24842370744011
    }

    void boston_unknownSheet_errorListsTheSheets()
    {
        const QString path = realFile(bostonXlsx);
        const TabularFile file = readXlsxFile(path, QStringLiteral("Race & Ethnicity"));
        QVERIFY(file.sheets.empty());
        QVERIFY(file.error);
        QVERIFY2(file.error->contains(path), qPrintable(*file.error));
        QVERIFY2(file.error->contains(QStringLiteral("no sheet named \"Race & Ethnicity\"")), qPrintable(*file.error));
        QVERIFY2(file.error->contains(QStringLiteral("\"Population\", \"Citizenship\", \"Poverty\", \"School "
                                                     "Enrollment\", \"Race  & Ethnicity\", \"Educational "
                                                     "Attainment\", \"Geo Mobility\", \"Tenure\", \"Income\"")),
            qPrintable(*file.error));
    }

    void boston_everySheet_readWhenNoNameIsGiven()
    {
        const TabularFile file = readXlsxFile(realFile(bostonXlsx));
        QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
        QCOMPARE(file.sheets.size(), size_t(9));
        QCOMPARE(file.sheets[4].name, QStringLiteral("Race  & Ethnicity"));
        QCOMPARE(file.sheets[8].name, QStringLiteral("Income"));
        QCOMPARE(file.sheets[4].rows.size(), size_t(259));
        for (const Sheet &sheet : file.sheets)
            QVERIFY2(sheet.rows.size() > 200, qPrintable(sheet.name));
    }

    // --- Small workbooks: one cell each.

};

QTEST_GUILESS_MAIN(XlsxRealFilesTest)
#include "tst_xlsxrealfiles.moc"
