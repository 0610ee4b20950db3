// `publish`: a consistent copy of a database, written beside the shared file
// with SQLite's online backup API and renamed over it, so that a reader on
// the share opens either the old complete file or the new one, never half of
// either. The copy is in rollback-journal mode: WAL does not work over
// network file systems.
#include "sqlite.h"
#include "sqlitekpistore.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace civicstat {

namespace {
struct PublishText { Q_DECLARE_TR_FUNCTIONS(Publish) };

// The copy's name beside the target: same folder, so the rename stays on one file system.
QString copyBeside(const QString &target)
{
    QTemporaryFile reserve(QFileInfo(target).absoluteFilePath() + QStringLiteral(".publishing-XXXXXX"));
    reserve.setAutoRemove(false);
    if (!reserve.open())
        throw StoreError(StoreError::Kind::Io,
                         PublishText::tr("Cannot write beside %1: %2. Check that the folder exists and that you may "
                                         "write to it.")
                             .arg(QDir::toNativeSeparators(target), reserve.errorString()));
    return reserve.fileName();
}

void copyInto(const QString &source, const QString &copy)
{
    sqlite::Connection from(source, sqlite::Connection::Mode::ReadOnly);
    sqlite::Connection to(copy, sqlite::Connection::Mode::ReadWrite);
    sqlite3_backup *backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup)
        to.fail(sqlite3_errcode(to.handle()), PublishText::tr("copying %1").arg(source));
    int rc = SQLITE_OK;
    // In steps, so that a writer of the source is never held off for the whole copy;
    // a step that meets a change starts the copy over, and the result is one state.
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        to.fail(rc, PublishText::tr("copying %1").arg(source));
    if (finished != SQLITE_OK)
        to.fail(finished, PublishText::tr("copying %1").arg(source));
    to.execute("PRAGMA journal_mode=DELETE");
    sqlite::Statement check(to, "PRAGMA quick_check");
    if (!check.step() || check.text(0) != QLatin1String("ok"))
        throw StoreError(StoreError::Kind::Corrupt,
                         PublishText::tr("The copy of %1 did not check out (%2); the shared file was left as it was.")
                             .arg(source, check.text(0)));
}

} // namespace

void SqliteKpiStore::publish(const QString &source, const QString &target)
{
    open(source, StoreOpenMode::Existing); // a CivicStat database, at the current version
    const QString copy = copyBeside(target);
    try {
        copyInto(source, copy);
    } catch (...) {
        QFile::remove(copy);
        throw;
    }
    // rename(2) replaces the target in one step; QFile::rename would not overwrite.
    if (std::rename(QFile::encodeName(copy).constData(), QFile::encodeName(target).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(copy);
        throw StoreError(StoreError::Kind::Io, PublishText::tr("Cannot put the copy in place of %1: %2.")
                                                   .arg(QDir::toNativeSeparators(target), reason));
    }
}

} // namespace civicstat
