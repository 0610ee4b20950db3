// Version 7 of the PostgreSQL schema: every statement that adds to the change
// log wakes the windows listening on the database (LISTEN civicstat_changes),
// so that they look at once instead of waiting for their next poll.
#include "pgschema.h"

#include "pg.h"

namespace civicstat::pgschema {

namespace {

// A statement-level trigger with an empty payload, for two reasons.
// PostgreSQL folds identical notifications of one transaction into one, so an
// import of a million figures (one change-log entry, and even a statement
// that added many) wakes each window once. And the notification says only
// "look": what changed is read from the change log through its row-level
// security, so a viewer learns nothing it could not read anyway, beyond the
// moment of a commit. pg_notify needs no grant: any role that may insert into
// the change log runs it, and any role that may connect may LISTEN.
constexpr const char *notifyOnChange = R"SQL(
CREATE FUNCTION civicstat_notify_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN PERFORM pg_notify('civicstat_changes', ''); RETURN NULL; END $$;
CREATE TRIGGER civicstat_notify_change AFTER INSERT ON change_log
    FOR EACH STATEMENT EXECUTE FUNCTION civicstat_notify_change();
)SQL";

} // namespace

void installChangeNotification(pg::Connection &db) { db.execute(notifyOnChange); }

} // namespace civicstat::pgschema
