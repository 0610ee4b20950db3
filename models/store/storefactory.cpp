#include "storefactory.h"

#include "pg.h"
#include "pgkpistore.h"
#include "pgusers.h"
#include "sqlitekpistore.h"
#include "storeerror.h"

#include <QCoreApplication>

namespace civicstat {

namespace {

struct StoreFactoryText { Q_DECLARE_TR_FUNCTIONS(civicstat::StoreFactory) };

void refuseServers(const QString &location)
{
    if (pg::isServerLocation(location))
        throw StoreError(StoreError::Kind::InvalidData,
                         StoreFactoryText::tr("\"%1\" names a PostgreSQL server. Publishing copies one database file "
                                              "over another; a server database is shared already and needs no "
                                              "publishing. Give two file paths.")
                             .arg(withoutPassword(location)));
}

// Checking and publishing read the file as SQLite: a sealed one is opened in CivicStat instead.
void refuseSealed(const QString &location)
{
    if (SqliteKpiStore::isSealed(location))
        throw StoreError(StoreError::Kind::NotCivicStat,
                         StoreFactoryText::tr("%1 is sealed (encrypted with a passphrase): only opening it "
                                              "in CivicStat, with its passphrase, reads it.")
                             .arg(location));
}

} // namespace

bool isServerLocation(const QString &location) { return pg::isServerLocation(location); }

ServerAccount serverAccountOf(const QString &location)
{
    const pg::Account account = pg::accountOf(location);
    return {account.user, account.server, account.database};
}

std::unique_ptr<KpiStore> openStore(const QString &location, StoreOpenMode mode)
{
    return openStore(location, StoreOpenOptions{mode, QString(), QString()});
}

std::unique_ptr<KpiStore> openStore(const QString &location, const StoreOpenOptions &options)
{
    if (pg::isServerLocation(location))
        return PgKpiStore::open(location, options.mode, options.password);
    if (SqliteKpiStore::isSealed(location))
        return SqliteKpiStore::openSealed(location, options.passphrase);
    return SqliteKpiStore::open(location, options.mode);
}

bool isSealedStore(const QString &location)
{
    return !pg::isServerLocation(location) && SqliteKpiStore::isSealed(location);
}

std::unique_ptr<KpiStore> createSealedStore(const QString &path, const QString &passphrase, SealingCost cost)
{
    refuseServers(path);
    return SqliteKpiStore::createSealed(path, passphrase, cost);
}

void sealDatabase(const QString &plainPath, const QString &sealedPath, const QString &passphrase, SealingCost cost)
{
    refuseServers(plainPath);
    refuseServers(sealedPath);
    SqliteKpiStore::seal(plainPath, sealedPath, passphrase, cost);
}

DatabaseCheck checkStore(const QString &location, const QString &password)
{
    if (pg::isServerLocation(location)) {
        // The server keeps its own files sound; what can be checked here is
        // that the database opens as CivicStat's and what it holds.
        const auto store = PgKpiStore::open(location, StoreOpenMode::Existing, password);
        return PgKpiStore::check(*store);
    }
    refuseSealed(location);
    return SqliteKpiStore::check(location);
}

void publishStore(const QString &source, const QString &target)
{
    refuseServers(source);
    refuseServers(target);
    refuseSealed(source);
    SqliteKpiStore::publish(source, target);
}

ServerInitReport initializeServer(const QString &location, const QString &password)
{
    const PgKpiStore::Initialized done = PgKpiStore::initialize(location, password);
    return {done.database, done.fromVersion, done.toVersion};
}

ServerUserReport setUpServerUser(const QString &location, const ServerUser &user, const QString &signInPassword)
{
    const pgusers::UserChange change = pgusers::setUpUser(
        location, {user.login, user.kind, user.clearance, user.departments, user.password}, signInPassword);
    return {change.database, change.created};
}

} // namespace civicstat
