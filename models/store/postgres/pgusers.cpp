#include "pgusers.h"

#include "pg.h"
#include "pgschema.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <libpq-fe.h>

namespace civicstat::pgusers {

namespace {

struct ServerUserText { Q_DECLARE_TR_FUNCTIONS(ServerUser) };

const QStringList groupKinds = {QStringLiteral("viewer"), QStringLiteral("editor"), QStringLiteral("administrator")};

QByteArray quoted(pg::Connection &db, const QByteArray &text, bool identifier)
{
    char *escaped = identifier ? PQescapeIdentifier(db.handle(), text.constData(), size_t(text.size()))
                               : PQescapeLiteral(db.handle(), text.constData(), size_t(text.size()));
    if (!escaped)
        db.fail(nullptr, QStringLiteral("quoting a name"));
    QByteArray result(escaped);
    PQfreemem(escaped);
    return result;
}

void refuseUnknownDepartments(pg::Connection &db, const QStringList &codes)
{
    QStringList known;
    const pg::Result rows = db.query("SELECT code FROM departments ORDER BY code");
    for (int row = 0; row < rows.rows(); ++row)
        known << rows.text(row, 0);
    QStringList unknown;
    for (const QString &code : codes)
        if (!known.contains(code))
            unknown << code;
    if (unknown.isEmpty())
        return;
    throw StoreError(StoreError::Kind::InvalidData,
        ServerUserText::tr("%1 has no department %2. Its departments are: %3. Give codes from that list after "
                           "--departments, separated by commas; nothing was changed.")
            .arg(db.displayName(), unknown.join(QStringLiteral(", ")),
                 known.isEmpty() ? ServerUserText::tr("none yet (import the structure first)")
                                 : known.join(QStringLiteral(", "))));
}

QByteArray hashedPassword(pg::Connection &db, const UserSpec &user)
{
    QByteArray clear = user.password.toUtf8();
    const QByteArray login = user.login.toUtf8();
    // nullptr: the server's password_encryption (scram-sha-256 by default).
    char *hashed = PQencryptPasswordConn(db.handle(), clear.constData(), login.constData(), nullptr);
    clear.fill('\0');
    if (!hashed)
        db.fail(nullptr, QStringLiteral("hashing the password"));
    QByteArray result(hashed);
    PQfreemem(hashed);
    return result;
}

} // namespace

UserChange setUpUser(const QString &conninfo, const UserSpec &user, const QString &signInPassword)
{
    pg::Connection db(conninfo, signInPassword);
    if (pgschema::versionOf(db) < 6)
        throw StoreError(StoreError::Kind::ReadOnly,
            ServerUserText::tr("%1 has no CivicStat roles yet (format %2, roles came with format 6). Run "
                               "\"civicstat server-init\" on it first, then add users.")
                .arg(db.displayName(), QString::number(pgschema::versionOf(db))));
    if (user.login.startsWith(QLatin1String("civicstat_"), Qt::CaseInsensitive) || user.login.startsWith(QLatin1String("pg_")))
        throw StoreError(StoreError::Kind::InvalidData,
            ServerUserText::tr("\"%1\" cannot be a user's name: names starting with civicstat_ or pg_ belong to "
                               "roles of CivicStat and PostgreSQL. Choose another name.")
                .arg(user.login));
    pg::Transaction transaction(db);
    refuseUnknownDepartments(db, user.departments);
    const QByteArray role = quoted(db, user.login.toUtf8(), true);
    UserChange change;
    change.database = db.displayName();
    change.created = !db.query("SELECT 1 FROM pg_roles WHERE rolname = $1", pg::Params().add(user.login)).rows();
    if (change.created && user.password.isEmpty())
        throw StoreError(StoreError::Kind::InvalidData,
            ServerUserText::tr("\"%1\" is a new user and needs a password: type one when asked, or give a file "
                               "holding it with --password-file.")
                .arg(user.login));
    QByteArray statement = (change.created ? "CREATE ROLE " : "ALTER ROLE ") + role + " LOGIN";
    if (!user.password.isEmpty())
        statement += " PASSWORD " + quoted(db, hashedPassword(db, user), false);
    db.execute(statement.constData());
    // One group at a time: a changed role leaves its old group.
    for (const QString &kind : groupKinds) {
        const QByteArray group = quoted(db, "civicstat_" + kind.toUtf8(), true);
        if (kind == user.kind)
            db.execute(("GRANT " + group + " TO " + role).constData());
        else if (!change.created)
            db.execute(("REVOKE " + group + " FROM " + role).constData());
    }
    // One code a line: string_to_array keeps any other character of a code as it is.
    db.query("INSERT INTO civicstat_users (login, kind, clearance, departments) "
             "VALUES ($1, $2, $3, string_to_array(coalesce($4, ''), E'\\n')) "
             "ON CONFLICT (login) DO UPDATE SET kind = excluded.kind, clearance = excluded.clearance, "
             "departments = excluded.departments",
             pg::Params().add(user.login).add(user.kind).add(user.clearance).add(
                 user.departments.join(QLatin1Char('\n'))));
    transaction.commit();
    return change;
}

namespace {
// A login outside CivicStat's groups may not even ask who it is.
bool mayAskWhoIAm(pg::Connection &db)
{
    return pgschema::versionOf(db) >= 6
        && db.query("SELECT has_function_privilege('civicstat_me()', 'EXECUTE')").boolean(0, 0);
}
} // namespace

std::optional<QString> describeConnectedUser(pg::Connection &db)
{
    if (pgschema::versionOf(db) < 6)
        return std::nullopt;
    if (!mayAskWhoIAm(db))
        return ServerUserText::tr("%1 (no CivicStat role: sees no measure)").arg(db.user());
    const pg::Result me = db.query("SELECT kind, clearance, array_to_string(departments, ', ') FROM civicstat_me()");
    if (!me.rows())
        return ServerUserText::tr("%1 (owner of the database)").arg(db.user());
    const QString departments = me.text(0, 2);
    return departments.isEmpty()
        ? ServerUserText::tr("%1 (%2; clearance %3)").arg(db.user(), me.text(0, 0), me.text(0, 1))
        : ServerUserText::tr("%1 (%2: %3; clearance %4)").arg(db.user(), me.text(0, 0), departments, me.text(0, 1));
}

bool isViewer(pg::Connection &db)
{
    return mayAskWhoIAm(db) && db.query("SELECT 1 FROM civicstat_me() WHERE kind = 'viewer'").rows() > 0;
}

} // namespace civicstat::pgusers
