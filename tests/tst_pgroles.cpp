// Roles the server enforces (schema version 6), checked from outside the app:
// users made with `civicstat server-user`, then connected with psql and
// hand-written SQL. A viewer of public clearance sees no internal,
// confidential or restricted measure, figure, target or comment, and writes
// nothing; an editor writes figures and commentary for their own departments
// only. The store says who is connected, and a viewer's store is read-only.
#include "changewatcher.h"
#include "clirun.h"
#include "kpistore.h"
#include "pgserver.h"
#include "storeerror.h"
#include "storefactory.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <utility>

using namespace civicstat;

namespace {

using clitest::Result;

const QString database = QStringLiteral("tempting");

} // namespace

class TestPgRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgTestServer> m_server;
    QTemporaryDir m_files;
    QString m_url; // as the owner (the superuser who ran server-init)

    QString urlAs(const QString &user) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, database, m_server->socketFolder());
    }

    // psql as `user`, as a person would type it; the test server trusts its socket.
    Result psqlAs(const QString &user, const QString &sql) const
    {
        QProcess psql;
        psql.start(QStringLiteral("psql"), {urlAs(user), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                            QStringLiteral("-qAtc"), sql});
        if (!psql.waitForFinished(30000))
            qFatal("psql did not finish");
        return {psql.exitCode(), QString::fromUtf8(psql.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(psql.readAllStandardError()).trimmed()};
    }

    QString passwordFile() const { return m_files.filePath(QStringLiteral("password.txt")); }

    Result serverUser(const QStringList &arguments)
    {
        return clitest::civicstat(QStringList{QStringLiteral("server-user"), m_url} + arguments
                            + QStringList{QStringLiteral("--password-file"), passwordFile()});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_server = std::make_unique<PgTestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
        m_url = m_server->createDatabase(database);
        const QString data = QStringLiteral(CIVICSTAT_TEST_DATA "/tempting-city/");
        QCOMPARE(clitest::civicstat({QStringLiteral("init"), m_url, QStringLiteral("--city"), QStringLiteral("Tempting")}).exitCode, 0);
        for (const char *name : {"structure.csv", "observations.csv"}) {
            const Result r = clitest::civicstat({QStringLiteral("import"), m_url, data + QLatin1String(name)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        // A comment on every measure, so that hidden commentary would show.
        QCOMPARE(m_server->sql(database, QStringLiteral(
                     "INSERT INTO commentary (measure_id, period, author, written_at, body) "
                     "SELECT id, '2025-03', 'analyst', now(), 'About ' || code FROM measures")),
                 QStringLiteral("ok"));
        QFile file(passwordFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("correct horse battery\n");
    }

    void cleanupTestCase() { m_server.reset(); }

    void serverUser_createsLoginRoles()
    {
        Result r = serverUser({QStringLiteral("vera"), QStringLiteral("--role"), QStringLiteral("viewer")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("Created the user vera in postgres@")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("viewer with clearance public")), qPrintable(r.out));
        r = serverUser({QStringLiteral("pat"), QStringLiteral("--role"), QStringLiteral("editor"),
                        QStringLiteral("--departments"), QStringLiteral("PERMITS")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("editor for PERMITS with clearance internal")), qPrintable(r.out));
        // The server stores a SCRAM hash: the password itself never travelled.
        QCOMPARE(m_server->sql(database, QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid "
                                                        "WHERE rolname = 'vera'")),
                 QStringLiteral("t"));
        QCOMPARE(m_server->sql(database, QStringLiteral("SELECT login || ' ' || kind || ' ' || clearance || ' ' || "
                                                        "array_to_string(departments, ',') FROM civicstat_users "
                                                        "ORDER BY login")),
                 QStringLiteral("pat editor internal PERMITS\nvera viewer public")); // psql trims the empty departments
    }

    void serverUser_refusesUnknownDepartmentsAndRoles()
    {
        Result r = serverUser({QStringLiteral("quinn"), QStringLiteral("--role"), QStringLiteral("editor"),
                               QStringLiteral("--departments"), QStringLiteral("PD,NOPE")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("has no department NOPE. Its departments are: DOT, HR, PD, PERMITS.")),
                 qPrintable(r.err));
        QCOMPARE(m_server->sql(database, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'quinn'")),
                 QStringLiteral("0"));
        r = serverUser({QStringLiteral("quinn"), QStringLiteral("--role"), QStringLiteral("mayor")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--role viewer")), qPrintable(r.err));
        r = serverUser({QStringLiteral("civicstat_editor"), QStringLiteral("--role"), QStringLiteral("viewer")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("cannot be a user's name")), qPrintable(r.err));
    }

    void viewer_seesOnlyPublicRows_evenWithPsql()
    {
        // What is there, as the owner sees it: every classification has rows.
        const QString restricted = QStringLiteral(
            "SELECT count(*) FROM observations o JOIN measures m ON m.id = o.measure_id WHERE m.classification = "
            "'restricted'");
        QVERIFY(m_server->sql(database, restricted).toInt() > 0);
        QCOMPARE(psqlAs(QStringLiteral("vera"), QStringLiteral("SELECT code FROM measures ORDER BY code")).out,
                 QStringLiteral("PUB-CRASH\nPUB-LIB\nPUB-PERMIT\nPUB-RESP"));
        QCOMPARE(psqlAs(QStringLiteral("vera"), restricted).out, QStringLiteral("0"));
        // Figures, targets and commentary: even without the join, only public measures' rows.
        for (const char *table : {"observations", "targets", "commentary"}) {
            const QString rows = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
            const QString publicRows = QStringLiteral("SELECT count(*) FROM %1 t JOIN measures m ON m.id = t.measure_id "
                                                      "WHERE m.classification = 'public'").arg(QLatin1String(table));
            const int all = m_server->sql(database, rows).toInt();
            const int onlyPublic = m_server->sql(database, publicRows).toInt();
            QVERIFY2(onlyPublic > 0 && all > onlyPublic, table);
            QCOMPARE(psqlAs(QStringLiteral("vera"), rows).out.toInt(), onlyPublic);
        }
        QCOMPARE(psqlAs(QStringLiteral("vera"), QStringLiteral("SELECT string_agg(body, '; ' ORDER BY body) FROM "
                                                               "commentary")).out,
                 QStringLiteral("About PUB-CRASH; About PUB-LIB; About PUB-PERMIT; About PUB-RESP"));
        // The users table itself is closed; one's own row is open.
        Result r = psqlAs(QStringLiteral("vera"), QStringLiteral("SELECT * FROM civicstat_users"));
        QVERIFY2(r.err.contains(QLatin1String("permission denied for table civicstat_users")), qPrintable(r.err));
        QCOMPARE(psqlAs(QStringLiteral("vera"), QStringLiteral("SELECT kind, clearance FROM civicstat_me()")).out,
                 QStringLiteral("viewer|public"));
    }

    void viewer_writesNothing()
    {
        const Result r = psqlAs(QStringLiteral("vera"), QStringLiteral(
            "INSERT INTO commentary (measure_id, period, author, written_at, body) "
            "SELECT id, '2025-04', 'vera', now(), 'mine' FROM measures WHERE code = 'PUB-RESP'"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("permission denied for table commentary")), qPrintable(r.err));
    }

    void editor_writesOnlyTheirDepartments()
    {
        const auto insertFigure = [this](const char *code) {
            return psqlAs(QStringLiteral("pat"), QStringLiteral(
                "INSERT INTO observations (measure_id, period, period_end, granularity, value) "
                "SELECT id, '2027-01', '2027-01-31', 3, 5 FROM measures WHERE code = '%1'").arg(QLatin1String(code)));
        };
        const auto insertComment = [this](const char *code) {
            return psqlAs(QStringLiteral("pat"), QStringLiteral(
                "INSERT INTO commentary (measure_id, period, author, written_at, body) "
                "SELECT id, '2027-01', 'pat', now(), 'by pat' FROM measures WHERE code = '%1'").arg(QLatin1String(code)));
        };
        // PUB-CRASH belongs to DOT, PUB-PERMIT to PERMITS (pat's).
        for (const Result &refused : {insertFigure("PUB-CRASH"), insertComment("PUB-CRASH")}) {
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QLatin1String("violates row-level security policy")), qPrintable(refused.err));
        }
        for (const Result &allowed : {insertFigure("PUB-PERMIT"), insertComment("PUB-PERMIT")})
            QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
        // Nor may pat move someone else's figure, or a figure of theirs to another department.
        Result r = psqlAs(QStringLiteral("pat"), QStringLiteral(
            "UPDATE observations SET value = 0 WHERE measure_id = (SELECT id FROM measures WHERE code = 'PUB-CRASH')"));
        QCOMPARE(r.out, QString());
        QCOMPARE(m_server->sql(database, QStringLiteral(
                     "SELECT count(*) FROM observations o JOIN measures m ON m.id = o.measure_id "
                     "WHERE m.code = 'PUB-CRASH' AND o.value = 0")),
                 QStringLiteral("0"));
        r = psqlAs(QStringLiteral("pat"), QStringLiteral(
            "UPDATE observations SET measure_id = (SELECT id FROM measures WHERE code = 'PUB-CRASH') "
            "WHERE period = '2027-01'"));
        QVERIFY2(r.err.contains(QLatin1String("violates row-level security policy")), qPrintable(r.err));
        QCOMPARE(m_server->sql(database, QStringLiteral("SELECT count(*) FROM observations WHERE period = '2027-01'")),
                 QStringLiteral("1"));
        // Internal clearance: internal measures, no confidential or restricted ones.
        QCOMPARE(psqlAs(QStringLiteral("pat"), QStringLiteral("SELECT string_agg(classification, ',' ORDER BY "
                                                              "classification) FROM (SELECT DISTINCT classification "
                                                              "FROM measures) c")).out,
                 QStringLiteral("internal,public"));
    }

    void editor_importsOnlyTheirDepartments()
    {
        const QString mine = m_files.filePath(QStringLiteral("mine.csv"));
        const QString mixed = m_files.filePath(QStringLiteral("mixed.csv"));
        for (const auto &[path, rows] : {std::pair{mine, QByteArray("PUB-PERMIT,2027-03,7\n")},
                                         std::pair{mixed, QByteArray("PUB-PERMIT,2027-04,7\nPUB-CRASH,2027-04,7\n")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("measure,period,value\n" + rows);
        }
        Result r = clitest::civicstat({QStringLiteral("import"), urlAs(QStringLiteral("pat")), mine});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // All or nothing: the other department's row refuses the whole file.
        r = clitest::civicstat({QStringLiteral("import"), urlAs(QStringLiteral("pat")), mixed});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("violates row-level security policy")), qPrintable(r.err));
        QCOMPARE(m_server->sql(database, QStringLiteral("SELECT string_agg(period, ',' ORDER BY period) FROM "
                                                        "observations WHERE period >= '2027-03'")),
                 QStringLiteral("2027-03"));
    }

    void scorecard_asViewer_listsOnlyPublicMeasures()
    {
        const QStringList arguments = {QStringLiteral("--period"), QStringLiteral("2025-03"), QStringLiteral("--format"),
                                       QStringLiteral("csv")};
        const Result owner = clitest::civicstat(QStringList{QStringLiteral("scorecard"), m_url} + arguments);
        QVERIFY2(owner.exitCode == 0, qPrintable(owner.err));
        QVERIFY(owner.out.contains(QLatin1String("RES-INF")));
        const Result viewer = clitest::civicstat(QStringList{QStringLiteral("scorecard"), urlAs(QStringLiteral("vera"))} + arguments);
        QVERIFY2(viewer.exitCode == 0, qPrintable(viewer.err));
        for (const char *hidden : {"RES-INF", "CONF-IAC", "INT-OT", "INT-TURN", "INT-SICK", "Informant"})
            QVERIFY2(!viewer.out.contains(QLatin1String(hidden)), hidden);
        for (const char *shown : {"PUB-RESP", "PUB-CRASH", "PUB-PERMIT", "PUB-LIB"})
            QVERIFY2(viewer.out.contains(QLatin1String(shown)), shown);
    }

    void store_saysWhoIsConnected()
    {
        auto viewer = openStore(urlAs(QStringLiteral("vera")));
        QCOMPARE(viewer->connectedAs().value_or(QString()), QStringLiteral("vera (viewer; clearance public)"));
        QVERIFY(viewer->readOnlyReason());
        QVERIFY2(viewer->readOnlyReason()->contains(QLatin1String("as a viewer")), qPrintable(*viewer->readOnlyReason()));
        auto editor = openStore(urlAs(QStringLiteral("pat")));
        QCOMPARE(editor->connectedAs().value_or(QString()), QStringLiteral("pat (editor: PERMITS; clearance internal)"));
        QVERIFY(!editor->readOnlyReason());
        auto owner = openStore(m_url);
        QCOMPARE(owner->connectedAs().value_or(QString()), QStringLiteral("postgres (owner of the database)"));
        const QString file = m_files.filePath(QStringLiteral("city.db"));
        QCOMPARE(clitest::civicstat({QStringLiteral("init"), file}).exitCode, 0);
        QVERIFY(!openStore(file)->connectedAs());
    }

    // LISTEN needs no grant. The notification says only "look": what the
    // viewer's window then reads of the change log still goes through its policies.
    void viewer_listens_andSeesOnlyItsRowsAfterwards()
    {
        const Result listened = psqlAs(QStringLiteral("vera"),
                                       QStringLiteral("LISTEN civicstat_changes; SELECT count(*) FROM measures"));
        QVERIFY2(listened.exitCode == 0, qPrintable(listened.err));
        QCOMPARE(listened.out, QStringLiteral("4"));

        auto viewer = openStore(urlAs(QStringLiteral("vera")));
        ChangeNotifier notifier;
        ChangeWatcher watcher(*viewer, notifier);
        watcher.setPollIntervals(600000, 600000); // only a notification can explain an announcement
        QVERIFY(watcher.isListening());
        QSignalSpy announced(&notifier, &ChangeNotifier::changed);
        auto owner = openStore(m_url);
        const auto commentOn = [&](const char *measureCode) {
            const Id measure = owner->structure().measureByCode(QLatin1String(measureCode))->id;
            owner->addCommentary({0, measure, QStringLiteral("2025-04"), QStringLiteral("analyst"),
                                  QDateTime::currentDateTimeUtc(), QStringLiteral("Live")});
            return measure;
        };
        // A restricted measure's comment wakes the window, which then finds nothing it may see.
        commentOn("RES-INF");
        QTRY_COMPARE_WITH_TIMEOUT(watcher.notificationsReceived(), qint64(1), 2000);
        QCOMPARE(announced.count(), 0);
        const Id shown = commentOn("PUB-LIB");
        QTRY_COMPARE_WITH_TIMEOUT(announced.count(), 1, 2000);
        QCOMPARE(announced.at(0).at(0).value<StoreChange>().measureId, shown);
        QCOMPARE(viewer->structure().measures.size(), std::size_t(4));
    }

    void serverUser_changesAUser()
    {
        const Result r = serverUser({QStringLiteral("pat"), QStringLiteral("--role"), QStringLiteral("viewer"),
                                     QStringLiteral("--clearance"), QStringLiteral("confidential")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("Changed the user pat in")), qPrintable(r.out));
        QCOMPARE(m_server->sql(database, QStringLiteral(
                     "SELECT string_agg(b.rolname, ',') FROM pg_auth_members a JOIN pg_roles b ON b.oid = a.roleid "
                     "JOIN pg_roles u ON u.oid = a.member WHERE u.rolname = 'pat'")),
                 QStringLiteral("civicstat_viewer"));
        QCOMPARE(psqlAs(QStringLiteral("pat"), QStringLiteral("SELECT count(*) FROM measures")).out, QStringLiteral("8"));
    }
};

QTEST_GUILESS_MAIN(TestPgRoles)
#include "tst_pgroles.moc"
