// The reads and small edits of SqliteKpiStore that the desktop screens need:
// one measure's history and breakdown, last updates, commentary, initiatives.
#include "sqlite.h"
#include "sqlitekpistore.h"
#include "storeerror.h"

#include <QCoreApplication>

namespace civicstat {

std::vector<Observation> SqliteKpiStore::historyOf(Id measureId) const
{
    const int fiscalStart = citySettings().fiscalYearStartMonth;
    sqlite::Statement q(connection(), "SELECT period, value, numerator, denominator, provisional, estimated, "
                                      "ifnull(note, '') FROM observations WHERE measure_id = ? AND ifnull(member_id, 0) = 0");
    q.bind(1, measureId);
    std::vector<Observation> result;
    while (q.step()) {
        const auto period = Period::parse(q.text(0), fiscalStart);
        if (!period)
            continue;
        Observation o;
        o.measureId = measureId;
        o.period = *period;
        o.value = q.real(1);
        o.numerator = q.optionalReal(2);
        o.denominator = q.optionalReal(3);
        o.provisional = q.int32(4) != 0;
        o.estimated = q.int32(5) != 0;
        o.note = q.text(6);
        result.push_back(std::move(o));
    }
    return result;
}

std::vector<Observation> SqliteKpiStore::figuresByMember(Id measureId, const Period &period) const
{
    const int fiscalStart = citySettings().fiscalYearStartMonth;
    const ObservationWindow window = windowFor(period);
    sqlite::Statement q(connection(),
                        (QByteArray(memberFiguresSelect)
                         + "WHERE o.measure_id = ? AND ifnull(o.member_id, 0) > 0 AND o.period_end BETWEEN ? AND ? "
                           "AND o.granularity <= ? ORDER BY d.code, m.sort_order, m.code")
                            .constData());
    q.bind(1, measureId).bind(2, window.firstEnd.toString(Qt::ISODate)).bind(3, window.lastEnd.toString(Qt::ISODate));
    q.bind(4, window.coarsestGranularity);
    return memberFiguresFrom(q, measureId, fiscalStart);
}

std::optional<QDate> SqliteKpiStore::latestMemberFigureEnd(Id measureId) const
{
    sqlite::Statement q(connection(), "SELECT max(period_end) FROM observations WHERE measure_id = ? AND member_id IS NOT NULL");
    q.bind(1, measureId);
    if (!q.step() || q.isNull(0))
        return std::nullopt;
    return QDate::fromString(q.text(0), Qt::ISODate);
}

QHash<Id, QDate> SqliteKpiStore::lastUpdates() const
{
    // One index seek per measure (observations_totals_by_measure), not a scan of every total.
    sqlite::Statement q(connection(), "SELECT m.id, (SELECT max(o.period_end) FROM observations o WHERE o.measure_id "
                                      "= m.id AND o.member_id IS NULL) FROM measures m");
    QHash<Id, QDate> result;
    while (q.step()) {
        if (!q.isNull(1))
            result.insert(q.int64(0), QDate::fromString(q.text(1), Qt::ISODate));
    }
    return result;
}

std::vector<Commentary> SqliteKpiStore::commentaryOf(Id measureId) const
{
    sqlite::Statement q(connection(), "SELECT id, period, author, written_at, body FROM commentary "
                                      "WHERE measure_id = ? ORDER BY period DESC, written_at DESC");
    q.bind(1, measureId);
    std::vector<Commentary> result;
    while (q.step())
        result.push_back({q.int64(0), measureId, q.text(1), q.text(2),
                          QDateTime::fromString(q.text(3), Qt::ISODate), q.text(4)});
    return result;
}

namespace {

Id measureOfCommentary(sqlite::Connection &db, Id commentaryId)
{
    sqlite::Statement q(db, "SELECT measure_id FROM commentary WHERE id = ?");
    q.bind(1, commentaryId);
    return q.step() ? q.int64(0) : 0;
}

} // namespace

Id SqliteKpiStore::addCommentary(const Commentary &c)
{
    requireWritable();
    sqlite::Transaction transaction(connection());
    sqlite::Statement insert(connection(), "INSERT INTO commentary (id, measure_id, period, author, written_at, body) "
                                           "VALUES (?, ?, ?, ?, ?, ?)");
    (c.id ? insert.bind(1, c.id) : insert.bindNull(1));
    insert.bind(2, c.measureId).bind(3, c.period).bind(4, c.author);
    insert.bind(5, c.writtenAt.toUTC().toString(Qt::ISODate)).bind(6, c.body);
    try {
        insert.execute();
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::InvalidData) // the measure's foreign key
            throw;
        throw StoreError(StoreError::Kind::InvalidData,
                         QCoreApplication::translate("Storage", "The measure of this comment is no longer in \"%1\": "
                                                               "someone else removed it since. Nothing was saved.")
                             .arg(location()));
    }
    const Id id = connection().lastInsertId();
    recordChange(StoreChange::Kind::Commentary, c.measureId);
    transaction.commit();
    return id;
}

void SqliteKpiStore::updateCommentary(Id id, const QString &body)
{
    requireWritable();
    sqlite::Transaction transaction(connection());
    sqlite::Statement update(connection(), "UPDATE commentary SET body = ? WHERE id = ?");
    update.bind(1, body).bind(2, id).execute();
    requireCommentaryChanged();
    recordChange(StoreChange::Kind::Commentary, measureOfCommentary(connection(), id));
    transaction.commit();
}

void SqliteKpiStore::removeCommentary(Id id)
{
    requireWritable();
    sqlite::Transaction transaction(connection());
    const Id measureId = measureOfCommentary(connection(), id);
    sqlite::Statement remove(connection(), "DELETE FROM commentary WHERE id = ?");
    remove.bind(1, id).execute();
    requireCommentaryChanged();
    recordChange(StoreChange::Kind::Commentary, measureId);
    transaction.commit();
}

// Another program (or window) may have deleted the comment since it was shown.
void SqliteKpiStore::requireCommentaryChanged() const
{
    if (connection().changes() == 0)
        throw StoreError(StoreError::Kind::InvalidData,
                         QCoreApplication::translate("Storage", "The comment is no longer in \"%1\": someone else "
                                                               "deleted it since. Nothing was changed.")
                             .arg(location()));
}

std::optional<UndoneImport> SqliteKpiStore::importToUndo() const
{
    sqlite::Statement last(connection(), "SELECT id, ifnull(file_name, ''), imported_at, "
                                         "(SELECT count(*) FROM observations o WHERE o.import_id = i.id), "
                                         "(SELECT count(*) FROM replaced_observations r WHERE r.import_id = i.id), "
                                         "(SELECT count(*) FROM commentary c WHERE c.import_id = i.id) "
                                         "FROM imports i WHERE undone_at IS NULL AND kind NOT IN ('demo', 'snapshot') ORDER BY id DESC LIMIT 1");
    if (!last.step())
        return std::nullopt;
    return UndoneImport{last.int64(0), last.text(1), last.text(2), last.int64(3), last.int64(4), last.int64(5)};
}

bool SqliteKpiStore::isDemonstration() const
{
    sqlite::Statement demo(connection(), "SELECT 1 FROM imports WHERE kind = 'demo' LIMIT 1");
    return demo.step();
}

UndoneImport SqliteKpiStore::undoLastImport(std::optional<qint64> expectedImportId)
{
    requireWritable();
    sqlite::Transaction transaction(connection());
    const auto next = importToUndo();
    if (!next)
        throw StoreError(StoreError::Kind::InvalidData,
                         QCoreApplication::translate("Storage", "There is no import to undo in \"%1\".").arg(location()));
    if (expectedImportId && next->importId != *expectedImportId)
        throw StoreError(StoreError::Kind::InvalidData,
                         QCoreApplication::translate("Storage", "Another import (%1) was written to \"%2\" since you "
                                                               "asked; nothing was undone. Choose Undo again to see it.")
                             .arg(next->fileName, location()));
    UndoneImport undone = *next;
    sqlite::Statement remove(connection(), "DELETE FROM observations WHERE import_id = ?");
    remove.bind(1, undone.importId).execute();
    undone.removed = connection().changes();
    sqlite::Statement restore(connection(),
                              "INSERT OR REPLACE INTO observations (measure_id, period, period_end, granularity, member_id, "
                              "value, numerator, denominator, provisional, estimated, note, import_id) SELECT measure_id, "
                              "period, period_end, granularity, member_id, value, numerator, denominator, provisional, "
                              "estimated, note, old_import_id FROM replaced_observations WHERE import_id = ?");
    restore.bind(1, undone.importId).execute();
    undone.restored = connection().changes();
    sqlite::Statement forget(connection(), "DELETE FROM replaced_observations WHERE import_id = ?");
    forget.bind(1, undone.importId).execute();
    // Its comments go, and the ones they replaced come back with their own ids.
    sqlite::Statement removeComments(connection(), "DELETE FROM commentary WHERE import_id = ?");
    removeComments.bind(1, undone.importId).execute();
    undone.comments = connection().changes();
    sqlite::Statement restoreComments(connection(),
                                      "INSERT OR REPLACE INTO commentary (id, measure_id, period, author, written_at, body, "
                                      "import_id) SELECT id, measure_id, period, author, written_at, body, old_import_id "
                                      "FROM replaced_commentary WHERE import_id = ? "
                                      "AND measure_id IN (SELECT id FROM measures)");
    restoreComments.bind(1, undone.importId).execute();
    sqlite::Statement forgetComments(connection(), "DELETE FROM replaced_commentary WHERE import_id = ?");
    forgetComments.bind(1, undone.importId).execute();
    sqlite::Statement mark(connection(), "UPDATE imports SET undone_at = ? WHERE id = ?");
    mark.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).bind(2, undone.importId).execute();
    recordChange(StoreChange::Kind::ImportUndone, 0, undone.importId);
    transaction.commit();
    return undone;
}

std::vector<Initiative> SqliteKpiStore::initiativesOf(Id objectiveId) const
{
    sqlite::Statement q(connection(), "SELECT id, title, ifnull(owner, ''), ifnull(due, ''), status FROM initiatives "
                                      "WHERE objective_id = ? ORDER BY due IS NULL, due, title");
    q.bind(1, objectiveId);
    std::vector<Initiative> result;
    while (q.step())
        result.push_back({q.int64(0), objectiveId, q.text(1), q.text(2), QDate::fromString(q.text(3), Qt::ISODate),
                          q.text(4)});
    return result;
}

const char *const SqliteKpiStore::memberFiguresSelect
    = "SELECT d.code, d.name, m.code, m.name, ifnull(m.geo_key, ''), o.period, o.value, o.numerator, "
      "o.denominator, o.provisional, o.estimated, ifnull(o.note, '') FROM observations o "
      "JOIN dimension_members m ON m.id = o.member_id JOIN dimensions d ON d.id = m.dimension_id ";

std::vector<Observation> SqliteKpiStore::memberFiguresFrom(sqlite::Statement &q, Id measureId, int fiscalStart)
{
    std::vector<Observation> result;
    while (q.step()) {
        const auto own = Period::parse(q.text(5), fiscalStart);
        if (!own)
            continue;
        Observation o;
        o.measureId = measureId;
        o.dimensionCode = q.text(0);
        o.dimensionName = q.text(1);
        o.memberCode = q.text(2);
        o.memberName = q.text(3);
        o.geoKey = q.text(4);
        o.period = *own;
        o.value = q.real(6);
        o.numerator = q.optionalReal(7);
        o.denominator = q.optionalReal(8);
        o.provisional = q.int32(9) != 0;
        o.estimated = q.int32(10) != 0;
        o.note = q.text(11);
        result.push_back(std::move(o));
    }
    return result;
}

} // namespace civicstat
