// The command line as scripts use it: output formats, messages and exit codes
// (0 success, 1 invalid data with nothing written, 2 usage, 3 cannot open).
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result civicstat(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CIVICSTAT_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("civicstat did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void write(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

// One "name: value" line of `civicstat check`.
QString checkField(const QString &report, const char *name)
{
    const QRegularExpression pattern(QStringLiteral("^%1:\\s+(.+)$").arg(QLatin1String(name)),
                                     QRegularExpression::MultilineOption);
    return pattern.match(report).captured(1);
}

} // namespace

class CliTest final : public QObject
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

    void scorecard_csv_startsWithContractColumnsAndCitywideRow()
    {
        const Result r = civicstat({QStringLiteral("scorecard"), m_demo, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QLatin1String("level,code,name,period,actual,target,status,score")));
        QVERIFY(lines.at(1).startsWith(QLatin1String("citywide,CITY,Riverton,2026-09,,,")));
        QCOMPARE(lines.size(), 1 + 1 + 6 + 30 + 120);
    }

    void scorecard_jsonForGoal_hasScopeRows()
    {
        const Result r = civicstat({QStringLiteral("scorecard"), m_demo, QStringLiteral("--scope"),
                                    QStringLiteral("goal:G1"), QStringLiteral("--period"), QStringLiteral("FY2026"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("\"period\": \"FY2026\"")));
        QVERIFY(r.out.contains(QLatin1String("\"code\": \"ECC-01\"")));
        QVERIFY(!r.out.contains(QLatin1String("\"code\": \"G2\"")));
    }

    void scorecard_badArguments_exitWithUsage_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("period in words") << QStringList{"--period", "March 2024"} << "is not a period";
        QTest::newRow("unknown scope kind") << QStringList{"--scope", "region:X"} << "is not a scope";
        QTest::newRow("unknown goal") << QStringList{"--scope", "goal:G99"} << "no goal with the code";
        QTest::newRow("unknown format") << QStringList{"--format", "xml"} << "is not a format";
        QTest::newRow("unknown option") << QStringList{"--colour"} << "Unknown option";
    }

    void scorecard_badArguments_exitWithUsage()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const Result r = civicstat(QStringList{QStringLiteral("scorecard"), m_demo} + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void scorecard_missingOrForeignDatabase_exitsThree()
    {
        Result r = civicstat({QStringLiteral("scorecard"), path("nowhere.db")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(path("nowhere.db")));
        write(path("table.csv"), "a,b\n1,2\n");
        r = civicstat({QStringLiteral("scorecard"), path("table.csv")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("not a CivicStat database")));
    }

    // The Tempting City (tests/data/tempting-city) imported into `name`; with
    // `publicOnly`, only its public measures and their figures, to score by hand.
    QString temptingCity(const char *name, bool publicOnly)
    {
        const QString database = path(name);
        const QString data = QStringLiteral(CIVICSTAT_TEST_DATA "/tempting-city/");
        QStringList files{data + QStringLiteral("structure.csv"), data + QStringLiteral("observations.csv")};
        if (publicOnly) {
            QStringList kept;
            for (const QString &file : files) {
                QFile in(file);
                if (!in.open(QIODevice::ReadOnly))
                    return {};
                QByteArray out;
                const QList<QByteArray> lines = in.readAll().split('\n');
                for (int i = 0; i < lines.size(); ++i) {
                    if (i == 0 || lines[i].contains("PUB-"))
                        out += lines[i] + '\n';
                }
                const QString copy = path(name) + QStringLiteral("-") + QFileInfo(file).fileName();
                write(copy, out);
                kept << copy;
            }
            files = kept;
        }
        if (civicstat({QStringLiteral("init"), database, QStringLiteral("--city"), QStringLiteral("Tempting")}).exitCode != 0)
            return {};
        for (const QString &file : files) {
            if (civicstat({QStringLiteral("import"), database, file}).exitCode != 0)
                return {};
        }
        return database;
    }

    void export_publicCsv_namesNoOtherMeasureAndScoresFromPublicOnes()
    {
        const QString city = temptingCity("tempting.db", false);
        QVERIFY(!city.isEmpty());
        const QString out = path("public.csv");
        const Result r = civicstat({QStringLiteral("export"), city, QStringLiteral("--out"), out,
                                    QStringLiteral("--audience"), QStringLiteral("public")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("5 measures not shown in this edition")), qPrintable(r.out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        for (const char *hidden : {"INT-", "RES-", "CONF-", "Police overtime", "Informant payments",
                                   "Open internal affairs cases", "Staff turnover", "Sick days per employee"})
            QVERIFY2(!csv.contains(QLatin1String(hidden)), hidden);
        QVERIFY(csv.contains(QLatin1String("PUB-RESP")));

        // The same city with its public measures alone, scored by the ordinary scorecard.
        const QString publicOnly = temptingCity("public-only.db", true);
        QVERIFY(!publicOnly.isEmpty());
        const Result alone = civicstat({QStringLiteral("scorecard"), publicOnly, QStringLiteral("--period"),
                                        QStringLiteral("2026-09"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(alone.exitCode, 0);
        const auto goalScore = [](const QString &table, const QString &code) {
            for (const QString &line : table.split(QLatin1Char('\n'))) {
                const QStringList f = line.split(QLatin1Char(','));
                if (f.value(0) == QLatin1String("goal") && f.value(1) == code)
                    return f.value(7);
            }
            return QStringLiteral("missing");
        };
        QCOMPARE(goalScore(csv, QStringLiteral("SAFE")), goalScore(alone.out, QStringLiteral("SAFE")));
        QCOMPARE(goalScore(csv, QStringLiteral("SAFE")), QStringLiteral("0.9237"));
        QCOMPARE(goalScore(csv, QStringLiteral("ECON")), goalScore(alone.out, QStringLiteral("ECON")));
        QCOMPARE(goalScore(csv, QStringLiteral("ADMIN")), QString()); // every measure internal: no score at all
        QVERIFY(csv.contains(QLatin1String("goal,ADMIN,Well-run city hall,2026-09,,,no_data,")));
        QVERIFY(csv.contains(QLatin1String(",2 measures not shown in this edition\n")));

        // Internal, the default: internal measures, never a restricted or confidential one.
        const QString internal = path("internal.csv");
        QCOMPARE(civicstat({QStringLiteral("export"), city, QStringLiteral("--out"), internal}).exitCode, 0);
        QFile internalFile(internal);
        QVERIFY(internalFile.open(QIODevice::ReadOnly));
        const QByteArray internalCsv = internalFile.readAll();
        QVERIFY(internalCsv.contains("INT-OT"));
        QVERIFY(!internalCsv.contains("RES-INF"));
        QVERIFY(!internalCsv.contains("CONF-IAC"));

        const QString workbook = path("goal.xlsx");
        const Result xlsx = civicstat({QStringLiteral("export"), city, QStringLiteral("--out"), workbook,
                                       QStringLiteral("--scope"), QStringLiteral("goal:SAFE")});
        QCOMPARE(xlsx.exitCode, 0);
        QFile workbookFile(workbook);
        QVERIFY(workbookFile.open(QIODevice::ReadOnly));
        QVERIFY(workbookFile.read(4) == QByteArray("PK\x03\x04", 4));
    }

    void export_badArguments_clearMessageAndNoFile_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --out") << QStringList{} << 2 << "--out FILE.csv";
        QTest::newRow("other suffix") << QStringList{"--out", "OUT/x.ods"} << 2 << "neither a .csv nor an .xlsx";
        QTest::newRow("unknown goal") << QStringList{"--out", "OUT/x.csv", "--scope", "goal:G99"} << 2
                                      << "no goal with the code \"G99\"";
        QTest::newRow("unknown department") << QStringList{"--out", "OUT/x.xlsx", "--scope", "dept:NOPE"} << 2
                                            << "NOPE";
        QTest::newRow("bad period") << QStringList{"--out", "OUT/x.csv", "--period", "2024-13"} << 2 << "is not a period";
        QTest::newRow("bad audience") << QStringList{"--out", "OUT/x.csv", "--audience", "press"} << 2
                                      << "is not an audience";
        QTest::newRow("missing folder") << QStringList{"--out", "OUT/no-such-folder/x.xlsx"} << 4
                                        << "no-such-folder does not exist. Nothing was written";
        QTest::newRow("missing folder, csv") << QStringList{"--out", "OUT/no-such-folder/x.csv"} << 4
                                             << "Nothing was written";
    }

    void export_badArguments_clearMessageAndNoFile()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir outDir;
        for (QString &argument : extra)
            argument.replace(QLatin1String("OUT"), outDir.path());
        const Result r = civicstat(QStringList{QStringLiteral("export"), m_demo} + extra);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(QDir(outDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
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

    void settings_showAndChange_validatesValues()
    {
        const QString db = path("settings.db");
        QCOMPARE(civicstat({QStringLiteral("demo"), db}).exitCode, 0);
        Result r = civicstat({QStringLiteral("settings"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("fiscal_year_start_month = 7")));
        r = civicstat({QStringLiteral("settings"), db, QStringLiteral("fiscal_year_start_month"), QStringLiteral("10")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(civicstat({QStringLiteral("settings"), db, QStringLiteral("fiscal_year_start_month")}).out,
                 QStringLiteral("10\n"));
        r = civicstat({QStringLiteral("settings"), db, QStringLiteral("fiscal_year_start_month"), QStringLiteral("13")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("1 to 12")));
        r = civicstat({QStringLiteral("settings"), db, QStringLiteral("colour")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("Unknown setting")));
    }

    void settings_newFiscalStartAfterImport_keepsEachYearsOwnTarget()
    {
        // The README's order: import with the default July start, then say October.
        write(path("fiscal-structure.csv"),
              "goal_code,goal_name,objective_code,objective_name,department_code,department_name,measure_code,"
              "measure_name,unit,direction,aggregation,frequency,target,effective_from\n"
              "G1,Responsive,O1,Calls,CS,Customer Service,SVC,Calls answered in 30 s,%,higher,last,annual,80,FY2015\n"
              "G1,Responsive,O1,Calls,CS,Customer Service,SVC,Calls answered in 30 s,%,higher,last,annual,90,FY2016\n");
        write(path("fiscal-figures.csv"), "measure,period,value\nSVC,FY2015,85\nSVC,FY2016,92\n");
        const QString db = path("fiscal.db");
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("fiscal-structure.csv")}).exitCode, 0);
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("fiscal-figures.csv")}).exitCode, 0);
        const Result r = civicstat({QStringLiteral("settings"), db, QStringLiteral("fiscal_year_start_month"), QStringLiteral("10")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("fiscal_year_start_month = 10\n"));
        const auto measureLine = [&](const char *period) {
            const Result card = civicstat({QStringLiteral("scorecard"), db, QStringLiteral("--period"),
                                           QString::fromLatin1(period), QStringLiteral("--format"), QStringLiteral("csv")});
            for (const QString &line : card.out.split(QLatin1Char('\n')))
                if (line.startsWith(QLatin1String("measure,SVC,")))
                    return line.section(QLatin1Char(','), 3, 7);
            return card.err;
        };
        QCOMPARE(measureLine("FY2015"), QStringLiteral("FY2015,85,80,on_track,1.0625"));
        QCOMPARE(measureLine("FY2016"), QStringLiteral("FY2016,92,90,on_track,1.0222"));
    }

    void init_newDatabase_hasTheSettingsAsked()
    {
        const QString db = path("init.db");
        Result r = civicstat({QStringLiteral("init"), db, QStringLiteral("--city"), QStringLiteral("Austin"),
                              QStringLiteral("--fiscal-year-start"), QStringLiteral("10")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("The fiscal year starts in October")), qPrintable(r.out));
        r = civicstat({QStringLiteral("settings"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("city_name = Austin\n")));
        QVERIFY(r.out.contains(QLatin1String("fiscal_year_start_month = 10\n")));
        QVERIFY(r.out.contains(QLatin1String("default_tolerance = 0.1\n")));
        // Figures imported now land in October-start years.
        write(path("init-structure.csv"),
              "goal_code,goal_name,objective_code,objective_name,department_code,department_name,measure_code,"
              "measure_name,unit,direction,aggregation,frequency,target,effective_from\n"
              "G1,Responsive,O1,Calls,CS,Customer Service,SVC,Calls answered in 30 s,%,higher,last,annual,90,FY2016\n");
        write(path("init-figures.csv"), "measure,period,value\nSVC,FY2016,92\n");
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("init-structure.csv")}).exitCode, 0);
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("init-figures.csv")}).exitCode, 0);
        // A city that reports only yearly opens on its latest fiscal year: FY2016 ends 30 September 2016.
        r = civicstat({QStringLiteral("scorecard"), db, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.section(QLatin1Char('\n'), 1, 1).startsWith(QLatin1String("citywide,CITY,Austin,FY2016,")),
                 qPrintable(r.out));
    }

    void init_refusals_createOrChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments"); // DB stands for the file
        QTest::addColumn<bool>("fileExists");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("an existing file is never overwritten")
            << QStringList{QStringLiteral("DB")} << true << 2 << "already exists and is never overwritten";
        QTest::newRow("fiscal start 13 is no month")
            << QStringList{QStringLiteral("DB"), QStringLiteral("--fiscal-year-start"), QStringLiteral("13")} << false
            << 1 << "1 to 12";
        QTest::newRow("fiscal start as a name is refused")
            << QStringList{QStringLiteral("DB"), QStringLiteral("--fiscal-year-start"), QStringLiteral("October")}
            << false << 1 << "\"October\"";
        QTest::newRow("an empty city name is refused")
            << QStringList{QStringLiteral("DB"), QStringLiteral("--city"), QStringLiteral(" ")} << false << 1
            << "city_name cannot be empty";
        QTest::newRow("an unknown option is a usage error")
            << QStringList{QStringLiteral("DB"), QStringLiteral("--fiscal-start"), QStringLiteral("10")} << false << 2
            << "fiscal-start";
    }

    void init_refusals_createOrChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, fileExists);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString db = path("refused-init.db");
        QFile::remove(db);
        if (fileExists)
            write(db, "notes, not a database\n");
        const QByteArray before = digest(db);
        arguments.replace(0, db);
        const Result r = civicstat(QStringList{QStringLiteral("init")} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(QFile::exists(db), fileExists);
        QCOMPARE(digest(db), before);
    }

    void demo_existingFile_isNotOverwritten()
    {
        const QByteArray before = digest(m_demo);
        const Result r = civicstat({QStringLiteral("demo"), m_demo});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("never overwritten")));
        QCOMPARE(digest(m_demo), before);
    }

    void check_soundDatabase_countsAndDigestsItsFigures()
    {
        const QString db = path("check.db");
        write(path("check-structure.csv"), "goal_code,goal_name,objective_code,objective_name,department_code,"
                                           "department_name,measure_code,measure_name,direction,aggregation\n"
                                           "G,G,O,O,D,D,M1,M,higher,mean\nG,G,O,O,D,D,M2,M,higher,mean\n");
        write(path("check-figures.csv"), "measure,period,value,dimension,member,note,flag\n"
                                         "M1,2024-04,0.1,neighbourhood,Riverside,\"late, estimated\",provisional\n"
                                         "M1,2024-03,10.5,,,,\n");
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("check-structure.csv")}).exitCode, 0);
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("check-figures.csv")}).exitCode, 0);
        Result r = civicstat({QStringLiteral("check"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(db + QStringLiteral(" is sound: SQLite's integrity check found no damage.\n")), qPrintable(r.out));
        QCOMPARE(checkField(r.out, "measures"), QStringLiteral("2"));
        QCOMPARE(checkField(r.out, "observations"), QStringLiteral("2"));
        QCOMPARE(checkField(r.out, "imports"), QStringLiteral("2"));
        // The bytes docs/cli.md describes: totals first, then by dimension and member.
        const QByteArray digested = "M1\t\t\t2024-03\t10.5\t\t\t0\t0\t\n"
                                    "M1\tneighbourhood\tRiverside\t2024-04\t0.1\t\t\t1\t0\tlate, estimated\n";
        const QString imported = checkField(r.out, "figures digest");
        QCOMPARE(imported, QString::fromLatin1(QCryptographicHash::hash(digested, QCryptographicHash::Sha256).toHex()));

        write(path("check-more.csv"), "measure,period,value\nM1,2024-03,11\nM2,2024-03,7\n");
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("check-more.csv")}).exitCode, 0);
        r = civicstat({QStringLiteral("check"), db});
        QCOMPARE(checkField(r.out, "observations"), QStringLiteral("3")); // 11 replaced 10.5
        QCOMPARE(checkField(r.out, "imports"), QStringLiteral("3"));
        QVERIFY(checkField(r.out, "figures digest") != imported);
        QCOMPARE(civicstat({QStringLiteral("undo-import"), db}).exitCode, 0);
        r = civicstat({QStringLiteral("check"), db});
        QCOMPARE(checkField(r.out, "observations"), QStringLiteral("2"));
        QCOMPARE(checkField(r.out, "imports"), QStringLiteral("3 (1 undone)"));
        QCOMPARE(checkField(r.out, "figures digest"), imported);
    }

    void publish_replacesTheSharedFileWithAnIdenticalCopy()
    {
        const QString db = path("publish.db");
        write(path("publish-structure.csv"), "goal_code,goal_name,objective_code,objective_name,department_code,"
                                             "department_name,measure_code,measure_name,direction,aggregation\n"
                                             "G,G,O,O,D,D,M1,M,higher,mean\n");
        write(path("publish-figures.csv"), "measure,period,value\nM1,2024-03,10.5\n");
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("publish-structure.csv")}).exitCode, 0);
        QCOMPARE(civicstat({QStringLiteral("import"), db, path("publish-figures.csv")}).exitCode, 0);
        const QString shared = path("shared.db");
        write(shared, "last week's copy, to be replaced\n");
        const Result published = civicstat({QStringLiteral("publish"), db, shared});
        QCOMPARE(published.exitCode, 0);
        QVERIFY2(published.out.startsWith(QStringLiteral("Published ")), qPrintable(published.out));
        QCOMPARE(checkField(civicstat({QStringLiteral("check"), shared}).out, "figures digest"),
                 checkField(civicstat({QStringLiteral("check"), db}).out, "figures digest"));
        // A missing source: exit 3; a folder that does not exist: exit 4; the shared file stays.
        QCOMPARE(civicstat({QStringLiteral("publish"), path("none.db"), shared}).exitCode, 3);
        QCOMPARE(civicstat({QStringLiteral("publish"), db, path("no-folder/shared.db")}).exitCode, 4);
        QCOMPARE(civicstat({QStringLiteral("check"), shared}).exitCode, 0);
    }

    void check_damagedDatabase_exitsOneWithSQLitesFindings()
    {
        const QString db = path("damaged.db");
        QFile::remove(db);
        QVERIFY(QFile::copy(m_demo, db));
        {
            QFile file(db);
            QVERIFY(file.open(QIODevice::ReadWrite));
            // Overwrite cell pointers of a few pages in the middle of the tables and indexes.
            for (qint64 page = 50; page * 4096 < file.size(); page += 50) {
                QVERIFY(file.seek(page * 4096 + 100));
                file.write(QByteArray(300, '\xff'));
            }
        }
        const QByteArray before = digest(db);
        const Result r = civicstat({QStringLiteral("check"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(db + QStringLiteral(" is damaged: SQLite's integrity check found these problems:\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\n  On tree page \\d+ cell \\d+: "))), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Restore it from a backup")));
        QVERIFY(!r.out.contains(QLatin1String("figures digest")));
        QCOMPARE(digest(db), before); // checking changes nothing
    }

    void check_missingOrForeignFile_exitsThree()
    {
        Result r = civicstat({QStringLiteral("check"), path("nowhere.db")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(path("nowhere.db")));
        write(path("notes.db"), "minutes of the council meeting\n");
        r = civicstat({QStringLiteral("check"), path("notes.db")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("is not a CivicStat database: it is not an SQLite file")), qPrintable(r.err));
        QCOMPARE(civicstat({QStringLiteral("check")}).exitCode, 2);
    }

    void topLevel_helpVersionAndUnknownCommand()
    {
        QVERIFY(civicstat({QStringLiteral("--help")}).out.contains(QLatin1String("scorecard DATABASE")));
        QVERIFY(civicstat({QStringLiteral("--help")}).out.contains(QLatin1String("check DATABASE")));
        QVERIFY(civicstat({QStringLiteral("--version")}).out.startsWith(QLatin1String("civicstat ")));
        QCOMPARE(civicstat({QStringLiteral("scorecard")}).exitCode, 2);
        const Result typo = civicstat({QStringLiteral("scorcard"), m_demo});
        QCOMPARE(typo.exitCode, 2);
        QVERIFY(typo.err.contains(QLatin1String("Unknown command \"scorcard\"")));
        QVERIFY(civicstat({QStringLiteral("import"), QStringLiteral("--help")}).out.startsWith(QLatin1String("Usage: civicstat import ")));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
