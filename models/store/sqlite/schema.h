// The versioned SQLite schema of the KPI database format (docs/database-format.md)
// and the step-by-step migrations that bring an older file to the current
// version, each step in its own transaction. Nothing here reads or writes KPIs.
#pragma once

#include <functional>
#include <vector>

namespace civicstat::sqlite {
class Connection;
}

namespace civicstat::schema {

constexpr int currentVersion = 6;
// PRAGMA application_id of every CivicStat database: "CIVS" in ASCII.
constexpr int applicationId = 0x43495653;

struct Migration {
    int toVersion; // the step goes from toVersion - 1 to toVersion
    std::function<void(sqlite::Connection &)> apply;
};

const std::vector<Migration> &migrations();

int versionOf(sqlite::Connection &db);
int applicationIdOf(sqlite::Connection &db);
bool hasTable(sqlite::Connection &db, const char *name);
bool hasAnyTable(sqlite::Connection &db);

// Applies every step above the file's version, each inside a transaction that
// also records the new version; a failing step leaves the previous version.
void migrate(sqlite::Connection &db, const std::vector<Migration> &steps = migrations());

} // namespace civicstat::schema
