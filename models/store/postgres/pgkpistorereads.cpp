// The reads and small edits of PgKpiStore that the desktop screens need: one
// measure's history and breakdown, last updates, commentary, initiatives, undo.
// Orders match SqliteKpiStore's row for row (codes and periods compare as bytes).
#include "pg.h"
#include "pgkpistore.h"

#include <QCoreApplication>

namespace civicstat {

namespace {

struct StorageText { Q_DECLARE_TR_FUNCTIONS(Storage) };

// A moment as the SQLite format writes it (the session's time zone is UTC).
#define ISO_UTC(column) "to_char(" column ", 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"

} // namespace

std::vector<Observation> PgKpiStore::historyOf(Id measureId) const
{
    const int fiscalStart = citySettings().fiscalYearStartMonth;
    const pg::Result q = connection().query(
        "SELECT period, value, numerator, denominator, provisional, estimated, coalesce(note, '') FROM observations "
        "WHERE measure_id = $1 AND coalesce(member_id, 0) = 0 ORDER BY period",
        pg::Params().add(measureId));
    std::vector<Observation> result;
    for (int r = 0; r < q.rows(); ++r) {
        const auto period = Period::parse(q.text(r, 0), fiscalStart);
        if (!period)
            continue;
        Observation o;
        o.measureId = measureId;
        o.period = *period;
        o.value = q.real(r, 1);
        o.numerator = q.optionalReal(r, 2);
        o.denominator = q.optionalReal(r, 3);
        o.provisional = q.boolean(r, 4);
        o.estimated = q.boolean(r, 5);
        o.note = q.text(r, 6);
        result.push_back(std::move(o));
    }
    return result;
}

std::vector<Observation> PgKpiStore::figuresByMember(Id measureId, const Period &period) const
{
    const int fiscalStart = citySettings().fiscalYearStartMonth;
    const ObservationWindow window = windowFor(period);
    const pg::Result q = connection().query(
        (QByteArray(memberFiguresSelect)
         + "WHERE o.measure_id = $1 AND o.member_id IS NOT NULL AND o.period_end BETWEEN $2 AND $3 "
           "AND o.granularity <= $4 ORDER BY d.code, m.sort_order, m.code, o.period")
            .constData(),
        pg::Params()
            .add(measureId)
            .add(window.firstEnd.toString(Qt::ISODate))
            .add(window.lastEnd.toString(Qt::ISODate))
            .add(window.coarsestGranularity));
    return memberFiguresFrom(q, measureId, fiscalStart);
}

std::optional<QDate> PgKpiStore::latestMemberFigureEnd(Id measureId) const
{
    const pg::Result q = connection().query(
        "SELECT max(period_end) FROM observations WHERE measure_id = $1 AND member_id IS NOT NULL",
        pg::Params().add(measureId));
    if (!q.rows() || q.isNull(0, 0))
        return std::nullopt;
    return QDate::fromString(q.text(0, 0), Qt::ISODate);
}

QHash<Id, QDate> PgKpiStore::lastUpdates() const
{
    // One index seek per measure (observations_totals_by_measure), not a scan of every total.
    const pg::Result q = connection().query(
        "SELECT m.id, (SELECT max(o.period_end) FROM observations o WHERE o.measure_id = m.id "
        "AND o.member_id IS NULL) FROM measures m");
    QHash<Id, QDate> result;
    for (int r = 0; r < q.rows(); ++r) {
        if (!q.isNull(r, 1))
            result.insert(q.int64(r, 0), QDate::fromString(q.text(r, 1), Qt::ISODate));
    }
    return result;
}

std::vector<Commentary> PgKpiStore::commentaryOf(Id measureId) const
{
    const pg::Result q = connection().query(
        "SELECT id, period, author, " ISO_UTC("written_at") ", body FROM commentary "
        "WHERE measure_id = $1 ORDER BY period DESC, written_at DESC, id DESC",
        pg::Params().add(measureId));
    std::vector<Commentary> result;
    for (int r = 0; r < q.rows(); ++r)
        result.push_back({q.int64(r, 0), measureId, q.text(r, 1), q.text(r, 2),
                          QDateTime::fromString(q.text(r, 3), Qt::ISODate), q.text(r, 4)});
    return result;
}

Id PgKpiStore::addCommentary(const Commentary &c)
{
    requireWritable();
    pg::Transaction transaction(connection());
    pg::Params params;
    params.add(c.measureId).add(c.period).add(c.author).add(c.writtenAt.toUTC().toString(Qt::ISODate)).add(c.body);
    if (c.id)
        params.add(c.id);
    Id id = 0;
    try {
        id = connection()
                 .query(c.id ? "INSERT INTO commentary (measure_id, period, author, written_at, body, id) "
                               "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
                             : "INSERT INTO commentary (measure_id, period, author, written_at, body) "
                               "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                        params)
                 .int64(0, 0);
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::InvalidData) // the measure's foreign key
            throw;
        throw StoreError(StoreError::Kind::InvalidData,
                         StorageText::tr("The measure of this comment is no longer in \"%1\": "
                                         "someone else removed it since. Nothing was saved.")
                             .arg(location()));
    }
    recordChange(StoreChange::Kind::Commentary, c.measureId);
    transaction.commit();
    return id;
}

namespace {

// Another program (or window) may have deleted the comment since it was shown.
void requireCommentaryChanged(const pg::Result &result, const QString &location)
{
    if (result.affectedRows() == 0)
        throw StoreError(StoreError::Kind::InvalidData,
                         StorageText::tr("The comment is no longer in \"%1\": someone else "
                                         "deleted it since. Nothing was changed.")
                             .arg(location));
}

} // namespace

void PgKpiStore::updateCommentary(Id id, const QString &body)
{
    requireWritable();
    pg::Transaction transaction(connection());
    const pg::Result update = connection().query("UPDATE commentary SET body = $1 WHERE id = $2 RETURNING measure_id",
                                                 pg::Params().add(body).add(id));
    requireCommentaryChanged(update, location());
    recordChange(StoreChange::Kind::Commentary, update.int64(0, 0));
    transaction.commit();
}

void PgKpiStore::removeCommentary(Id id)
{
    requireWritable();
    pg::Transaction transaction(connection());
    const pg::Result remove
        = connection().query("DELETE FROM commentary WHERE id = $1 RETURNING measure_id", pg::Params().add(id));
    requireCommentaryChanged(remove, location());
    recordChange(StoreChange::Kind::Commentary, remove.int64(0, 0));
    transaction.commit();
}

std::optional<UndoneImport> PgKpiStore::importToUndo() const
{
    const pg::Result last = connection().query(
        "SELECT id, coalesce(file_name, ''), " ISO_UTC("imported_at") ", "
        "(SELECT count(*) FROM observations o WHERE o.import_id = i.id), "
        "(SELECT count(*) FROM replaced_observations r WHERE r.import_id = i.id), "
        "(SELECT count(*) FROM commentary c WHERE c.import_id = i.id) "
        "FROM imports i WHERE undone_at IS NULL AND kind <> 'demo' ORDER BY id DESC LIMIT 1");
    if (!last.rows())
        return std::nullopt;
    return UndoneImport{last.int64(0, 0), last.text(0, 1), last.text(0, 2),
                        last.int64(0, 3), last.int64(0, 4), last.int64(0, 5)};
}

bool PgKpiStore::isDemonstration() const
{
    return connection().query("SELECT 1 FROM imports WHERE kind = 'demo' LIMIT 1").rows() > 0;
}

UndoneImport PgKpiStore::undoLastImport(std::optional<qint64> expectedImportId)
{
    requireWritable();
    pg::Transaction transaction(connection());
    // One undo at a time: a second program waits here, then finds the next import.
    connection().execute("LOCK TABLE imports IN SHARE ROW EXCLUSIVE MODE");
    const auto next = importToUndo();
    if (!next)
        throw StoreError(StoreError::Kind::InvalidData,
                         StorageText::tr("There is no import to undo in \"%1\".").arg(location()));
    if (expectedImportId && next->importId != *expectedImportId)
        throw StoreError(StoreError::Kind::InvalidData,
                         StorageText::tr("Another import (%1) was written to \"%2\" since you "
                                         "asked; nothing was undone. Choose Undo again to see it.")
                             .arg(next->fileName, location()));
    UndoneImport undone = *next;
    const pg::Params id = pg::Params().add(undone.importId);
    pg::Connection &db = connection();
    undone.removed = db.query("DELETE FROM observations WHERE import_id = $1", id).affectedRows();
    undone.restored
        = db.query("INSERT INTO observations (measure_id, period, period_end, granularity, member_id, value, numerator, "
                   "denominator, provisional, estimated, note, import_id) SELECT measure_id, period, period_end, "
                   "granularity, member_id, value, numerator, denominator, provisional, estimated, note, old_import_id "
                   "FROM replaced_observations WHERE import_id = $1 "
                   "ON CONFLICT (measure_id, (coalesce(member_id, 0)), period) DO UPDATE SET "
                   "period_end = excluded.period_end, granularity = excluded.granularity, value = excluded.value, "
                   "numerator = excluded.numerator, denominator = excluded.denominator, "
                   "provisional = excluded.provisional, estimated = excluded.estimated, note = excluded.note, "
                   "import_id = excluded.import_id",
                   id)
              .affectedRows();
    db.query("DELETE FROM replaced_observations WHERE import_id = $1", id);
    // Its comments go, and the ones they replaced come back with their own ids.
    undone.comments = db.query("DELETE FROM commentary WHERE import_id = $1", id).affectedRows();
    db.query("INSERT INTO commentary (id, measure_id, period, author, written_at, body, import_id) "
             "SELECT id, measure_id, period, author, written_at, body, old_import_id FROM replaced_commentary "
             "WHERE import_id = $1 AND measure_id IN (SELECT id FROM measures) ON CONFLICT (id) DO UPDATE SET "
             "measure_id = excluded.measure_id, period = excluded.period, author = excluded.author, "
             "written_at = excluded.written_at, body = excluded.body, import_id = excluded.import_id",
             id);
    db.query("DELETE FROM replaced_commentary WHERE import_id = $1", id);
    db.query("UPDATE imports SET undone_at = $1 WHERE id = $2",
             pg::Params().add(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).add(undone.importId));
    recordChange(StoreChange::Kind::ImportUndone, 0, undone.importId);
    transaction.commit();
    return undone;
}

std::vector<Initiative> PgKpiStore::initiativesOf(Id objectiveId) const
{
    const pg::Result q = connection().query(
        "SELECT id, title, coalesce(owner, ''), coalesce(due::text, ''), status FROM initiatives "
        "WHERE objective_id = $1 ORDER BY due IS NULL, due, title",
        pg::Params().add(objectiveId));
    std::vector<Initiative> result;
    for (int r = 0; r < q.rows(); ++r)
        result.push_back({q.int64(r, 0), objectiveId, q.text(r, 1), q.text(r, 2),
                          QDate::fromString(q.text(r, 3), Qt::ISODate), q.text(r, 4)});
    return result;
}

const char *const PgKpiStore::memberFiguresSelect
    = "SELECT d.code, d.name, m.code, m.name, coalesce(m.geo_key, ''), o.period, o.value, o.numerator, "
      "o.denominator, o.provisional, o.estimated, coalesce(o.note, '') FROM observations o "
      "JOIN dimension_members m ON m.id = o.member_id JOIN dimensions d ON d.id = m.dimension_id ";

std::vector<Observation> PgKpiStore::memberFiguresFrom(const pg::Result &q, Id measureId, int fiscalStart)
{
    std::vector<Observation> result;
    for (int r = 0; r < q.rows(); ++r) {
        const auto own = Period::parse(q.text(r, 5), fiscalStart);
        if (!own)
            continue;
        Observation o;
        o.measureId = measureId;
        o.dimensionCode = q.text(r, 0);
        o.dimensionName = q.text(r, 1);
        o.memberCode = q.text(r, 2);
        o.memberName = q.text(r, 3);
        o.geoKey = q.text(r, 4);
        o.period = *own;
        o.value = q.real(r, 6);
        o.numerator = q.optionalReal(r, 7);
        o.denominator = q.optionalReal(r, 8);
        o.provisional = q.boolean(r, 9);
        o.estimated = q.boolean(r, 10);
        o.note = q.text(r, 11);
        result.push_back(std::move(o));
    }
    return result;
}

} // namespace civicstat
