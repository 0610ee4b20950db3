// The scorecard as an Excel workbook, read back with CivicStat's own XLSX
// reader: the same figures as the scorecard CSV, as numeric cells with the
// measure's decimals, a frozen header, status in words, the edition's notes,
// and no file at all when it cannot be written.
#include "canonicalimport.h"
#include "editionscorecard.h"
#include "scorecardxlsx.h"
#include "statustext.h"
#include "storeerror.h"
#include "storefactory.h"
#include "tabulardata.h"
#include "xlsxfile.h"
#include "xlsxpackage.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>
#include <sys/resource.h>

using namespace civicstat;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray part(const QString &workbook, const QString &name)
{
    xlsx::ZipPackage package(workbook, InputLimits());
    QByteArray contents;
    QString detail;
    if (package.read(name, &contents, &detail) != xlsx::ZipPackage::Result::Ok)
        qWarning() << "cannot read" << name << detail;
    return contents;
}

struct Cell {
    QString type;  // the t attribute: empty for a number
    int style = 0; // index into cellXfs
};

// Every cell of a worksheet part by its reference ("E5").
QHash<QString, Cell> cellsOf(const QByteArray &sheetXml)
{
    QHash<QString, Cell> cells;
    QXmlStreamReader xml(sheetXml);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const auto a = xml.attributes();
            cells.insert(a.value(QLatin1String("r")).toString(),
                         {a.value(QLatin1String("t")).toString(), a.value(QLatin1String("s")).toInt()});
        }
    }
    return cells;
}

// The number format code of each cell style, by its index in cellXfs.
QStringList formatCodesOf(const QByteArray &stylesXml)
{
    QHash<int, QString> codes = {{0, QStringLiteral("General")}};
    QStringList byStyle;
    QXmlStreamReader xml(stylesXml);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt"))
            codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                         xml.attributes().value(QLatin1String("formatCode")).toString());
        if (xml.name() == QLatin1String("cellXfs"))
            inCellXfs = xml.isStartElement();
        if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf"))
            byStyle << codes.value(xml.attributes().value(QLatin1String("numFmtId")).toInt(), QStringLiteral("?"));
    }
    return byStyle;
}

QString expectedFormat(int decimals)
{
    return decimals == 0 ? QStringLiteral("#,##0") : QStringLiteral("#,##0.") + QString(decimals, QLatin1Char('0'));
}

bool anyCellContains(const TabularFile &file, const QString &text)
{
    for (const Sheet &sheet : file.sheets) {
        for (const QStringList &row : sheet.rows) {
            for (const QString &cell : row) {
                if (cell.contains(text))
                    return true;
            }
        }
    }
    return false;
}

QStringList sheetText(const Sheet &sheet)
{
    QStringList lines;
    for (const QStringList &row : sheet.rows)
        lines << row.join(QLatin1Char('|'));
    return lines;
}

const QSet<int> numericColumns = {4, 5, 7, 8, 9, 11, 12, 14, 15, 16, 17, 18};

} // namespace

class XlsxExportTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KpiStore> m_store;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    EditionScorecard load(Audience audience, const QString &period = QStringLiteral("2026-09"),
                          const QString &scope = QStringLiteral("citywide"))
    {
        Edition edition;
        edition.audience = audience;
        return loadEditionScorecard(*m_store, *Period::parse(period, 7), *Scope::parse(scope), edition);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = openStore(path(QStringLiteral("tempting.db")), StoreOpenMode::CreateIfMissing);
        CitySettings settings;
        settings.cityName = QStringLiteral("Tempting City");
        m_store->saveCitySettings(settings);
        for (const char *name : {"structure.csv", "observations.csv"}) {
            const QString file = QStringLiteral(CIVICSTAT_TEST_DATA "/tempting-city/") + QLatin1String(name);
            const ImportPlan plan =
                planCanonicalImport(file, readAll(file), m_store->structure(), m_store->citySettings());
            QVERIFY2(plan.ok(), qPrintable(file));
            m_store->applyImport(plan.batch);
        }
    }

    void internalWorkbook_hasTheCsvFiguresAsNumbersWithTheMeasuresDecimals()
    {
        const EditionScorecard scorecard = load(Audience::Internal);
        const QString workbook = path(QStringLiteral("internal.xlsx"));
        const QString csv = path(QStringLiteral("internal.csv"));
        saveScorecard(scorecard, workbook);
        saveScorecard(scorecard, csv);

        const TabularFile read = readXlsxFile(workbook);
        QVERIFY2(!read.error, qPrintable(read.error.value_or(QString())));
        QCOMPARE(int(read.sheets.size()), 2);
        const Sheet &table = read.sheets[0];
        const TabularFile csvRead = readTabularFile(csv);
        const std::vector<QStringList> &csvRows = csvRead.sheets.at(0).rows;
        QCOMPARE(table.rows.at(0), scorecardXlsxColumns());
        QCOMPARE(csvRows.at(0), scorecardXlsxColumns()); // the export's CSV has the same columns
        QCOMPARE(table.rows.size(), csvRows.size());
        QCOMPARE(int(table.rows.size()), int(scorecard.card.rows.size()) + 1);

        int figuresCompared = 0;
        for (std::size_t r = 1; r < csvRows.size(); ++r) {
            const QStringList &got = table.rows[r];
            const QStringList &want = csvRows[r];
            const ScorecardRow &row = scorecard.card.rows[r - 1];
            for (int c = 0; c < want.size(); ++c) {
                const QString cell = got.value(c);
                if (numericColumns.contains(c) && !want[c].isEmpty()) {
                    bool ok = false;
                    const double value = cell.toDouble(&ok);
                    QVERIFY2(ok, qPrintable(QStringLiteral("%1 column %2: %3").arg(row.code).arg(c).arg(cell)));
                    QVERIFY2(std::abs(value - want[c].toDouble()) <= 0.5e-4,
                             qPrintable(QStringLiteral("%1 column %2: %3 vs %4").arg(row.code).arg(c).arg(cell, want[c])));
                    ++figuresCompared;
                } else if (c == 6) {
                    QCOMPARE(cell, statusLabel(row.status)); // words, not on_track
                    QCOMPARE(want[c], toText(row.status));
                } else if (c == 2) {
                    QCOMPARE(cell.trimmed(), want[c]); // indented by depth
                } else {
                    QCOMPARE(cell, want[c]);
                }
            }
        }
        QVERIFY(figuresCompared > 60);
        QCOMPARE(table.rows[1].value(23), QStringLiteral("2026-09-01"));
        QCOMPARE(table.rows[1].value(24), QStringLiteral("2026-09-30"));
        QCOMPARE(table.rows[1].value(25), QStringLiteral("2 measures not shown in this edition"));

        // As cells: numbers are numbers, each with its measure's decimals; the header row is frozen.
        const QByteArray sheetXml = part(workbook, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheetXml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
        const QHash<QString, Cell> cells = cellsOf(sheetXml);
        const QStringList formats = formatCodesOf(part(workbook, QStringLiteral("xl/styles.xml")));
        int measuresChecked = 0;
        QSet<int> decimalsSeen;
        for (std::size_t i = 0; i < scorecard.card.rows.size(); ++i) {
            const ScorecardRow &row = scorecard.card.rows[i];
            if (row.level != Level::Measure || !row.actual)
                continue;
            const Cell actual = cells.value(QStringLiteral("E%1").arg(i + 2));
            QCOMPARE(actual.type, QString());
            QCOMPARE(formats.value(actual.style), expectedFormat(row.decimals));
            decimalsSeen.insert(row.decimals);
            ++measuresChecked;
        }
        QCOMPARE(measuresChecked, 6);
        QCOMPARE(decimalsSeen, QSet<int>({0, 1}));
        QCOMPARE(cells.value(QStringLiteral("O2")).type, QString()); // counts
        QCOMPARE(formats.value(cells.value(QStringLiteral("X2")).style), QStringLiteral("yyyy-mm-dd"));
        QVERIFY(part(workbook, QStringLiteral("xl/worksheets/sheet1.xml")).contains("INTERNAL: not for public release"));

        const QStringList about = sheetText(read.sheets[1]);
        QVERIFY(about.contains(QStringLiteral("City|Tempting City")));
        QVERIFY(about.contains(QStringLiteral("Period|2026-09")));
        QVERIFY(about.contains(QStringLiteral("Audience|Internal edition")));
        QVERIFY(about.contains(QStringLiteral("|INTERNAL: not for public release")));
        QVERIFY(about.contains(QStringLiteral("Data as of|2026-09-30")));
        QVERIFY(about.contains(QStringLiteral("Left out|2 measures not shown in this edition")));
        QVERIFY(anyCellContains(read, QStringLiteral("INT-OT")));
        QVERIFY(!anyCellContains(read, QStringLiteral("RES-INF")));
        QVERIFY(!anyCellContains(read, QStringLiteral("Informant")));
    }

    void publicWorkbook_namesNoOtherMeasureAndSaysWhatItLeavesOut()
    {
        const EditionScorecard scorecard = load(Audience::Public);
        const QString workbook = path(QStringLiteral("public.xlsx"));
        saveScorecard(scorecard, workbook);
        const TabularFile read = readXlsxFile(workbook);
        QVERIFY(!read.error);
        for (const char *hidden : {"INT-", "RES-", "CONF-", "overtime", "Informant", "internal affairs", "turnover",
                                   "Sick days"})
            QVERIFY2(!anyCellContains(read, QString::fromLatin1(hidden)), hidden);
        QVERIFY(anyCellContains(read, QStringLiteral("PUB-RESP")));
        const QStringList about = sheetText(read.sheets[1]);
        QVERIFY(about.contains(QStringLiteral("Audience|Public edition")));
        QVERIFY(about.contains(QStringLiteral("Left out|5 measures not shown in this edition")));
        bool adminSaysSo = false;
        for (const QStringList &row : read.sheets[0].rows) {
            if (row.value(1) == QLatin1String("ADMIN")) {
                QCOMPARE(row.value(6), statusLabel(Status::NoData));
                QCOMPARE(row.value(7), QString()); // no score built from hidden figures
                QCOMPARE(row.value(25), QStringLiteral("2 measures not shown in this edition"));
                adminSaysSo = true;
            }
        }
        QVERIFY(adminSaysSo);

        // A goal's workbook counts what is left out of that goal, not of the whole city.
        const QString safe = path(QStringLiteral("public-safe.xlsx"));
        saveScorecard(load(Audience::Public, QStringLiteral("2026-09"), QStringLiteral("goal:SAFE")), safe);
        QVERIFY(sheetText(readXlsxFile(safe).sheets.at(1)).contains(QStringLiteral("Left out|3 measures not shown in this edition")));
        const QString econ = path(QStringLiteral("public-econ.xlsx"));
        saveScorecard(load(Audience::Public, QStringLiteral("2026-09"), QStringLiteral("goal:ECON")), econ);
        QVERIFY(!sheetText(readXlsxFile(econ).sheets.at(1)).join(QLatin1Char('\n')).contains(QLatin1String("Left out")));
        QVERIFY(!part(workbook, QStringLiteral("xl/worksheets/sheet1.xml")).contains("INTERNAL"));
    }

    void openPeriod_aboutSheetSaysItIsScoredToDate()
    {
        const EditionScorecard scorecard = load(Audience::Internal, QStringLiteral("FY2027"));
        const QString note = scoredToDateNote(scorecard.card);
        QVERIFY(!note.isEmpty());
        const QString workbook = path(QStringLiteral("fy2027.xlsx"));
        saveScorecard(scorecard, workbook);
        const QStringList about = sheetText(readXlsxFile(workbook).sheets.at(1));
        QVERIFY2(about.contains(QStringLiteral("Scored to date|") + note), qPrintable(about.join(QLatin1Char('\n'))));
        QVERIFY(about.contains(QStringLiteral("First day|2026-07-01")));
        QVERIFY(about.contains(QStringLiteral("Last day|2027-06-30")));
    }

    void unwritablePlaces_clearMessageAndNoFile_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void unwritablePlaces_clearMessageAndNoFile()
    {
        QFETCH(QString, suffix);
        const EditionScorecard scorecard = load(Audience::Internal);
        const QString missingFolder = path(QStringLiteral("no-such-folder/out.") + suffix);
        try {
            saveScorecard(scorecard, missingFolder);
            QFAIL("wrote into a folder that does not exist");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Io);
            QVERIFY2(error.message().contains(QDir::toNativeSeparators(missingFolder)), qPrintable(error.message()));
            QVERIFY(error.message().contains(QLatin1String("Nothing was written")));
        }
        QVERIFY(!QFile::exists(missingFolder));

        const QString folderNamedLikeAFile = path(QStringLiteral("folder.") + suffix);
        QVERIFY(QDir().mkpath(folderNamedLikeAFile));
        QVERIFY_THROWS_EXCEPTION(StoreError, saveScorecard(scorecard, folderNamedLikeAFile));
        QVERIFY(QFileInfo(folderNamedLikeAFile).isDir());
    }

    // A full disk, made by a file size limit: the earlier export stays as it
    // was and nothing half-written is left beside it.
    void fullDisk_keepsThePreviousFileAndLeavesNoPart_data() { unwritablePlaces_clearMessageAndNoFile_data(); }

    void fullDisk_keepsThePreviousFileAndLeavesNoPart()
    {
        QFETCH(QString, suffix);
        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("scorecard.") + suffix);
        {
            QFile earlier(target);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("the export of last month\n");
        }
        const EditionScorecard scorecard = load(Audience::Internal);
        rlimit before{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &before) == 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG
        rlimit small = before;
        small.rlim_cur = 600;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        QString message;
        try {
            saveScorecard(scorecard, target);
        } catch (const StoreError &error) {
            message = error.message();
        }
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY2(message.contains(QDir::toNativeSeparators(target)), qPrintable(message + QString::fromUtf8(readAll(target))));
        QCOMPARE(readAll(target), QByteArray("the export of last month\n"));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("scorecard.") + suffix});
    }

    void otherSuffix_isRefused()
    {
        QVERIFY_THROWS_EXCEPTION(StoreError, saveScorecard(load(Audience::Internal), path(QStringLiteral("out.ods"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("out.ods"))));
    }
};

QTEST_GUILESS_MAIN(XlsxExportTest)
#include "tst_xlsxexport.moc"
