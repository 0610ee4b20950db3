// What opening finds in a database before using it: its format version, or
// that it is blank. Shared by plain and sealed files (sqlitesealed.cpp).
#pragma once

namespace civicstat {

namespace sqlite {
class Connection;
}

struct Inspection {
    int version = 0;
    bool isBlank = true; // no tables and no version: a new database
};

// Throws StoreError for a database of another program, or a damaged one.
Inspection inspect(sqlite::Connection &db);

} // namespace civicstat
