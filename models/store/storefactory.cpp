#include "storefactory.h"

#include "sqlitekpistore.h"
#include "storeerror.h"

#include <QCoreApplication>

namespace civicstat {

namespace {

void refuseServers(const QString &location)
{
    if (location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://")))
        throw StoreError(StoreError::Kind::Missing,
                         QCoreApplication::translate("civicstat::StoreFactory",
                                                     "\"%1\" names a PostgreSQL server, which this version of "
                                                     "CivicStat cannot open yet. Open a database file instead.")
                             .arg(location));
}

// Checking and publishing read the file as SQLite: a sealed one is opened in CivicStat instead.
void refuseSealed(const QString &location)
{
    if (SqliteKpiStore::isSealed(location))
        throw StoreError(StoreError::Kind::NotCivicStat,
                         QCoreApplication::translate("civicstat::StoreFactory",
                                                     "%1 is sealed (encrypted with a passphrase): only opening it "
                                                     "in CivicStat, with its passphrase, reads it.")
                             .arg(location));
}

} // namespace

std::unique_ptr<KpiStore> openStore(const QString &location, StoreOpenMode mode)
{
    return openStore(location, StoreOpenOptions{mode, QString()});
}

std::unique_ptr<KpiStore> openStore(const QString &location, const StoreOpenOptions &options)
{
    refuseServers(location);
    if (SqliteKpiStore::isSealed(location))
        return SqliteKpiStore::openSealed(location, options.passphrase);
    return SqliteKpiStore::open(location, options.mode);
}

bool isSealedStore(const QString &location) { return SqliteKpiStore::isSealed(location); }

void sealDatabase(const QString &plainPath, const QString &sealedPath, const QString &passphrase, SealingCost cost)
{
    refuseServers(plainPath);
    SqliteKpiStore::seal(plainPath, sealedPath, passphrase, cost);
}

DatabaseCheck checkStore(const QString &location)
{
    refuseServers(location);
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

} // namespace civicstat
