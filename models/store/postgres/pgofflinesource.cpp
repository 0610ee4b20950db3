// A server database as the source of offline copies: the reads a copy takes
// beyond what the screens need, and the one-transaction send of a copy's
// comments. Results and their order match the SQLite source row for row
// (sqliteofflinereads.cpp, sqliteofflinecopy.cpp). A server database is never
// a copy itself: the copy's side of the interface says so.
#include "pg.h"
#include "pgkpistore.h"

#include "storeerror.h"

#include <QCoreApplication>

namespace civicstat {

namespace {

struct PgOfflineText { Q_DECLARE_TR_FUNCTIONS(PgOfflineSource) };

[[noreturn]] void notACopy()
{
    throw StoreError(StoreError::Kind::InvalidData,
                     PgOfflineText::tr("A server database is not an offline copy: there is nothing to send back."));
}

QString utcText(const QDateTime &time) { return time.toUTC().toString(Qt::ISODate); }

// FOR KEY SHARE: nobody removes the measure while the send adds comments to it.
std::optional<Id> measureIdOf(pg::Connection &db, const QString &code)
{
    const pg::Result q = db.query("SELECT id FROM measures WHERE code = $1 FOR KEY SHARE", pg::Params().add(code));
    return q.rows() ? std::optional<Id>(q.int64(0, 0)) : std::nullopt;
}

// FOR UPDATE: a second sync of the same comment waits here until this one
// commits, then reads the body this one wrote, so that only one of them wins.
std::optional<Commentary> lockedCommentaryById(pg::Connection &db, Id id)
{
    const pg::Result q = db.query("SELECT measure_id, period, author, "
                                  "to_char(written_at, 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), body "
                                  "FROM commentary WHERE id = $1 FOR UPDATE",
                                  pg::Params().add(id));
    if (!q.rows())
        return std::nullopt;
    return Commentary{id, q.int64(0, 0), q.text(0, 1), q.text(0, 2),
                      QDateTime::fromString(q.text(0, 3), Qt::ISODate), q.text(0, 4)};
}

Id insertCommentary(pg::Connection &db, Id measureId, const PendingComment &c, const QString &body,
                    const QDateTime &writtenAt)
{
    return db.query("INSERT INTO commentary (measure_id, period, author, written_at, body) "
                    "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                    pg::Params().add(measureId).add(c.period).add(c.author).add(utcText(writtenAt)).add(body))
        .int64(0, 0);
}

} // namespace

std::vector<Observation> PgKpiStore::memberFiguresOf(Id measureId) const
{
    const int fiscalStart = citySettings().fiscalYearStartMonth;
    const pg::Result q = connection().query(
        (QByteArray(memberFiguresSelect) + "WHERE o.measure_id = $1 ORDER BY o.period_end, d.code, m.sort_order, m.code")
            .constData(),
        pg::Params().add(measureId));
    return memberFiguresFrom(q, measureId, fiscalStart);
}

CityDimensions PgKpiStore::dimensions() const
{
    CityDimensions result;
    // One snapshot: members and shapes belong to the dimensions listed.
    pg::Transaction snapshot(connection());
    connection().execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    {
        const pg::Result q = connection().query("SELECT code, name FROM dimensions ORDER BY code");
        for (int r = 0; r < q.rows(); ++r)
            result.dimensions.emplace_back(q.text(r, 0), q.text(r, 1));
    }
    {
        const pg::Result q = connection().query(
            "SELECT d.code, m.code, m.name, coalesce(m.geo_key, ''), m.sort_order FROM dimension_members m "
            "JOIN dimensions d ON d.id = m.dimension_id ORDER BY d.code, m.sort_order, m.code");
        for (int r = 0; r < q.rows(); ++r)
            result.members.push_back({q.text(r, 0), q.text(r, 1), q.text(r, 2), q.text(r, 3), q.int32(r, 4)});
    }
    {
        const pg::Result q = connection().query("SELECT d.code, b.name, b.key_property, b.geojson FROM boundary_layers b "
                                                "JOIN dimensions d ON d.id = b.dimension_id ORDER BY b.id");
        for (int r = 0; r < q.rows(); ++r)
            result.boundaryLayers.push_back({q.text(r, 0), q.text(r, 1), q.text(r, 2), q.text(r, 3)});
    }
    snapshot.commit();
    return result;
}

std::vector<NewDataset> PgKpiStore::datasets() const
{
    // The name column has the database's collation; SQLite orders bytes.
    const pg::Result q = connection().query(
        "SELECT s.name, coalesce(d.code, ''), coalesce(s.steward, ''), s.classification, "
        "coalesce(s.source_system, ''), coalesce(s.refresh_schedule, ''), coalesce(s.last_refreshed::text, '') "
        "FROM datasets s LEFT JOIN departments d ON d.id = s.department_id ORDER BY s.name COLLATE \"C\"");
    std::vector<NewDataset> result;
    for (int r = 0; r < q.rows(); ++r) {
        NewDataset dataset;
        dataset.name = q.text(r, 0);
        dataset.departmentCode = q.text(r, 1);
        dataset.steward = q.text(r, 2);
        dataset.classification = classificationFromText(q.text(r, 3)).value_or(Classification::Restricted);
        dataset.sourceSystem = q.text(r, 4);
        dataset.refreshSchedule = q.text(r, 5);
        dataset.lastRefreshed = QDate::fromString(q.text(r, 6), Qt::ISODate);
        result.push_back(std::move(dataset));
    }
    return result;
}

std::vector<CommentarySendOutcome> PgKpiStore::sendCommentary(const std::vector<CommentaryToSend> &pending)
{
    requireWritable();
    pg::Transaction transaction(connection());
    pg::Connection &db = connection();
    std::vector<CommentarySendOutcome> outcomes;
    for (const CommentaryToSend &item : pending) {
        const PendingComment &c = item.comment;
        CommentarySendOutcome outcome;
        outcome.localId = c.localId;
        outcome.sourceId = c.sourceId;
        outcome.sentBody = c.body;
        const auto measureId = measureIdOf(db, c.measureCode);
        if (!measureId) {
            outcome.result = CommentarySendOutcome::Result::MeasureGone;
            outcomes.push_back(outcome);
            continue;
        }
        const auto atSource = c.kind == PendingComment::Kind::Written ? std::nullopt
                                                                      : lockedCommentaryById(db, c.sourceId);
        const bool unchangedAtSource = atSource && atSource->body == c.baseBody;
        using Result = CommentarySendOutcome::Result;
        switch (c.kind) {
        case PendingComment::Kind::Written:
            outcome.sourceId = insertCommentary(db, *measureId, c, c.body, c.writtenAt);
            outcome.sourceBody = c.body;
            outcome.result = Result::Appended;
            break;
        case PendingComment::Kind::Edited:
            if (unchangedAtSource || (atSource && atSource->body == c.body)) {
                db.query("UPDATE commentary SET body = $1 WHERE id = $2", pg::Params().add(c.body).add(c.sourceId));
                outcome.sourceBody = c.body;
                outcome.result = Result::Updated;
            } else {
                const QString body = item.conflictBody ? item.conflictBody(atSource) : c.body;
                outcome.sourceId = insertCommentary(db, *measureId, c, body, QDateTime::currentDateTimeUtc());
                outcome.sourceBody = body;
                outcome.result = Result::Conflict;
                outcome.atSource = atSource;
            }
            break;
        case PendingComment::Kind::Removed:
            if (!atSource) {
                outcome.result = Result::AlreadyGone;
            } else if (unchangedAtSource) {
                db.query("DELETE FROM commentary WHERE id = $1", pg::Params().add(c.sourceId));
                outcome.result = Result::Removed;
            } else {
                outcome.result = Result::KeptAtSource;
                outcome.atSource = atSource;
            }
            break;
        }
        if (outcome.result != Result::AlreadyGone && outcome.result != Result::KeptAtSource)
            recordChange(StoreChange::Kind::Commentary, *measureId);
        outcomes.push_back(outcome);
    }
    transaction.commit();
    return outcomes;
}

void PgKpiStore::stampOfflineCopy(const OfflineCopyStamp &) { notACopy(); }
std::optional<OfflineCopyStamp> PgKpiStore::offlineCopyStamp() const { return std::nullopt; }
std::vector<PendingComment> PgKpiStore::pendingCommentary() const { return {}; }
void PgKpiStore::markCommentarySent(const std::vector<CommentarySendOutcome> &) { notACopy(); }

} // namespace civicstat
