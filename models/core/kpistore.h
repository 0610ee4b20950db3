// The one interface through which the core reads and writes a KPI database.
// SQLite implements it today (sqlitekpistore.h); a PostgreSQL backend for
// shared databases will implement the same calls. It holds no scoring rule:
// callers get values and structure, and scoring.h decides what they mean.
#pragma once

#include "citysettings.h"
#include "domain.h"
#include "observation.h"
#include "offlinecopy.h"
#include "period.h"
#include "storechange.h"

#include <QDateTime>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace civicstat {

// What an import, or the demo generator, asks the store to write: the
// structure it names (matched by code: created or updated) and observations
// (Observation, naming their measure and member by code).
struct NewDimensionMember {
    QString dimensionCode;
    QString code;
    QString name;
    QString geoKey;
    int sortOrder = 0;
};

struct NewBoundaryLayer {
    QString dimensionCode;
    QString name;
    QString keyProperty;
    QString geoJson;
};

// Every dimension of the city with its members and the shapes of its map.
struct CityDimensions {
    std::vector<std::pair<QString, QString>> dimensions; // code, name
    std::vector<NewDimensionMember> members;
    std::vector<NewBoundaryLayer> boundaryLayers;
};

struct NewTarget {
    QString measureCode;
    Target target;
};

struct NewCommentary {
    QString measureCode;
    QString period;
    QString author;
    QDateTime writtenAt;
    QString body;
};

struct NewInitiative {
    QString objectiveCode;
    QString title;
    QString owner;
    QDate due;
    QString status;
};

struct NewDataset {
    QString name;
    QString departmentCode;
    QString steward;
    Classification classification = Classification::Internal;
    QString sourceSystem;
    QString refreshSchedule;
    QDate lastRefreshed;
};

struct ImportLogEntry {
    QString kind; // "structure", "observations", "demo"
    QString fileName;
    qint64 fileSize = 0;
    QString fileSha256;
    QString mapping;
    int rowsRead = 0;
};

// Rows refer to each other by code. Departments, goals and objectives carry
// their codes; measures name their objective and department by code in
// `measureObjectiveCodes` / `measureDepartmentCodes` (same order as `measures`).
// What to do with a figure for a measure, member and period the database already holds.
enum class DuplicatePolicy { Replace, Skip, Fail };

struct ImportBatch {
    std::optional<CitySettings> settings;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Replace;
    std::vector<Department> departments;
    std::vector<Goal> goals;
    std::vector<std::pair<Objective, std::pair<QString, QString>>> objectives; // goal code, department code
    std::vector<std::pair<Measure, std::pair<QString, QString>>> measures;     // objective code, department code
    std::vector<NewTarget> targets;
    std::vector<std::pair<QString, QString>> dimensions; // code, name
    std::vector<NewDimensionMember> members;
    std::vector<NewBoundaryLayer> boundaryLayers;
    std::vector<Observation> observations;
    std::vector<NewCommentary> commentary;
    std::vector<NewInitiative> initiatives;
    std::vector<NewDataset> datasets;
    ImportLogEntry log;
    // Called now and then while observations are written (total: -1 when unknown);
    // returning false cancels the import, which is then rolled back.
    std::function<bool(qint64 written, qint64 total)> progress;
};

// Yields observations one at a time (false at the end), so that millions can
// be written without holding them all.
using ObservationFeed = std::function<bool(Observation &next)>;

struct ImportSummary {
    qint64 importId = 0;
    int structureRowsWritten = 0;
    qint64 observationsWritten = 0;
    qint64 observationsSkipped = 0; // already there, kept (DuplicatePolicy::Skip)
};

// What undoing an import did.
struct UndoneImport {
    qint64 importId = 0;
    QString fileName;
    QString importedAt; // UTC, ISO 8601
    qint64 removed = 0;  // figures the import had added or replaced
    qint64 restored = 0; // figures it had replaced, put back
    qint64 comments = 0; // comments it brought (the owners' explanations), taken away
};

// How a store is opened (storefactory.h).
enum class StoreOpenMode {
    Existing,        // the database must exist and be a CivicStat database
    CreateIfMissing, // a missing or empty one becomes a new, empty database
    BuildNew         // a new database that nobody reads until completeBuild(): written fast, without crash safety
};

class KpiStore
{
public:
    virtual ~KpiStore() = default;

    virtual QString location() const = 0;
    // A second connection to the same database, for a worker thread: stores are
    // not shared between threads, and a worker must not need the location or a login.
    virtual std::unique_ptr<KpiStore> openWorkerConnection() const = 0;
    // Ends a StoreOpenMode::BuildNew session: the database becomes crash safe
    // again and the query planner learns the new data's shape.
    virtual void completeBuild() = 0;
    // Set when the database may not be written, with the reason for the user.
    virtual std::optional<QString> readOnlyReason() const = 0;
    // Who a shared server database is open as, with their role, departments
    // and clearance, e.g. "maria (editor: PW, DOT; clearance internal)";
    // nullopt for a file, which has no users.
    virtual std::optional<QString> connectedAs() const { return std::nullopt; }

    virtual CitySettings citySettings() const = 0;
    // Writes every setting; a new fiscal-year start moves what is dated by it
    // (fiscalyearchange.h), all in one transaction.
    virtual void saveCitySettings(const CitySettings &settings) = 0;
    // Makes one edit's change to the settings as they are now, touching only
    // its keys; throws StoreError(InvalidData) with SettingsChange's message,
    // writing nothing, when one of them was changed since. Returns the result.
    virtual CitySettings changeCitySettings(const SettingsChange &change) = 0;
    virtual Structure structure() const = 0;

    // The totals in a window (windowFor: last day within it, grain no coarser),
    // as scoring needs them: measure id, period, value and parts, read from an
    // index that holds no flags or notes, so those are left unset.
    virtual std::vector<Observation> totalsEndingWithin(const ObservationWindow &window) const = 0;
    // The last day of the latest total; with no totals at all (a city that reports
    // only by district, say), of the latest figure by member.
    virtual std::optional<QDate> latestObservationEnd() const = 0;
    virtual qint64 observationCount() const = 0;

    // One measure's total observations, for its history.
    virtual std::vector<Observation> historyOf(Id measureId) const = 0;
    // One measure's figures by member in the period's window (windowFor), with
    // their members' names, by dimension and the members' order.
    virtual std::vector<Observation> figuresByMember(Id measureId, const Period &period) const = 0;
    // The last day of one measure's most recent figure by member, if it has any.
    virtual std::optional<QDate> latestMemberFigureEnd(Id measureId) const = 0;
    // The last day of each measure's most recent total observation.
    virtual QHash<Id, QDate> lastUpdates() const = 0;

    virtual std::vector<Commentary> commentaryOf(Id measureId) const = 0;
    // Inserts (keeping `id` when it is set, to undo a removal); returns the id.
    virtual Id addCommentary(const Commentary &commentary) = 0;
    // Both throw StoreError(InvalidData) when no comment has that id (deleted since).
    virtual void updateCommentary(Id id, const QString &body) = 0;
    virtual void removeCommentary(Id id) = 0;
    virtual std::vector<Initiative> initiativesOf(Id objectiveId) const = 0;

    // Reads an offline copy takes (models/offline).
    // Every figure by member of one measure, naming its dimension and member by code.
    virtual std::vector<Observation> memberFiguresOf(Id measureId) const = 0;
    virtual CityDimensions dimensions() const = 0;
    virtual std::vector<NewDataset> datasets() const = 0;

    // Sends an offline copy's pending comments in one transaction: all of them
    // or, on any error, none (StoreError). An edit or removal is applied only
    // where the source's comment still has the body the copy started from;
    // otherwise the source's is kept and, for an edit, the offline text added
    // beside it. One outcome per comment, in order.
    virtual std::vector<CommentarySendOutcome> sendCommentary(const std::vector<CommentaryToSend> &pending) = 0;

    // The offline copy's side (a SQLite file; a server database is never one).
    // Marks the database as an offline copy and remembers every comment as
    // copied, so that later edits are pending. Throws StoreError where unsupported.
    virtual void stampOfflineCopy(const OfflineCopyStamp &stamp) = 0;
    // nullopt: not an offline copy.
    virtual std::optional<OfflineCopyStamp> offlineCopyStamp() const = 0;
    // Comments written, edited or removed since the copy was taken or last sent.
    virtual std::vector<PendingComment> pendingCommentary() const = 0;
    // Records what the source now holds, in one transaction: those comments are no longer pending.
    virtual void markCommentarySent(const std::vector<CommentarySendOutcome> &sent) = 0;

    // Undoes the latest import not yet undone (never the demo city's own, nor the
    // figures an offline copy was taken with): its
    // figures go, the figures it replaced come back; structure it created stays.
    // Throws StoreError(InvalidData) when there is nothing to undo.
    // With `expectedImportId`, only when that import is still the latest: the
    // one the user was asked about, not one another program wrote since.
    virtual UndoneImport undoLastImport(std::optional<qint64> expectedImportId = std::nullopt) = 0;
    // What undoLastImport would take back, counted without changing anything;
    // nullopt when there is nothing to undo.
    virtual std::optional<UndoneImport> importToUndo() const = 0;
    // Whether `civicstat demo` built this database: its import log holds the
    // demo generator's own import (kind "demo"), which can never be undone.
    virtual bool isDemonstration() const = 0;

    // Writes everything in one transaction: all of it, or nothing.
    virtual ImportSummary applyImport(const ImportBatch &batch, const ObservationFeed &more = {}) = 0;

    // Seeing what other windows and programs changed. Every write also records
    // what it changed in the store's change log, marked with the writing
    // connection's session (a worker connection shares its parent's).
    // A number that differs from the last call's when anyone else committed a
    // change since: cheap enough to ask every second.
    virtual qint64 changeCounter() const = 0;
    // The newest change-log position (0 when the log is empty).
    virtual qint64 latestChangeId() const = 0;
    // Changes after `changeId` written by other sessions, oldest first.
    virtual std::vector<StoreChange> changesByOthersSince(qint64 changeId) const = 0;

    // Being told of others' commits instead of asking (a server's LISTEN; a
    // file has nothing of the kind and is asked). Opens a listening connection
    // unless one is open and says whether there is one now: it can be lost (a
    // server restart), and calling again tries to reopen it.
    virtual bool listenForChanges() const { return false; }
    // The listening connection's socket, readable when someone may have
    // committed; -1 while there is none.
    virtual int changeNotificationSocket() const { return -1; }
    // Reads what arrived on that socket and returns how many commits it told
    // of; a listening connection the server closed is dropped (the socket becomes -1).
    virtual int takeChangeNotifications() const { return 0; }
};

} // namespace civicstat
