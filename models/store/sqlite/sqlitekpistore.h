// KpiStore on a local SQLite file (or one on a network share). Opening checks
// the file before anything is written: a missing, non-SQLite, foreign or
// damaged file is refused with a message, and a file from a newer CivicStat
// opens read-only. Older files are migrated step by step.
#pragma once

#include "databasecheck.h"
#include "kpistore.h"
#include "sealingcost.h"

#include <memory>

namespace civicstat {

namespace sqlite {
class Connection;
class Statement;
}
struct SealedSession;

class SqliteKpiStore final : public KpiStore
{
public:
    // Throws StoreError with a message for the user when the file cannot be used.
    static std::unique_ptr<SqliteKpiStore> open(const QString &path, StoreOpenMode mode = StoreOpenMode::Existing);
    // Runs SQLite's integrity check on the file without migrating or changing it
    // (a journal a killed writer left is rolled back first, as any opening does),
    // and counts and digests a sound one. Throws StoreError when it cannot be read.
    static DatabaseCheck check(const QString &path);
    // A consistent copy of `source` put in place of `target` in one rename (sqlitepublish.cpp).
    static void publish(const QString &source, const QString &target);
    // A sealed file (sealedfile.h, sqlitesealed.cpp): decrypted into memory that
    // only this process sees, and saved encrypted after every committed write.
    // Throws StoreError (PassphraseNeeded for an empty passphrase, PassphraseRejected).
    static bool isSealed(const QString &path);
    static std::unique_ptr<SqliteKpiStore> openSealed(const QString &path, const QString &passphrase);
    // A new, empty sealed database that will be at `path` (an offline copy built
    // without plaintext ever reaching the disk); every commit saves it, encrypted.
    static std::unique_ptr<SqliteKpiStore> createSealed(const QString &path, const QString &passphrase,
                                                        SealingCost cost);
    // Writes a sealed copy of the plain database at `plainPath` to `sealedPath`
    // (written beside it and renamed into place); the plain file is not changed.
    static void seal(const QString &plainPath, const QString &sealedPath, const QString &passphrase,
                     SealingCost cost);
    ~SqliteKpiStore() override;

    QString location() const override;
    std::unique_ptr<KpiStore> openWorkerConnection() const override;
    void completeBuild() override;
    std::optional<QString> readOnlyReason() const override;
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
    std::vector<Observation> memberFiguresOf(Id measureId) const override;
    CityDimensions dimensions() const override;
    std::vector<NewDataset> datasets() const override;
    std::vector<CommentarySendOutcome> sendCommentary(const std::vector<CommentaryToSend> &pending) override;
    void stampOfflineCopy(const OfflineCopyStamp &stamp) override;
    std::optional<OfflineCopyStamp> offlineCopyStamp() const override;
    std::vector<PendingComment> pendingCommentary() const override;
    void markCommentarySent(const std::vector<CommentarySendOutcome> &sent) override;
    ImportSummary applyImport(const ImportBatch &batch, const ObservationFeed &more = {}) override;
    UndoneImport undoLastImport(std::optional<qint64> expectedImportId = std::nullopt) override;
    std::optional<UndoneImport> importToUndo() const override;
    bool isDemonstration() const override;
    qint64 changeCounter() const override;
    qint64 latestChangeId() const override;
    std::vector<StoreChange> changesByOthersSince(qint64 changeId) const override;

    sqlite::Connection &connection() const { return *m_db; }

private:
    // Figures by member, read the same way for the screens and for offline copies:
    // the query's SELECT and joins (a WHERE and ORDER BY follow), and its rows.
    static const char *const memberFiguresSelect;
    static std::vector<Observation> memberFiguresFrom(sqlite::Statement &query, Id measureId, int fiscalStart);
    SqliteKpiStore(std::unique_ptr<sqlite::Connection> db, std::optional<QString> readOnlyReason);
    static std::unique_ptr<SqliteKpiStore> openConnection(const QString &path, StoreOpenMode mode);
    std::unique_ptr<KpiStore> openSealedWorker() const;
    void requireWritable() const;
    void requireCommentaryChanged() const;
    // Inside the write's own transaction (sqlitechangelog.cpp).
    void recordChange(StoreChange::Kind kind, Id measureId = 0, qint64 importId = 0);

    std::unique_ptr<sqlite::Connection> m_db;
    std::optional<QString> m_readOnlyReason;
    std::shared_ptr<SealedSession> m_sealed; // set for a sealed file, shared with its workers
    qint64 m_session; // marks this connection's (and its workers') entries in the change log
};

} // namespace civicstat
