// Both ends of sending an offline copy's comments back (docs/offline.md): the
// copy's stamp and its remembered comments, which make pending whatever
// differs from them, and the source's one-transaction send, which changes a
// comment only where nobody else changed it since.
#include "schema.h"
#include "sqlite.h"
#include "sqlitekpistore.h"
#include "storeerror.h"

#include <QCoreApplication>

namespace civicstat {

namespace {

QString utcText(const QDateTime &time) { return time.toUTC().toString(Qt::ISODate); }

std::optional<Id> measureIdOf(sqlite::Connection &db, const QString &code)
{
    sqlite::Statement q(db, "SELECT id FROM measures WHERE code = ?");
    q.bind(1, code);
    return q.step() ? std::optional<Id>(q.int64(0)) : std::nullopt;
}

std::optional<Commentary> commentaryById(sqlite::Connection &db, Id id)
{
    sqlite::Statement q(db, "SELECT measure_id, period, author, written_at, body FROM commentary WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return Commentary{id, q.int64(0), q.text(1), q.text(2), QDateTime::fromString(q.text(3), Qt::ISODate), q.text(4)};
}

Id insertCommentary(sqlite::Connection &db, Id measureId, const PendingComment &c, const QString &body,
                    const QDateTime &writtenAt)
{
    sqlite::Statement insert(db, "INSERT INTO commentary (measure_id, period, author, written_at, body) "
                                 "VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, measureId).bind(2, c.period).bind(3, c.author).bind(4, utcText(writtenAt)).bind(5, body).execute();
    return db.lastInsertId();
}

// A comment in the copy is the one remembered when its id, measure, period,
// author and time all match: SQLite may give a removed comment's id to a new one.
constexpr const char *sameComment = "c.id = b.local_id AND c.measure_id = b.measure_id AND c.period = b.period "
                                    "AND c.author = b.author AND c.written_at = b.written_at";

} // namespace

std::vector<CommentarySendOutcome> SqliteKpiStore::sendCommentary(const std::vector<CommentaryToSend> &pending)
{
    requireWritable();
    sqlite::Transaction transaction(connection());
    std::vector<CommentarySendOutcome> outcomes;
    for (const CommentaryToSend &item : pending) {
        const PendingComment &c = item.comment;
        CommentarySendOutcome outcome;
        outcome.localId = c.localId;
        outcome.sourceId = c.sourceId;
        outcome.sentBody = c.body;
        const auto measureId = measureIdOf(connection(), c.measureCode);
        if (!measureId) {
            outcome.result = CommentarySendOutcome::Result::MeasureGone;
            outcomes.push_back(outcome);
            continue;
        }
        const auto atSource = c.kind == PendingComment::Kind::Written ? std::nullopt : commentaryById(connection(), c.sourceId);
        const bool unchangedAtSource = atSource && atSource->body == c.baseBody;
        using Result = CommentarySendOutcome::Result;
        switch (c.kind) {
        case PendingComment::Kind::Written:
            outcome.sourceId = insertCommentary(connection(), *measureId, c, c.body, c.writtenAt);
            outcome.sourceBody = c.body;
            outcome.result = Result::Appended;
            break;
        case PendingComment::Kind::Edited:
            if (unchangedAtSource || (atSource && atSource->body == c.body)) {
                sqlite::Statement update(connection(), "UPDATE commentary SET body = ? WHERE id = ?");
                update.bind(1, c.body).bind(2, c.sourceId).execute();
                outcome.sourceBody = c.body;
                outcome.result = Result::Updated;
            } else {
                const QString body = item.conflictBody ? item.conflictBody(atSource) : c.body;
                outcome.sourceId = insertCommentary(connection(), *measureId, c, body, QDateTime::currentDateTimeUtc());
                outcome.sourceBody = body;
                outcome.result = Result::Conflict;
                outcome.atSource = atSource;
            }
            break;
        case PendingComment::Kind::Removed:
            if (!atSource) {
                outcome.result = Result::AlreadyGone;
            } else if (unchangedAtSource) {
                sqlite::Statement remove(connection(), "DELETE FROM commentary WHERE id = ?");
                remove.bind(1, c.sourceId).execute();
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

void SqliteKpiStore::stampOfflineCopy(const OfflineCopyStamp &stamp)
{
    requireWritable();
    sqlite::Transaction transaction(connection());
    sqlite::Statement info(connection(), "INSERT OR REPLACE INTO snapshot_info (id, source, scope, audience, "
                                         "included_classified, holder, data_as_of, taken_at) "
                                         "VALUES (1, ?, ?, ?, ?, ?, ?, ?)");
    info.bind(1, stamp.source).bind(2, stamp.scope).bind(3, stamp.audience);
    info.bind(4, stamp.includedClassified.join(QLatin1Char(','))).bind(5, stamp.holder);
    (stamp.dataAsOf ? info.bind(6, stamp.dataAsOf->toString(Qt::ISODate)) : info.bindNull(6));
    info.bind(7, utcText(stamp.takenAt)).execute();
    // The copy keeps the source's comment ids (models/offline/snapshot.cpp).
    connection().execute("DELETE FROM snapshot_commentary_base");
    connection().execute("INSERT INTO snapshot_commentary_base (local_id, source_id, measure_id, period, author, "
                         "written_at, body, source_body) SELECT id, id, measure_id, period, author, written_at, body, body "
                         "FROM commentary");
    transaction.commit();
}

std::optional<OfflineCopyStamp> SqliteKpiStore::offlineCopyStamp() const
{
    if (!schema::hasTable(connection(), "snapshot_info"))
        return std::nullopt;
    sqlite::Statement q(connection(), "SELECT source, scope, audience, included_classified, holder, data_as_of, "
                                      "taken_at FROM snapshot_info WHERE id = 1");
    if (!q.step())
        return std::nullopt;
    OfflineCopyStamp stamp;
    stamp.source = q.text(0);
    stamp.scope = q.text(1);
    stamp.audience = q.text(2);
    stamp.includedClassified = q.text(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
    stamp.holder = q.text(4);
    if (!q.isNull(5))
        stamp.dataAsOf = QDate::fromString(q.text(5), Qt::ISODate);
    stamp.takenAt = QDateTime::fromString(q.text(6), Qt::ISODate);
    return stamp;
}

std::vector<PendingComment> SqliteKpiStore::pendingCommentary() const
{
    std::vector<PendingComment> result;
    if (!offlineCopyStamp())
        return result;
    // Removals first: a new comment may have been given a removed one's id.
    const QByteArray removed = QByteArray("SELECT b.local_id, b.source_id, m.code, b.period, b.author, b.written_at, "
                                          "'', b.source_body FROM snapshot_commentary_base b "
                                          "JOIN measures m ON m.id = b.measure_id WHERE NOT EXISTS "
                                          "(SELECT 1 FROM commentary c WHERE ") + sameComment + ") ORDER BY b.local_id";
    const QByteArray changed = QByteArray("SELECT c.id, ifnull(b.source_id, 0), m.code, c.period, c.author, "
                                          "c.written_at, c.body, b.source_body FROM commentary c "
                                          "JOIN measures m ON m.id = c.measure_id "
                                          "LEFT JOIN snapshot_commentary_base b ON ") + sameComment
        + " WHERE b.local_id IS NULL OR b.body <> c.body ORDER BY c.id";
    for (const bool removals : {true, false}) {
        sqlite::Statement q(connection(), (removals ? removed : changed).constData());
        while (q.step()) {
            PendingComment c;
            c.localId = q.int64(0);
            c.sourceId = q.int64(1);
            c.measureCode = q.text(2);
            c.period = q.text(3);
            c.author = q.text(4);
            c.writtenAt = QDateTime::fromString(q.text(5), Qt::ISODate);
            c.body = q.text(6);
            c.baseBody = q.isNull(7) ? QString() : q.text(7);
            if (removals)
                c.kind = PendingComment::Kind::Removed;
            else
                c.kind = c.sourceId == 0 ? PendingComment::Kind::Written : PendingComment::Kind::Edited;
            result.push_back(std::move(c));
        }
    }
    return result;
}

void SqliteKpiStore::markCommentarySent(const std::vector<CommentarySendOutcome> &sent)
{
    requireWritable();
    sqlite::Transaction transaction(connection());
    sqlite::Statement forget(connection(), "DELETE FROM snapshot_commentary_base WHERE local_id = ?");
    sqlite::Statement remember(connection(), "INSERT OR REPLACE INTO snapshot_commentary_base (local_id, source_id, "
                                             "measure_id, period, author, written_at, body, source_body) "
                                             "SELECT id, ?, measure_id, period, author, written_at, ?, ? "
                                             "FROM commentary WHERE id = ?");
    sqlite::Statement adopt(connection(), "UPDATE commentary SET body = ? WHERE id = ?");
    const auto measureOfLocal = [this](Id localId) {
        sqlite::Statement q(connection(), "SELECT measure_id FROM commentary WHERE id = ?");
        q.bind(1, localId);
        return q.step() ? q.int64(0) : Id(0);
    };
    using Result = CommentarySendOutcome::Result;
    for (const CommentarySendOutcome &outcome : sent) {
        switch (outcome.result) {
        case Result::MeasureGone:
            break; // still pending
        case Result::Removed:
        case Result::AlreadyGone:
        case Result::KeptAtSource:
            forget.bind(1, outcome.localId).execute();
            break;
        case Result::Appended:
        case Result::Updated:
            remember.bind(1, outcome.sourceId).bind(2, outcome.sentBody).bind(3, outcome.sourceBody);
            remember.bind(4, outcome.localId).execute();
            break;
        case Result::Conflict: {
            // The copy shows what the source now holds, conflict note and all,
            // so that a further edit of it is an ordinary edit of that comment.
            adopt.bind(1, outcome.sourceBody).bind(2, outcome.localId).execute();
            remember.bind(1, outcome.sourceId).bind(2, outcome.sourceBody).bind(3, outcome.sourceBody);
            remember.bind(4, outcome.localId).execute();
            recordChange(StoreChange::Kind::Commentary, measureOfLocal(outcome.localId));
            break;
        }
        }
    }
    transaction.commit();
}

} // namespace civicstat
