// The SQL behind SqliteKpiStore::check: SQLite's integrity check, the counts,
// and every observation in the digest's order. It reads and never writes.
#pragma once

#include "databasecheck.h"

namespace civicstat {

namespace sqlite {
class Connection;
}

namespace sqlitecheck {

// The lines PRAGMA integrity_check reports; empty when it says "ok". A file too
// damaged for the check to run at all gives SQLite's error as its one finding.
QStringList integrityFindings(sqlite::Connection &db);
// Fills in the counts and the figures digest of a sound CivicStat database.
void countAndDigest(sqlite::Connection &db, DatabaseCheck &check);

} // namespace sqlitecheck

} // namespace civicstat
