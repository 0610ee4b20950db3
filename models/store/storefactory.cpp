#include "storefactory.h"

#include "pg.h"
#include "pgkpistore.h"
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

} // namespace

bool isServerLocation(const QString &location) { return pg::isServerLocation(location); }

std::unique_ptr<KpiStore> openStore(const QString &location, StoreOpenMode mode)
{
    if (pg::isServerLocation(location))
        return PgKpiStore::open(location, mode);
    return SqliteKpiStore::open(location, mode);
}

DatabaseCheck checkStore(const QString &location)
{
    if (pg::isServerLocation(location)) {
        // The server keeps its own files sound; what can be checked here is
        // that the database opens as CivicStat's and what it holds.
        const auto store = PgKpiStore::open(location, StoreOpenMode::Existing);
        return PgKpiStore::check(*store);
    }
    return SqliteKpiStore::check(location);
}

void publishStore(const QString &source, const QString &target)
{
    refuseServers(source);
    refuseServers(target);
    SqliteKpiStore::publish(source, target);
}

ServerInitReport initializeServer(const QString &location)
{
    const PgKpiStore::Initialized done = PgKpiStore::initialize(location);
    return {done.database, done.fromVersion, done.toVersion};
}

} // namespace civicstat
