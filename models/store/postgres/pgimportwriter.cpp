#include "pgimportwriter.h"

#include "pg.h"
#include "pgkpistore.h"

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

QString dateOrNull(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

QByteArray optionalNumber(const std::optional<double> &value)
{
    return value ? pg::numberText(*value) : QByteArray();
}

constexpr const char *observationColumns = "measure_id, period, period_end, granularity, member_id, value, "
                                           "numerator, denominator, provisional, estimated, note";
constexpr const char *sameFigure = "o.measure_id = s.measure_id AND coalesce(o.member_id, 0) = coalesce(s.member_id, 0) "
                                   "AND o.period = s.period";

} // namespace

PgImportWriter::PgImportWriter(pg::Connection &db) : m_db(db) {}

Id PgImportWriter::idOf(const char *table, const QString &code)
{
    if (m_copy)
        m_copy->pause();
    const QByteArray sql = QByteArray("SELECT id FROM ") + table + " WHERE code = $1";
    const pg::Result q = m_db.query(sql.constData(), pg::Params().add(code));
    return q.rows() ? q.int64(0, 0) : 0;
}

Id PgImportWriter::requireId(const char *table, QHash<QString, Id> &cache, const QString &code)
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

void PgImportWriter::writeStructure(const ImportBatch &batch)
{
    for (const Department &d : batch.departments) {
        m_db.query("INSERT INTO departments (code, name, head) VALUES ($1, $2, $3) "
                   "ON CONFLICT (code) DO UPDATE SET name = excluded.name, head = excluded.head",
                   pg::Params().add(d.code).add(d.name).add(orNull(d.head)));
        m_departments.insert(d.code, idOf("departments", d.code));
        ++m_structureRows;
    }
    for (const Goal &g : batch.goals) {
        m_db.query("INSERT INTO goals (code, name, description, sponsor, sort_order, weight) "
                   "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                   "description = excluded.description, sponsor = excluded.sponsor, "
                   "sort_order = excluded.sort_order, weight = excluded.weight",
                   pg::Params().add(g.code).add(g.name).add(orNull(g.description)).add(orNull(g.sponsor))
                       .add(g.sortOrder).add(g.weight));
        m_goals.insert(g.code, idOf("goals", g.code));
        ++m_structureRows;
    }
    for (const auto &[o, codes] : batch.objectives) {
        const Id goalId = requireId("goals", m_goals, codes.first);
        const Id departmentId = requireId("departments", m_departments, codes.second);
        m_db.query("INSERT INTO objectives (code, name, statement, goal_id, department_id, owner, weight) "
                   "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                   "statement = excluded.statement, goal_id = excluded.goal_id, "
                   "department_id = excluded.department_id, owner = excluded.owner, weight = excluded.weight",
                   pg::Params().add(o.code).add(o.name).add(orNull(o.statement)).add(goalId)
                       .addIdOrNull(departmentId).add(orNull(o.owner)).add(o.weight));
        m_objectives.insert(o.code, idOf("objectives", o.code));
        ++m_structureRows;
    }
    for (const auto &[m, codes] : batch.measures) {
        const Id objectiveId = requireId("objectives", m_objectives, codes.first);
        const Id departmentId = requireId("departments", m_departments, codes.second);
        pg::Params params;
        params.add(m.code).add(m.name).add(objectiveId).addIdOrNull(departmentId);
        params.add(m.unit.isNull() ? QStringLiteral("") : m.unit).add(toText(m.direction)).add(toText(m.aggregation));
        params.add(toText(m.frequency)).add(m.decimals).add(m.weight).add(orNull(m.definition));
        params.add(orNull(m.methodology)).add(orNull(m.sourceSystem)).add(orNull(m.steward));
        params.add(toText(m.classification));
        (m.refreshDays > 0 ? params.add(m.refreshDays) : params.addNull());
        m_db.query("INSERT INTO measures (code, name, objective_id, department_id, unit, direction, aggregation, "
                   "frequency, decimals, weight, definition, methodology, source_system, steward, classification, "
                   "refresh_days) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) "
                   "ON CONFLICT (code) DO UPDATE SET name = excluded.name, objective_id = excluded.objective_id, "
                   "department_id = excluded.department_id, unit = excluded.unit, direction = excluded.direction, "
                   "aggregation = excluded.aggregation, frequency = excluded.frequency, "
                   "decimals = excluded.decimals, weight = excluded.weight, definition = excluded.definition, "
                   "methodology = excluded.methodology, source_system = excluded.source_system, "
                   "steward = excluded.steward, classification = excluded.classification, "
                   "refresh_days = excluded.refresh_days",
                   params);
        m_measures.insert(m.code, idOf("measures", m.code));
        ++m_structureRows;
    }
    QHash<QString, Direction> directions;
    for (const auto &[m, codes] : batch.measures)
        directions.insert(m.code, m.direction);
    for (const NewTarget &t : batch.targets) {
        const Id measureId = requireId("measures", m_measures, t.measureCode);
        if (!directions.contains(t.measureCode)) {
            const pg::Result stored = m_db.query("SELECT direction FROM measures WHERE code = $1",
                                                 pg::Params().add(t.measureCode));
            if (stored.rows())
                directions.insert(t.measureCode, directionFromText(stored.text(0, 0)).value_or(Direction::Higher));
        }
        const bool band = directions.value(t.measureCode, Direction::Higher) == Direction::Band;
        pg::Params params;
        params.add(measureId).add(t.target.effectiveFrom.toString(Qt::ISODate));
        (band ? params.addNull() : params.add(t.target.value));
        (band ? params.add(t.target.bandLow) : params.addNull());
        (band ? params.add(t.target.bandHigh) : params.addNull());
        params.add(t.target.tolerance);
        (t.target.per ? params.add(targetPerText(*t.target.per)) : params.addNull());
        params.add(orNull(t.target.note));
        // A file that gives a target without a note keeps the note the target had.
        m_db.query("INSERT INTO targets (measure_id, effective_from, target, band_low, band_high, tolerance, per, "
                   "note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (measure_id, effective_from) "
                   "DO UPDATE SET target = excluded.target, band_low = excluded.band_low, "
                   "band_high = excluded.band_high, tolerance = excluded.tolerance, per = excluded.per, "
                   "note = coalesce(excluded.note, targets.note)",
                   params);
        ++m_structureRows;
    }
}

Id PgImportWriter::upsertDimension(const QString &code, const QString &name)
{
    if (const auto it = m_dimensions.constFind(code); it != m_dimensions.constEnd())
        return *it;
    if (m_copy)
        m_copy->pause();
    const pg::Result q = m_db.query("INSERT INTO dimensions (code, name) VALUES ($1, $2) "
                                    "ON CONFLICT (code) DO UPDATE SET name = excluded.name RETURNING id",
                                    pg::Params().add(code).add(name.isEmpty() ? code : name));
    const Id id = q.int64(0, 0);
    m_dimensions.insert(code, id);
    return id;
}

Id PgImportWriter::memberId(const QString &dimensionCode, const QString &memberCode)
{
    const QString key = dimensionCode + QChar(0x1f) + memberCode;
    if (const auto it = m_members.constFind(key); it != m_members.constEnd())
        return *it;
    const Id dimension = upsertDimension(dimensionCode, QString());
    if (m_copy)
        m_copy->pause();
    const pg::Result found = m_db.query("SELECT id FROM dimension_members WHERE dimension_id = $1 AND code = $2",
                                        pg::Params().add(dimension).add(memberCode));
    Id id = 0;
    if (found.rows()) {
        id = found.int64(0, 0);
    } else {
        id = m_db.query("INSERT INTO dimension_members (dimension_id, code, name) VALUES ($1, $2, $3) RETURNING id",
                        pg::Params().add(dimension).add(memberCode).add(memberCode))
                 .int64(0, 0);
    }
    m_members.insert(key, id);
    return id;
}

// One comment per measure, period and author, as in the SQLite writer: what an
// import replaces is kept with its id, so that undoing the import puts it back.
void PgImportWriter::writeCommentary(const std::vector<NewCommentary> &commentary, qint64 importId)
{
    for (const NewCommentary &c : commentary) {
        const Id measureId = requireId("measures", m_measures, c.measureCode);
        const pg::Params key = pg::Params().add(measureId).add(c.period).add(c.author);
        m_db.query("INSERT INTO replaced_commentary (import_id, id, measure_id, period, author, written_at, body, "
                   "old_import_id) SELECT $4, id, measure_id, period, author, written_at, body, import_id "
                   "FROM commentary WHERE measure_id = $1 AND period = $2 AND author = $3",
                   pg::Params(key).add(importId));
        m_db.query("DELETE FROM commentary WHERE measure_id = $1 AND period = $2 AND author = $3", key);
        m_db.query("INSERT INTO commentary (measure_id, period, author, written_at, body, import_id) "
                   "VALUES ($1, $2, $3, $4, $5, $6)",
                   pg::Params(key).add(c.writtenAt.toUTC().toString(Qt::ISODate)).add(c.body).add(importId));
    }
}

void PgImportWriter::writeExtras(const ImportBatch &batch, qint64 importId)
{
    for (const auto &[code, name] : batch.dimensions)
        upsertDimension(code, name);
    for (const NewDimensionMember &m : batch.members)
        m_db.query("INSERT INTO dimension_members (dimension_id, code, name, geo_key, sort_order) "
                   "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (dimension_id, code) DO UPDATE SET "
                   "name = excluded.name, geo_key = excluded.geo_key, sort_order = excluded.sort_order",
                   pg::Params().add(upsertDimension(m.dimensionCode, QString())).add(m.code).add(m.name)
                       .add(orNull(m.geoKey)).add(m.sortOrder));
    for (const NewBoundaryLayer &b : batch.boundaryLayers)
        m_db.query("INSERT INTO boundary_layers (dimension_id, name, key_property, geojson) VALUES ($1, $2, $3, $4)",
                   pg::Params().add(upsertDimension(b.dimensionCode, QString())).add(b.name).add(b.keyProperty)
                       .add(b.geoJson));
    writeCommentary(batch.commentary, importId);
    for (const NewInitiative &i : batch.initiatives)
        m_db.query("INSERT INTO initiatives (objective_id, title, owner, due, status) VALUES ($1, $2, $3, $4, $5)",
                   pg::Params().add(requireId("objectives", m_objectives, i.objectiveCode)).add(i.title)
                       .add(orNull(i.owner)).add(dateOrNull(i.due)).add(i.status));
    for (const NewDataset &d : batch.datasets) {
        const Id departmentId = requireId("departments", m_departments, d.departmentCode);
        m_db.query("INSERT INTO datasets (name, department_id, steward, classification, source_system, "
                   "refresh_schedule, last_refreshed) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                   "ON CONFLICT (name) DO UPDATE SET department_id = excluded.department_id, "
                   "steward = excluded.steward, classification = excluded.classification, "
                   "source_system = excluded.source_system, refresh_schedule = excluded.refresh_schedule, "
                   "last_refreshed = excluded.last_refreshed",
                   pg::Params().add(d.name).addIdOrNull(departmentId).add(orNull(d.steward))
                       .add(toText(d.classification)).add(orNull(d.sourceSystem)).add(orNull(d.refreshSchedule))
                       .add(dateOrNull(d.lastRefreshed)));
    }
}

const PgImportWriter::PeriodTexts &PgImportWriter::textsOf(const Period &period)
{
    const quint64 key = (quint64(period.first().toJulianDay()) << 3) | quint64(period.kind());
    auto it = m_periodTexts.constFind(key);
    if (it == m_periodTexts.constEnd())
        it = m_periodTexts.insert(key, {period.text().toUtf8(), period.last().toString(Qt::ISODate).toUtf8(),
                                        QByteArray::number(period.granularity())});
    return *it;
}

// Every measure and member the database knows, in two reads, so that the
// stream of figures rarely has to stop for a lookup.
void PgImportWriter::loadCodes()
{
    const pg::Result measures = m_db.query("SELECT code, id FROM measures");
    for (int r = 0; r < measures.rows(); ++r)
        m_measures.insert(measures.text(r, 0), measures.int64(r, 1));
    const pg::Result members = m_db.query("SELECT d.code, m.code, m.id FROM dimension_members m "
                                          "JOIN dimensions d ON d.id = m.dimension_id");
    for (int r = 0; r < members.rows(); ++r)
        m_members.insert(members.text(r, 0) + QChar(0x1f) + members.text(r, 1), members.int64(r, 2));
}

qint64 PgImportWriter::stageObservations(const ImportBatch &batch, const ObservationFeed &more)
{
    m_db.execute("CREATE TEMPORARY TABLE incoming_observations (seq bigint, measure_id bigint, period text COLLATE \"C\", "
                 "period_end date, granularity smallint, member_id bigint, value double precision, "
                 "numerator double precision, denominator double precision, provisional boolean, "
                 "estimated boolean, note text) ON COMMIT DROP");
    pg::CopyIn copy(m_db, QByteArrayLiteral("COPY incoming_observations FROM STDIN"));
    m_copy = &copy;
    qint64 staged = 0;
    std::vector<QByteArray> fields(12);
    const auto stageOne = [&](const Observation &o) {
        const Id measureId = requireId("measures", m_measures, o.measureCode);
        const Id member = o.memberCode.isEmpty() ? Id(0) : memberId(o.dimensionCode, o.memberCode);
        const PeriodTexts &period = textsOf(o.period);
        fields[0] = QByteArray::number(staged);
        fields[1] = QByteArray::number(measureId);
        fields[2] = period.text;
        fields[3] = period.lastDay;
        fields[4] = period.granularity;
        fields[5] = member ? QByteArray::number(member) : QByteArray();
        fields[6] = pg::numberText(o.value);
        fields[7] = optionalNumber(o.numerator);
        fields[8] = optionalNumber(o.denominator);
        fields[9] = o.provisional ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
        fields[10] = o.estimated ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
        fields[11] = o.note.isEmpty() ? QByteArray() : o.note.toUtf8();
        copy.row(fields);
        ++staged;
        if (batch.progress && staged % 2000 == 0 && !batch.progress(staged, more ? -1 : qint64(batch.observations.size())))
            throw StoreError(
                StoreError::Kind::Cancelled, StorageText::tr("The import was cancelled; nothing was written."));
    };
    try {
        for (const Observation &o : batch.observations)
            stageOne(o);
        if (more) {
            Observation next;
            while (more(next))
                stageOne(next);
        }
        copy.pause();
    } catch (...) {
        m_copy = nullptr;
        throw;
    }
    m_copy = nullptr;
    m_db.execute("ANALYZE incoming_observations");
    return staged;
}

void PgImportWriter::mergeObservations(const ImportBatch &batch, qint64 importId, qint64 staged, ImportSummary &summary)
{
    const QByteArray columns(observationColumns);
    const QByteArray key = "ON CONFLICT (measure_id, (coalesce(member_id, 0)), period) ";
    // A batch that names a figure twice keeps the first under skip and the last under replace, as row-by-row writing does.
    const QByteArray distinct = "SELECT DISTINCT ON (measure_id, coalesce(member_id, 0), period) " + columns
        + ", $1::bigint FROM incoming_observations ORDER BY measure_id, coalesce(member_id, 0), period, seq ";
    const QByteArray insert = "INSERT INTO observations (" + columns + ", import_id) ";
    const pg::Params id = pg::Params().add(importId);
    switch (batch.onDuplicate) {
    case DuplicatePolicy::Fail: {
        // The first figure the batch names twice, or that the database holds already.
        const QByteArray clash = QByteArray("WITH clash AS ((SELECT measure_id, member_id, period FROM incoming_observations "
                                            "GROUP BY measure_id, member_id, period HAVING count(*) > 1 LIMIT 1) "
                                            "UNION ALL (SELECT measure_id, member_id, period FROM incoming_observations s "
                                            "WHERE EXISTS (SELECT 1 FROM observations o WHERE ")
            + sameFigure + ") LIMIT 1)) SELECT ms.code, c.period, coalesce(dm.code, '') FROM clash c "
                           "JOIN measures ms ON ms.id = c.measure_id LEFT JOIN dimension_members dm ON dm.id = c.member_id LIMIT 1";
        const pg::Result found = m_db.query(clash.constData());
        if (found.rows()) {
            const QString member = found.text(0, 2);
            throw StoreError(StoreError::Kind::InvalidData,
                StorageText::tr("The database already holds a figure for %1, %2%3. Nothing was written. Import again "
                                "with --on-duplicate replace (the file wins) or skip (the database wins).")
                    .arg(found.text(0, 0), found.text(0, 1),
                         member.isEmpty() ? QString() : QStringLiteral(", ") + member));
        }
        summary.observationsWritten
            = m_db.query((insert + "SELECT " + columns + ", $1::bigint FROM incoming_observations").constData(), id)
                  .affectedRows();
        break;
    }
    case DuplicatePolicy::Skip:
        summary.observationsWritten
            = m_db.query((insert + distinct + "ASC " + key + "DO NOTHING").constData(), id).affectedRows();
        summary.observationsSkipped = staged - summary.observationsWritten;
        break;
    case DuplicatePolicy::Replace:
        // What a replacing import overwrites is kept, so that the import can be undone.
        m_db.query((QByteArray("INSERT INTO replaced_observations SELECT $1, ") + columns
                    + ", import_id FROM observations o WHERE EXISTS (SELECT 1 FROM incoming_observations s WHERE "
                    + sameFigure + ")")
                       .constData(),
                   id);
        m_db.query((insert + distinct + "DESC " + key
                    + "DO UPDATE SET period_end = excluded.period_end, granularity = excluded.granularity, "
                      "value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator, "
                      "provisional = excluded.provisional, estimated = excluded.estimated, note = excluded.note, "
                      "import_id = excluded.import_id")
                       .constData(),
                   id);
        summary.observationsWritten = staged;
        break;
    }
}

ImportSummary PgImportWriter::write(const ImportBatch &batch, const ObservationFeed &more)
{
    ImportSummary summary;
    summary.importId = m_db.query("INSERT INTO imports (imported_at, user_name, kind, file_name, file_size, "
                                  "file_sha256, mapping, rows_read) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                                  pg::Params()
                                      .add(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                                      .add(currentUser())
                                      .add(batch.log.kind)
                                      .add(orNull(batch.log.fileName))
                                      .add(batch.log.fileSize)
                                      .add(orNull(batch.log.fileSha256))
                                      .add(orNull(batch.log.mapping))
                                      .add(batch.log.rowsRead))
                           .int64(0, 0);
    if (batch.settings)
        writeCitySettings(m_db, *batch.settings);
    writeStructure(batch);
    writeExtras(batch, summary.importId);
    loadCodes();
    const qint64 staged = stageObservations(batch, more);
    mergeObservations(batch, summary.importId, staged, summary);
    summary.structureRowsWritten = m_structureRows;
    m_db.query("UPDATE imports SET rows_written = $1 WHERE id = $2",
               pg::Params().add(qint64(m_structureRows) + summary.observationsWritten).add(summary.importId));
    return summary;
}

} // namespace civicstat
