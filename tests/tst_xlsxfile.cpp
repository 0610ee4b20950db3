// XLSX reading on small workbooks written here with minizip: each cell type,
// number and date rule, row layout and kind of damage, and the errors for files
// that are not workbooks at all.
#include "testworkbook.h"
#include "xlsxfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
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


const char *const bostonXlsx = "boston-precinct-demographics/dem_data_by_precincts.xlsx";

// ---------------------------------------------------------------------------
// Small workbooks, written with minizip's zip.h.

using Entries = civicstat::test::ZipEntries;
using civicstat::test::writeZip;

const QByteArray mainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
const QByteArray relNs = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
const QByteArray relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// Shared strings by index: 0 plain, 1 rich-text runs, 2 with a phonetic guide,
// 3 preserved blanks, 4 _xHHHH_ escapes, 5 a no-break space, 6 empty, 7 quotes.
const QByteArray sharedStrings = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst " + mainNs
    + " count=\"8\" uniqueCount=\"8\">"
      "<si><t>Name</t></si>"
      "<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space=\"preserve\"> and plain "
      "</t></r></si>"
      "<si><t>\xE6\x9D\xB1\xE4\xBA\xAC</t><rPh sb=\"0\" eb=\"2\"><t>"
      "\xE3\x83\x88\xE3\x82\xA6\xE3\x82\xAD\xE3\x83\xA7\xE3\x82\xA6</t></rPh>"
      "<phoneticPr fontId=\"1\"/></si>"
      "<si><t xml:space=\"preserve\">  padded  </t></si>"
      "<si><t>Line one_x000D_\nLine two with _x005F_x000D_ kept</t></si>"
      "<si><t>2&#160;</t></si>"
      "<si><t/></si>"
      "<si><t>He said &quot;no&quot;</t></si>"
      "</sst>";

// Cell styles (cellXfs) by index: 0 General, 1 built-in date 14, 2 custom
// date-time, 3 quoted "days" (no date), 4 [Red] and escaped letters (no date),
// 5 built-in date-time 22, 6 percent 10, 7 built-in time 20, 8 elapsed [h]:mm,
// 9 locale bracket then a date, 10 #,##0, 11 built-in elapsed [h]:mm:ss (46). cellStyleXfs (before) and a
// conditional format (after) have date formats of their own: neither counts.
const QByteArray styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet " + mainNs
    + "><numFmts count=\"5\">"
      "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"0.0&quot; days&quot;\"/>"
      "<numFmt numFmtId=\"166\" formatCode=\"#,##0\\ \\m\\s;[Red]\\-#,##0_);@\"/>"
      "<numFmt numFmtId=\"167\" formatCode=\"[h]:mm\"/>"
      "<numFmt numFmtId=\"168\" formatCode=\"[$-409]mmmm\\ d\\,\\ yyyy;@\"/>"
      "</numFmts>"
      "<cellStyleXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellStyleXfs>"
      "<cellXfs count=\"12\">"
      "<xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"14\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"164\" xfId=\"0\"/><xf numFmtId=\"165\" xfId=\"0\"/>"
      "<xf numFmtId=\"166\" xfId=\"0\"/><xf numFmtId=\"22\" xfId=\"0\"/>"
      "<xf numFmtId=\"10\" xfId=\"0\"/><xf numFmtId=\"20\" xfId=\"0\"/>"
      "<xf numFmtId=\"167\" xfId=\"0\"/><xf numFmtId=\"168\" xfId=\"0\"/>"
      "<xf numFmtId=\"3\" xfId=\"0\"/><xf numFmtId=\"46\" xfId=\"0\"/>"
      "</cellXfs>"
      "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
      // A conditional format's own number format: not one of the cells'.
      "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"165\" formatCode=\"yyyy\\-mm\\-dd\"/></dxf></dxfs>"
      "</styleSheet>";

QByteArray worksheet(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet " + mainNs + " " + relNs
        + "><dimension ref=\"A1\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetData>" + rows
        + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
          "footer=\"0.3\"/></worksheet>";
}

// A workbook with the worksheets "Data" (the given rows) and "Notes" (its part
// named by an absolute target), a chart sheet "Chart" between them, the shared
// strings and styles above. Parts can be replaced or, with an empty text, left out.
Entries workbookEntries(const QByteArray &dataRows, bool date1904 = false)
{
    return {
        { "[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
        { "_rels/.rels",
            "<?xml version=\"1.0\"?><Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + relType + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" },
        { "xl/workbook.xml",
            "<?xml version=\"1.0\"?><workbook " + mainNs + " " + relNs + "><workbookPr"
                + (date1904 ? QByteArray(" date1904=\"1\"") : QByteArray())
                + "/><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
                  "<sheet name=\"Chart\" sheetId=\"2\" r:id=\"rId2\"/>"
                  "<sheet name=\"Notes\" sheetId=\"3\" state=\"hidden\" r:id=\"rId3\"/></sheets>"
                  // As Excel writes it: a second workbookPr, in another namespace, without date1904.
                  "<extLst><ext uri=\"{140A7094-0E35-4892-8432-C4D2E57EDEB5}\" "
                  "xmlns:x15=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/main\">"
                  "<x15:workbookPr chartTrackingRefBase=\"1\"/></ext></extLst></workbook>" },
        { "xl/_rels/workbook.xml.rels",
            "<?xml version=\"1.0\"?><Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId3\" Type=\""
                + relType + "worksheet\" Target=\"/xl/worksheets/notes.xml\"/><Relationship Id=\"rId1\" Type=\""
                + relType + "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + relType
                + "chartsheet\" Target=\"chartsheets/sheet1.xml\"/><Relationship Id=\"rId4\" Type=\"" + relType
                + "sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId5\" Type=\"" + relType
                + "styles\" Target=\"styles.xml\"/><Relationship Id=\"rId6\" Type=\"" + relType
                + "hyperlink\" Target=\"https://example.invalid/\" TargetMode=\"External\"/></Relationships>" },
        { "xl/sharedStrings.xml", sharedStrings },
        { "xl/styles.xml", styles },
        { "xl/worksheets/sheet1.xml", worksheet(dataRows) },
        { "xl/worksheets/notes.xml",
            worksheet("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>from notes</t></is></c></row>") },
        { "xl/chartsheets/sheet1.xml", "<?xml version=\"1.0\"?><chartsheet " + mainNs + "/>" },
    };
}

Entries replaced(Entries entries, const QByteArray &name, const QByteArray &text)
{
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const auto &e) { return e.first == name; });
    if (it != entries.end())
        entries.erase(it);
    if (!text.isEmpty())
        entries.push_back({ name, text });
    return entries;
}

} // namespace

class XlsxFileTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeWorkbook(const Entries &entries, int method = Z_DEFLATED)
    {
        const QString path = m_dir.filePath(QStringLiteral("book%1.xlsx").arg(++m_files));
        if (!writeZip(path, entries, method))
            return QString();
        return path;
    }

    // The first sheet's cell A1 of a workbook whose Data sheet is one row.
    QString firstCell(const QByteArray &cellXml, bool date1904)
    {
        const QString path = writeWorkbook(workbookEntries("<row r=\"1\">" + cellXml + "</row>", date1904));
        const TabularFile file = readXlsxFile(path, QStringLiteral("Data"));
        if (file.error)
            return QStringLiteral("<error: %1>").arg(*file.error);
        if (file.sheets.size() != 1 || file.sheets[0].rows.empty())
            return QStringLiteral("<no row>");
        return file.sheets[0].rows[0].value(0, QStringLiteral("<no cell>"));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cell_eachTypeAndFormat_givesText_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QString>("expected");

        auto row = [](const char *name, const QByteArray &cell, const QString &expected, bool date1904 = false) {
            QTest::newRow(name) << cell << date1904 << expected;
        };
        // Text.
        row("shared string", "<c r=\"A1\" t=\"s\"><v>0</v></c>", QStringLiteral("Name"));
        row("rich-text runs joined", "<c r=\"A1\" t=\"s\"><v>1</v></c>", QStringLiteral("Bold and plain "));
        row("phonetic guide left out", "<c r=\"A1\" t=\"s\"><v>2</v></c>", QStringLiteral("\u6771\u4eac"));
        row("preserved blanks", "<c r=\"A1\" t=\"s\"><v>3</v></c>", QStringLiteral("  padded  "));
        row("escapes decoded, escaped underscore kept", "<c r=\"A1\" t=\"s\"><v>4</v></c>",
            QStringLiteral("Line one\r\nLine two with _x000D_ kept"));
        row("no-break space", "<c r=\"A1\" t=\"s\"><v>5</v></c>", QStringLiteral("2\u00a0"));
        row("quotes", "<c r=\"A1\" t=\"s\"><v>7</v></c>", QStringLiteral("He said \"no\""));
        row("inline string", "<c r=\"A1\" t=\"inlineStr\"><is><t>inline</t></is></c>", QStringLiteral("inline"));
        row("inline rich text",
            "<c r=\"A1\" t=\"inlineStr\"><is><r><t>in</t></r><r><t xml:space=\"preserve\">line "
            "rich</t></r></is></c>",
            QStringLiteral("inline rich"));
        row("formula string result", "<c r=\"A1\" t=\"str\"><f>B1&amp;\"!\"</f><v>Name!</v></c>",
            QStringLiteral("Name!"));
        row("boolean true", "<c r=\"A1\" t=\"b\"><v>1</v></c>", QStringLiteral("TRUE"));
        row("boolean false", "<c r=\"A1\" t=\"b\"><v>0</v></c>", QStringLiteral("FALSE"));
        row("error", "<c r=\"A1\" t=\"e\"><f>NA()</f><v>#N/A</v></c>", QStringLiteral("#N/A"));
        row("ISO date cell", "<c r=\"A1\" t=\"d\"><v>2023-07-15T00:00:00</v></c>", QStringLiteral("2023-07-15"));
        // Numbers.
        row("integer", "<c r=\"A1\"><v>30000</v></c>", QStringLiteral("30000"));
        row("short decimal", "<c r=\"A1\" t=\"n\"><v>0.6498</v></c>", QStringLiteral("0.6498"));
        row("float noise", "<c r=\"A1\"><v>91.370000000000005</v></c>", QStringLiteral("91.37"));
        row("float noise with exponent", "<c r=\"A1\"><v>7.0000000000000007E-2</v></c>", QStringLiteral("0.07"));
        row("computed noise", "<c r=\"A1\"><f>0.1+0.2</f><v>0.30000000000000004</v></c>", QStringLiteral("0.3"));
        row("negative", "<c r=\"A1\"><v>-2.5</v></c>", QStringLiteral("-2.5"));
        row("negative zero", "<c r=\"A1\"><v>-0</v></c>", QStringLiteral("0"));
        row("small in plain decimal", "<c r=\"A1\"><v>1.23E-4</v></c>", QStringLiteral("0.000123"));
        row("very small keeps an exponent", "<c r=\"A1\"><v>2.5E-7</v></c>", QStringLiteral("2.5e-07"));
        row("large in plain decimal", "<c r=\"A1\"><v>1E+20</v></c>", QStringLiteral("100000000000000000000"));
        row("very large keeps an exponent", "<c r=\"A1\"><v>1.5E+21</v></c>", QStringLiteral("1.5e+21"));
        row("fifteen significant digits", "<c r=\"A1\"><v>123456789012345678</v></c>",
            QStringLiteral("123456789012346000"));
        row("seventeen digits rounded to fifteen", "<c r=\"A1\"><v>2487.5481294661622</v></c>",
            QStringLiteral("2487.54812946616"));
        row("thousands format is no date", "<c r=\"A1\" s=\"10\"><v>1234.5</v></c>", QStringLiteral("1234.5"));
        row("percent format is no date: shown as a percentage", "<c r=\"A1\" s=\"6\"><v>0.25</v></c>", QStringLiteral("25%"));
        row("quoted d is no date", "<c r=\"A1\" s=\"3\"><v>5</v></c>", QStringLiteral("5"));
        row("[Red] and escaped m, s are no date", "<c r=\"A1\" s=\"4\"><v>7</v></c>", QStringLiteral("7"));
        row("elapsed [h]:mm stays days", "<c r=\"A1\" s=\"8\"><v>1.5</v></c>", QStringLiteral("1.5"));
        row("built-in elapsed [h]:mm:ss (46) stays days", "<c r=\"A1\" s=\"11\"><v>1.5</v></c>", QStringLiteral("1.5"));
        row("style beyond cellXfs is no date", "<c r=\"A1\" s=\"12\"><v>45122</v></c>", QStringLiteral("45122"));
        row("not a number stays as written", "<c r=\"A1\"><v>12,5</v></c>", QStringLiteral("12,5"));
        // Dates.
        row("built-in date 14", "<c r=\"A1\" s=\"1\"><v>45122</v></c>", QStringLiteral("2023-07-15"));
        row("built-in date-time 22", "<c r=\"A1\" s=\"5\"><v>45122.5625</v></c>",
            QStringLiteral("2023-07-15T13:30:00"));
        row("date format with a time fraction", "<c r=\"A1\" s=\"1\"><v>45122.5625</v></c>",
            QStringLiteral("2023-07-15T13:30:00"));
        row("custom date-time format", "<c r=\"A1\" s=\"2\"><v>45122.25</v></c>",
            QStringLiteral("2023-07-15T06:00:00"));
        row("locale bracket then a date", "<c r=\"A1\" s=\"9\"><v>45122</v></c>", QStringLiteral("2023-07-15"));
        row("time alone", "<c r=\"A1\" s=\"7\"><v>0.5625</v></c>", QStringLiteral("13:30:00"));
        row("rounded to the second", "<c r=\"A1\" s=\"5\"><v>45122.500005</v></c>",
            QStringLiteral("2023-07-15T12:00:00"));
        // 3977380639.9999995 seconds: cutting off would give 11:57:19.
        row("rounded up to the whole second", "<c r=\"A1\" s=\"5\"><v>46034.498148148145</v></c>",
            QStringLiteral("2026-01-12T11:57:20"));
        row("serial 1", "<c r=\"A1\" s=\"1\"><v>1</v></c>", QStringLiteral("1900-01-01"));
        row("serial 59", "<c r=\"A1\" s=\"1\"><v>59</v></c>", QStringLiteral("1900-02-28"));
        row("serial 60 is Excel's fictitious leap day", "<c r=\"A1\" s=\"1\"><v>60</v></c>",
            QStringLiteral("1900-02-29"));
        row("serial 61", "<c r=\"A1\" s=\"1\"><v>61</v></c>", QStringLiteral("1900-03-01"));
        row("last day Excel shows", "<c r=\"A1\" s=\"1\"><v>2958465</v></c>", QStringLiteral("9999-12-31"));
        row("beyond 9999 stays a number", "<c r=\"A1\" s=\"1\"><v>2958466</v></c>", QStringLiteral("2958466"));
        row("negative date stays a number", "<c r=\"A1\" s=\"1\"><v>-1</v></c>", QStringLiteral("-1"));
        row("1904 system", "<c r=\"A1\" s=\"1\"><v>43660</v></c>", QStringLiteral("2023-07-15"), true);
        row("1904 system with a time", "<c r=\"A1\" s=\"5\"><v>43660.5625</v></c>",
            QStringLiteral("2023-07-15T13:30:00"), true);
        row("1904 system has no fictitious leap day", "<c r=\"A1\" s=\"1\"><v>60</v></c>", QStringLiteral("1904-03-01"),
            true);
    }

    void cell_eachTypeAndFormat_givesText()
    {
        QFETCH(QByteArray, cell);
        QFETCH(bool, date1904);
        QFETCH(QString, expected);
        QCOMPARE(firstCell(cell, date1904), expected);
    }

    // --- Small workbooks: rows, columns and sheets.

    void layout_missingCellsAndRows_lineUp()
    {
        const QString path = writeWorkbook(
            workbookEntries("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\"><v>3</v></c></row>"
                            // cells without references follow the one before; empty cells at the end are dropped
                            "<row r=\"3\"><c><v>1</v></c><c><v>2</v></c><c r=\"E3\"><v>5</v></c><c r=\"F3\" s=\"1\"/>"
                            "<c r=\"G3\" t=\"s\"><v>6</v></c></row>"
                            // a row of styled empty cells and an empty string is left out
                            "<row r=\"4\"><c r=\"A4\" s=\"1\"/><c r=\"B4\" t=\"s\"><v>6</v></c></row>"
                            // a row without a number follows the one before
                            "<row><c r=\"B5\"><v>7</v></c><c r=\"D5\" t=\"inlineStr\"><is><t>d</t></is></c></row>"
                            "<row r=\"1048576\"><c r=\"XFD1048576\"><v>9</v></c></row>"));
        const TabularFile file = readXlsxFile(path, QStringLiteral("Data"));
        QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
        QCOMPARE(file.sheets.size(), size_t(1));
        const Sheet &sheet = file.sheets[0];
        QCOMPARE(sheet.lines, (std::vector<int> { 1, 3, 5, 1048576 }));
        QCOMPARE(sheet.rows.size(), size_t(4));
        QCOMPARE(sheet.rows[0], (QStringList { "Name", "", "3" }));
        QCOMPARE(sheet.rows[1], (QStringList { "1", "2", "", "", "5" }));
        QCOMPARE(sheet.rows[2], (QStringList { "", "7", "", "d" }));
        QCOMPARE(sheet.rows[3].size(), 16384);
        QCOMPARE(sheet.rows[3].last(), QStringLiteral("9"));
    }

    void layout_sharedStringWithoutIndex_isAnEmptyCell()
    {
        const QString path = writeWorkbook(workbookEntries(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"/><c r=\"B1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v></v></c>"
            "<c r=\"D1\"><v>4</v></c></row>"));
        const TabularFile file = readXlsxFile(path, QStringLiteral("Data"));
        QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
        QCOMPARE(file.sheets.size(), size_t(1));
        QCOMPARE(file.sheets[0].rows, (std::vector<QStringList> { { "", "Name", "", "4" } }));
    }

    void layout_partsNamedWithBackslashes_areFound()
    {
        Entries entries = workbookEntries("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>45122</v></c></row>");
        for (auto &entry : entries)
            entry.first.replace('/', '\\');
        const QString path = writeWorkbook(entries);
        QCOMPARE(xlsxSheetNames(path), (QStringList { "Data", "Notes" }));
        const TabularFile file = readXlsxFile(path);
        QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
        QCOMPARE(file.sheets.size(), size_t(2));
        // The shared strings and the styles are found too: the text and the date are read.
        QCOMPARE(file.sheets[0].rows, (std::vector<QStringList> { { "Name", "2023-07-15" } }));
        QCOMPARE(file.sheets[1].rows, (std::vector<QStringList> { { "", "from notes" } }));
    }

    void sheets_worksheetsOnly_inWorkbookOrder()
    {
        const QString path = writeWorkbook(workbookEntries("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
        QString error = QStringLiteral("not cleared");
        QCOMPARE(xlsxSheetNames(path, &error), (QStringList { "Data", "Notes" })); // "Chart" is a chart sheet
        QCOMPARE(error, QString());

        const TabularFile all = readXlsxFile(path);
        QVERIFY2(!all.error, qPrintable(all.error.value_or(QString())));
        QCOMPARE(all.sheets.size(), size_t(2));
        QCOMPARE(all.sheets[0].name, QStringLiteral("Data"));
        QCOMPARE(all.sheets[0].rows, (std::vector<QStringList> { { "1" } }));
        // "Notes" is hidden and its part is named from the package root.
        QCOMPARE(all.sheets[1].name, QStringLiteral("Notes"));
        QCOMPARE(all.sheets[1].rows, (std::vector<QStringList> { { "", "from notes" } }));
        QCOMPARE(all.sheets[1].lines, std::vector<int> { 2 });

        const TabularFile chart = readXlsxFile(path, QStringLiteral("Chart"));
        QVERIFY(chart.sheets.empty());
        QVERIFY(chart.error && chart.error->contains(QStringLiteral("Its sheets are: \"Data\", \"Notes\".")));
    }

    // --- Damage and files that are not workbooks.

    void damaged_sharedStringOutOfRange_namesTheCell()
    {
        const QString path = writeWorkbook(workbookEntries(
            "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c><v>1</v></c><c t=\"s\"><v>99</v></c></row>"));
        const TabularFile file = readXlsxFile(path);
        QVERIFY(file.sheets.empty());
        QVERIFY(file.error);
        QVERIFY2(file.error->contains(path), qPrintable(*file.error));
        QVERIFY2(file.error->contains(QStringLiteral("cell B2 of sheet \"Data\" refers to shared string 99, but "
                                                     "there are only 8")),
            qPrintable(*file.error));
    }

    void damaged_malformedXml_namesThePart()
    {
        const QString path = writeWorkbook(workbookEntries("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"));
        const TabularFile file = readXlsxFile(path, QStringLiteral("Data"));
        QVERIFY(file.sheets.empty());
        QVERIFY(file.error);
        QVERIFY2(file.error->contains(path) && file.error->contains(QStringLiteral("is damaged"))
                && file.error->contains(QStringLiteral("xl/worksheets/sheet1.xml"))
                && file.error->contains(QStringLiteral("XML error at line")),
            qPrintable(*file.error));
    }

    void damaged_badCellReference_isNamed()
    {
        const QString path = writeWorkbook(workbookEntries("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>"));
        const TabularFile file = readXlsxFile(path);
        QVERIFY(file.error);
        QVERIFY2(file.error->contains(QStringLiteral("cell reference \"1A\" in row 1")), qPrintable(*file.error));
    }

    void damaged_checksumMismatch_isReported()
    {
        // Stored (not compressed) so that one byte of the sheet can be changed in place.
        const QString path = writeWorkbook(
            workbookEntries("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>CHECKSUM</t></is></c></row>"), 0);
        QFile zip(path);
        QVERIFY(zip.open(QIODevice::ReadWrite));
        QByteArray bytes = zip.readAll();
        const qsizetype at = bytes.indexOf("CHECKSUM");
        QVERIFY(at > 0);
        QCOMPARE(bytes.indexOf("CHECKSUM", at + 1), qsizetype(-1));
        QVERIFY(zip.seek(at));
        QCOMPARE(zip.write("X"), qint64(1));
        zip.close();

        QCOMPARE(xlsxSheetNames(path), (QStringList { "Data", "Notes" })); // the other parts are sound
        const TabularFile file = readXlsxFile(path, QStringLiteral("Data"));
        QVERIFY(file.sheets.empty());
        QVERIFY(file.error);
        QVERIFY2(file.error->contains(path) && file.error->contains(QStringLiteral("xl/worksheets/sheet1.xml"))
                && file.error->contains(QStringLiteral("checksum does not match")),
            qPrintable(*file.error));
    }

    void damaged_missingWorksheetPart_isReported()
    {
        const QString path = writeWorkbook(replaced(workbookEntries(""), "xl/worksheets/sheet1.xml", ""));
        const TabularFile file = readXlsxFile(path);
        QVERIFY(file.sheets.empty());
        QVERIFY(file.error);
        QVERIFY2(file.error->contains(QStringLiteral("xl/worksheets/sheet1.xml cannot be read (the part is missing)")),
            qPrintable(*file.error));
    }

    void notWorkbook_zipWithoutWorkbook_saysSo()
    {
        const QString path = writeWorkbook({ { "word/document.xml", "<document/>" } });
        QString error;
        QCOMPARE(xlsxSheetNames(path, &error), QStringList());
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("has no workbook part")), qPrintable(error));
    }

    void notWorkbook_csvNamedXlsx_errorNamesTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("measures.xlsx"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Measure,Period,Value\r\n311 calls answered,2024-03,91.4\r\n");
        csv.close();

        const TabularFile file = readXlsxFile(path);
        QVERIFY(file.sheets.empty());
        QVERIFY(file.error);
        QVERIFY2(file.error->contains(path), qPrintable(*file.error));
        QVERIFY2(file.error->contains(QStringLiteral("not a ZIP package")), qPrintable(*file.error));
        QVERIFY2(file.error->contains(QStringLiteral("import it as a CSV file")), qPrintable(*file.error));
        QString error;
        QCOMPARE(xlsxSheetNames(path, &error), QStringList());
        QCOMPARE(error, *file.error);
    }

    void notWorkbook_oldXlsOrPasswordProtected_saysWhatToDo()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.xlsx"));
        QFile xls(path);
        QVERIFY(xls.open(QIODevice::WriteOnly));
        xls.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        xls.close();
        const TabularFile file = readXlsxFile(path);
        QVERIFY(file.error);
        QVERIFY2(file.error->contains(path) && file.error->contains(QStringLiteral("Excel 97-2003 workbook (.xls)")),
            qPrintable(*file.error));
    }

    void notWorkbook_truncatedPackage_saysItIsIncomplete()
    {
        QFile in(realFile(bostonXlsx));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString path = m_dir.filePath(QStringLiteral("half.xlsx"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 2));
        out.close();
        const TabularFile file = readXlsxFile(path);
        QVERIFY(file.sheets.empty());
        QVERIFY(file.error);
        QVERIFY2(
            file.error->contains(path) && file.error->contains(QStringLiteral("incomplete")), qPrintable(*file.error));
    }

    void notWorkbook_missingFile_saysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere/Performance_Data.xlsx"));
        const TabularFile file = readXlsxFile(path, QStringLiteral("query (48)"));
        QVERIFY(file.sheets.empty());
        QVERIFY(file.error);
        QVERIFY2(file.error->contains(path) && file.error->contains(QStringLiteral("does not exist")),
            qPrintable(*file.error));
        QString error;
        QCOMPARE(xlsxSheetNames(path, &error), QStringList());
        QCOMPARE(error, *file.error);
    }

    // --- A file's kind is told by its content, not by its name's suffix.

    void fileKind_byContent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("contents"); // empty: the small workbook
        QTest::addColumn<QStringList>("firstRow"); // empty: refused
        QTest::addColumn<QString>("message");
        const QStringList workbookRow{"Name", "2023-07-15"};
        QTest::newRow("workbook named .xlsm") << "macros.xlsm" << QByteArray() << workbookRow << QString();
        QTest::newRow("workbook named .csv") << "export.csv" << QByteArray() << workbookRow << QString();
        QTest::newRow("workbook named .XLSX") << "SHOUT.XLSX" << QByteArray() << workbookRow << QString();
        QTest::newRow("CSV named .xlsx") << "measures.xlsx" << QByteArray("Measure,Value\r\nCalls,91.4\r\n")
                                         << QStringList{"Measure", "Value"} << QString();
        QTest::newRow("ZIP that is no workbook, named .csv")
            << "zipped.csv" << QByteArray("zip") << QStringList() << "is a ZIP package but not an Excel workbook";
        QTest::newRow("binary junk named .csv") << "junk.csv" << QByteArray("\x7F" "ELF\x02\x01\x01\x00\x00\x00junk", 14)
                                                << QStringList() << "line 1 holds the control character U+0002";
        QTest::newRow("a NUL in a text line") << "nul.csv" << QByteArray("Measure,Value\nCalls,9\x00" "1\n", 22)
                                              << QStringList() << "line 2 holds the control character U+0000";
        QTest::newRow("old .xls named .csv") << "old.csv"
                                             << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0')
                                             << QStringList() << "Excel 97-2003 workbook";
    }

    void fileKind_byContent()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, contents);
        QFETCH(QStringList, firstRow);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (contents.isEmpty()) {
            QVERIFY(writeZip(path, workbookEntries("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>45122</v></c></row>")));
        } else if (contents == "zip") {
            QVERIFY(writeZip(path, { { "word/document.xml", "<document/>" } }));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        QCOMPARE(civicstat::fileKindOf(path) == civicstat::FileKind::Workbook,
            contents.isEmpty() || contents == "zip" || contents.startsWith("\xD0\xCF"));
        const TabularFile file = civicstat::readTabularFile(path);
        if (firstRow.isEmpty()) {
            QVERIFY(file.sheets.empty());
            QVERIFY(file.error);
            QVERIFY2(file.error->contains(message) && file.error->contains(name), qPrintable(*file.error));
            return;
        }
        QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
        QCOMPARE(file.sheets.front().rows.front(), firstRow);
    }
};

QTEST_GUILESS_MAIN(XlsxFileTest)
#include "tst_xlsxfile.moc"
