// civicstat import as scripts use it: files that import, files refused with each line named
// and nothing written (exit 1), and a killed import that leaves the database as it was.
#include "clirun.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace clitest;

class CliImportTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        m_demo = path("demo.db");
        const Result r = civicstat({QStringLiteral("demo"), m_demo});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("120 measures")));
    }

    void import_goodFiles_createDatabaseAndScore()
    {
        write(path("structure.csv"),
              "goal_code,goal_name,objective_code,objective_name,department_code,department_name,measure_code,"
              "measure_name,unit,direction,aggregation,target,effective_from\n"
              "G1,Safe,O1,Answer calls,ECC,Emergency Communications,M1,Calls answered in 10 s,%,higher,ratio,90,2024-01\n");
        write(path("observations.csv"), "measure,period,value,numerator,denominator\n"
                                        "M1,2024-03,,870,1000\n");
        const QString db = path("new.db");
        Result r = civicstat({QStringLiteral("import"), db, path("structure.csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("1 measure, 1 target")));
        r = civicstat({QStringLiteral("import"), db, path("observations.csv")});
        QCOMPARE(r.exitCode, 0);
        r = civicstat({QStringLiteral("scorecard"), db, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(r.out.contains(QLatin1String("measure,M1,Calls answered in 10 s,2024-03,87,90,at_risk,0.9667,")));
    }

    void import_examplesInTheDocs_importCleanly()
    {
        QFile doc(QStringLiteral(CIVICSTAT_DOCS "/import-formats.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QStringList blocks = QString::fromUtf8(doc.readAll()).split(QStringLiteral("```"));
        QVERIFY(blocks.size() >= 5);
        write(path("doc-structure.csv"), blocks.at(1).mid(1).toUtf8()); // after the opening newline
        write(path("doc-observations.csv"), blocks.at(3).mid(1).toUtf8());
        const QString db = path("doc.db");
        Result r = civicstat({QStringLiteral("import"), db, path("doc-structure.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = civicstat({QStringLiteral("import"), db, path("doc-observations.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("3 observations")), qPrintable(r.out));
        r = civicstat({QStringLiteral("scorecard"), db, QStringLiteral("--period"), QStringLiteral("2024-03"),
                       QStringLiteral("--format"), QStringLiteral("csv")});
        // 8700 / 10000 = 87% against the FY2024 target of 90: at risk.
        QVERIFY2(r.out.contains(QLatin1String("measure,ECC-01,911 calls answered within 10 seconds,2024-03,87,90,at_risk,")),
                 qPrintable(r.out));
    }

    void import_baltimoreWorkbookWithMapping_givesAScorecard()
    {
        const QString db = path("baltimore.db");
        const QString report = path("baltimore-report.json");
        const Result r = civicstat({QStringLiteral("import"), db,
                                    QStringLiteral(CIVICSTAT_REAL_DATA "/baltimore-performance-measures/Performance_Data.xlsx"),
                                    QStringLiteral("--mapping"), QStringLiteral(CIVICSTAT_DOCS "/examples/baltimore.mapping.json"),
                                    QStringLiteral("--report"), report});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("685 measures")), qPrintable(r.out));
        QVERIFY(r.err.contains(QLatin1String("refused: Performance_Data.xlsx [query (48)]:")));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("planned")).toObject().value(QStringLiteral("goals")).toInt(), 7);
        QVERIFY(json.value(QStringLiteral("refused_values")).toArray().size() > 0);
        // Measure 1853: "89%" typed in FY 24 Actual, 0.75 stored as the target (a fraction of 100%).
        const Result card = civicstat({QStringLiteral("scorecard"), db, QStringLiteral("--period"), QStringLiteral("FY2024"),
                                       QStringLiteral("--scope"), QStringLiteral("objective:SRV0185"),
                                       QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(card.out.contains(QLatin1String("measure,1853,% of appeals upheld by judicial review,FY2024,89,75,on_track,")),
                 qPrintable(card.out));
    }

    void import_nycWideMonthly_givesDisaggregatedFigures()
    {
        const QString db = path("nyc.db");
        const Result r = civicstat({QStringLiteral("import"), db,
                                    QStringLiteral(CIVICSTAT_REAL_DATA "/nyc-performance-by-district/Agency_Performance_Mapping_Indicators_-_Monthly.csv"),
                                    QStringLiteral("--mapping"), QStringLiteral(CIVICSTAT_DOCS "/examples/nyc-district-monthly.mapping.json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err.left(2000)));
        QVERIFY2(r.out.contains(QLatin1String("21 measures")), qPrintable(r.out));
        // Every row is a district's or a precinct's and the file has no targets: the import succeeds, and says
        // on stderr, as the builder's check page does, that these measures will not score.
        QVERIFY2(r.err.contains(QLatin1String("warning: 21 measures have figures by member only, none for the "
                                              "measure as a whole: the scorecard will show No data for these 21 "
                                              "measures.")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("warning: 21 measures have no target: they will show Not scored until "
                                              "targets are imported.")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1String("warning: ")), 2);
    }

    void import_dryRunAndDuplicatePolicy_behaveAsTold()
    {
        const QString db = path("policy.db");
        write(path("s.csv"), "goal_code,goal_name,objective_code,objective_name,department_code,department_name,"
                             "measure_code,measure_name,direction,aggregation\nG,G,O,O,D,D,M1,M,higher,mean\n");
        write(path("o1.csv"), "measure,period,value\nM1,2024-03,10\n");
        write(path("o2.csv"), "measure,period,value\nM1,2024-03,20\n");
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("s.csv")}).exitCode, 0);
        Result r = civicstat({QStringLiteral("import"), db, path("o1.csv"), QStringLiteral("--dry-run")});
        QVERIFY(r.out.startsWith(QLatin1String("Dry run, nothing written.")));
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("o1.csv")}).exitCode, 0);
        r = civicstat({QStringLiteral("import"), db, path("o2.csv"), QStringLiteral("--on-duplicate"), QStringLiteral("fail")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("already holds a figure for M1, 2024-03")), qPrintable(r.err));
        r = civicstat({QStringLiteral("import"), db, path("o2.csv"), QStringLiteral("--on-duplicate"), QStringLiteral("skip")});
        QVERIFY(r.out.contains(QLatin1String("1 figure already there was kept")));
        r = civicstat({QStringLiteral("scorecard"), db, QStringLiteral("--period"), QStringLiteral("2024-03"),
                       QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(r.out.contains(QLatin1String("measure,M1,M,2024-03,10,")));
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("o2.csv"), QStringLiteral("--on-duplicate"), QStringLiteral("maybe")}).exitCode, 2);
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("o2.csv")}).exitCode, 0); // 20 replaces 10
        r = civicstat({QStringLiteral("undo-import"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("1 figure removed, 1 put back")), qPrintable(r.out));
        r = civicstat({QStringLiteral("scorecard"), db, QStringLiteral("--period"), QStringLiteral("2024-03"),
                       QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(r.out.contains(QLatin1String("measure,M1,M,2024-03,10,")));
    }

    void import_killedHalfway_leavesTheDatabaseAsItWas()
    {
        const QString db = path("killed.db");
        QByteArray structure = "goal_code,goal_name,objective_code,objective_name,department_code,department_name,"
                               "measure_code,measure_name,direction,aggregation,frequency\n";
        QByteArray figures = "measure,period,value\n";
        for (int m = 0; m < 100; ++m)
            structure += QStringLiteral("G,G,O,O,D,D,K%1,K,higher,mean,weekly\n").arg(m).toLatin1();
        for (int i = 0; i < 400000; ++i)
            figures += QStringLiteral("K%1,%2-W%3,%4\n").arg(i % 100).arg(1900 + i / 100 / 52).arg(i / 100 % 52 + 1, 2, 10, QLatin1Char('0')).arg(i % 97).toLatin1();
        write(path("killed-structure.csv"), structure);
        write(path("killed-figures.csv"), figures);
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("killed-structure.csv")}).exitCode, 0);
        write(path("first.csv"), "measure,period,value\nK1,2024-W01,5\n");
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("first.csv")}).exitCode, 0);

        QProcess process;
        process.start(QStringLiteral(CIVICSTAT_BINARY), {QStringLiteral("import"), db, path("killed-figures.csv")});
        QVERIFY(process.waitForStarted());
        // Kill it while it writes: the rollback journal exists only inside the transaction.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db + QStringLiteral("-journal")), 20000);
        QTest::qWait(100);
        process.kill();
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        // The next reader rolls back what the killed import had begun.
        const Result r = civicstat({QStringLiteral("scorecard"), db, QStringLiteral("--period"), QStringLiteral("2024-W01"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("measure,K1,K,2024-W01,5,")));
        QProcess count;
        count.start(QStringLiteral("sqlite3"), {db, QStringLiteral("SELECT count(*) FROM observations; PRAGMA integrity_check;")});
        QVERIFY(count.waitForFinished());
        QCOMPARE(QString::fromUtf8(count.readAllStandardOutput()), QStringLiteral("1\nok\n"));
    }

    void import_workbookWithoutMapping_asksForAMapping()
    {
        const QString db = path("no-mapping.db");
        const Result r = civicstat({QStringLiteral("import"), db,
                                    QStringLiteral(CIVICSTAT_REAL_DATA "/baltimore-performance-measures/Performance_Data.xlsx")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("\"Performance_Data.xlsx\" is a workbook, and a workbook needs a mapping")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(db));
    }

    void import_badRows_reportsEachLineAndWritesNothing()
    {
        write(path("bad.csv"), "measure,period,value\n"
                               "ECC-01,2024-03,N/A\n"
                               "ECC-01,March,80\n"
                               "NOPE,2024-03,80\n");
        const QByteArray before = digest(m_demo);
        const Result r = civicstat({QStringLiteral("import"), m_demo, path("bad.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("bad.csv:2: column \"value\", value \"N/A\"")));
        QVERIFY(r.err.contains(QLatin1String("bad.csv:3: column \"period\"")));
        QVERIFY(r.err.contains(QLatin1String("bad.csv:4: column \"measure\"")));
        QVERIFY(r.err.contains(QLatin1String("3 problems found; nothing was written")));
        QCOMPARE(digest(m_demo), before);
    }

    void import_recordsNotMatchingTheHeader_refusedAndNothingWritten()
    {
        write(path("cut.csv"), "measure,period,value\n"
                               "ECC-01,2024-03,80\n"
                               "ECC-01,2024-04,8\"1\n"
                               "ECC-01,2024-05,82,\n"
                               "ECC-01,2024-0");
        const QByteArray before = digest(m_demo);
        const Result r = civicstat({QStringLiteral("import"), m_demo, path("cut.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("cut.csv:3: column \"value\", value \"8\"1\": a quote character")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("cut.csv:4: this line has 4 cells but the header has 3")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("cut.csv:5: this line has 2 cells but the header has 3")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("3 problems found; nothing was written")));
        QCOMPARE(digest(m_demo), before);
    }

    void import_austinWithAStrayQuote_refusedAndNothingWritten()
    {
        // Issue 8: sed '101s/,8253,/,8253,"/' merged measures 8253 and 8266 with exit code 0.
        const QString austin = QStringLiteral(CIVICSTAT_REAL_DATA "/austin-eperf-measures-fy2016/OM_EPERF_MEASURES_VW.csv");
        const QString mapping = QStringLiteral(CIVICSTAT_TEST_DATA "/austin-figures.mapping.json");
        const QString db = path("austin.db");
        Result r = civicstat({QStringLiteral("import"), db, austin, QStringLiteral("--mapping"), mapping});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile original(austin);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = original.readAll().split('\n');
        lines[100].replace(",8253,", ",8253,\"");
        write(path("OM_EPERF_MEASURES_VW.csv"), lines.join('\n'));
        const QByteArray before = digest(db);
        r = civicstat({QStringLiteral("import"), db, path("OM_EPERF_MEASURES_VW.csv"), QStringLiteral("--mapping"), mapping});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("OM_EPERF_MEASURES_VW.csv [OM_EPERF_MEASURES_VW]:101: column "
                                              "\"MEASURE_NAME\"")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("a quoted field opens on line 101 and closes on line 102")), qPrintable(r.err));
        QCOMPARE(digest(db), before);
    }

    void import_badFileIntoNewDatabase_leavesNoDatabase()
    {
        write(path("typo.csv"), "measure,period,value\nM1,2024-03,1\n");
        const Result r = civicstat({QStringLiteral("import"), path("never.db"), path("typo.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(path("never.db")));
        QCOMPARE(civicstat({QStringLiteral("import"), m_demo, path("missing.csv")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(CliImportTest)
#include "tst_cli_import.moc"
