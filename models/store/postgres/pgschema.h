// The versioned PostgreSQL schema of a shared KPI database: the same tables
// and concepts as the SQLite format (models/store/sqlite/schema.cpp), in
// PostgreSQL's types, with its own version number and the same step-by-step
// migrations. Nothing here reads or writes KPIs.
#pragma once

#include <functional>
#include <vector>

namespace civicstat::pg {
class Connection;
}

namespace civicstat::pgschema {

constexpr int currentVersion = 7;

struct Migration {
    int toVersion; // the step goes from toVersion - 1 to toVersion
    std::function<void(pg::Connection &)> apply;
};

const std::vector<Migration> &migrations();
// Step 6: group roles, civicstat_users, grants and row-level security (pgroleschema.cpp).
void installRoles(pg::Connection &db);
// Step 7: the change log's trigger that notifies listening windows (pgnotifyschema.cpp).
void installChangeNotification(pg::Connection &db);
// The channel that trigger notifies.
constexpr const char *changeChannel = "civicstat_changes";

// 0 when the database holds no CivicStat schema.
int versionOf(pg::Connection &db);
// Whether the current schema (search_path) holds any table at all.
bool hasAnyTable(pg::Connection &db);

struct MigrationReport {
    int fromVersion = 0;
    int toVersion = 0;
};

// Applies every step above the database's version in ONE transaction (a
// shared database is either wholly at the old version or wholly at the new
// one, whoever is connected); a failing step leaves it as it was.
MigrationReport migrate(pg::Connection &db, const std::vector<Migration> &steps = migrations());

} // namespace civicstat::pgschema
