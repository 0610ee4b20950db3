#include "sqliteimportwriter.h"

#include "fiscalyearchange.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QDateTime>

namespace civicstat {

namespace {

struct StorageText { Q_DECLARE_TR_FUNCTIONS(Storage) };

QString orNull(const QString &text) { return text.isEmpty() ? QString() : text; }

QString currentUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace

SqliteImportWriter::SqliteImportWriter(sqlite::Connection &db) : m_db(db) {}

Id SqliteImportWriter::idOf(const char *table, const QString &code)
{
    const QByteArray sql = QByteArray("SELECT id FROM ") + table + " WHERE code = ?";
    sqlite::Statement q(m_db, sql.constData());
    q.bind(1, code);
    return q.step() ? q.int64(0) : 0;
}

Id SqliteImportWriter::requireId(const char *table, QHash<QString, Id> &cache, const QString &code)
{
    if (code.isEmpty())
        return 0;
    if (const auto it = cache.constFind(code); it != cache.constEnd())
        return *it;
    const Id id = idOf(table, code);
    if (id == 0)
        throw StoreError(StoreError::Kind::InvalidData,
                         StorageText::tr("The code \"%1\" does not name any row of \"%2\" in the database.")
                             .arg(code, QString::fromLatin1(table)));
    cache.insert(code, id);
    return id;
}

void SqliteImportWriter::writeStructure(const ImportBatch &batch)
{
    sqlite::Statement department(m_db, "INSERT INTO departments (code, name, head) VALUES (?, ?, ?) "
                                       "ON CONFLICT (code) DO UPDATE SET name = excluded.name, head = excluded.head");
    for (const Department &d : batch.departments) {
        department.bind(1, d.code).bind(2, d.name).bind(3, orNull(d.head)).execute();
        m_departments.insert(d.code, idOf("departments", d.code));
        ++m_structureRows;
    }
    sqlite::Statement goal(m_db, "INSERT INTO goals (code, name, description, sponsor, sort_order, weight) "
                                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                                 "description = excluded.description, sponsor = excluded.sponsor, "
                                 "sort_order = excluded.sort_order, weight = excluded.weight");
    for (const Goal &g : batch.goals) {
        goal.bind(1, g.code).bind(2, g.name).bind(3, orNull(g.description)).bind(4, orNull(g.sponsor));
        goal.bind(5, g.sortOrder).bind(6, g.weight).execute();
        m_goals.insert(g.code, idOf("goals", g.code));
        ++m_structureRows;
    }
    sqlite::Statement objective(
        m_db, "INSERT INTO objectives (code, name, statement, goal_id, department_id, owner, weight) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
              "statement = excluded.statement, goal_id = excluded.goal_id, department_id = excluded.department_id, "
              "owner = excluded.owner, weight = excluded.weight");
    for (const auto &[o, codes] : batch.objectives) {
        const Id goalId = requireId("goals", m_goals, codes.first);
        const Id departmentId = requireId("departments", m_departments, codes.second);
        objective.bind(1, o.code).bind(2, o.name).bind(3, orNull(o.statement)).bind(4, goalId);
        (departmentId ? objective.bind(5, departmentId) : objective.bindNull(5));
        objective.bind(6, orNull(o.owner)).bind(7, o.weight).execute();
        m_objectives.insert(o.code, idOf("objectives", o.code));
        ++m_structureRows;
    }
    sqlite::Statement measure(
        m_db, "INSERT INTO measures (code, name, objective_id, department_id, unit, direction, aggregation, "
              "frequency, decimals, weight, definition, methodology, source_system, steward, classification, "
              "refresh_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
              "name = excluded.name, objective_id = excluded.objective_id, department_id = excluded.department_id, "
              "unit = excluded.unit, direction = excluded.direction, aggregation = excluded.aggregation, "
              "frequency = excluded.frequency, decimals = excluded.decimals, weight = excluded.weight, "
              "definition = excluded.definition, methodology = excluded.methodology, "
              "source_system = excluded.source_system, steward = excluded.steward, "
              "classification = excluded.classification, refresh_days = excluded.refresh_days");
    for (const auto &[m, codes] : batch.measures) {
        const Id objectiveId = requireId("objectives", m_objectives, codes.first);
        const Id departmentId = requireId("departments", m_departments, codes.second);
        measure.bind(1, m.code).bind(2, m.name).bind(3, objectiveId);
        (departmentId ? measure.bind(4, departmentId) : measure.bindNull(4));
        measure.bind(5, m.unit.isNull() ? QStringLiteral("") : m.unit).bind(6, toText(m.direction)).bind(7, toText(m.aggregation));
        measure.bind(8, toText(m.frequency)).bind(9, m.decimals).bind(10, m.weight);
        measure.bind(11, orNull(m.definition)).bind(12, orNull(m.methodology)).bind(13, orNull(m.sourceSystem));
        measure.bind(14, orNull(m.steward)).bind(15, toText(m.classification));
        (m.refreshDays > 0 ? measure.bind(16, m.refreshDays) : measure.bindNull(16));
        measure.execute();
        m_measures.insert(m.code, idOf("measures", m.code));
        ++m_structureRows;
    }
    // A file that gives a target without a note keeps the note the target had.
    sqlite::Statement target(m_db, "INSERT INTO targets (measure_id, effective_from, target, band_low, band_high, "
                                   "tolerance, per, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (measure_id, effective_from) "
                                   "DO UPDATE SET target = excluded.target, band_low = excluded.band_low, "
                                   "band_high = excluded.band_high, tolerance = excluded.tolerance, "
                                   "per = excluded.per, note = ifnull(excluded.note, targets.note)");
    QHash<QString, Direction> directions;
    for (const auto &[m, codes] : batch.measures)
        directions.insert(m.code, m.direction);
    for (const NewTarget &t : batch.targets) {
        target.bind(1, requireId("measures", m_measures, t.measureCode));
        target.bind(2, t.target.effectiveFrom.toString(Qt::ISODate));
        if (!directions.contains(t.measureCode)) {
            sqlite::Statement stored(m_db, "SELECT direction FROM measures WHERE code = ?");
            stored.bind(1, t.measureCode);
            if (stored.step())
                directions.insert(t.measureCode, directionFromText(stored.text(0)).value_or(Direction::Higher));
        }
        const bool band = directions.value(t.measureCode, Direction::Higher) == Direction::Band;
        (band ? target.bindNull(3) : target.bind(3, t.target.value));
        (band ? target.bind(4, t.target.bandLow) : target.bindNull(4));
        (band ? target.bind(5, t.target.bandHigh) : target.bindNull(5));
        target.bind(6, t.target.tolerance);
        (t.target.per ? target.bind(7, targetPerText(*t.target.per)) : target.bindNull(7));
        target.bind(8, orNull(t.target.note));
        target.execute();
        ++m_structureRows;
    }
}

Id SqliteImportWriter::upsertDimension(const QString &code, const QString &name)
{
    if (const auto it = m_dimensions.constFind(code); it != m_dimensions.constEnd())
        return *it;
    sqlite::Statement insert(m_db, "INSERT INTO dimensions (code, name) VALUES (?, ?) "
                                   "ON CONFLICT (code) DO UPDATE SET name = excluded.name");
    insert.bind(1, code).bind(2, name.isEmpty() ? code : name).execute();
    const Id id = idOf("dimensions", code);
    m_dimensions.insert(code, id);
    return id;
}

Id SqliteImportWriter::memberId(const QString &dimensionCode, const QString &memberCode)
{
    const QString key = dimensionCode + QChar(0x1f) + memberCode;
    if (const auto it = m_members.constFind(key); it != m_members.constEnd())
        return *it;
    const Id dimension = upsertDimension(dimensionCode, QString());
    sqlite::Statement find(m_db, "SELECT id FROM dimension_members WHERE dimension_id = ? AND code = ?");
    find.bind(1, dimension).bind(2, memberCode);
    Id id = 0;
    if (find.step()) {
        id = find.int64(0);
    } else {
        sqlite::Statement insert(m_db, "INSERT INTO dimension_members (dimension_id, code, name) VALUES (?, ?, ?)");
        insert.bind(1, dimension).bind(2, memberCode).bind(3, memberCode).execute();
        id = m_db.lastInsertId();
    }
    m_members.insert(key, id);
    return id;
}

// One comment per measure, period and author: importing the same file again
// replaces its comments instead of adding them twice. What it replaces is kept
// with this import's id, so that undoing the import puts it back.
void SqliteImportWriter::writeCommentary(const std::vector<NewCommentary> &commentary, qint64 importId)
{
    sqlite::Statement keep(m_db, "INSERT INTO replaced_commentary (import_id, id, measure_id, period, author, "
                                 "written_at, body, old_import_id) SELECT ?, id, measure_id, period, author, "
                                 "written_at, body, import_id FROM commentary "
                                 "WHERE measure_id = ? AND period = ? AND author = ?");
    sqlite::Statement replace(m_db, "DELETE FROM commentary WHERE measure_id = ? AND period = ? AND author = ?");
    sqlite::Statement insert(m_db, "INSERT INTO commentary (measure_id, period, author, written_at, body, import_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?)");
    for (const NewCommentary &c : commentary) {
        const Id measureId = requireId("measures", m_measures, c.measureCode);
        keep.bind(1, importId).bind(2, measureId).bind(3, c.period).bind(4, c.author).execute();
        replace.bind(1, measureId).bind(2, c.period).bind(3, c.author).execute();
        insert.bind(1, measureId).bind(2, c.period).bind(3, c.author);
        insert.bind(4, c.writtenAt.toUTC().toString(Qt::ISODate)).bind(5, c.body).bind(6, importId).execute();
    }
}

void SqliteImportWriter::writeExtras(const ImportBatch &batch, qint64 importId)
{
    for (const auto &[code, name] : batch.dimensions)
        upsertDimension(code, name);
    sqlite::Statement member(m_db, "INSERT INTO dimension_members (dimension_id, code, name, geo_key, sort_order) "
                                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT (dimension_id, code) DO UPDATE SET "
                                   "name = excluded.name, geo_key = excluded.geo_key, sort_order = excluded.sort_order");
    for (const NewDimensionMember &m : batch.members) {
        member.bind(1, upsertDimension(m.dimensionCode, QString())).bind(2, m.code).bind(3, m.name);
        member.bind(4, orNull(m.geoKey)).bind(5, m.sortOrder).execute();
    }
    sqlite::Statement layer(m_db, "INSERT INTO boundary_layers (dimension_id, name, key_property, geojson) "
                                  "VALUES (?, ?, ?, ?)");
    for (const NewBoundaryLayer &b : batch.boundaryLayers)
        layer.bind(1, upsertDimension(b.dimensionCode, QString())).bind(2, b.name).bind(3, b.keyProperty).bind(4, b.geoJson).execute();
    writeCommentary(batch.commentary, importId);
    sqlite::Statement initiative(m_db, "INSERT INTO initiatives (objective_id, title, owner, due, status) "
                                       "VALUES (?, ?, ?, ?, ?)");
    for (const NewInitiative &i : batch.initiatives) {
        initiative.bind(1, requireId("objectives", m_objectives, i.objectiveCode)).bind(2, i.title);
        initiative.bind(3, orNull(i.owner)).bind(4, i.due.isValid() ? i.due.toString(Qt::ISODate) : QString());
        initiative.bind(5, i.status).execute();
    }
    sqlite::Statement dataset(m_db, "INSERT INTO datasets (name, department_id, steward, classification, "
                                    "source_system, refresh_schedule, last_refreshed) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (name) DO UPDATE SET department_id = excluded.department_id, "
                                    "steward = excluded.steward, classification = excluded.classification, "
                                    "source_system = excluded.source_system, "
                                    "refresh_schedule = excluded.refresh_schedule, "
                                    "last_refreshed = excluded.last_refreshed");
    for (const NewDataset &d : batch.datasets) {
        const Id departmentId = requireId("departments", m_departments, d.departmentCode);
        dataset.bind(1, d.name);
        (departmentId ? dataset.bind(2, departmentId) : dataset.bindNull(2));
        dataset.bind(3, orNull(d.steward)).bind(4, toText(d.classification)).bind(5, orNull(d.sourceSystem));
        dataset.bind(6, orNull(d.refreshSchedule));
        dataset.bind(7, d.lastRefreshed.isValid() ? d.lastRefreshed.toString(Qt::ISODate) : QString()).execute();
    }
}

// A million figures name a few hundred periods: their texts are formatted once.
const SqliteImportWriter::PeriodTexts &SqliteImportWriter::textsOf(const Period &period)
{
    const quint64 key = (quint64(period.first().toJulianDay()) << 3) | quint64(period.kind());
    auto it = m_periodTexts.constFind(key);
    if (it == m_periodTexts.constEnd())
        it = m_periodTexts.insert(key, {period.text().toUtf8(), period.last().toString(Qt::ISODate).toUtf8()});
    return *it;
}

bool SqliteImportWriter::hasFigures(Id measureId)
{
    auto it = m_measureHasFigures.constFind(measureId);
    if (it == m_measureHasFigures.constEnd()) {
        sqlite::Statement any(m_db, "SELECT EXISTS (SELECT 1 FROM observations WHERE measure_id = ?)");
        any.bind(1, measureId);
        it = m_measureHasFigures.insert(measureId, any.step() && any.int64(0) != 0);
    }
    return *it;
}

ImportSummary SqliteImportWriter::write(const ImportBatch &batch, const ObservationFeed &more)
{
    ImportSummary summary;
    {
        sqlite::Statement log(m_db, "INSERT INTO imports (imported_at, user_name, kind, file_name, file_size, "
                                    "file_sha256, mapping, rows_read) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        log.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).bind(2, currentUser());
        log.bind(3, batch.log.kind).bind(4, orNull(batch.log.fileName)).bind(5, batch.log.fileSize);
        log.bind(6, orNull(batch.log.fileSha256)).bind(7, orNull(batch.log.mapping)).bind(8, batch.log.rowsRead);
        log.execute();
        summary.importId = m_db.lastInsertId();
    }
    if (batch.settings)
        writeCitySettings(m_db, *batch.settings);
    writeStructure(batch);
    writeExtras(batch, summary.importId);

    const char *verb = batch.onDuplicate == DuplicatePolicy::Replace ? "INSERT OR REPLACE"
        : batch.onDuplicate == DuplicatePolicy::Skip                  ? "INSERT OR IGNORE"
                                                                      : "INSERT";
    const QByteArray sql = QByteArray(verb)
        + " INTO observations (measure_id, period, period_end, granularity, member_id, value, numerator, "
          "denominator, provisional, estimated, note, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    sqlite::Statement insertOrResolve(m_db, sql.constData());
    sqlite::Statement insertNew(m_db, "INSERT INTO observations (measure_id, period, period_end, granularity, member_id, "
                                      "value, numerator, denominator, provisional, estimated, note, import_id) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // What a replacing import overwrites is kept, so that the import can be undone.
    sqlite::Statement keep(m_db, "INSERT INTO replaced_observations SELECT ?, measure_id, period, period_end, "
                                 "granularity, member_id, value, numerator, denominator, provisional, estimated, note, "
                                 "import_id FROM observations WHERE measure_id = ? AND ifnull(member_id, 0) = ? AND period = ?");
    const bool replacing = batch.onDuplicate == DuplicatePolicy::Replace;
    const auto writeOne = [&](const Observation &o) {
        const Id measureId = requireId("measures", m_measures, o.measureCode);
        const Id member = o.memberCode.isEmpty() ? Id(0) : memberId(o.dimensionCode, o.memberCode);
        const PeriodTexts &period = textsOf(o.period);
        // A batch never names a figure twice, so the figures of a measure
        // without stored ones cannot conflict: nothing to keep, nothing to resolve.
        const bool mayConflict = hasFigures(measureId);
        if (replacing && mayConflict)
            keep.bind(1, summary.importId).bind(2, measureId).bind(3, member).bindUtf8(4, period.text).execute();
        sqlite::Statement &insert = mayConflict ? insertOrResolve : insertNew;
        insert.bind(1, measureId).bindUtf8(2, period.text).bindUtf8(3, period.lastDay);
        insert.bind(4, o.period.granularity());
        (member == 0 ? insert.bindNull(5) : insert.bind(5, member));
        insert.bind(6, o.value).bind(7, o.numerator).bind(8, o.denominator);
        insert.bind(9, int(o.provisional)).bind(10, int(o.estimated)).bind(11, orNull(o.note));
        insert.bind(12, summary.importId);
        try {
            insert.execute();
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::InvalidData)
                throw;
            throw StoreError(StoreError::Kind::InvalidData,
                StorageText::tr("The database already holds a figure for %1, %2%3. Nothing was written. Import again "
                                "with --on-duplicate replace (the file wins) or skip (the database wins).")
                    .arg(o.measureCode, o.period.text(),
                        o.memberCode.isEmpty() ? QString() : QStringLiteral(", ") + o.memberCode));
        }
        if (m_db.changes() == 0)
            ++summary.observationsSkipped;
        else
            ++summary.observationsWritten;
        const qint64 done = summary.observationsWritten + summary.observationsSkipped;
        if (batch.progress && done % 2000 == 0 && !batch.progress(done, more ? -1 : qint64(batch.observations.size())))
            throw StoreError(
                StoreError::Kind::Cancelled, StorageText::tr("The import was cancelled; nothing was written."));
    };
    for (const Observation &o : batch.observations)
        writeOne(o);
    if (more) {
        Observation next;
        while (more(next))
            writeOne(next);
    }
    summary.structureRowsWritten = m_structureRows;
    sqlite::Statement finish(m_db, "UPDATE imports SET rows_written = ? WHERE id = ?");
    finish.bind(1, qint64(m_structureRows) + summary.observationsWritten).bind(2, summary.importId).execute();
    return summary;
}

} // namespace civicstat
