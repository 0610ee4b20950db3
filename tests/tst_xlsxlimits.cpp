// The workbook reader's limits (inputlimits.h): small workbooks that claim a
// huge size (rows reaching column XFD, a part that unpacks to more than the
// limit, counts in headers, thousands of entries or sheets) are refused with a
// message naming the file, the part, sheet or row, and the limit, instead of
// making the reader allocate without bound. The XFD workbooks use the real
// limits; the others pass smaller ones to reach each refusal cheaply.
#include "testworkbook.h"
#include "xlsxfile.h"

#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using civicstat::InputLimits;
using civicstat::readXlsxFile;
using civicstat::TabularFile;
using civicstat::test::minimalWorkbook;
using civicstat::test::writeZip;
using civicstat::test::ZipEntries;

namespace {

// The most memory this process has held at once so far.
qint64 peakResidentBytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

// Rows 1..count, each with one number in column XFD, the last Excel has: the
// same text over and over (a row without r follows the one before), so the
// part compresses to almost nothing.
QByteArray rowsReachingXfd(int count)
{
    QByteArray rows;
    for (int r = 1; r <= count; ++r)
        rows += "<row><c r=\"XFD1\"><v>7</v></c></row>";
    return rows;
}

// Rows 1..count with a text in columns A and B.
QByteArray twoColumnRows(int count)
{
    QByteArray rows;
    for (int r = 1; r <= count; ++r) {
        const QByteArray n = QByteArray::number(r);
        rows += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"inlineStr\"><is><t>a</t></is></c><c r=\"B" + n
            + "\" t=\"inlineStr\"><is><t>b</t></is></c></row>";
    }
    return rows;
}

ZipEntries replaced(ZipEntries entries, const QByteArray &name, const QByteArray &text)
{
    for (auto &entry : entries) {
        if (entry.first == name)
            entry.second = text;
    }
    return entries;
}

} // namespace

class XlsxLimitsTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString written(const ZipEntries &entries)
    {
        const QString path = m_dir.filePath(QStringLiteral("book%1.xlsx").arg(++m_files));
        return writeZip(path, entries) ? path : QString();
    }

    // Whether the error names the file and holds every one of the texts.
    static bool says(const TabularFile &file, const QString &path, const QStringList &texts)
    {
        if (!file.error || !file.sheets.empty() || !file.error->contains(path))
            return false;
        return std::all_of(texts.cbegin(), texts.cend(), [&](const QString &text) { return file.error->contains(text); });
    }

    // The workbooks: every row padded to 16,384 cells once took 1.9 GB
    // (5,000 rows) or ended in std::bad_alloc (60,000 rows). With 10 million
    // cells allowed, 610 such rows fit and row 611 is refused.
    void checkXfdRowsRefused(int rows, qint64 mostFileBytes)
    {
        const QString path = written(minimalWorkbook({ rowsReachingXfd(rows) }));
        QVERIFY(!path.isEmpty());
        QVERIFY2(QFileInfo(path).size() < mostFileBytes, qPrintable(QString::number(QFileInfo(path).size())));
        const qint64 peakBefore = peakResidentBytes();
        const TabularFile file = readXlsxFile(path);
        const qint64 grown = peakResidentBytes() - peakBefore;
        const InputLimits limits;
        QCOMPARE(limits.cells / 16384 + 1, 611);
        QVERIFY2(says(file, path,
                     { QStringLiteral("by row 611 of sheet \"Sheet1\""), QLocale().toString(limits.cells),
                         QStringLiteral("row 611 reaches column XFD"), QStringLiteral("Delete the rows and columns") }),
            qPrintable(file.error.value_or(QStringLiteral("no error"))));
        // 611 padded rows are about 240 MB of empty cells; reading all the rows would take 1.9 GB and more.
        QVERIFY2(grown < (qint64(1) << 30), qPrintable(QStringLiteral("peak grew by %1 MB").arg(grown >> 20)));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void xfdRows_5000In2KB_refusedAtRow611() { checkXfdRowsRefused(5000, 4 * 1024); }

    void xfdRows_60000In8KB_refusedAtRow611() { checkXfdRowsRefused(60000, 16 * 1024); }

    void xfdRows_withinTheLimit_areRead()
    {
        const QString path = written(minimalWorkbook({ rowsReachingXfd(3) }));
        const TabularFile file = readXlsxFile(path);
        QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
        QCOMPARE(file.sheets.at(0).rows.size(), std::size_t(3));
        QCOMPARE(file.sheets.at(0).rows.at(2).size(), qsizetype(16384));
        QCOMPARE(file.sheets.at(0).rows.at(2).last(), QStringLiteral("7"));
        QCOMPARE(file.sheets.at(0).lines, (std::vector<int> { 1, 2, 3 }));
    }

    // The cells of every sheet read count together; one sheet alone fits.
    void cells_summedOverTheSheetsRead()
    {
        const QString path = written(minimalWorkbook({ twoColumnRows(3), twoColumnRows(3) }));
        InputLimits limits;
        limits.cells = 10;
        const TabularFile both = readXlsxFile(path, QString(), limits);
        QVERIFY2(says(both, path, { QStringLiteral("by row 3 of sheet \"Sheet2\""), QStringLiteral("more than 10 cells") }),
            qPrintable(both.error.value_or(QStringLiteral("no error"))));
        const TabularFile second = readXlsxFile(path, QStringLiteral("Sheet2"), limits);
        QVERIFY(!second.error);
        QCOMPARE(second.sheets.at(0).rows.at(2), (QStringList { "a", "b" }));
    }

    // A part whose size says it unpacks to more than a part may: refused before it is unpacked.
    void part_unpackingPastTheLimit_isRefused()
    {
        const QByteArray blanks(2 << 20, ' '); // 2 MB of blanks compress to a few KB
        const QString path = written(minimalWorkbook({ twoColumnRows(1) + blanks }));
        QVERIFY(QFileInfo(path).size() < 64 * 1024);
        InputLimits limits;
        limits.partBytes = 1 << 20;
        const TabularFile file = readXlsxFile(path, QString(), limits);
        QVERIFY2(says(file, path, { QStringLiteral("its part xl/worksheets/sheet1.xml unpacks to more than"),
                                      QStringLiteral("1 MB a part"), QStringLiteral("Save the sheet you need as a CSV") }),
            qPrintable(file.error.value_or(QStringLiteral("no error"))));
    }

    // Every part read counts towards the whole workbook's limit.
    void parts_readTogether_stopAtThePackageLimit()
    {
        const QByteArray sheet = twoColumnRows(1) + QByteArray(400 * 1024, ' ');
        const QString path = written(minimalWorkbook({ sheet, sheet, sheet }));
        InputLimits limits;
        limits.packageBytes = 1 << 20;
        QVERIFY(!readXlsxFile(path, QStringLiteral("Sheet2"), limits).error);
        const TabularFile file = readXlsxFile(path, QString(), limits);
        QVERIFY2(says(file, path, { QStringLiteral("xl/worksheets/sheet3.xml"), QStringLiteral("1 MB for the whole workbook") }),
            qPrintable(file.error.value_or(QStringLiteral("no error"))));
    }

    // uniqueCount is only a hint: a header claiming two billion strings reads as the two it has.
    void sharedStrings_countInHeader_isNotTrusted()
    {
        const QByteArray strings = "<?xml version=\"1.0\"?><sst "
                                   "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                   "count=\"2147483647\" uniqueCount=\"2147483647\"><si><t>first</t></si><si><t>second</t></si></sst>";
        ZipEntries entries = minimalWorkbook(
            { "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>" });
        entries.push_back({ "xl/sharedStrings.xml", strings });
        const TabularFile file = readXlsxFile(written(entries));
        QVERIFY2(!file.error, qPrintable(file.error.value_or(QString())));
        QCOMPARE(file.sheets.at(0).rows.at(0), (QStringList { "second", "first" }));
    }

    void sharedStrings_pastTheCellLimit_areRefused()
    {
        QByteArray strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
        for (int i = 0; i < 101; ++i)
            strings += "<si><t>s</t></si>";
        ZipEntries entries = minimalWorkbook({ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" });
        entries.push_back({ "xl/sharedStrings.xml", strings + "</sst>" });
        const QString path = written(entries);
        InputLimits limits;
        limits.cells = 100;
        const TabularFile file = readXlsxFile(path, QString(), limits);
        QVERIFY2(says(file, path, { QStringLiteral("its part xl/sharedStrings.xml holds more than 100 texts") }),
            qPrintable(file.error.value_or(QStringLiteral("no error"))));
    }

    void workbook_listingMoreSheetsThanTheLimit_isRefused()
    {
        QByteArray sheets;
        for (int i = 1; i <= 1001; ++i)
            sheets += "<sheet name=\"S" + QByteArray::number(i) + "\" sheetId=\"" + QByteArray::number(i) + "\" r:id=\"rId1\"/>";
        const ZipEntries entries = minimalWorkbook({ twoColumnRows(1) });
        const QByteArray workbook = entries.at(1).second;
        const QString path = written(replaced(entries, "xl/workbook.xml",
            workbook.left(workbook.indexOf("<sheets>") + 8) + sheets + "</sheets></workbook>"));
        QString error;
        QCOMPARE(civicstat::xlsxSheetNames(path, &error), QStringList());
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("xl/workbook.xml lists more than %1 sheets").arg(QLocale().toString(1000))),
            qPrintable(error));
    }

    void package_withMoreEntriesThanTheLimit_isRefused()
    {
        ZipEntries entries = minimalWorkbook({ twoColumnRows(1) });
        for (int i = 0; i < 60; ++i)
            entries.push_back({ "xl/media/image" + QByteArray::number(i) + ".png", "png" });
        const QString path = written(entries);
        InputLimits limits;
        limits.zipEntries = 50;
        const TabularFile file = readXlsxFile(path, QString(), limits);
        QVERIFY2(says(file, path, { QStringLiteral("lists more than 50 entries") }),
            qPrintable(file.error.value_or(QStringLiteral("no error"))));
        QVERIFY(!readXlsxFile(path).error); // 64 entries are within the real limit
    }

    void file_largerThanTheLimit_isRefusedUnread()
    {
        const QString path = written(minimalWorkbook({ twoColumnRows(50) }));
        InputLimits limits;
        limits.fileBytes = 1024;
        QVERIFY(QFileInfo(path).size() > limits.fileBytes);
        const TabularFile file = readXlsxFile(path, QString(), limits);
        QVERIFY2(says(file, path, { QStringLiteral("it is over 1 KB") }),
            qPrintable(file.error.value_or(QStringLiteral("no error"))));
    }
};

QTEST_GUILESS_MAIN(XlsxLimitsTest)
#include "tst_xlsxlimits.moc"
