// Crash safety of the command-line import, measured: the real binary is killed
// with SIGKILL at random moments of a large import, and after each kill the
// database must open, pass SQLite's integrity check, and hold exactly the
// figures from before the import or exactly those after it (docs/reliability.md).
//
// CIVICSTAT_CRASH_KILLS lowers the number of kills (default 200) for slow
// builds; CIVICSTAT_CRASH_SEED repeats a run whose seed a failure printed.
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>

namespace {

constexpr int measureCount = 100;
// Weekly figures for 100 measures: about a second to import on the 2-core build machine while other builds run.
constexpr int figureCount = 80000;
constexpr int defaultKills = 200;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run civicstat(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CIVICSTAT_BINARY), arguments);
    if (!process.waitForFinished(120000))
        qFatal("civicstat %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// What `civicstat check` says of a database: sound or not, and its contents.
struct Contents {
    int exitCode = -1;
    qint64 observations = -1;
    qint64 imports = -1;
    QString digest;
    QString report; // everything it printed, for failure messages

    bool sameAs(const Contents &other) const
    {
        return observations == other.observations && imports == other.imports && digest == other.digest;
    }
};

QString field(const QString &report, const char *name)
{
    const QRegularExpression pattern(QStringLiteral("^%1:\\s+(\\S+)").arg(QLatin1String(name)),
                                     QRegularExpression::MultilineOption);
    return pattern.match(report).captured(1);
}

Contents check(const QString &database)
{
    const Run run = civicstat({QStringLiteral("check"), database});
    Contents contents;
    contents.exitCode = run.exitCode;
    contents.report = run.out + run.err;
    const QString observations = field(run.out, "observations");
    const QString imports = field(run.out, "imports");
    contents.observations = observations.isEmpty() ? -1 : observations.toLongLong();
    contents.imports = imports.isEmpty() ? -1 : imports.toLongLong();
    contents.digest = field(run.out, "figures digest");
    return contents;
}

bool write(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

bool copyFresh(const QString &from, const QString &to)
{
    QFile::remove(to);
    QFile::remove(to + QStringLiteral("-journal"));
    return QFile::copy(from, to);
}

// SQLite zeroes a rollback journal's header until the journal is synced; with
// its first byte set, the next connection must roll the journal back.
bool journalIsHot(const QString &database)
{
    QFile journal(database + QStringLiteral("-journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray first = journal.read(1);
    return !first.isEmpty() && first.at(0) != 0;
}

int killCount()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("CIVICSTAT_CRASH_KILLS", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : defaultKills;
}

quint32 seed()
{
    bool ok = false;
    const quint32 fromEnvironment = qEnvironmentVariable("CIVICSTAT_CRASH_SEED").toUInt(&ok);
    return ok ? fromEnvironment : QRandomGenerator::system()->generate();
}

} // namespace

class CrashSafetyTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_baseline; // structure and a first week of figures
    QString m_figures;  // the large import
    Contents m_before;
    Contents m_after;
    qint64 m_importNanoseconds = 0;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QByteArray structure = "goal_code,goal_name,objective_code,objective_name,department_code,department_name,"
                               "measure_code,measure_name,direction,aggregation,frequency\n";
        for (int m = 0; m < measureCount; ++m)
            structure += QStringLiteral("G,Goal,O,Objective,D,Department,K%1,Measure %1,higher,mean,weekly\n").arg(m).toLatin1();
        // The large file replaces this week's figures too, so an import that went
        // half-way would also leave a mix of old and new values behind.
        QByteArray firstWeek = "measure,period,value\n";
        for (int m = 0; m < measureCount; ++m)
            firstWeek += QStringLiteral("K%1,2000-W01,%2\n").arg(m).arg(1000 + m).toLatin1();
        QByteArray figures = "measure,period,value,note\n";
        figures.reserve(figureCount * 24);
        for (int i = 0; i < figureCount; ++i) {
            const int week = i / measureCount;
            figures += QStringLiteral("K%1,%2-W%3,%4,%5\n")
                           .arg(i % measureCount)
                           .arg(1990 + week / 52)
                           .arg(week % 52 + 1, 2, 10, QLatin1Char('0'))
                           .arg(i % 997)
                           .arg(i % 10 == 0 ? QStringLiteral("estimated by the clerk") : QString())
                           .toLatin1();
        }
        m_baseline = path("baseline.db");
        m_figures = path("figures.csv");
        QVERIFY(write(path("structure.csv"), structure));
        QVERIFY(write(path("first-week.csv"), firstWeek));
        QVERIFY(write(m_figures, figures));
        Run r = civicstat({QStringLiteral("init"), m_baseline, QStringLiteral("--city"), QStringLiteral("Crash test")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = civicstat({QStringLiteral("import"), m_baseline, path("structure.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = civicstat({QStringLiteral("import"), m_baseline, path("first-week.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        m_before = check(m_baseline);
        QVERIFY2(m_before.exitCode == 0, qPrintable(m_before.report));
        QCOMPARE(m_before.observations, qint64(measureCount));
        QCOMPARE(m_before.imports, qint64(2));

        // The first import warms the page cache; the median of the next three is the duration kills fall in.
        QList<qint64> durations;
        for (int run = 0; run < 4; ++run) {
            const QString work = path("complete.db");
            QVERIFY(copyFresh(m_baseline, work));
            QElapsedTimer timer;
            timer.start();
            r = civicstat({QStringLiteral("import"), work, m_figures});
            const qint64 elapsed = timer.nsecsElapsed();
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            if (run > 0)
                durations << elapsed;
        }
        std::sort(durations.begin(), durations.end());
        m_importNanoseconds = durations.at(1);
        m_after = check(path("complete.db"));
        QVERIFY2(m_after.exitCode == 0, qPrintable(m_after.report));
        // 2000-W01 lies inside the file's weeks: its 100 figures are replaced, not added.
        QCOMPARE(m_after.observations, qint64(figureCount));
        QCOMPARE(m_after.imports, qint64(3));
        QVERIFY(m_after.digest != m_before.digest);
        qInfo("A complete import of %d figures takes %.2f s (median of 3).", figureCount, m_importNanoseconds / 1e9);
    }

private:
    // Copies the complete import to `db` and kills a writer (the sqlite3 program)
    // in the middle of changing every figure, after its journal was synced.
    void leaveHotJournal(const QString &db)
    {
        QVERIFY(copyFresh(path("complete.db"), db));
        QProcess writer;
        writer.start(QStringLiteral("sqlite3"), {db});
        QVERIFY2(writer.waitForStarted(), "the sqlite3 command-line program is needed (Debian package sqlite3)");
        // A cache of 10 pages spills at once, which syncs the journal and writes into the database.
        writer.write("PRAGMA cache_size = 10;\nBEGIN IMMEDIATE;\nUPDATE observations SET value = value + 1;\n");
        QTRY_VERIFY_WITH_TIMEOUT(journalIsHot(db), 20000);
        writer.kill();
        QVERIFY(writer.waitForFinished());
        QVERIFY(journalIsHot(db));
    }

private slots:
    // Every command must roll back what a killed writer began, and see the database as it was.
    void hotJournal_isRolledBackByTheNextCommand()
    {
        const QString db = path("hot.db");
        leaveHotJournal(db);
        if (QTest::currentTestFailed())
            return;
        const Run settings = civicstat({QStringLiteral("settings"), db, QStringLiteral("city_name")});
        QVERIFY2(settings.exitCode == 0, qPrintable(settings.err));
        QCOMPARE(settings.out, QStringLiteral("Crash test\n"));
        QVERIFY(!QFile::exists(db + QStringLiteral("-journal")));
        const Contents contents = check(db);
        QVERIFY2(contents.exitCode == 0, qPrintable(contents.report));
        QVERIFY2(contents.sameAs(m_after), qPrintable(contents.report));
    }

    // Nobody may roll back a read-only file's journal: the message says who can.
    void hotJournalOfAReadOnlyFile_namesWhoCanRollItBack()
    {
        const QString db = path("hot-read-only.db");
        leaveHotJournal(db);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        if (QFileInfo(db).isWritable())
            QSKIP("This user may write to read-only files (root), so a read-only database cannot be tried here.");
        for (const char *command : {"settings", "check"}) {
            const Run r = civicstat({QString::fromLatin1(command), db});
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains(QLatin1String("only someone who may write to it can take back that unfinished "
                                                  "change")),
                     qPrintable(r.err));
        }
        QVERIFY(journalIsHot(db));
    }

    void importKilledAtRandomMoments_leavesAllBeforeOrAllAfter()
    {
        const int kills = killCount();
        const quint32 runSeed = seed();
        qInfo("%d kills, seed %u (set CIVICSTAT_CRASH_SEED=%u to repeat them)", kills, runSeed, runSeed);
        QRandomGenerator random(runSeed);
        const QString work = path("killed.db");
        int before = 0;
        int after = 0;
        int inTransaction = 0; // the import's journal was on disk when the kill was sent
        int inCommit = 0;      // ... and synced: the commit was writing into the database
        int finishedFirst = 0; // the import exited before its kill came
        QElapsedTimer total;
        total.start();
        for (int kill = 1; kill <= kills; ++kill) {
            QVERIFY(copyFresh(m_baseline, work));
            const qint64 delay = qint64(random.generateDouble() * double(m_importNanoseconds));
            const QString moment = QStringLiteral("kill %1 of %2 at %3 ms (seed %4)")
                                       .arg(kill)
                                       .arg(kills)
                                       .arg(delay / 1e6, 0, 'f', 1)
                                       .arg(runSeed);
            QProcess import;
            QElapsedTimer since;
            since.start();
            import.start(QStringLiteral(CIVICSTAT_BINARY), {QStringLiteral("import"), work, m_figures});
            const qint64 wait = delay - since.nsecsElapsed();
            if (wait > 0)
                QThread::usleep(quint64(wait / 1000));
            if (QFile::exists(work + QStringLiteral("-journal")))
                ++inTransaction;
            if (journalIsHot(work))
                ++inCommit;
            import.kill();
            QVERIFY2(import.waitForFinished(60000), qPrintable(moment));
            if (import.exitStatus() == QProcess::NormalExit) {
                QVERIFY2(import.exitCode() == 0, qPrintable(moment + QLatin1Char(' ') + QString::fromUtf8(import.readAllStandardError())));
                ++finishedFirst;
            }

            // Opened as the application opens it, first: a journal left behind must not stop it.
            const Run opened = civicstat({QStringLiteral("settings"), work, QStringLiteral("city_name")});
            const Contents found = check(work);
            if (opened.exitCode != 0 || found.exitCode != 0 || !(found.sameAs(m_before) || found.sameAs(m_after))) {
                m_dir.setAutoRemove(false); // keep the database for whoever investigates
                QFAIL(qPrintable(QStringLiteral("%1 left %2:\n%3%4").arg(moment, work, opened.err, found.report)));
            }
            ++(found.sameAs(m_before) ? before : after);
        }
        qInfo("%d kills in %.0f s: %d left the database as before the import, %d as after it (%d of these because "
              "the import had finished before its kill came). %d kills came with the import's transaction open, %d "
              "of them while its commit wrote into the database. None left it damaged or half-imported.",
              kills, total.elapsed() / 1000.0, before, after, finishedFirst, inTransaction, inCommit);
        QCOMPARE(before + after, kills);
    }
};

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "tst_crashsafety.moc"
