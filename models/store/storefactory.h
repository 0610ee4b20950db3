// The one way to open a KPI database. The location says which backend holds
// it: a file path (SQLite, local or on a network share) or a
// "postgresql://" (or "postgres://") address, a shared database on a
// PostgreSQL server. Callers hold a KpiStore and never name a backend.
#pragma once

#include "databasecheck.h"
#include "kpistore.h"
#include "sealingcost.h"

#include <QStringList>
#include <memory>

namespace civicstat {

// Whether the location names a database on a server rather than a file.
bool isServerLocation(const QString &location);

struct StoreOpenOptions {
    StoreOpenMode mode = StoreOpenMode::Existing;
    // For a sealed file (docs/offline-encryption.md); ignored for a plain one.
    QString passphrase;
    // For a server location: sent to the server, kept in memory by the store
    // for its further connections, never shown. Empty: libpq's own sources
    // (the address, PGPASSWORD, ~/.pgpass) as for psql. Ignored for files.
    QString password {};
};

// Who signs in to a server location, for a password prompt and the keychain.
struct ServerAccount {
    QString user;
    QString server;   // host:port
    QString database;
    // "user@host:port/database": names a remembered password, never holds it.
    QString key() const { return user + QLatin1Char('@') + server + QLatin1Char('/') + database; }
};
// Read from the address and libpq's defaults without connecting.
ServerAccount serverAccountOf(const QString &location);

// Throws StoreError with a message for the user when the location cannot be used:
// for a sealed file, StoreError::Kind::PassphraseNeeded when no passphrase was
// given (ask for one and call again) and PassphraseRejected when it did not open;
// for a server, PasswordNeeded and PasswordRejected the same way.
std::unique_ptr<KpiStore> openStore(const QString &location, StoreOpenMode mode = StoreOpenMode::Existing);
std::unique_ptr<KpiStore> openStore(const QString &location, const StoreOpenOptions &options);
// True when the file at the location is sealed (it needs a passphrase to open).
bool isSealedStore(const QString &location);
// A new, empty sealed database to be saved at `path`, encrypted with the
// passphrase at every commit; its plaintext never reaches the disk. Throws StoreError.
std::unique_ptr<KpiStore> createSealedStore(const QString &path, const QString &passphrase,
                                            SealingCost cost = SealingCost::standard());
// Writes a sealed copy of the database file `plainPath` to `sealedPath`,
// encrypted with the passphrase; the plain file is not changed. Throws
// StoreError (InvalidData for a passphrase that is too short).
void sealDatabase(const QString &plainPath, const QString &sealedPath, const QString &passphrase,
                  SealingCost cost = SealingCost::standard());
// Checks the database at the location for damage without changing it (databasecheck.h);
// throws StoreError when it cannot be read at all.
DatabaseCheck checkStore(const QString &location, const QString &password = {});
// Puts a consistent copy of the database at `source` in place of the file
// `target` (a shared file on a network drive) in one rename: a reader opens
// either the old or the new complete database. Throws StoreError; on failure
// the target is as it was and no partial copy is left.
void publishStore(const QString &source, const QString &target);

// What initializeServer did: the schema version before (0: none) and after.
struct ServerInitReport {
    QString database; // user@server/database, never with a password
    int fromVersion = 0;
    int toVersion = 0;
};
// Installs CivicStat's schema in an empty PostgreSQL database, or brings an
// older one to this version, in one transaction. Throws StoreError.
ServerInitReport initializeServer(const QString &location, const QString &password = {});

// A CivicStat user of a PostgreSQL database (server-user): a login role in
// the group of its kind, with the clearance and departments the server's
// row-level security enforces.
struct ServerUser {
    QString login;
    QString kind;            // viewer, editor or administrator
    QString clearance;       // public, internal, confidential or restricted
    QStringList departments; // department codes
    QString password;        // empty: keep the current one
};
struct ServerUserReport {
    QString database; // user@server/database, never with a password
    bool created = false;
};
// Creates or changes the user in one transaction. Throws StoreError (unknown
// department codes, a schema without roles, no permission).
// `signInPassword` is the password of the administrator running it (the location's user).
ServerUserReport setUpServerUser(const QString &location, const ServerUser &user, const QString &signInPassword = {});

} // namespace civicstat
