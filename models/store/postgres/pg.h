// Thin RAII wrappers over libpq: a connection, a query's result, the text
// parameters sent with it, a transaction that rolls back unless committed and
// a COPY ... FROM STDIN stream. Errors become StoreError with a message that
// names the server and says what to do; no password ever reaches a message.
// No schema knowledge.
#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace civicstat::pg {

// Every value travels as text that CivicStat writes itself: numbers with all
// their digits, dates and times in ISO 8601, so that what the server stores is
// exactly what the SQLite backend would store.
class Params final
{
public:
    Params &add(qint64 value);
    Params &add(int value) { return add(qint64(value)); }
    Params &add(double value);
    Params &add(bool value);
    Params &add(const QString &value); // a null QString sends NULL
    Params &add(std::optional<double> value);
    Params &addUtf8(const QByteArray &utf8);
    Params &addNull();
    // Sends the id, or NULL for 0 (an optional reference).
    Params &addIdOrNull(qint64 id) { return id ? add(id) : addNull(); }

    int size() const { return int(m_values.size()); }
    std::vector<const char *> pointers() const;

private:
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
};

class Result final
{
public:
    explicit Result(pg_result *result) : m_result(result) {}
    ~Result();
    Result(Result &&other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;
    Result &operator=(Result &&) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const; // NULL reads as a null QString
    QByteArray utf8(int row, int column) const;
    qint64 int64(int row, int column) const;
    int int32(int row, int column) const { return int(int64(row, column)); }
    double real(int row, int column) const;
    std::optional<double> optionalReal(int row, int column) const;
    bool boolean(int row, int column) const;
    qint64 affectedRows() const; // rows an INSERT, UPDATE or DELETE touched

private:
    pg_result *m_result;
};

class Connection final
{
public:
    // `conninfo` is a postgresql:// address (or key=value words). A non-empty
    // `password` goes to libpq as a parameter of its own, never into a string
    // that could be shown; empty leaves it to libpq's own sources (the
    // address, PGPASSWORD, ~/.pgpass). Throws StoreError: PasswordNeeded when
    // the server wants a password none of them gave, PasswordRejected when
    // the one used was refused.
    explicit Connection(const QString &conninfo, const QString &password = {});
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    Result query(const char *sql, const Params &params = {});
    void execute(const char *sql); // one or more statements without parameters
    pg_conn *handle() const { return m_conn; }
    const QString &conninfo() const { return m_conninfo; }
    // A further connection to the same database as the same user, with the
    // password this one was given (kept in memory only, for this purpose).
    std::unique_ptr<Connection> another() const;
    // The server, for messages: "host:port" (a socket's folder for a local socket).
    QString server() const;
    // user@server/database: the location without its password.
    QString displayName() const;
    QString user() const;
    QString database() const;
    // Turns the last error of this connection into a StoreError naming the server.
    [[noreturn]] void fail(pg_result *result, const QString &doing) const;
    // Runs a session setting now, and again whenever the connection is reopened.
    void executeForSession(const char *sql);
    // The parameters libpq resolved when it connected (host, port, user, the
    // password if one was given, sslmode...), as key=value words: a second
    // connection opened from them reaches the same database as the same user,
    // however the first one's password was found.
    QString resolvedConninfo() const;

private:
    friend class Transaction;
    // A connection the server dropped (a restart) is opened again before the
    // next statement, outside a transaction only: inside one, what the
    // transaction did is gone, and the caller must hear that it failed.
    void reconnectIfLost();

    pg_conn *m_conn = nullptr;
    QString m_conninfo;
    QByteArray m_sessionSettings;
    int m_openTransactions = 0;
    QString m_password;
};

// Who signs in where, read from an address and libpq's defaults (PGUSER,
// PGHOST, PGPORT, the login name) without connecting.
struct Account {
    QString user;
    QString server;   // host:port, or the socket's folder:port
    QString database;
};
Account accountOf(const QString &conninfo);

// BEGIN on construction; ROLLBACK on destruction unless commit().
class Transaction final
{
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Connection &m_connection;
    bool m_open = true;
};

// COPY table (columns) FROM STDIN in the text format, fed row by row. While a
// copy is open the connection runs nothing else: pause() ends it, and the next
// row() starts another. Destroyed while open, it aborts the copy, and the
// caller's transaction then rolls back.
class CopyIn final
{
public:
    CopyIn(Connection &connection, QByteArray copySql);
    ~CopyIn();
    CopyIn(const CopyIn &) = delete;
    CopyIn &operator=(const CopyIn &) = delete;

    // Fields in order; a null QByteArray is NULL.
    void row(const std::vector<QByteArray> &fields);
    void pause();

private:
    void flush();

    Connection &m_connection;
    QByteArray m_sql;
    QByteArray m_buffer;
    bool m_open = false;
};

// The text of a double with every digit it needs to come back unchanged.
QByteArray numberText(double value);
// A location the PostgreSQL backend opens.
bool isServerLocation(const QString &location);

} // namespace civicstat::pg
