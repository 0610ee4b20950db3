// The PostgreSQL store's change log: every write records what it changed,
// marked with the writing session, as the SQLite store does. The log's newest
// id doubles as the change counter: every CivicStat write adds an entry in its
// own transaction, and reading the largest key of an index costs one seek.
#include "pg.h"
#include "pgchangelistener.h"
#include "pgkpistore.h"

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

void PgKpiStore::recordChange(StoreChange::Kind kind, Id measureId, qint64 importId)
{
    // Ids then commit in their order: a window that has seen id N has seen
    // every change below it, though sequences alone promise no such thing.
    m_db->execute("LOCK TABLE change_log IN SHARE ROW EXCLUSIVE MODE");
    const qint64 id = m_db->query("INSERT INTO change_log (session, kind, measure_id, import_id, changed_at) "
                                  "VALUES ($1, $2, $3, $4, now()) RETURNING id",
                                  pg::Params()
                                      .add(m_session)
                                      .add(QString::fromLatin1(kindText(kind)))
                                      .addIdOrNull(measureId)
                                      .addIdOrNull(importId))
                          .int64(0, 0);
    m_db->query("DELETE FROM change_log WHERE id <= $1", pg::Params().add(id - changesKept));
}

qint64 PgKpiStore::changeCounter() const { return latestChangeId(); }

qint64 PgKpiStore::latestChangeId() const
{
    return m_db->query("SELECT coalesce(max(id), 0) FROM change_log").int64(0, 0);
}

std::vector<StoreChange> PgKpiStore::changesByOthersSince(qint64 changeId) const
{
    const pg::Result q = m_db->query("SELECT id, kind, coalesce(measure_id, 0), coalesce(import_id, 0) FROM change_log "
                                     "WHERE id > $1 AND session <> $2 ORDER BY id",
                                     pg::Params().add(changeId).add(m_session));
    std::vector<StoreChange> changes;
    for (int r = 0; r < q.rows(); ++r) {
        StoreChange change;
        change.changeId = q.int64(r, 0);
        change.kind = kindFromText(q.text(r, 1));
        change.measureId = q.int64(r, 2);
        change.importId = q.int64(r, 3);
        change.elsewhere = true;
        changes.push_back(change);
    }
    return changes;
}

bool PgKpiStore::listenForChanges() const
{
    if (!m_listener)
        m_listener = std::make_unique<PgChangeListener>(m_db->resolvedConninfo());
    return m_listener->listen();
}

int PgKpiStore::changeNotificationSocket() const { return m_listener ? m_listener->socket() : -1; }

int PgKpiStore::takeChangeNotifications() const { return m_listener ? m_listener->take() : 0; }

} // namespace civicstat
