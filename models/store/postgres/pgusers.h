// CivicStat's users on a PostgreSQL server (schema version 6): login roles,
// member of one of the group roles civicstat_viewer, civicstat_editor or
// civicstat_administrator, each with a row in civicstat_users saying its
// clearance and departments. The server's policies (pgroleschema.cpp) enforce
// them; nothing here decides what a user may see.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace civicstat::pg {
class Connection;
}

namespace civicstat::pgusers {

struct UserSpec {
    QString login;
    QString kind;        // viewer, editor or administrator
    QString clearance;   // public, internal, confidential or restricted
    QStringList departments; // department codes; editors write only their figures and commentary
    QString password;    // empty: keep the current one (a new user needs one)
};

struct UserChange {
    QString database; // user@server/database, without a password
    bool created = false;
};

// Creates or changes the user in one transaction, as the connection's user
// (who needs CREATEROLE and ownership of the CivicStat tables). The password
// travels to the server already hashed (PQencryptPasswordConn), never in the
// clear, and never reaches a log line. Throws StoreError: unknown department
// codes, a name that is one of the group roles, a schema older than 6.
UserChange setUpUser(const QString &conninfo, const UserSpec &user, const QString &signInPassword = {});

// "maria (editor: PW, DOT; clearance internal)"; nullopt before version 6.
std::optional<QString> describeConnectedUser(pg::Connection &db);
// Whether the connected user is a CivicStat viewer.
bool isViewer(pg::Connection &db);

} // namespace civicstat::pgusers
