// Server passwords (issue 11, item 3) against a real PostgreSQL server that
// asks every user but its superuser for a SCRAM password: openStore says
// whether a password is needed or was refused, a given one opens the store
// and its further connections, libpq's own sources (PGPASSWORD, ~/.pgpass)
// work with no prompt, and the command line with no terminal says where a
// password can be kept.
#include "clirun.h"
#include "kpistore.h"
#include "pgserver.h"
#include "storeerror.h"
#include "storefactory.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace civicstat;

namespace {

const QString database = QStringLiteral("tempting");
const QString alicePassword = QStringLiteral("right-horse-battery");

StoreError::Kind kindOfOpening(const QString &location, const QString &password, QString *message = nullptr)
{
    try {
        openStore(location, StoreOpenOptions {StoreOpenMode::Existing, QString(), password});
    } catch (const StoreError &error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    return StoreError::Kind::Cancelled; // stands for "it opened"
}

} // namespace

class TestPgPasswords : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgTestServer> m_server;
    QTemporaryDir m_home; // a home folder with no .pgpass unless a test writes one
    QString m_url;        // as the superuser, trusted on the socket

    QString aliceUrl() const
    {
        return QStringLiteral("postgresql://alice@/%1?host=%2").arg(database, m_server->socketFolder());
    }

    QString writePgpass(const QString &folder, const QString &password) const
    {
        const QString path = folder + QStringLiteral("/.pgpass");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QStringLiteral("*:*:%1:alice:%2\n").arg(database, password).toUtf8());
        file.close();
        // libpq ignores a password file that others may read, as psql does.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    QProcessEnvironment environmentWithoutPasswords() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PGPASSWORD"));
        environment.remove(QStringLiteral("PGPASSFILE"));
        environment.insert(QStringLiteral("HOME"), m_home.path());
        return environment;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_server = std::make_unique<PgTestServer>(PgTestServer::SignIn::Passwords);
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
        m_url = m_server->createDatabase(database);
        const QString data = QStringLiteral(CIVICSTAT_TEST_DATA "/tempting-city/");
        QCOMPARE(clitest::civicstat({QStringLiteral("init"), m_url, QStringLiteral("--city"), QStringLiteral("Tempting")}).exitCode, 0);
        for (const char *name : {"structure.csv", "observations.csv"}) {
            const clitest::Result r = clitest::civicstat({QStringLiteral("import"), m_url, data + QLatin1String(name)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        setUpServerUser(m_url, {QStringLiteral("alice"), QStringLiteral("viewer"), QStringLiteral("public"), {}, alicePassword});
        // Nothing of this machine's own may answer for the tests: no PGPASSWORD, no ~/.pgpass.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", QFile::encodeName(m_home.filePath(QStringLiteral("no-such-pgpass"))));
    }

    void noPassword_isNeeded_namingTheUser()
    {
        QString message;
        QCOMPARE(kindOfOpening(aliceUrl(), QString(), &message), StoreError::Kind::PasswordNeeded);
        QVERIFY2(message.contains(QLatin1String("\"alice\"")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("~/.pgpass")), qPrintable(message));
    }

    void wrongPassword_isRejected_namingTheUserNotThePassword()
    {
        const QString wrong = QStringLiteral("not-the-one-4711");
        QString message;
        QCOMPARE(kindOfOpening(aliceUrl(), wrong, &message), StoreError::Kind::PasswordRejected);
        QVERIFY2(message.contains(QLatin1String("\"alice\"")), qPrintable(message));
        QVERIFY2(message.contains(database), qPrintable(message));
        QVERIFY(!message.contains(wrong));
    }

    void rightPassword_opens_andFurtherConnectionsToo()
    {
        auto store = openStore(aliceUrl(), StoreOpenOptions {StoreOpenMode::Existing, QString(), alicePassword});
        QVERIFY(store->connectedAs());
        QVERIFY2(store->connectedAs()->startsWith(QLatin1String("alice (viewer")), qPrintable(*store->connectedAs()));
        QVERIFY(!store->location().contains(alicePassword));
        // The window's loader and offline copies open more connections from the same store.
        auto worker = store->openWorkerConnection();
        QVERIFY(worker->connectedAs());
        QVERIFY(worker->connectedAs()->startsWith(QLatin1String("alice (viewer")));
        QCOMPARE(worker->structure().measures.size(), store->structure().measures.size());
        QCOMPARE(store->structure().measures.size(), std::size_t(4)); // the four public measures only
    }

    void passwordInTheAddress_isOverriddenByTheOneGiven()
    {
        const QString withWrongInAddress = aliceUrl().replace(QLatin1String("alice@"), QLatin1String("alice:stale@"));
        QCOMPARE(kindOfOpening(withWrongInAddress, alicePassword), StoreError::Kind::Cancelled);
        QCOMPARE(kindOfOpening(withWrongInAddress, QString()), StoreError::Kind::PasswordRejected);
    }

    void pgpasswordVariable_opensWithNoPrompt()
    {
        qputenv("PGPASSWORD", alicePassword.toUtf8());
        const StoreError::Kind opened = kindOfOpening(aliceUrl(), QString());
        qunsetenv("PGPASSWORD");
        QCOMPARE(opened, StoreError::Kind::Cancelled);
    }

    void pgpassFile_opensWithNoPrompt()
    {
        QTemporaryDir folder;
        const QString path = writePgpass(folder.path(), alicePassword);
        QVERIFY(!path.isEmpty());
        const QByteArray before = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", QFile::encodeName(path));
        const StoreError::Kind opened = kindOfOpening(aliceUrl(), QString());
        qputenv("PGPASSFILE", before);
        QCOMPARE(opened, StoreError::Kind::Cancelled);
    }

    void account_namesUserServerAndDatabase()
    {
        const ServerAccount account = serverAccountOf(
            QStringLiteral("postgresql://bob:secret@db.example.org:5433/kpis?sslmode=require"));
        QCOMPARE(account.user, QStringLiteral("bob"));
        QCOMPARE(account.server, QStringLiteral("db.example.org:5433"));
        QCOMPARE(account.database, QStringLiteral("kpis"));
        QCOMPARE(account.key(), QStringLiteral("bob@db.example.org:5433/kpis"));
        // A database left out is the user's own, as libpq connects.
        QCOMPARE(serverAccountOf(QStringLiteral("postgresql://carol@db.example.org")).key(),
                 QStringLiteral("carol@db.example.org:5432/carol"));
    }

    void cli_withNoTerminal_saysWhereToKeepThePassword()
    {
        const QStringList arguments = {QStringLiteral("scorecard"), aliceUrl(), QStringLiteral("--period"),
                                       QStringLiteral("2025-03"), QStringLiteral("--format"), QStringLiteral("csv")};
        const clitest::Result r = clitest::civicstat(arguments, environmentWithoutPasswords());
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("~/.pgpass")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("PGPASSWORD")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("\"alice\"")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("no terminal")), qPrintable(r.err));
    }

    void cli_readsHomePgpass_likePsql()
    {
        QVERIFY(!writePgpass(m_home.path(), alicePassword).isEmpty());
        const QStringList arguments = {QStringLiteral("scorecard"), aliceUrl(), QStringLiteral("--period"),
                                       QStringLiteral("2025-03"), QStringLiteral("--format"), QStringLiteral("csv")};
        const clitest::Result r = clitest::civicstat(arguments, environmentWithoutPasswords());
        QFile::remove(m_home.filePath(QStringLiteral(".pgpass")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("PUB-RESP")));
        QVERIFY(!r.out.contains(QLatin1String("RES-INF")));
    }

    void cli_readsPgpasswordVariable()
    {
        QProcessEnvironment environment = environmentWithoutPasswords();
        environment.insert(QStringLiteral("PGPASSWORD"), alicePassword);
        const clitest::Result r = clitest::civicstat({QStringLiteral("scorecard"), aliceUrl(), QStringLiteral("--period"), QStringLiteral("2025-03"), QStringLiteral("--format"), QStringLiteral("csv")}, environment);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("PUB-LIB")));
    }
};

QTEST_GUILESS_MAIN(TestPgPasswords)
#include "tst_pgpasswords.moc"
