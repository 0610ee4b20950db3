// Briefing books of the Tempting City (restricted, confidential and internal
// measures under public goals; a goal whose every measure is internal), read
// back with poppler's pdftotext and pdfinfo as a council member's reader would.
#include "briefingprinter.h"
#include "storeerror.h"
#include "storefactory.h"
#include "statustext.h"

#include <QGuiApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "changingstore.h"
#include "filesizelimit.h"


using namespace civicstat;

namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int runCivicstat(const QStringList &arguments)
{
    int code = -1;
    run(QStringLiteral(CIVICSTAT_BINARY), arguments, &code);
    return code;
}

// The text of each page (pdftotext separates pages with a form feed).
QStringList pagesOf(const QString &pdf)
{
    QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString pdfInfo(const QString &pdf, const QString &key)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(key), QRegularExpression::MultilineOption);
    return line.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).trimmed();
}

QString makeCity(const QString &path, const QStringList &files)
{
    runCivicstat({QStringLiteral("init"), path, QStringLiteral("--city"), QStringLiteral("Tempting City"),
               QStringLiteral("--fiscal-year-start"), QStringLiteral("7")});
    for (const QString &file : files) {
        if (runCivicstat({QStringLiteral("import"), path, file}) != 0)
            qFatal("could not import %s", qPrintable(file));
    }
    return path;
}

const QString cityFolder = QStringLiteral(CIVICSTAT_TEST_DATA "/tempting-city/");

// Everything a public reader must never meet: codes, names and figures of non-public measures.
const QStringList nonPublic = {
    QStringLiteral("INT-OT"),   QStringLiteral("RES-INF"),        QStringLiteral("CONF-IAC"),
    QStringLiteral("INT-TURN"), QStringLiteral("INT-SICK"),       QStringLiteral("overtime"),
    QStringLiteral("Informant"), QStringLiteral("internal affairs"), QStringLiteral("turnover"),
    QStringLiteral("Sick days"), QStringLiteral("9,7"),           QStringLiteral("61,3"),
    QStringLiteral("12.5"),     QStringLiteral("2.75"),           QStringLiteral("Riverside"),
    QStringLiteral("INTERNAL: not for public release")};

} // namespace

class TestBriefing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_city = makeCity(m_dir.filePath(QStringLiteral("tempting.db")),
                          {cityFolder + QStringLiteral("structure.csv"), cityFolder + QStringLiteral("observations.csv")});
        m_store = openStore(m_city);
    }

    void publicEditionNamesNoNonPublicMeasure()
    {
        BriefingRequest request;
        request.periodText = QStringLiteral("FY2026");
        request.edition.audience = Audience::Public;
        const BriefingBook book = assembleBriefing(*m_store, request);
        const QString pdf = m_dir.filePath(QStringLiteral("public.pdf"));
        const WrittenBriefing written = writeBriefingPdf(book, pdf);
        const QStringList pages = pagesOf(pdf);
        QCOMPARE(pages.size(), written.pages);
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Pages")).toInt(), written.pages);
        const QString text = pages.join(QLatin1Char('\n'));
        for (const QString &word : nonPublic)
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));
        for (const QString &code : {QStringLiteral("PUB-RESP"), QStringLiteral("PUB-CRASH"), QStringLiteral("PUB-PERMIT"),
                                    QStringLiteral("PUB-LIB"), QStringLiteral("Well-run city hall")})
            QVERIFY2(text.contains(code), qPrintable(code));
        // The all-internal goal says what it leaves out, and shows no score built from hidden figures.
        QVERIFY(text.contains(QStringLiteral("2 measures not shown in this edition")));
        QCOMPARE(book.cut.hiddenTotal, 5);
        // A measure without target or figures still gets its section.
        QVERIFY(text.contains(QStringLiteral("No figures yet: nothing to chart.")));
    }

    // Roll-ups of a public edition equal those of a city that only ever had its public measures.
    void publicRollUpsEqualAPublicOnlyCity()
    {
        QFile structure(cityFolder + QStringLiteral("structure.csv"));
        QVERIFY(structure.open(QIODevice::ReadOnly));
        QFile observations(cityFolder + QStringLiteral("observations.csv"));
        QVERIFY(observations.open(QIODevice::ReadOnly));
        const auto keepPublic = [](QFile &in, const QString &outPath, auto isPublic) {
            QFile out(outPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.readLine());
            while (!in.atEnd()) {
                const QByteArray line = in.readLine();
                if (isPublic(line))
                    out.write(line);
            }
        };
        const QString publicStructure = m_dir.filePath(QStringLiteral("public-structure.csv"));
        const QString publicFigures = m_dir.filePath(QStringLiteral("public-observations.csv"));
        keepPublic(structure, publicStructure, [](const QByteArray &line) { return line.contains(",public,"); });
        keepPublic(observations, publicFigures, [](const QByteArray &line) { return line.startsWith("PUB-"); });
        const auto publicOnly = openStore(makeCity(m_dir.filePath(QStringLiteral("public-only.db")),
                                                   {publicStructure, publicFigures}));

        BriefingRequest request;
        request.periodText = QStringLiteral("FY2026");
        request.edition.audience = Audience::Public;
        const BriefingBook edition = assembleBriefing(*m_store, request);
        request.edition.audience = Audience::Internal;
        const BriefingBook reference = assembleBriefing(*publicOnly, request);
        const BriefingBook internal = assembleBriefing(*m_store, request);
        const auto scoreOf = [](const BriefingBook &book, const QString &code) {
            for (const ScorecardRow &row : book.card.rows) {
                if (row.code == code && row.level != Level::Measure)
                    return row.score;
            }
            return std::optional<double>();
        };
        QVERIFY(scoreOf(reference, QStringLiteral("SAFE")).has_value());
        QCOMPARE(scoreOf(edition, QStringLiteral("SAFE")), scoreOf(reference, QStringLiteral("SAFE")));
        QCOMPARE(scoreOf(edition, QStringLiteral("SAFE.1")), scoreOf(reference, QStringLiteral("SAFE.1")));
        QCOMPARE(edition.card.rows.front().score, reference.card.rows.front().score); // the city
        QVERIFY(scoreOf(internal, QStringLiteral("SAFE")) != scoreOf(edition, QStringLiteral("SAFE")));
        QVERIFY(!scoreOf(edition, QStringLiteral("ADMIN")).has_value()); // every measure hidden: no score

        // The printed summary carries the public score, not the internal one.
        const QString pdf = m_dir.filePath(QStringLiteral("public-summary.pdf"));
        writeBriefingPdf(edition, pdf);
        const QString text = pagesOf(pdf).join(QLatin1Char('\n'));
        const QRegularExpression safeRow(QStringLiteral("SAFE Safe neighbourhoods.*?(\\d\\.\\d\\d)"));
        const auto match = safeRow.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text.left(3000)));
        QCOMPARE(match.captured(1), formatScore(*scoreOf(reference, QStringLiteral("SAFE"))));
    }

    void internalEditionStampsEveryPage()
    {
        BriefingRequest request;
        request.periodText = QStringLiteral("FY2026");
        request.paper = QPageSize::A4;
        request.edition.classifiedCodes = {QStringLiteral("RES-INF")};
        const BriefingBook book = assembleBriefing(*m_store, request);
        const QString pdf = m_dir.filePath(QStringLiteral("internal.pdf"));
        const WrittenBriefing written = writeBriefingPdf(book, pdf);
        QVERIFY(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("595")));
        const QStringList pages = pagesOf(pdf);
        QCOMPARE(pages.size(), written.pages);
        int restrictedPages = 0;
        for (int p = 0; p < pages.size(); ++p) {
            const QString &page = pages[p];
            QVERIFY2(page.contains(QStringLiteral("INTERNAL: not for public release")), qPrintable(QString::number(p)));
            QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())), qPrintable(page));
            // A page that shows the restricted measure says so at its top.
            if (page.contains(QStringLiteral("RES-INF"))) {
                QVERIFY2(page.left(300).contains(QStringLiteral("RESTRICTED")), qPrintable(page.left(300)));
                ++restrictedPages;
            }
        }
        QVERIFY(restrictedPages >= 3); // needs attention, scorecard, its own section (and the appendix)
        const QString text = pages.join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("INT-OT")));
        QVERIFY(!text.contains(QStringLiteral("CONF-IAC"))); // not asked for by name
        QVERIFY(text.contains(QStringLiteral("1 measure not shown in this edition")));
        // Figures by neighbourhood are in the internal edition.
        QVERIFY(text.contains(QStringLiteral("Riverside")));
    }

    void contentsPointAtTheirPages()
    {
        BriefingRequest request;
        request.periodText = QStringLiteral("FY2026");
        const BriefingBook book = assembleBriefing(*m_store, request);
        const QString pdf = m_dir.filePath(QStringLiteral("contents.pdf"));
        writeBriefingPdf(book, pdf);
        const QStringList pages = pagesOf(pdf);
        const QRegularExpression entry(QStringLiteral("^\\s*(Needs attention|PUB-CRASH Traffic injuries|Appendix: "
                                                      "definitions and sources)\\s+(\\d+)\\s*$"),
                                       QRegularExpression::MultilineOption);
        int checked = 0;
        for (auto it = entry.globalMatch(pages.value(1)); it.hasNext(); ++checked) {
            const auto match = it.next();
            const int page = match.captured(2).toInt();
            QVERIFY(page > 2 && page <= pages.size());
            // The heading is the first line of text under the page header.
            QVERIFY2(pages[page - 1].contains(match.captured(1)), qPrintable(match.captured(1)));
        }
        QCOMPARE(checked, 3);
    }

    // 300 measures, some with names long enough to wrap: the scorecard table
    // spans pages, repeats its header, and neither loses nor splits a row.
    void longTablesKeepEveryRowWhole()
    {
        QByteArray structure = "goal_code,goal_name,objective_code,objective_name,department_code,department_name,"
                               "measure_code,measure_name,direction,aggregation,target,classification\n";
        QByteArray figures = "measure,period,value\n";
        for (int i = 1; i <= 300; ++i) {
            const QByteArray code = "M" + QByteArray::number(i).rightJustified(3, '0');
            const QByteArray longer = i % 7 == 0 ? " with a name long enough to wrap onto a second and a third line "
                                                   "of its cell in the scorecard table"
                                                 : "";
            structure += "G,Goal,G.1,Objective,D,Department," + code + ",Measure " + code + longer + " end-" + code
                + ",higher,mean,50,public\n";
            figures += code + ",2026-01," + QByteArray::number(i % 97) + "\n";
        }
        const auto write = [this](const QString &name, const QByteArray &contents) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        };
        write(QStringLiteral("long-structure.csv"), structure);
        write(QStringLiteral("long-figures.csv"), figures);
        const auto store = openStore(makeCity(m_dir.filePath(QStringLiteral("long.db")),
                                              {m_dir.filePath(QStringLiteral("long-structure.csv")),
                                               m_dir.filePath(QStringLiteral("long-figures.csv"))}));
        BriefingRequest request;
        request.periodText = QStringLiteral("2026-01");
        request.parts = BriefingParts{false, false, true, false, false}; // the scorecard alone
        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        writeBriefingPdf(assembleBriefing(*store, request), pdf);
        const QStringList pages = pagesOf(pdf).mid(2); // after the cover and contents
        QVERIFY(pages.size() >= 6);
        int rows = 0;
        for (const QString &page : pages) {
            QVERIFY2(page.contains(QRegularExpression(QStringLiteral("Code\\s+Measure\\s+Actual"))), qPrintable(page));
            const QRegularExpression code(QStringLiteral("^\\s*(M\\d{3})\\s"), QRegularExpression::MultilineOption);
            for (auto it = code.globalMatch(page); it.hasNext(); ++rows) {
                const QString found = it.next().captured(1);
                // The row's last words are on the same page as its code.
                QVERIFY2(page.contains(QStringLiteral("end-") + found), qPrintable(found));
            }
        }
        QCOMPARE(rows, 300);
        const QString text = pages.join(QLatin1Char('\n'));
        for (int i = 1; i <= 300; ++i)
            QCOMPARE(text.count(QStringLiteral("end-M%1").arg(i, 3, 10, QLatin1Char('0'))), 1);
    }

    // A disk that fills up while the PDF is written (a file size limit stands in
    // for it): a message naming the file, and the earlier briefing left as it was.
    void aFullDiskLeavesTheEarlierFileAlone()
    {
        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("briefing.pdf"));
        {
            QFile earlier(target);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("last month's briefing\n");
        }
        BriefingRequest request;
        request.periodText = QStringLiteral("FY2026");
        const BriefingBook book = assembleBriefing(*m_store, request);
        QString message;
        {
            const FileSizeLimit fullDisk(20000);
            QVERIFY(fullDisk.isActive());
            try {
                writeBriefingPdf(book, target);
            } catch (const StoreError &error) {
                message = error.message();
            }
        }
        QVERIFY2(message.contains(target), qPrintable(message));
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("last month's briefing\n"));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("briefing.pdf")});
    }

    // Someone imports while the book is gathered: it is gathered again until a
    // whole pass saw no change, and refused when the data never holds still.
    void aDatabaseThatChangesIsGatheredAgain()
    {
        BriefingRequest request;
        request.periodText = QStringLiteral("FY2026");
        ChangingStore onceChanged(*m_store, 2); // moves during the first pass only
        const BriefingBook book = assembleConsistentBriefing(onceChanged, request);
        QCOMPARE(onceChanged.timesAsked(), 4); // two passes, each asking before and after
        QVERIFY(book.sectionOf(QStringLiteral("PUB-RESP")));
        ChangingStore alwaysChanging(*m_store, 1000);
        try {
            assembleConsistentBriefing(alwaysChanging, request);
            QFAIL("a database that never holds still gave a briefing");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Busy);
            QVERIFY(error.message().contains(QStringLiteral("kept changing")));
        }
        QCOMPARE(alwaysChanging.timesAsked(), 6);
    }

    void refusesWhatItCannotDoHonestly()
    {
        BriefingRequest request;
        request.edition.audience = Audience::Public;
        request.edition.classifiedCodes = {QStringLiteral("RES-INF")};
        QVERIFY_THROWS_EXCEPTION(StoreError, assembleBriefing(*m_store, request));
        request.edition = {};
        request.periodText = QStringLiteral("2010-01");
        QVERIFY_THROWS_EXCEPTION(StoreError, assembleBriefing(*m_store, request));
        request.periodText.clear();
        request.scope = *Scope::parse(QStringLiteral("goal:NOPE"));
        QVERIFY_THROWS_EXCEPTION(StoreError, assembleBriefing(*m_store, request));
    }

    void commandLineExitCodesLeaveNothingBehind()
    {
        const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
        QCOMPARE(runCivicstat({QStringLiteral("briefing"), m_city, QStringLiteral("--out"), out, QStringLiteral("--scope"),
                            QStringLiteral("dept:PD"), QStringLiteral("--audience"), QStringLiteral("public")}),
                 0);
        QVERIFY(pagesOf(out).join(QString()).contains(QStringLiteral("Department PD: Police Department")));
        QCOMPARE(pdfInfo(out, QStringLiteral("Metadata Stream")), QStringLiteral("no"));
        // PDF/A-1b for a records archive: its identification in the XMP metadata.
        const QString archived = m_dir.filePath(QStringLiteral("archive.pdf"));
        QCOMPARE(runCivicstat({QStringLiteral("briefing"), m_city, QStringLiteral("--out"), archived,
                               QStringLiteral("--pdfa")}),
                 0);
        QCOMPARE(pdfInfo(archived, QStringLiteral("Metadata Stream")), QStringLiteral("yes"));
        QVERIFY(run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), archived})
                    .contains(QStringLiteral("pdfaid:part=\"1\" pdfaid:conformance=\"B\"")));
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/cli.pdf"));
        QCOMPARE(runCivicstat({QStringLiteral("briefing"), m_city, QStringLiteral("--out"), missing}), 4);
        QVERIFY(!QFileInfo::exists(missing));
        QCOMPARE(runCivicstat({QStringLiteral("briefing"), m_city, QStringLiteral("--out"), out, QStringLiteral("--scope"),
                            QStringLiteral("goal:NOPE")}),
                 2);
        QCOMPARE(runCivicstat({QStringLiteral("briefing"), m_city, QStringLiteral("--out"), out, QStringLiteral("--period"),
                            QStringLiteral("2010-01")}),
                 1); // a period without figures
        QCOMPARE(runCivicstat({QStringLiteral("briefing"), m_city, QStringLiteral("--out"), out, QStringLiteral("--period"),
                            QStringLiteral("Septembre")}),
                 2);
        QCOMPARE(runCivicstat({QStringLiteral("briefing"), m_city}), 2);
        QCOMPARE(runCivicstat({QStringLiteral("briefing"), m_dir.filePath(QStringLiteral("none.db")),
                            QStringLiteral("--out"), out}),
                 3);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.pdf.*"), QStringLiteral(".*pdf*")},
                                               QDir::Files | QDir::Hidden),
                 QStringList()); // no temporary file left beside the target
    }

private:
    QTemporaryDir m_dir;
    QString m_city;
    std::unique_ptr<KpiStore> m_store;
};

QTEST_MAIN(TestBriefing)
#include "tst_briefing.moc"
