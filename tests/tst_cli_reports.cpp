// The reading commands as scripts use them: scorecard and export formats, messages and
// exit codes (0 success, 1 invalid data with nothing written, 2 usage, 3 cannot open).
#include "clirun.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace clitest;

class CliReportsTest final : public QObject
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

QTEST_GUILESS_MAIN(CliReportsTest)
#include "tst_cli_reports.moc"
