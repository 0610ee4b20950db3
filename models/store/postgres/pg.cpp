#include "pg.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <cstdlib>
#include <libpq-fe.h>

namespace civicstat::pg {

namespace {

struct ServerText { Q_DECLARE_TR_FUNCTIONS(Server) };

// libpq's own words for why a connection failed, without its "connection to
// server at ... failed:" preamble and the severity prefix.
QString reasonOf(const char *message)
{
    QString reason = QString::fromUtf8(message).trimmed();
    const qsizetype failed = reason.lastIndexOf(QLatin1String("failed: "));
    if (failed >= 0)
        reason = reason.mid(failed + 8);
    reason.remove(QRegularExpression(QStringLiteral("^(FATAL|ERROR):\\s+")));
    return reason.section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString serverOf(pg_conn *conn)
{
    const QString host = QString::fromUtf8(PQhost(conn));
    const QString port = QString::fromUtf8(PQport(conn));
    return (host.isEmpty() ? QStringLiteral("localhost") : host) + QLatin1Char(':')
        + (port.isEmpty() ? QStringLiteral("5432") : port);
}

StoreError connectionError(pg_conn *conn, const QString &conninfo)
{
    const QString server = serverOf(conn);
    const QString reason = reasonOf(PQerrorMessage(conn));
    const QString user = QString::fromUtf8(PQuser(conn));
    const QString database = QString::fromUtf8(PQdb(conn));
    // Whether anything answered tells a server that is down from one that said no.
    if (PQping(conninfo.toUtf8().constData()) == PQPING_NO_RESPONSE)
        return StoreError(StoreError::Kind::Missing,
            ServerText::tr("could not connect to the PostgreSQL server at %1: %2. Check that the server is running "
                           "and accepts connections there, and that the address is right (ask the server's "
                           "administrator if it is not yours).")
                .arg(server, reason));
    // libpq knows whether the server asked for a password and whether one was sent.
    if (PQconnectionNeedsPassword(conn))
        return StoreError(StoreError::Kind::PasswordNeeded,
            ServerText::tr("The PostgreSQL server at %1 wants a password for user \"%2\" (database \"%3\") and "
                           "none was given. Type it when asked, or keep it in your ~/.pgpass file (or the "
                           "PGPASSWORD environment variable), then try again.")
                .arg(server, user, database));
    if (PQconnectionUsedPassword(conn) && reason.contains(QLatin1String("authentication failed")))
        return StoreError(StoreError::Kind::PasswordRejected,
            ServerText::tr("The PostgreSQL server at %1 refused the password of user \"%2\" (database \"%3\"). "
                           "Check the user name and the password (typed, remembered in the keychain, or in "
                           "~/.pgpass or PGPASSWORD), or ask the server's administrator to reset it.")
                .arg(server, user, database));
    if (reason.contains(QLatin1String("database \"")) && reason.contains(QLatin1String("does not exist")))
        return StoreError(StoreError::Kind::Missing,
            ServerText::tr("The PostgreSQL server at %1 has no database \"%2\".").arg(server, database),
            StoreError::Remedy::SetUpServer,
            ServerText::tr("Check the name, or ask the server's administrator to create it (createdb %1), then run "
                           "\"civicstat server-init\" on it.")
                .arg(database));
    if (reason.contains(QLatin1String("role \"")) && reason.contains(QLatin1String("does not exist")))
        return StoreError(StoreError::Kind::Io,
            ServerText::tr("The PostgreSQL server at %1 has no user \"%2\". Check the user name in the address, or "
                           "ask the server's administrator for an account.")
                .arg(server, user));
    if (reason.contains(QLatin1String("permission denied")) || reason.contains(QLatin1String("no pg_hba.conf entry")))
        return StoreError(StoreError::Kind::Io,
            ServerText::tr("The PostgreSQL server at %1 does not let user \"%2\" into the database \"%3\": %4. Ask "
                           "the server's administrator for access.")
                .arg(server, user, database, reason));
    return StoreError(StoreError::Kind::Io,
        ServerText::tr("could not connect to the PostgreSQL server at %1: %2. Check the address, and ask the "
                       "server's administrator if the problem stays.")
            .arg(server, reason));
}

} // namespace

bool isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QByteArray numberText(double value) { return QByteArray::number(value, 'g', 17); }

// --- Params ---------------------------------------------------------------

Params &Params::add(qint64 value)
{
    m_values.push_back(QByteArray::number(value));
    m_null.push_back(false);
    return *this;
}

Params &Params::add(double value)
{
    m_values.push_back(numberText(value));
    m_null.push_back(false);
    return *this;
}

Params &Params::add(bool value)
{
    m_values.push_back(value ? QByteArrayLiteral("t") : QByteArrayLiteral("f"));
    m_null.push_back(false);
    return *this;
}

Params &Params::add(const QString &value)
{
    m_values.push_back(value.toUtf8());
    m_null.push_back(value.isNull());
    return *this;
}

Params &Params::add(std::optional<double> value) { return value ? add(*value) : addNull(); }

Params &Params::addUtf8(const QByteArray &utf8)
{
    m_values.push_back(utf8);
    m_null.push_back(false);
    return *this;
}

Params &Params::addNull()
{
    m_values.emplace_back();
    m_null.push_back(true);
    return *this;
}

std::vector<const char *> Params::pointers() const
{
    std::vector<const char *> result;
    result.reserve(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i)
        result.push_back(m_null[i] ? nullptr : m_values[i].constData());
    return result;
}

// --- Result ---------------------------------------------------------------

Result::~Result() { PQclear(m_result); }
int Result::rows() const { return PQntuples(m_result); }
bool Result::isNull(int row, int column) const { return PQgetisnull(m_result, row, column) != 0; }

QString Result::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray Result::utf8(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 Result::int64(int row, int column) const
{
    return isNull(row, column) ? 0 : std::strtoll(PQgetvalue(m_result, row, column), nullptr, 10);
}

double Result::real(int row, int column) const
{
    return isNull(row, column) ? 0.0 : std::strtod(PQgetvalue(m_result, row, column), nullptr);
}

std::optional<double> Result::optionalReal(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return real(row, column);
}

bool Result::boolean(int row, int column) const { return !isNull(row, column) && *PQgetvalue(m_result, row, column) == 't'; }

qint64 Result::affectedRows() const { return std::strtoll(PQcmdTuples(m_result), nullptr, 10); }

// --- Connection -----------------------------------------------------------

Connection::Connection(const QString &conninfo, const QString &password)
    : m_conninfo(conninfo)
    , m_password(password)
{
    // The address goes in as dbname, expanded by libpq; a password given here
    // comes after it, so it wins over one in the address.
    const QByteArray address = conninfo.toUtf8();
    QByteArray secret = password.toUtf8();
    const char *keywords[] = {"dbname", password.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {address.constData(), secret.constData(), nullptr};
    m_conn = PQconnectdbParams(keywords, values, 1);
    secret.fill('\0');
    if (!m_conn)
        throw StoreError(StoreError::Kind::Io, ServerText::tr("Out of memory while connecting to PostgreSQL."));
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const StoreError error = connectionError(m_conn, conninfo);
        PQfinish(m_conn);
        m_conn = nullptr;
        throw error;
    }
    // The reads expect ISO dates, UTC times, UTF-8 and doubles that come back unchanged.
    executeForSession("SET client_encoding = 'UTF8'; SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC'; "
                      "SET extra_float_digits = 1; SET client_min_messages = warning");
}

void Connection::executeForSession(const char *sql)
{
    execute(sql);
    m_sessionSettings += QByteArray(sql) + ";\n";
}

void Connection::reconnectIfLost()
{
    if (PQstatus(m_conn) != CONNECTION_BAD || m_openTransactions > 0)
        return;
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK)
        return; // still away: the statement fails with the lost connection's message
    PQclear(PQexec(m_conn, m_sessionSettings.constData()));
}

QString Connection::resolvedConninfo() const
{
    QString words;
    PQconninfoOption *options = PQconninfo(m_conn);
    for (PQconninfoOption *option = options; option && option->keyword; ++option) {
        if (!option->val || !*option->val)
            continue;
        QString value = QString::fromUtf8(option->val);
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        words += QString::fromUtf8(option->keyword) + QLatin1String("='") + value + QLatin1String("' ");
    }
    PQconninfoFree(options);
    return words.trimmed();
}

Connection::~Connection()
{
    PQfinish(m_conn);
    m_password.fill(QLatin1Char('\0'));
}

std::unique_ptr<Connection> Connection::another() const { return std::make_unique<Connection>(m_conninfo, m_password); }

Account accountOf(const QString &conninfo)
{
    QHash<QByteArray, QString> given;
    if (PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), nullptr)) {
        for (PQconninfoOption *option = options; option->keyword; ++option)
            if (option->val && *option->val)
                given.insert(option->keyword, QString::fromUtf8(option->val));
        PQconninfoFree(options);
    }
    // What the address leaves out comes from the environment and the login name, as when connecting.
    if (PQconninfoOption *defaults = PQconndefaults()) {
        for (PQconninfoOption *option = defaults; option->keyword; ++option)
            if (option->val && *option->val && !given.contains(option->keyword))
                given.insert(option->keyword, QString::fromUtf8(option->val));
        PQconninfoFree(defaults);
    }
    given.remove("password");
    Account account;
    account.user = given.value("user");
    account.database = given.value("dbname", account.user);
    const QString host = given.value("host", QStringLiteral("localhost"));
    account.server = host + QLatin1Char(':') + given.value("port", QStringLiteral("5432"));
    return account;
}

QString Connection::server() const { return serverOf(m_conn); }
QString Connection::user() const { return QString::fromUtf8(PQuser(m_conn)); }
QString Connection::database() const { return QString::fromUtf8(PQdb(m_conn)); }

QString Connection::displayName() const
{
    return QStringLiteral("%1@%2/%3").arg(user(), server(), database());
}

Result Connection::query(const char *sql, const Params &params)
{
    reconnectIfLost();
    const std::vector<const char *> values = params.pointers();
    pg_result *result = PQexecParams(m_conn, sql, params.size(), nullptr, values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail(result, QString::fromUtf8(sql).simplified().left(60));
    return Result(result);
}

void Connection::execute(const char *sql)
{
    reconnectIfLost();
    pg_result *result = PQexec(m_conn, sql);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail(result, QString::fromUtf8(sql).simplified().left(60));
    PQclear(result);
}

void Connection::fail(pg_result *result, const QString &doing) const
{
    const QByteArray state = result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    const QString reason = result && PQresultErrorMessage(result)[0] ? reasonOf(PQresultErrorMessage(result))
                                                                    : reasonOf(PQerrorMessage(m_conn));
    PQclear(result);
    const QString where = displayName();
    if (PQstatus(m_conn) != CONNECTION_OK || state.startsWith("08") || state.startsWith("57P"))
        throw StoreError(StoreError::Kind::Io,
            ServerText::tr("The connection to the PostgreSQL server at %1 was lost while %2: %3. Nothing of that "
                           "change was saved. Check that the server is running, then try again.")
                .arg(server(), doing, reason));
    if (state == "42501")
        throw StoreError(StoreError::Kind::ReadOnly,
            ServerText::tr("The PostgreSQL user \"%1\" may not do this in %2 (%3). Ask the database's "
                           "administrator for the rights you need.")
                .arg(user(), where, reason));
    if (state == "25006")
        throw StoreError(StoreError::Kind::ReadOnly,
            ServerText::tr("%1 is read-only for this connection: %2.").arg(where, reason));
    StoreError::Kind kind = StoreError::Kind::Io;
    if (state.startsWith("23") || state.startsWith("22"))
        kind = StoreError::Kind::InvalidData;
    else if (state == "40001" || state == "40P01" || state == "55P03")
        kind = StoreError::Kind::Busy;
    throw StoreError(kind, ServerText::tr("The database %1 failed while %2: %3.").arg(where, doing, reason));
}

// --- Transaction ----------------------------------------------------------

Transaction::Transaction(Connection &connection) : m_connection(connection)
{
    m_connection.execute("BEGIN");
    ++m_connection.m_openTransactions;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --m_connection.m_openTransactions;
    PQclear(PQexec(m_connection.handle(), "ROLLBACK")); // a lost connection has rolled back already
}

void Transaction::commit()
{
    m_connection.execute("COMMIT"); // never on a reopened connection: the transaction counts as open until here
    m_open = false;
    --m_connection.m_openTransactions;
}

// --- CopyIn ---------------------------------------------------------------

CopyIn::CopyIn(Connection &connection, QByteArray copySql) : m_connection(connection), m_sql(std::move(copySql)) {}

CopyIn::~CopyIn()
{
    if (!m_open)
        return;
    pg_conn *conn = m_connection.handle();
    PQputCopyEnd(conn, "the import was stopped");
    while (pg_result *result = PQgetResult(conn))
        PQclear(result);
}

void CopyIn::row(const std::vector<QByteArray> &fields)
{
    if (!m_open) {
        pg_result *result = PQexec(m_connection.handle(), m_sql.constData());
        if (PQresultStatus(result) != PGRES_COPY_IN)
            m_connection.fail(result, QStringLiteral("starting to copy figures"));
        PQclear(result);
        m_open = true;
    }
    bool first = true;
    for (const QByteArray &field : fields) {
        if (!first)
            m_buffer.append('\t');
        first = false;
        if (field.isNull()) {
            m_buffer.append("\\N");
            continue;
        }
        for (const char c : field) {
            switch (c) {
            case '\\': m_buffer.append("\\\\"); break;
            case '\t': m_buffer.append("\\t"); break;
            case '\n': m_buffer.append("\\n"); break;
            case '\r': m_buffer.append("\\r"); break;
            default: m_buffer.append(c);
            }
        }
    }
    m_buffer.append('\n');
    if (m_buffer.size() >= 256 * 1024)
        flush();
}

void CopyIn::flush()
{
    if (m_buffer.isEmpty())
        return;
    if (PQputCopyData(m_connection.handle(), m_buffer.constData(), int(m_buffer.size())) != 1)
        m_connection.fail(nullptr, QStringLiteral("copying figures"));
    m_buffer.clear();
}

void CopyIn::pause()
{
    if (!m_open)
        return;
    flush();
    pg_conn *conn = m_connection.handle();
    m_open = false;
    if (PQputCopyEnd(conn, nullptr) != 1)
        m_connection.fail(nullptr, QStringLiteral("copying figures"));
    pg_result *failed = nullptr;
    while (pg_result *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !failed)
            failed = result;
        else
            PQclear(result);
    }
    if (failed)
        m_connection.fail(failed, QStringLiteral("copying figures"));
}

} // namespace civicstat::pg
