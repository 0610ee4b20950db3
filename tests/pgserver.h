// A throwaway PostgreSQL server for one test executable: initdb into a
// temporary folder and pg_ctl start, listening only on a Unix socket in that
// folder (no TCP port, nothing shared with a server the machine runs), torn
// down by pg_ctl stop -m immediate. initdb and pg_ctl refuse to run as root,
// so under root (CI) the server runs as the "postgres" user that Debian's
// postgresql package creates, and owns the folder.
#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>
#include <pwd.h>
#include <unistd.h>

class PgTestServer final
{
public:
    // Whom the server trusts on its socket: everyone, or (Passwords) only the
    // superuser "postgres", every other user signing in with a SCRAM password.
    enum class SignIn { Trusted, Passwords };

    explicit PgTestServer(SignIn signIn = SignIn::Trusted)
        : m_folder(QDir::tempPath() + QStringLiteral("/civicstat-pg-XXXXXX"))
    {
        m_bin = binaries();
        if (m_bin.isEmpty()) {
            m_problem = QStringLiteral("No PostgreSQL server binaries under /usr/lib/postgresql/*/bin: install "
                                       "postgresql-15 (.ci/install-deps does).");
            return;
        }
        if (!m_folder.isValid()) {
            m_problem = QStringLiteral("Cannot create a temporary folder for the test server.");
            return;
        }
        if (geteuid() == 0) {
            const passwd *postgres = getpwnam("postgres");
            if (!postgres) {
                m_problem = QStringLiteral("Running as root, and there is no \"postgres\" user to run the test "
                                           "server as (the postgresql-15 package creates it).");
                return;
            }
            m_runAs = QStringLiteral("postgres");
            if (chown(QFile::encodeName(m_folder.path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
                m_problem = QStringLiteral("Cannot hand the test server's folder to the postgres user.");
                return;
            }
        }
        const QString data = m_folder.filePath(QStringLiteral("data"));
        // C.UTF-8 and no fsync: the same server whatever the machine's locale, started fast.
        if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                                            QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                                            QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                                            QStringLiteral("--no-sync")}))
            return;
        if (signIn == SignIn::Passwords) {
            // The first matching line wins: the superuser that sets the tests up keeps its trust.
            QFile rules(data + QStringLiteral("/pg_hba.conf"));
            if (!rules.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                m_problem = QStringLiteral("Cannot write the test server's pg_hba.conf.");
                return;
            }
            rules.write("local all postgres trust\nlocal all all scram-sha-256\n");
        }
        if (!pgCtl(QStringLiteral("start")))
            return;
        m_started = true;
    }

    // Stops the server, dropping every connection as an administrator's restart
    // does, and starts it again; false (with problem()) when it did not come back.
    bool restart() { return pgCtl(QStringLiteral("restart")); }

    ~PgTestServer()
    {
        if (m_started)
            run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")),
                                           QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
    }

    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    bool isRunning() const { return m_started; }
    const QString &problem() const { return m_problem; }
    QString socketFolder() const { return m_folder.path(); }

    // The address of a database on this server, as the superuser over the socket.
    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://postgres@/%1?host=%2").arg(database, m_folder.path());
    }

    // A new, empty database; returns its address.
    QString createDatabase(const QString &name)
    {
        QProcess createdb;
        createdb.start(m_bin + QStringLiteral("/createdb"),
                       {QStringLiteral("-h"), m_folder.path(), QStringLiteral("-U"), QStringLiteral("postgres"), name});
        if (!createdb.waitForFinished(30000) || createdb.exitCode() != 0)
            qWarning("createdb %s: %s", qPrintable(name), createdb.readAllStandardError().constData());
        return url(name);
    }

    // Runs SQL in a database as the superuser (psql); returns psql's output, or an empty string on failure.
    QString sql(const QString &database, const QString &statements)
    {
        QProcess psql;
        psql.start(m_bin + QStringLiteral("/psql"),
                   {QStringLiteral("-h"), m_folder.path(), QStringLiteral("-U"), QStringLiteral("postgres"),
                    QStringLiteral("-d"), database, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-qAtc"), statements});
        if (!psql.waitForFinished(30000) || psql.exitCode() != 0) {
            qWarning("psql: %s", psql.readAllStandardError().constData());
            return {};
        }
        const QString output = QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
        return output.isEmpty() ? QStringLiteral("ok") : output;
    }

private:
    // The newest PostgreSQL installed the Debian way.
    static QString binaries()
    {
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &version : versions) {
            const QString bin = root.filePath(version + QStringLiteral("/bin"));
            if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
                return bin;
        }
        return {};
    }

    bool pgCtl(const QString &action)
    {
        const QString options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off")
                                    .arg(m_folder.path());
        return run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")),
                                              QStringLiteral("-l"), m_folder.filePath(QStringLiteral("server.log")),
                                              QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("fast"),
                                              QStringLiteral("-o"), options, action});
    }

    bool run(const QString &tool, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_folder.path()); // one the postgres user may enter
        const QString program = m_bin + QLatin1Char('/') + tool;
        if (m_runAs.isEmpty())
            process.start(program, arguments);
        else
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            m_problem = QStringLiteral("%1 failed: %2").arg(tool, QString::fromLocal8Bit(process.readAll()));
            return false;
        }
        return true;
    }

    QTemporaryDir m_folder;
    QString m_bin;
    QString m_runAs;
    QString m_problem;
    bool m_started = false;
};
