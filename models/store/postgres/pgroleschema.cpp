// Version 6 of the PostgreSQL schema: roles the server enforces, whoever
// connects and with whatever client (psql included). The app's own checks
// only mirror these; they are not what keeps a viewer out.
#include "pgschema.h"

#include "pg.h"

#include <QByteArray>
#include <libpq-fe.h>

namespace civicstat::pgschema {

namespace {

// Group roles belong to the whole server (PostgreSQL has no per-database
// roles), so a second city's server-init finds them already there. What a
// member may see lives in THIS database's civicstat_users: a login with no row
// here reads no measure at all.
constexpr const char *groupRoles = R"SQL(
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'civicstat_viewer') THEN
        CREATE ROLE civicstat_viewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'civicstat_editor') THEN
        CREATE ROLE civicstat_editor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'civicstat_administrator') THEN
        CREATE ROLE civicstat_administrator NOLOGIN;
    END IF;
END
$$;
)SQL";

// @schema@ is replaced by the quoted schema server-init runs in: the
// SECURITY DEFINER functions pin their search_path to it, so that nobody can
// slip a table of their own in front of civicstat_users.
//
// session_user, not current_user: inside a SECURITY DEFINER function
// current_user is the owner. The owner (who runs server-init) and superusers
// hold every clearance and write everywhere, since FORCE ROW LEVEL SECURITY
// subjects the owner to the policies too.
constexpr const char *usersAndRules = R"SQL(
CREATE TABLE civicstat_users (
    login name PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('viewer', 'editor', 'administrator')),
    clearance text NOT NULL CHECK (clearance IN ('public', 'internal', 'confidential', 'restricted')),
    departments text[] NOT NULL DEFAULT '{}'
);
REVOKE ALL ON civicstat_users FROM PUBLIC;

CREATE FUNCTION civicstat_classification_rank(classification text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE classification WHEN 'public' THEN 0 WHEN 'internal' THEN 1
                                     WHEN 'confidential' THEN 2 WHEN 'restricted' THEN 3 END $$;

CREATE FUNCTION civicstat_me() RETURNS SETOF civicstat_users
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@, pg_temp
    AS $$ SELECT * FROM civicstat_users WHERE login = session_user $$;

CREATE FUNCTION civicstat_is_owner() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@, pg_temp
    AS $$ SELECT pg_has_role(session_user, current_user, 'MEMBER')
                 AND NOT EXISTS (SELECT FROM civicstat_users WHERE login = session_user) $$;

-- -1 for a login this database does not know: it sees no measure.
CREATE FUNCTION civicstat_clearance_rank() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@, pg_temp
    AS $$ SELECT CASE WHEN civicstat_is_owner() THEN 3
                      ELSE coalesce((SELECT civicstat_classification_rank(clearance) FROM civicstat_users
                                     WHERE login = session_user), -1) END $$;

CREATE FUNCTION civicstat_writes_everywhere() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@, pg_temp
    AS $$ SELECT civicstat_is_owner()
                 OR EXISTS (SELECT FROM civicstat_users WHERE login = session_user AND kind = 'administrator') $$;

CREATE FUNCTION civicstat_my_departments() RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@, pg_temp
    AS $$ SELECT coalesce((SELECT departments FROM civicstat_users
                           WHERE login = session_user AND kind = 'editor'), '{}') $$;

REVOKE ALL ON FUNCTION civicstat_me(), civicstat_is_owner(), civicstat_clearance_rank(),
    civicstat_writes_everywhere(), civicstat_my_departments() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civicstat_me(), civicstat_is_owner(), civicstat_clearance_rank(),
    civicstat_writes_everywhere(), civicstat_my_departments()
    TO civicstat_viewer, civicstat_editor, civicstat_administrator;

-- What a role may do at all; the policies below then say which rows.
GRANT SELECT ON city_settings, departments, goals, objectives, measures, targets, dimensions,
    dimension_members, boundary_layers, imports, observations, commentary, initiatives, datasets,
    replaced_observations, replaced_commentary, change_log, civicstat_format
    TO civicstat_viewer, civicstat_editor, civicstat_administrator;
GRANT INSERT, UPDATE, DELETE ON commentary, initiatives, imports, observations, replaced_observations,
    replaced_commentary, change_log, dimension_members
    TO civicstat_editor;
GRANT INSERT, UPDATE, DELETE ON city_settings, departments, goals, objectives, measures, targets, dimensions,
    dimension_members, boundary_layers, imports, observations, commentary, initiatives, datasets,
    replaced_observations, replaced_commentary, change_log
    TO civicstat_administrator;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA @schema@ TO civicstat_editor, civicstat_administrator;

-- Measures: a row is there only for a clearance at or above its
-- classification. The clearance is read once per statement (the scalar
-- subquery becomes an InitPlan), not once per row.
ALTER TABLE measures ENABLE ROW LEVEL SECURITY;
ALTER TABLE measures FORCE ROW LEVEL SECURITY;
CREATE POLICY civicstat_read ON measures FOR SELECT
    USING (civicstat_classification_rank(classification) <= (SELECT civicstat_clearance_rank()));
CREATE POLICY civicstat_insert ON measures FOR INSERT WITH CHECK ((SELECT civicstat_writes_everywhere()));
CREATE POLICY civicstat_update ON measures FOR UPDATE USING ((SELECT civicstat_writes_everywhere()));
CREATE POLICY civicstat_delete ON measures FOR DELETE USING ((SELECT civicstat_writes_everywhere()));

-- The measures one may write figures, targets and commentary for: those of
-- one's departments (editors), every visible one (administrators, owner).
-- Reading measures here (as the invoker) applies measures' own policy: no measure above the
-- clearance is writable either.
CREATE VIEW civicstat_writable_measures WITH (security_barrier, security_invoker) AS
    SELECT m.id FROM measures m
    WHERE (SELECT civicstat_writes_everywhere())
       OR m.department_id IN (SELECT d.id FROM departments d
                              WHERE d.code IN (SELECT unnest(civicstat_my_departments())));
)SQL";

// Every table naming a measure reads through measures (whose policy hides
// what the clearance does not reach) with a hashed IN list, built once per
// statement: the scorecard's index-only scan stays an index-only scan, with
// one hash probe per figure.
const char *const measureTables[] = {"observations", "targets", "commentary", "replaced_observations",
                                     "replaced_commentary", "change_log"};

QByteArray measureTablePolicies(const char *table)
{
    const QByteArray name(table);
    // change_log names no measure for settings and imports.
    const QByteArray visible = name == "change_log"
        ? QByteArray("(measure_id IS NULL OR measure_id IN (SELECT id FROM measures))")
        : QByteArray("(measure_id IN (SELECT id FROM measures))");
    const QByteArray writable = name == "change_log"
        ? QByteArray("(measure_id IS NULL OR measure_id IN (SELECT id FROM civicstat_writable_measures))")
        : QByteArray("(measure_id IN (SELECT id FROM civicstat_writable_measures))");
    return "ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY;\n"
         + "ALTER TABLE " + name + " FORCE ROW LEVEL SECURITY;\n"
         + "CREATE POLICY civicstat_read ON " + name + " FOR SELECT USING " + visible + ";\n"
         + "CREATE POLICY civicstat_insert ON " + name + " FOR INSERT WITH CHECK " + writable + ";\n"
         + "CREATE POLICY civicstat_update ON " + name + " FOR UPDATE USING " + writable + " WITH CHECK "
         + writable + ";\n"
         + "CREATE POLICY civicstat_delete ON " + name + " FOR DELETE USING " + writable + ";\n";
}

QByteArray quotedIdentifier(pg::Connection &db, const QString &identifier)
{
    const QByteArray utf8 = identifier.toUtf8();
    char *quoted = PQescapeIdentifier(db.handle(), utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        db.fail(nullptr, QStringLiteral("quoting the schema name"));
    QByteArray result(quoted);
    PQfreemem(quoted);
    return result;
}

} // namespace

void installRoles(pg::Connection &db)
{
    db.execute(groupRoles);
    const QByteArray schema = quotedIdentifier(db, db.query("SELECT current_schema()").text(0, 0));
    QByteArray statements = QByteArray(usersAndRules).replace("@schema@", schema);
    statements += "GRANT SELECT ON civicstat_writable_measures TO civicstat_viewer, civicstat_editor, "
                  "civicstat_administrator;\n";
    for (const char *table : measureTables)
        statements += measureTablePolicies(table);
    db.execute(statements.constData());
}

} // namespace civicstat::pgschema
