// KpiStore on a shared PostgreSQL database, reached by a postgresql:// address.
// It gives every call the same results as SqliteKpiStore: same ordering, same
// values, same rules for duplicates and undo. A database without CivicStat's
// schema is refused with a pointer to "civicstat server-init"; one of a newer
// CivicStat opens read-only.
#pragma once

#include "databasecheck.h"
#include "kpistore.h"

#include <memory>

namespace civicstat {

namespace pg {
class Connection;
class Result;
}
class PgChangeListener;

class PgKpiStore final : public KpiStore
{
public:
    // Throws StoreError with a message for the user when the database cannot be used.
    // A non-empty password is sent as its own parameter (pg::Connection) and kept
    // with the connection, in memory, for the store's further connections.
    static std::unique_ptr<PgKpiStore> open(const QString &conninfo, StoreOpenMode mode = StoreOpenMode::Existing,
                                            const QString &password = {});
    // What server-init did: the schema version before (0: none) and after.
    struct Initialized {
        QString database; // user@server/database, without a password
        int fromVersion = 0;
        int toVersion = 0;
    };
    // Installs the schema on an empty database or migrates an older one, in one transaction.
    static Initialized initialize(const QString &conninfo, const QString &password = {});
    // Counts and digests what the open database holds, as `civicstat check` does
    // for a file (pgdatabasecheck.cpp): the same figures give the same digest.
    static DatabaseCheck check(const PgKpiStore &store);
    ~PgKpiStore() override;

    QString location() const override;
    std::unique_ptr<KpiStore> openWorkerConnection() const override;
    void completeBuild() override;
    std::optional<QString> readOnlyReason() const override;
    std::optional<QString> connectedAs() const override;
    CitySettings citySettings() const override;
    void saveCitySettings(const CitySettings &settings) override;
    CitySettings changeCitySettings(const SettingsChange &change) override;
    Structure structure() const override;
    std::vector<Observation> totalsEndingWithin(const ObservationWindow &window) const override;
    std::optional<QDate> latestObservationEnd() const override;
    qint64 observationCount() const override;
    std::vector<Observation> historyOf(Id measureId) const override;
    std::vector<Observation> figuresByMember(Id measureId, const Period &period) const override;
    std::optional<QDate> latestMemberFigureEnd(Id measureId) const override;
    QHash<Id, QDate> lastUpdates() const override;
    std::vector<Commentary> commentaryOf(Id measureId) const override;
    Id addCommentary(const Commentary &commentary) override;
    void updateCommentary(Id id, const QString &body) override;
    void removeCommentary(Id id) override;
    std::vector<Initiative> initiativesOf(Id objectiveId) const override;
    ImportSummary applyImport(const ImportBatch &batch, const ObservationFeed &more = {}) override;
    UndoneImport undoLastImport(std::optional<qint64> expectedImportId = std::nullopt) override;
    std::optional<UndoneImport> importToUndo() const override;
    bool isDemonstration() const override;
    qint64 changeCounter() const override;
    qint64 latestChangeId() const override;
    std::vector<StoreChange> changesByOthersSince(qint64 changeId) const override;
    bool listenForChanges() const override;
    int changeNotificationSocket() const override;
    int takeChangeNotifications() const override;
    // An offline copy's source (pgofflinesource.cpp); a server database is never a copy itself.
    std::vector<Observation> memberFiguresOf(Id measureId) const override;
    CityDimensions dimensions() const override;
    std::vector<NewDataset> datasets() const override;
    std::vector<CommentarySendOutcome> sendCommentary(const std::vector<CommentaryToSend> &pending) override;
    void stampOfflineCopy(const OfflineCopyStamp &stamp) override;
    std::optional<OfflineCopyStamp> offlineCopyStamp() const override;
    std::vector<PendingComment> pendingCommentary() const override;
    void markCommentarySent(const std::vector<CommentarySendOutcome> &sent) override;

    pg::Connection &connection() const { return *m_db; }

private:
    // Figures by member, read the same way for the screens and for offline copies:
    // the query's SELECT and joins (a WHERE and ORDER BY follow), and its rows.
    static const char *const memberFiguresSelect;
    static std::vector<Observation> memberFiguresFrom(const pg::Result &rows, Id measureId, int fiscalStart);
    static std::unique_ptr<PgKpiStore> open(std::unique_ptr<pg::Connection> db, StoreOpenMode mode);
    PgKpiStore(std::unique_ptr<pg::Connection> db, std::optional<QString> readOnlyReason);
    void requireWritable() const;
    // Inside the write's own transaction (pgchangelog.cpp).
    void recordChange(StoreChange::Kind kind, Id measureId = 0, qint64 importId = 0);

    std::unique_ptr<pg::Connection> m_db;
    std::optional<QString> m_readOnlyReason;
    std::optional<QString> m_connectedAs;
    qint64 m_session; // marks this connection's (and its workers') entries in the change log
    mutable std::unique_ptr<PgChangeListener> m_listener; // opened by the first listenForChanges()
};

// Writes the settings row inside the caller's transaction and moves what is
// dated by the fiscal year when its start month changed (pgfiscalyearchange.cpp).
void writeCitySettings(pg::Connection &db, const CitySettings &settings);

// The location as it may be shown: the address without its password.
QString withoutPassword(const QString &location);

} // namespace civicstat
