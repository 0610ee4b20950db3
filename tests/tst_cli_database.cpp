// The commands that make, change, check and publish a database: init, demo, settings,
// check and publish, with their refusals and exit codes.
#include "clirun.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace clitest;

class CliDatabaseTest final : public QObject
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

    void messages_nameALocationHoldingPercentSigns_asTyped()
    {
        // A server's socket folder is written %2F in its address; a name's "%2" must not be read as a placeholder.
        const QString db = path("city%2Fdemo%1.db");
        const Result r = civicstat({QStringLiteral("demo"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Wrote %1: 120 measures, ").arg(db)), qPrintable(r.out));
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
};

QTEST_GUILESS_MAIN(CliDatabaseTest)
#include "tst_cli_database.moc"
