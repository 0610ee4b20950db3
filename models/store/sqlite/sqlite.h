// Thin RAII wrappers over the sqlite3 C API: a connection, a prepared
// statement and a transaction that rolls back unless committed. Errors become
// StoreError with a message naming the database file. No schema knowledge.
#pragma once

#include "storeerror.h"

#include <QByteArrayView>
#include <QString>
#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace civicstat::sqlite {

class Connection final
{
public:
    enum class Mode { ReadOnly, ReadWrite, ReadWriteCreate };

    Connection(const QString &path, Mode mode);
    // A database that lives only in this process's memory (SQLite's memdb),
    // shared by every connection opened with the same name while one is open.
    // `path` is the file it stands for, named in messages.
    struct InMemory {
        QString name;
    };
    Connection(const QString &path, const InMemory &memory);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    void execute(const char *sql);
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const;
    qint64 lastInsertId() const;
    int changes() const;
    // Turns the last error of this connection into a StoreError naming the file.
    [[noreturn]] void fail(int code, const QString &doing) const;
    // Runs after every transaction this connection commits (a sealed file saves
    // itself there); what it throws reaches the writer, after the commit.
    void setAfterCommit(std::function<void()> hook) { m_afterCommit = std::move(hook); }
    void committed() const;

private:
    void finishOpening(int rc);

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::function<void()> m_afterCommit;
};

class Statement final
{
public:
    Statement(Connection &connection, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // null QString binds NULL
    Statement &bind(int index, std::optional<double> value);
    Statement &bindUtf8(int index, QByteArrayView utf8); // text already in UTF-8: no conversion per row
    Statement &bindNull(int index);

    bool step();    // true while a row is available
    void execute(); // step to completion, then reset for reuse
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;
    QString text(int column) const;

private:
    Connection &m_connection;
    sqlite3_stmt *m_statement = nullptr;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit().
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

} // namespace civicstat::sqlite
