// The limits of the CSV reader, of the canonical import that reads CSV text
// itself, and of the files they are read from (inputlimits.h): a line of
// commas wider than any spreadsheet, a field that runs past any cell, more
// cells than any city file, a file (or a device) larger than the limit, and a
// file of blank lines, are refused or read within bounded memory, with a
// message naming the file, the line and the limit.
#include "canonicalimport.h"
#include "csvfile.h"
#include "importfile.h"
#include "importmapping.h"

#include <QLocale>
#include <QTest>

using namespace civicstat;

namespace {

const char *const devZero = "/dev/zero"; // a file that never ends

QString errorOf(const TabularFile &file) { return file.error.value_or(QStringLiteral("no error")); }

} // namespace

class CsvLimitsTest final : public QObject {
    Q_OBJECT

private slots:
    void record_widerThanASpreadsheet_isRefusedAtItsLine()
    {
        const QByteArray bytes = "a,b\n1,2\n" + QByteArray(16384, ',') + "\n3,4\n";
        const TabularFile file = readCsvBytes(bytes, QStringLiteral("wide.csv"));
        QVERIFY(file.sheets.empty());
        QCOMPARE(file.errorLine, 3);
        QVERIFY2(errorOf(file).startsWith(QStringLiteral("wide.csv cannot be read: line 3 has more than %1 cells")
                                              .arg(QLocale().toString(16384))),
            qPrintable(errorOf(file)));
        QVERIFY(readCsvBytes("a,b\n1,2\n" + QByteArray(16383, ',') + "\n", QStringLiteral("wide.csv")).error == std::nullopt);
    }

    // A stray quote that would swallow the rest of the file stops at the limit of one cell.
    void quotedField_longerThanACell_namesTheLineItOpensOn()
    {
        QByteArray bytes = "measure,note\nM1,\"opened";
        for (int line = 0; line < 5000; ++line)
            bytes += "\nM2,a line of forty characters or so.....";
        bytes += "\"\n";
        const TabularFile file = readCsvBytes(bytes, QStringLiteral("stray.csv"));
        QCOMPARE(file.errorLine, 2);
        QVERIFY2(errorOf(file).contains(QStringLiteral("the quoted field that begins on line 2 is longer than %1 characters")
                                            .arg(QLocale().toString(100000)))
                && errorOf(file).contains(QStringLiteral("check line 2")),
            qPrintable(errorOf(file)));
    }

    void unquotedField_longerThanACell_isRefused()
    {
        const TabularFile file = readCsvBytes("a\n" + QByteArray(100001, 'x') + "\n", QStringLiteral("long.csv"));
        QCOMPARE(file.errorLine, 2);
        QVERIFY2(errorOf(file).contains(QStringLiteral("line 2 has a cell longer than")), qPrintable(errorOf(file)));
        QVERIFY(!readCsvBytes("a\n" + QByteArray(100000, 'x') + "\n", QStringLiteral("long.csv")).error);
    }

    void cells_pastTheLimit_namesTheLine()
    {
        QByteArray bytes;
        for (int line = 0; line < 600; ++line)
            bytes += "x,y\n";
        InputLimits limits;
        limits.cells = 1000;
        const TabularFile file = readCsvBytes(bytes, QStringLiteral("many.csv"), limits);
        QCOMPARE(file.errorLine, 501); // cells 1001 and 1002 are on line 501
        QVERIFY2(errorOf(file).contains(QStringLiteral("by line 501 the file holds more than 1000 cells"))
                || errorOf(file).contains(QStringLiteral("by line 501 the file holds more than 1,000 cells")),
            qPrintable(errorOf(file)));
    }

    void bytes_largerThanTheLimit_areRefused()
    {
        InputLimits limits;
        limits.fileBytes = 10;
        const TabularFile file = readCsvBytes("measure,period,value\n", QStringLiteral("big.csv"), limits);
        QVERIFY2(errorOf(file).startsWith(QStringLiteral("big.csv is too large to read: it is over 10 bytes")),
            qPrintable(errorOf(file)));
    }

    // A device claims no size at all and never ends: reading stops one byte past the limit.
    void deviceThatNeverEnds_isRefusedAtTheLimit()
    {
        InputLimits limits;
        limits.fileBytes = 1 << 20;
        const TabularFile file = readCsvFile(QString::fromLatin1(devZero), limits);
        QVERIFY2(errorOf(file).startsWith(QStringLiteral("zero is too large to read: it is over 1 MB")), qPrintable(errorOf(file)));

        const MappedImportPlan plan = planImportFile(QString::fromLatin1(devZero), std::nullopt, Structure(),
                                                     CitySettings(), DuplicatePolicy::Replace);
        QCOMPARE(plan.problems.size(), std::size_t(1));
        QVERIFY2(plan.problems.front().reason.startsWith(QStringLiteral("the file is over 256 MB")),
                 qPrintable(plan.problems.front().reason));

        QString error;
        QVERIFY(!readMappingFile(QString::fromLatin1(devZero), &error));
        QVERIFY2(error.contains(QStringLiteral("is over 4 MB")), qPrintable(error));
    }

    void mapping_largerThanAnyMapping_isRefusedUnparsed()
    {
        QString error;
        const QByteArray json = "{\"civicstat_mapping\": 1, \"name\": \"" + QByteArray(maxMappingFileBytes, 'x') + "\"}";
        QVERIFY(!ImportMapping::fromJson(json, QStringLiteral("big.mapping.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("the mapping is over 4 MB")), qPrintable(error));
    }

    // Room for figures was reserved per line: a million blank lines reserved
    // space for a million figures (176 MB) and a few hundred million for more than the memory there is.
    void canonical_blankLines_reserveNoRoomPerLine()
    {
        const QByteArray bytes = "measure,period,value\n" + QByteArray(1'000'000, '\n');
        const ImportPlan plan = planCanonicalImport(QStringLiteral("blank.csv"), bytes, Structure(), CitySettings());
        QCOMPARE(plan.kind, ImportPlan::Kind::Observations);
        QCOMPARE(plan.rowsRead, 0);
        QVERIFY(plan.batch.observations.empty());
        QVERIFY2(plan.batch.observations.capacity() < 100'000,
                 qPrintable(QString::number(plan.batch.observations.capacity())));
    }

    void canonical_recordWiderThanASpreadsheet_isAProblemOnItsLine()
    {
        const QByteArray bytes = "measure,period,value\nM1,2024-01,1\n" + QByteArray(20000, ',') + "\n";
        const ImportPlan plan = planCanonicalImport(QStringLiteral("wide.csv"), bytes, Structure(), CitySettings());
        QVERIFY(!plan.ok());
        QCOMPARE(plan.problems.back().line, 3);
        QVERIFY2(plan.problems.back().reason.startsWith(QStringLiteral("line 3 has more than")),
                 qPrintable(plan.problems.back().reason));
    }
};

QTEST_GUILESS_MAIN(CsvLimitsTest)
#include "tst_csvlimits.moc"
