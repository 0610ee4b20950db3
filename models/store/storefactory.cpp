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

} // namespace

std::unique_ptr<KpiStore> openStore(const QString &location, StoreOpenMode mode)
{
    refuseServers(location);
    return SqliteKpiStore::open(location, mode);
}

DatabaseCheck checkStore(const QString &location)
{
    refuseServers(location);
    return SqliteKpiStore::check(location);
}

void publishStore(const QString &source, const QString &target)
{
    refuseServers(source);
    refuseServers(target);
    SqliteKpiStore::publish(source, target);
}

} // namespace civicstat
