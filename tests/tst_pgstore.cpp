// The PostgreSQL backend against a real, throwaway PostgreSQL server
// (pgserver.h): the same city gives byte for byte the same scorecards as the
// SQLite file; an import is all or nothing; undo and commentary behave as on a
// file; and a server that cannot be reached says so, naming it.
#include "clirun.h"
#include "kpistore.h"
#include "pgserver.h"
#include "storeerror.h"
#include "storefactory.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace civicstat;

namespace {

using clitest::Result;

QString scorecardCsv(const QString &database, const QString &period, const QString &scope = QStringLiteral("citywide"))
{
    const Result r = clitest::civicstat({QStringLiteral("scorecard"), database, QStringLiteral("--period"), period,
                                QStringLiteral("--scope"), scope, QStringLiteral("--format"), QStringLiteral("csv")});
    return r.exitCode == 0 ? r.out : QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err);
}

QString figuresDigest(const QString &database)
{
    const Result r = clitest::civicstat({QStringLiteral("check"), database});
    const qsizetype at = r.out.indexOf(QLatin1String("figures digest: "));
    return at < 0 ? r.out + r.err : r.out.mid(at + 16, 64);
}

std::vector<Observation> totalsOf(const KpiStore &store, const Period &period)
{
    return store.totalsEndingWithin(windowFor(period));
}

Observation figure(const QString &measure, const Period &period, double value)
{
    Observation o;
    o.measureCode = measure;
    o.period = period;
    o.value = value;
    return o;
}

} // namespace

class TestPgStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgTestServer> m_server;
    QTemporaryDir m_files;
    int m_databases = 0;

    QString file(const QString &name) const { return m_files.filePath(name); }
    QString newDatabase() { return m_server->createDatabase(QStringLiteral("city%1").arg(++m_databases)); }
    QString lastDatabaseName() const { return QStringLiteral("city%1").arg(m_databases); }

    // The Tempting City (tests/data/tempting-city) imported into a file and a server database.
    bool loadTemptingCity(const QString &database)
    {
        const QString data = QStringLiteral(CIVICSTAT_TEST_DATA "/tempting-city/");
        if (clitest::civicstat({QStringLiteral("init"), database, QStringLiteral("--city"), QStringLiteral("Tempting")}).exitCode != 0)
            return false;
        for (const char *name : {"structure.csv", "observations.csv"}) {
            const Result r = clitest::civicstat({QStringLiteral("import"), database, data + QLatin1String(name)});
            if (r.exitCode != 0) {
                qWarning("%s", qPrintable(r.err));
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_server = std::make_unique<PgTestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void demoCity_givesTheFilesScorecards()
    {
        const QString db = file(QStringLiteral("demo.db"));
        QCOMPARE(clitest::civicstat({QStringLiteral("demo"), db}).exitCode, 0);
        const QString url = newDatabase();
        Result r = clitest::civicstat({QStringLiteral("server-init"), url});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Set up CivicStat's tables (format 7) in postgres@")), qPrintable(r.out));
        r = clitest::civicstat({QStringLiteral("demo"), url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("120 measures, 17022 observations")));
        // A month, a quarter, a calendar year and fiscal years (July start), citywide and below.
        for (const char *period : {"2026-09", "2026-Q2", "FY2026-Q1", "2025", "FY2026", "FY2025"}) {
            const QString onFile = scorecardCsv(db, QLatin1String(period));
            QVERIFY2(onFile.count(QLatin1Char('\n')) > 100, qPrintable(onFile.left(300)));
            QCOMPARE(scorecardCsv(url, QLatin1String(period)), onFile);
        }
        QCOMPARE(scorecardCsv(url, QStringLiteral("FY2026"), QStringLiteral("goal:G1")),
                 scorecardCsv(db, QStringLiteral("FY2026"), QStringLiteral("goal:G1")));
        QCOMPARE(figuresDigest(url), figuresDigest(db));
        // A city is never written over.
        r = clitest::civicstat({QStringLiteral("demo"), url});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("never overwritten")), qPrintable(r.err));
    }

    void temptingCity_givesTheFilesScorecards()
    {
        const QString db = file(QStringLiteral("tempting.db"));
        QVERIFY(loadTemptingCity(db));
        const QString url = newDatabase();
        // init on an empty server database sets it up as a file's init would create it.
        QVERIFY(loadTemptingCity(url));
        for (const char *period : {"2026-09", "2026-Q1", "FY2026", "FY2025", "2025-06"}) {
            const QString onFile = scorecardCsv(db, QLatin1String(period));
            QVERIFY2(onFile.contains(QLatin1String("RES-INF")), qPrintable(onFile.left(300)));
            QCOMPARE(scorecardCsv(url, QLatin1String(period)), onFile);
        }
        QCOMPARE(figuresDigest(url), figuresDigest(db));
    }

    void failedImport_leavesNothing()
    {
        const QString url = newDatabase();
        QVERIFY(loadTemptingCity(url));
        auto store = openStore(url);
        const qint64 before = store->observationCount();
        const qint64 changes = store->latestChangeId();
        const auto undoable = store->importToUndo();
        QVERIFY(undoable);
        // 5,000 figures stream in by COPY, then one names a measure the database does not know.
        ImportBatch batch;
        batch.log.kind = QStringLiteral("observations");
        int produced = 0;
        const auto feed = [&produced](Observation &next) {
            if (produced == 5000)
                next = figure(QStringLiteral("NO-SUCH"), Period::month(2030, 1), 1);
            else if (produced > 5000)
                return false;
            else
                next = figure(QStringLiteral("PUB-RESP"), Period::day(QDate(2027, 1, 1).addDays(produced)), produced);
            ++produced;
            return true;
        };
        try {
            store->applyImport(batch, feed);
            QFAIL("an import naming an unknown measure was written");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidData);
            QCOMPARE(error.message(), QStringLiteral("The code \"NO-SUCH\" does not name any row of \"measures\" in the database."));
        }
        QCOMPARE(produced, 5001);
        QCOMPARE(store->observationCount(), before);
        QCOMPARE(store->latestChangeId(), changes);
        QCOMPARE(store->importToUndo()->importId, undoable->importId);

        // A figure the database holds, under --on-duplicate fail, is found after the copy: still nothing.
        ImportBatch clashing;
        clashing.log.kind = QStringLiteral("observations");
        clashing.onDuplicate = DuplicatePolicy::Fail;
        for (int day = 0; day < 3000; ++day)
            clashing.observations.push_back(figure(QStringLiteral("PUB-RESP"), Period::day(QDate(2027, 1, 1).addDays(day)), day));
        clashing.observations.push_back(figure(QStringLiteral("PUB-RESP"), Period::month(2025, 3), 1));
        try {
            store->applyImport(clashing);
            QFAIL("a clashing figure was written under --on-duplicate fail");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().startsWith(
                         QLatin1String("The database already holds a figure for PUB-RESP, 2025-03. Nothing was written.")),
                     qPrintable(error.message()));
        }
        QCOMPARE(store->observationCount(), before);

        // Cancelled from the progress callback half-way: rolled back.
        clashing.observations.pop_back();
        qint64 lastProgress = 0;
        clashing.progress = [&lastProgress](qint64 written, qint64) {
            lastProgress = written;
            return written < 2000;
        };
        try {
            store->applyImport(clashing);
            QFAIL("a cancelled import was written");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Cancelled);
        }
        QCOMPARE(lastProgress, qint64(2000));
        QCOMPARE(store->observationCount(), before);
        QCOMPARE(store->latestChangeId(), changes);
    }

    void undoImport_restoresWhatItReplaced()
    {
        const QString db = file(QStringLiteral("undo.db"));
        QVERIFY(loadTemptingCity(db));
        const QString url = newDatabase();
        QVERIFY(loadTemptingCity(url));
        const Period march = Period::month(2025, 3);
        for (const QString &location : {db, url}) {
            auto store = openStore(location);
            const std::vector<Observation> before = totalsOf(*store, march);
            ImportBatch batch;
            batch.log.kind = QStringLiteral("observations");
            batch.log.fileName = QStringLiteral("corrections.csv");
            batch.observations = {figure(QStringLiteral("PUB-RESP"), march, 55.5),
                                  figure(QStringLiteral("PUB-RESP"), Period::month(2030, 1), 70)};
            const ImportSummary written = store->applyImport(batch);
            QCOMPARE(written.observationsWritten, qint64(2));
            bool found = false;
            for (const Observation &o : totalsOf(*store, march))
                found = found || o.value == 55.5;
            QVERIFY2(found, qPrintable(location));
            const UndoneImport undone = store->undoLastImport(written.importId);
            QCOMPARE(undone.fileName, QStringLiteral("corrections.csv"));
            QCOMPARE(undone.removed, qint64(2));
            QCOMPARE(undone.restored, qint64(1));
            QVERIFY(QDateTime::fromString(undone.importedAt, Qt::ISODate).isValid());
            const std::vector<Observation> after = totalsOf(*store, march);
            QCOMPARE(after.size(), before.size());
            for (std::size_t i = 0; i < after.size(); ++i) {
                QCOMPARE(after[i].measureId, before[i].measureId);
                QCOMPARE(after[i].value, before[i].value);
            }
        }
        QCOMPARE(figuresDigest(url), figuresDigest(db));
        Result r = clitest::civicstat({QStringLiteral("undo-import"), url});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Undid import ")), qPrintable(r.out));
        QCOMPARE(clitest::civicstat({QStringLiteral("undo-import"), db}).out.section(QLatin1String("Z): "), 1),
                 r.out.section(QLatin1String("Z): "), 1)); // the same counts; the time of day differs
    }

    void commentary_addUpdateRemove()
    {
        const QString url = newDatabase();
        QVERIFY(loadTemptingCity(url));
        auto store = openStore(url);
        auto other = openStore(url); // another program on the same database
        const qint64 seen = other->latestChangeId();
        const Id measure = store->structure().measureByCode(QStringLiteral("PUB-RESP"))->id;
        const QDateTime written(QDate(2026, 10, 2), QTime(9, 30, 15), Qt::UTC);
        const Id id = store->addCommentary({0, measure, QStringLiteral("2026-09"), QStringLiteral("Dana"), written,
                                            QStringLiteral("Calls rose after the storm.\tTab\\and backslash")});
        QVERIFY(id > 0);
        std::vector<Commentary> comments = other->commentaryOf(measure);
        QCOMPARE(comments.size(), std::size_t(1));
        QCOMPARE(comments[0].writtenAt, written);
        QCOMPARE(comments[0].body, QStringLiteral("Calls rose after the storm.\tTab\\and backslash"));
        const std::vector<StoreChange> changes = other->changesByOthersSince(seen);
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(changes[0].kind, StoreChange::Kind::Commentary);
        QCOMPARE(changes[0].measureId, measure);
        QVERIFY(store->changesByOthersSince(seen).empty()); // its own

        store->updateCommentary(id, QStringLiteral("Calls rose after the October storm."));
        QCOMPARE(other->commentaryOf(measure)[0].body, QStringLiteral("Calls rose after the October storm."));
        other->removeCommentary(id);
        QVERIFY(store->commentaryOf(measure).empty());
        try {
            store->updateCommentary(id, QStringLiteral("too late"));
            QFAIL("a deleted comment was updated");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidData);
            QVERIFY2(error.message().startsWith(QLatin1String("The comment is no longer in")), qPrintable(error.message()));
        }
        // Undoing the removal brings it back with its own id.
        QCOMPARE(store->addCommentary({id, measure, QStringLiteral("2026-09"), QStringLiteral("Dana"), written,
                                       QStringLiteral("back")}),
                 id);
        QCOMPARE(other->commentaryOf(measure)[0].id, id);
    }

    void serverDown_saysSoAndNamesIt()
    {
        const QString nowhere = m_files.filePath(QStringLiteral("no-server"));
        const QString url = QStringLiteral("postgresql://postgres:s3cret-word@/city?host=%1&port=5999").arg(nowhere);
        try {
            openStore(url);
            QFAIL("a server that is not running was opened");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().startsWith(
                         QStringLiteral("could not connect to the PostgreSQL server at %1:5999: ").arg(nowhere)),
                     qPrintable(error.message()));
            QVERIFY2(error.message().contains(QLatin1String("Check that the server is running")), qPrintable(error.message()));
            QVERIFY(!error.message().contains(QLatin1String("s3cret")));
        }
        const Result r = clitest::civicstat({QStringLiteral("scorecard"), url});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith(QLatin1String("could not connect to the PostgreSQL server at ")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("s3cret")));
    }

    void missingDatabaseOrSchema_saysWhatToDo()
    {
        try {
            openStore(m_server->url(QStringLiteral("nosuch")));
            QFAIL("a missing database was opened");
        } catch (const StoreError &error) {
            QCOMPARE(error.message(),
                     QStringLiteral("The PostgreSQL server at %1:5432 has no database \"nosuch\". Check the name, or "
                                    "ask the server's administrator to create it (createdb nosuch), then run "
                                    "\"civicstat server-init\" on it.")
                         .arg(m_server->socketFolder()));
        }
        const QString empty = newDatabase();
        try {
            openStore(empty);
            QFAIL("a database without CivicStat's tables was opened");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::NotCivicStat);
            QVERIFY2(error.message().contains(QStringLiteral("\"civicstat server-init %1\"").arg(empty)),
                     qPrintable(error.message()));
        }
        QCOMPARE(clitest::civicstat({QStringLiteral("server-init"), empty}).exitCode, 0);
        const Result again = clitest::civicstat({QStringLiteral("server-init"), empty});
        QVERIFY2(again.out.contains(QLatin1String("is already a CivicStat database (format 7); nothing was changed.")),
                 qPrintable(again.out));
        auto store = openStore(empty);
        QVERIFY(!store->readOnlyReason());
        QCOMPARE(store->observationCount(), qint64(0));
        QCOMPARE(store->citySettings().cityName, QStringLiteral("My city"));
    }

    void newerSchemaOrReadingRightsOnly_openReadOnly()
    {
        const QString url = newDatabase();
        const QString name = lastDatabaseName();
        QVERIFY(loadTemptingCity(url));
        // A user who may only read: the store says so before any write, and a write is refused in words.
        // (Roles made by hand: a viewer's rights, with a user row that reads everything; tst_pgroles has the rest.)
        QCOMPARE(m_server->sql(name, QStringLiteral("CREATE ROLE reader LOGIN; GRANT civicstat_viewer TO reader; "
                                                    "INSERT INTO civicstat_users VALUES ('reader', 'administrator', "
                                                    "'restricted', '{}')")),
                 QStringLiteral("ok"));
        const QString asReader = QString(url).replace(QLatin1String("postgres@"), QLatin1String("reader@"));
        auto reader = openStore(asReader);
        QVERIFY(reader->readOnlyReason());
        QVERIFY2(reader->readOnlyReason()->startsWith(QLatin1String("The PostgreSQL user \"reader\" may read")),
                 qPrintable(*reader->readOnlyReason()));
        QCOMPARE(scorecardCsv(asReader, QStringLiteral("2026-09")), scorecardCsv(url, QStringLiteral("2026-09")));
        const Result refused = clitest::civicstat({QStringLiteral("settings"), asReader, QStringLiteral("city_name"), QStringLiteral("X")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QLatin1String("may read")), qPrintable(refused.err));

        // A database a newer CivicStat set up opens read-only; server-init leaves it alone.
        QCOMPARE(m_server->sql(name, QStringLiteral("UPDATE civicstat_format SET version = 8")), QStringLiteral("ok"));
        auto newer = openStore(url);
        QVERIFY(newer->readOnlyReason());
        QVERIFY2(newer->readOnlyReason()->contains(QLatin1String("was set up by a newer version of CivicStat (format 8; "
                                                                 "this version knows up to 7)")),
                 qPrintable(*newer->readOnlyReason()));
        QVERIFY(newer->observationCount() > 200);
        try {
            newer->removeCommentary(1);
            QFAIL("a newer database was written");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::ReadOnly);
        }
        const Result init = clitest::civicstat({QStringLiteral("server-init"), url});
        QCOMPARE(init.exitCode, 3);
        QVERIFY2(init.err.contains(QLatin1String("Nothing was changed: update CivicStat.")), qPrintable(init.err));
        QCOMPARE(m_server->sql(name, QStringLiteral("SELECT version FROM civicstat_format")), QStringLiteral("8"));
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
