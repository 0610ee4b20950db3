#include "schema.h"

#include "sqlite.h"

#include <QByteArray>

namespace civicstat::schema {

namespace {

// Version 1: the whole format. Text enumerations carry CHECKs so that a file
// written by another tool cannot smuggle in a value CivicStat does not know.
constexpr const char *version1 = R"SQL(
CREATE TABLE city_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    city_name TEXT NOT NULL,
    fiscal_year_start_month INTEGER NOT NULL DEFAULT 7 CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
    default_tolerance REAL NOT NULL DEFAULT 0.10 CHECK (default_tolerance >= 0 AND default_tolerance < 1),
    score_cap REAL NOT NULL DEFAULT 1.25 CHECK (score_cap >= 1),
    at_risk_threshold REAL NOT NULL DEFAULT 0.90 CHECK (at_risk_threshold > 0 AND at_risk_threshold < 1),
    schema_version INTEGER NOT NULL
);
INSERT INTO city_settings (id, city_name, schema_version) VALUES (1, 'My city', 1);

CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    head TEXT
);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT,
    sponsor TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0,
    weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0)
);

CREATE TABLE objectives (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    statement TEXT,
    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL,
    owner TEXT,
    weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0)
);
CREATE INDEX objectives_by_goal ON objectives(goal_id);

CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    objective_id INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL,
    unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower', 'band')),
    aggregation TEXT NOT NULL CHECK (aggregation IN ('sum', 'mean', 'last', 'min', 'max', 'ratio')),
    frequency TEXT NOT NULL DEFAULT 'monthly'
        CHECK (frequency IN ('daily', 'weekly', 'monthly', 'quarterly', 'annual')),
    decimals INTEGER NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 6),
    weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    definition TEXT,
    methodology TEXT,
    source_system TEXT,
    steward TEXT,
    classification TEXT NOT NULL DEFAULT 'internal'
        CHECK (classification IN ('public', 'internal', 'confidential', 'restricted')),
    refresh_days INTEGER
);
CREATE INDEX measures_by_objective ON measures(objective_id);

CREATE TABLE targets (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    effective_from TEXT NOT NULL,
    target REAL,
    band_low REAL,
    band_high REAL,
    tolerance REAL CHECK (tolerance IS NULL OR (tolerance >= 0 AND tolerance < 1)),
    UNIQUE (measure_id, effective_from),
    CHECK (target IS NOT NULL OR (band_low IS NOT NULL AND band_high IS NOT NULL AND band_low <= band_high))
);

CREATE TABLE dimensions (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE dimension_members (
    id INTEGER PRIMARY KEY,
    dimension_id INTEGER NOT NULL REFERENCES dimensions(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    geo_key TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (dimension_id, code)
);

CREATE TABLE boundary_layers (
    id INTEGER PRIMARY KEY,
    dimension_id INTEGER NOT NULL REFERENCES dimensions(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    key_property TEXT NOT NULL,
    geojson TEXT NOT NULL
);

CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL,
    user_name TEXT,
    kind TEXT NOT NULL,
    file_name TEXT,
    file_size INTEGER,
    file_sha256 TEXT,
    mapping TEXT,
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_written INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE observations (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    period_end TEXT NOT NULL,
    granularity INTEGER NOT NULL CHECK (granularity BETWEEN 1 AND 5),
    member_id INTEGER REFERENCES dimension_members(id) ON DELETE CASCADE,
    value REAL NOT NULL,
    numerator REAL,
    denominator REAL,
    provisional INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1)),
    estimated INTEGER NOT NULL DEFAULT 0 CHECK (estimated IN (0, 1)),
    note TEXT,
    import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX observations_key ON observations(measure_id, ifnull(member_id, 0), period);
-- Covers the scorecard's query, so that a period's totals are read from this
-- small index alone, never from the table of all (disaggregated) figures.
CREATE INDEX observations_totals_by_end
    ON observations(period_end, granularity, measure_id, value, numerator, denominator) WHERE member_id IS NULL;
-- Each measure's latest total in one seek ("data up to", freshness).
CREATE INDEX observations_totals_by_measure ON observations(measure_id, period_end) WHERE member_id IS NULL;

CREATE TABLE commentary (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    author TEXT NOT NULL,
    written_at TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX commentary_by_measure ON commentary(measure_id, period);

CREATE TABLE initiatives (
    id INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    owner TEXT,
    due TEXT,
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'in_progress', 'done', 'blocked', 'cancelled'))
);

CREATE TABLE datasets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL,
    steward TEXT,
    classification TEXT NOT NULL DEFAULT 'internal'
        CHECK (classification IN ('public', 'internal', 'confidential', 'restricted')),
    source_system TEXT,
    refresh_schedule TEXT,
    last_refreshed TEXT
);
)SQL";

// Version 2: an import can be undone. The figures an import replaced are kept
// until it is undone, and the log says when an import was undone.
constexpr const char *version2 = R"SQL(
CREATE TABLE replaced_observations (
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    measure_id INTEGER NOT NULL,
    period TEXT NOT NULL,
    period_end TEXT NOT NULL,
    granularity INTEGER NOT NULL,
    member_id INTEGER,
    value REAL NOT NULL,
    numerator REAL,
    denominator REAL,
    provisional INTEGER NOT NULL,
    estimated INTEGER NOT NULL,
    note TEXT,
    old_import_id INTEGER
);
CREATE INDEX replaced_observations_by_import ON replaced_observations(import_id);
ALTER TABLE imports ADD COLUMN undone_at TEXT;
)SQL";

// Version 3: a target says the grain it is set for (month, quarter, year);
// none means the measure's own frequency, which is how every older target reads.
constexpr const char *version3 = R"SQL(
ALTER TABLE targets ADD COLUMN per TEXT CHECK (per IS NULL OR per IN ('month', 'quarter', 'year'));
)SQL";

// Version 4: a log of what each write changed, so that other windows and
// programs on the same file refresh only what changed (StoreChange).
constexpr const char *version4 = R"SQL(
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    session INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('settings', 'commentary', 'import', 'import_undone')),
    measure_id INTEGER,
    import_id INTEGER,
    changed_at TEXT NOT NULL
);
)SQL";

// Version 5: the owners' explanations come in with their figures. A target
// carries the note that explains it; a comment remembers the import that
// brought it, so that undoing the import takes it away, and the comment an
// import replaced (same measure, period and author) is kept until then.
constexpr const char *version5 = R"SQL(
ALTER TABLE targets ADD COLUMN note TEXT;
ALTER TABLE commentary ADD COLUMN import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL;
CREATE INDEX commentary_by_import ON commentary(import_id) WHERE import_id IS NOT NULL;
CREATE TABLE replaced_commentary (
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    measure_id INTEGER NOT NULL,
    period TEXT NOT NULL,
    author TEXT NOT NULL,
    written_at TEXT NOT NULL,
    body TEXT NOT NULL,
    old_import_id INTEGER
);
CREATE INDEX replaced_commentary_by_import ON replaced_commentary(import_id);
)SQL";

// Version 6: offline copies (docs/offline.md). A copy is stamped with where it
// came from and for whom; every comment is remembered as it was copied (or
// last sent), so that what the holder writes, edits or removes offline is
// pending until it is sent back. Both tables stay empty in a city's own database.
constexpr const char *version6 = R"SQL(
CREATE TABLE snapshot_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    source TEXT NOT NULL,
    scope TEXT NOT NULL,
    audience TEXT NOT NULL CHECK (audience IN ('public', 'internal')),
    included_classified TEXT NOT NULL DEFAULT '',
    holder TEXT NOT NULL,
    data_as_of TEXT,
    taken_at TEXT NOT NULL
);
CREATE TABLE snapshot_commentary_base (
    local_id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL,
    measure_id INTEGER NOT NULL,
    period TEXT NOT NULL,
    author TEXT NOT NULL,
    written_at TEXT NOT NULL,
    body TEXT NOT NULL,
    source_body TEXT NOT NULL
);
)SQL";

void setVersion(sqlite::Connection &db, int version)
{
    db.execute(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData());
    if (hasTable(db, "city_settings")) {
        sqlite::Statement update(db, "UPDATE city_settings SET schema_version = ?");
        update.bind(1, version).execute();
    }
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {1, [](sqlite::Connection &db) { db.execute(version1); }},
        {2, [](sqlite::Connection &db) { db.execute(version2); }},
        {3, [](sqlite::Connection &db) { db.execute(version3); }},
        {4, [](sqlite::Connection &db) { db.execute(version4); }},
        {5, [](sqlite::Connection &db) { db.execute(version5); }},
        {6, [](sqlite::Connection &db) { db.execute(version6); }},
    };
    return steps;
}

int versionOf(sqlite::Connection &db)
{
    sqlite::Statement query(db, "PRAGMA user_version");
    return query.step() ? query.int32(0) : 0;
}

int applicationIdOf(sqlite::Connection &db)
{
    sqlite::Statement query(db, "PRAGMA application_id");
    return query.step() ? query.int32(0) : 0;
}

bool hasTable(sqlite::Connection &db, const char *name)
{
    sqlite::Statement query(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    query.bind(1, QString::fromLatin1(name));
    return query.step();
}

bool hasAnyTable(sqlite::Connection &db)
{
    sqlite::Statement query(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1");
    return query.step();
}

void migrate(sqlite::Connection &db, const std::vector<Migration> &steps)
{
    for (const Migration &step : steps) {
        if (step.toVersion <= versionOf(db))
            continue;
        sqlite::Transaction transaction(db);
        if (step.toVersion == 1)
            db.execute(QByteArray("PRAGMA application_id = " + QByteArray::number(applicationId)).constData());
        step.apply(db);
        setVersion(db, step.toVersion);
        transaction.commit();
    }
}

} // namespace civicstat::schema
