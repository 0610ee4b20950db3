// A sealed database (docs/offline-encryption.md) as a SqliteKpiStore: the
// file is decrypted into a memdb database that lives only in this process,
// shared by the store and its worker connections, and every committed write
// saves the whole database again, encrypted, beside the file and renamed
// into place. Nothing in plaintext is written to disk: memdb keeps its
// journal in memory, and temp_store is MEMORY.
#include "schema.h"
#include "sealedfile.h"
#include "sqlite.h"
#include "sqliteinspection.h"
#include "sqlitekpistore.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <mutex>

namespace civicstat {

namespace {

struct SealedStoreText {
    Q_DECLARE_TR_FUNCTIONS(SealedStore)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The whole database as one image, read inside a read transaction so that no
// other connection to the shared memory commits halfway through the copy.
sealed::PlainImagePtr serialize(sqlite::Connection &db)
{
    db.execute("BEGIN");
    db.execute("SELECT count(*) FROM sqlite_schema");
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(db.handle(), "main", &size, 0);
    db.execute("COMMIT");
    if (!data)
        throw StoreError(
            StoreError::Kind::Io, SealedStoreText::tr("Not enough memory to save %1.").arg(shown(db.path())));
    auto image = sealed::allocatePlainImage(0);
    sqlite3_free(image->data);
    image->data = data;
    image->size = size;
    // A WAL file's header says so, and memdb cannot open WAL: record a rollback journal instead.
    if (size > 19 && data[18] == 2 && data[19] == 2)
        data[18] = data[19] = 1;
    return image;
}

// Replaces the contents of `db` (shared memory) with the image. The image is
// opened read-only in a private connection that does not own it, so that this
// code, not SQLite, wipes it afterwards; SQLite's backup copies it across.
void loadInto(sqlite::Connection &db, const sealed::PlainImage &image)
{
    sqlite3 *source = nullptr;
    int rc = sqlite3_open_v2(":memory:", &source, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_deserialize(source, "main", image.data, image.size, image.size, SQLITE_DESERIALIZE_READONLY);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(db.handle(), "main", source, "main");
        rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(db.handle());
        const int finished = backup ? sqlite3_backup_finish(backup) : SQLITE_OK;
        if (rc == SQLITE_DONE)
            rc = finished;
    }
    sqlite3_close(source);
    if (rc != SQLITE_OK)
        db.fail(rc, SealedStoreText::tr("loading the decrypted database"));
}

} // namespace

struct SealedSession {
    std::shared_ptr<sealed::SealedFile> file;
    QString memoryName;
    std::optional<QString> readOnlyReason;
    std::mutex saving; // the store and a worker thread may both commit

    // After a commit on `db`: the whole database, sealed, in place of the
    // file. When that fails, the database in memory goes back to what the
    // file holds, so that what the user sees is what is saved.
    void save(sqlite::Connection &db)
    {
        const std::lock_guard lock(saving);
        try {
            const auto image = serialize(db);
            file->save(image->data, image->size);
        } catch (const StoreError &error) {
            try {
                loadInto(db, *file->reread());
            } catch (const StoreError &) {
                // The message below still says that the change was not saved.
            }
            throw StoreError(error.kind(),
                SealedStoreText::tr("Your change was not saved and was taken back. %1").arg(error.message()));
        }
    }

    std::unique_ptr<sqlite::Connection> connect()
    {
        auto db = std::make_unique<sqlite::Connection>(file->path(), sqlite::Connection::InMemory { memoryName });
        sqlite::Connection *raw = db.get();
        db->setAfterCommit([this, raw] { save(*raw); });
        return db;
    }
};

namespace {

// The shared in-memory database's name: unique, so two sealed files open at once never meet.
QString newMemoryName()
{
    return QStringLiteral("civicstat-sealed-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

} // namespace

bool SqliteKpiStore::isSealed(const QString &path)
{
    return sealed::isSealedFile(path);
}

std::unique_ptr<SqliteKpiStore> SqliteKpiStore::openSealed(const QString &path, const QString &passphrase)
{
    if (passphrase.isEmpty())
        throw StoreError(StoreError::Kind::PassphraseNeeded,
            SealedStoreText::tr("%1 is sealed: a passphrase is needed to open it.").arg(shown(path)));
    auto session = std::make_shared<SealedSession>();
    sealed::PlainImagePtr image(nullptr, nullptr);
    session->file = sealed::SealedFile::open(path, passphrase, image);
    session->memoryName = newMemoryName();
    auto db = session->connect();
    loadInto(*db, *image);
    image.reset();

    const Inspection found = inspect(*db);
    if (found.isBlank)
        throw StoreError(StoreError::Kind::NotCivicStat,
            SealedStoreText::tr("%1 is sealed but holds no CivicStat database. Ask for a fresh copy.")
                .arg(shown(path)));
    if (found.version > schema::currentVersion)
        session->readOnlyReason = SealedStoreText::tr("%1 was written by a newer version of CivicStat (format %2; "
                                                      "this version knows up to %3). It is open read-only: update "
                                                      "CivicStat to change it.")
                                      .arg(shown(path), QString::number(found.version),
                                           QString::number(schema::currentVersion));
    else if (!QFileInfo(path).isWritable() || !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        // Saving writes beside the file and renames: it needs the folder as well as the file.
        session->readOnlyReason = SealedStoreText::tr("You may not change %1 (the file or its folder is "
                                                      "read-only); it is open read-only.")
                                      .arg(shown(path));
    else if (found.version < schema::currentVersion)
        schema::migrate(*db); // each step commits, and so saves
    std::unique_ptr<SqliteKpiStore> store(new SqliteKpiStore(std::move(db), session->readOnlyReason));
    store->m_sealed = std::move(session);
    return store;
}

std::unique_ptr<SqliteKpiStore> SqliteKpiStore::createSealed(const QString &path, const QString &passphrase,
                                                             SealingCost cost)
{
    auto session = std::make_shared<SealedSession>();
    session->file = sealed::SealedFile::create(path, passphrase, cost); // refuses a short passphrase first
    session->memoryName = newMemoryName();
    auto db = session->connect();
    schema::migrate(*db); // each step commits, and so saves
    std::unique_ptr<SqliteKpiStore> store(new SqliteKpiStore(std::move(db), std::nullopt));
    store->m_sealed = std::move(session);
    return store;
}

std::unique_ptr<KpiStore> SqliteKpiStore::openSealedWorker() const
{
    std::unique_ptr<SqliteKpiStore> worker(new SqliteKpiStore(m_sealed->connect(), m_readOnlyReason));
    worker->m_sealed = m_sealed;
    worker->m_session = m_session; // its writes are this window's own, not someone else's
    return worker;
}

void SqliteKpiStore::seal(
    const QString &plainPath, const QString &sealedPath, const QString &passphrase, SealingCost cost)
{
    if (QFileInfo(plainPath) == QFileInfo(sealedPath))
        throw StoreError(StoreError::Kind::InvalidData,
            SealedStoreText::tr("The sealed copy must not replace %1 itself: give it another name.")
                .arg(shown(plainPath)));
    if (isSealed(plainPath))
        throw StoreError(
            StoreError::Kind::InvalidData, SealedStoreText::tr("%1 is sealed already.").arg(shown(plainPath)));
    const auto file = sealed::SealedFile::create(sealedPath, passphrase, cost); // refuses a short passphrase first
    const auto plain = open(plainPath, StoreOpenMode::Existing); // a CivicStat database, checked
    const auto image = serialize(plain->connection());
    file->save(image->data, image->size);
}

} // namespace civicstat
