#include "sqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace civicstat::sqlite {

namespace {

struct StorageText { Q_DECLARE_TR_FUNCTIONS(Storage) };

StoreError::Kind kindOf(int code)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB: return StoreError::Kind::NotCivicStat;
    case SQLITE_CORRUPT: return StoreError::Kind::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreError::Kind::Busy;
    case SQLITE_READONLY: return StoreError::Kind::ReadOnly;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH: return StoreError::Kind::InvalidData;
    default: return StoreError::Kind::Io;
    }
}

QString adviceFor(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::NotCivicStat:
        return StorageText::tr("The file is not an SQLite database. Check that you chose a CivicStat database (.db).");
    case StoreError::Kind::Corrupt:
        return StorageText::tr(
            "The database is damaged. Restore it from a backup or ask your data steward for a fresh copy.");
    case StoreError::Kind::Busy:
        return StorageText::tr("Another program is using the database. Close it, or wait a moment, and try again.");
    case StoreError::Kind::ReadOnly:
        return StorageText::tr(
            "The database is open read-only. Check the file's permissions, or open a copy you may write.");
    case StoreError::Kind::Io:
        return StorageText::tr("Check that the disk is not full and that you may write to the folder.");
    default: return {};
    }
}

// SQLite keeps memory statistics behind a global mutex by default; nothing
// here reads them, and a large import allocates millions of times.
void configureOnce()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); // fails harmlessly when SQLite is already in use
        return true;
    }();
    Q_UNUSED(configured);
}

} // namespace

Connection::Connection(const QString &path, Mode mode) : m_path(path)
{
    configureOnce();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    finishOpening(sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr));
}

Connection::Connection(const QString &path, const InMemory &memory) : m_path(path)
{
    configureOnce();
    // A name starting with "/" makes memdb share the database between connections.
    const QByteArray uri = "file:/" + memory.name.toUtf8() + "?vfs=memdb";
    finishOpening(sqlite3_open_v2(uri.constData(), &m_db,
                                  SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                                  nullptr));
}

void Connection::finishOpening(int rc)
{
    const QString &path = m_path;
    if (rc != SQLITE_OK) {
        const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        sqlite3_close(m_db);
        m_db = nullptr;
        if (!QFileInfo::exists(path))
            throw StoreError(StoreError::Kind::Missing,
                             StorageText::tr("The database \"%1\" does not exist.").arg(path),
                             StoreError::Remedy::CreateOrChoose);
        throw StoreError(kindOf(rc),
            StorageText::tr("Cannot open the database \"%1\": %2. %3").arg(path, reason, adviceFor(kindOf(rc))));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 2000);
}

Connection::~Connection() { sqlite3_close(m_db); }

void Connection::execute(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    sqlite3_free(error);
    if (rc != SQLITE_OK)
        fail(rc, QString::fromUtf8(sql).left(60));
}

bool Connection::isReadOnly() const { return sqlite3_db_readonly(m_db, "main") == 1; }
qint64 Connection::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Connection::changes() const { return sqlite3_changes(m_db); }

void Connection::fail(int code, const QString &doing) const
{
    if (code == SQLITE_READONLY_ROLLBACK)
        throw StoreError(StoreError::Kind::ReadOnly,
            StorageText::tr("The database \"%1\" was being changed when the program writing it stopped (a crash or a "
                            "power cut), and only someone who may write to it can take back that unfinished change. "
                            "Ask whoever manages the file to open it once, or copy it together with its \"-journal\" "
                            "file to a folder you may write to and open the copy.")
                .arg(m_path));
    const StoreError::Kind kind = kindOf(code);
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    throw StoreError(kind,
        StorageText::tr("The database \"%1\" failed while %2: %3. %4")
            .arg(m_path, doing, reason, adviceFor(kind))
            .trimmed());
}

Statement::Statement(Connection &connection, const char *sql) : m_connection(connection)
{
    const int rc = sqlite3_prepare_v2(connection.handle(), sql, -1, &m_statement, nullptr);
    if (rc != SQLITE_OK)
        connection.fail(rc, StorageText::tr("preparing \"%1\"").arg(QString::fromUtf8(sql).simplified().left(60)));
}

Statement::~Statement() { sqlite3_finalize(m_statement); }

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, std::optional<double> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_connection.fail(
        rc, StorageText::tr("running \"%1\"").arg(QString::fromUtf8(sqlite3_sql(m_statement)).simplified().left(60)));
}

void Statement::execute()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_statement, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_statement, column); }

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

Transaction::Transaction(Connection &connection) : m_connection(connection)
{
    m_connection.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_open)
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_connection.execute("COMMIT");
    m_open = false;
    m_connection.committed();
}

void Connection::committed() const
{
    if (m_afterCommit)
        m_afterCommit();
}

} // namespace civicstat::sqlite
