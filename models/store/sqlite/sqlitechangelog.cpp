// The SQLite store's change log (schema version 4): every write records what
// it changed, marked with the writing session, so that the other windows and
// programs on the file can refresh just that. PRAGMA data_version tells
// cheaply whether anyone else committed anything since the last look.
#include "sqlite.h"
#include "sqlitekpistore.h"

#include <QDateTime>

namespace civicstat {

namespace {

const char *kindText(StoreChange::Kind kind)
{
    switch (kind) {
    case StoreChange::Kind::Settings: return "settings";
    case StoreChange::Kind::Commentary: return "commentary";
    case StoreChange::Kind::Import: return "import";
    case StoreChange::Kind::ImportUndone: return "import_undone";
    case StoreChange::Kind::Unknown: break;
    }
    return nullptr;
}

StoreChange::Kind kindFromText(const QString &text)
{
    for (auto kind : {StoreChange::Kind::Settings, StoreChange::Kind::Commentary, StoreChange::Kind::Import,
                      StoreChange::Kind::ImportUndone}) {
        if (text == QLatin1String(kindText(kind)))
            return kind;
    }
    return StoreChange::Kind::Unknown;
}

// A log of the last few thousand changes is plenty for windows that look every second.
constexpr qint64 changesKept = 5000;

} // namespace

void SqliteKpiStore::recordChange(StoreChange::Kind kind, Id measureId, qint64 importId)
{
    sqlite::Statement insert(*m_db, "INSERT INTO change_log (session, kind, measure_id, import_id, changed_at) "
                                    "VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, m_session).bind(2, QString::fromLatin1(kindText(kind)));
    (measureId ? insert.bind(3, measureId) : insert.bindNull(3));
    (importId ? insert.bind(4, importId) : insert.bindNull(4));
    insert.bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).execute();
    sqlite::Statement prune(*m_db, "DELETE FROM change_log WHERE id <= ?");
    prune.bind(1, m_db->lastInsertId() - changesKept).execute();
}

qint64 SqliteKpiStore::changeCounter() const
{
    sqlite::Statement q(*m_db, "PRAGMA data_version");
    return q.step() ? q.int64(0) : 0;
}

qint64 SqliteKpiStore::latestChangeId() const
{
    sqlite::Statement q(*m_db, "SELECT ifnull(max(id), 0) FROM change_log");
    return q.step() ? q.int64(0) : 0;
}

std::vector<StoreChange> SqliteKpiStore::changesByOthersSince(qint64 changeId) const
{
    sqlite::Statement q(*m_db, "SELECT id, kind, ifnull(measure_id, 0), ifnull(import_id, 0) FROM change_log "
                               "WHERE id > ? AND session <> ? ORDER BY id");
    q.bind(1, changeId).bind(2, m_session);
    std::vector<StoreChange> changes;
    while (q.step()) {
        StoreChange change;
        change.changeId = q.int64(0);
        change.kind = kindFromText(q.text(1));
        change.measureId = q.int64(2);
        change.importId = q.int64(3);
        change.elsewhere = true;
        changes.push_back(change);
    }
    return changes;
}

} // namespace civicstat
