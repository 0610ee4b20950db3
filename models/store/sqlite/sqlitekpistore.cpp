#include "sqlitekpistore.h"

#include "fiscalyearchange.h"
#include "schema.h"
#include "sqlite.h"
#include "sqlitedatabasecheck.h"
#include "sqliteimportwriter.h"
#include "sqliteinspection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>

namespace civicstat {

namespace {

struct StorageText { Q_DECLARE_TR_FUNCTIONS(Storage) };

const char *const requiredTables[] = {"city_settings", "departments", "goals",   "objectives",
                                      "measures",      "targets",     "observations"};

// Reads the file's first bytes without SQLite, so that a file of another kind
// is refused before any library could touch it.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

void checkFileBeforeOpening(const QFileInfo &info, const QString &path)
{
    if (info.isDir())
        throw StoreError(StoreError::Kind::NotCivicStat,
            StorageText::tr("\"%1\" is a folder, not a CivicStat database. Choose the .db file inside it.").arg(path));
    if (!info.isReadable())
        throw StoreError(StoreError::Kind::Io,
            StorageText::tr("You do not have permission to read \"%1\". Ask whoever manages the file for access.")
                .arg(path));
    if (info.size() > 0 && !looksLikeSqlite(path))
        throw StoreError(StoreError::Kind::NotCivicStat,
                         StorageText::tr("\"%1\" is not a CivicStat database: it is not an SQLite file.").arg(path),
                         StoreError::Remedy::ImportInstead);
}

StoreError missingDatabase(const QString &path)
{
    return StoreError(StoreError::Kind::Missing, StorageText::tr("The database \"%1\" does not exist.").arg(path),
                      StoreError::Remedy::CreateOrChoose);
}

StoreError emptyDatabase(const QString &path)
{
    return StoreError(StoreError::Kind::NotCivicStat,
                      StorageText::tr("\"%1\" is empty (0 bytes), not a CivicStat database.").arg(path),
                      StoreError::Remedy::CreateOrChoose);
}

// A writer killed inside a transaction leaves a journal that the next connection
// must roll back, and only a connection that may write can. Opening read-write
// when the file allows it lets that happen; reading alone changes nothing else.
sqlite::Connection::Mode readingMode(const QFileInfo &info)
{
    return info.isWritable() ? sqlite::Connection::Mode::ReadWrite : sqlite::Connection::Mode::ReadOnly;
}

} // namespace

Inspection inspect(sqlite::Connection &db)
{
    Inspection result;
    try {
        result.version = schema::versionOf(db);
        result.isBlank = result.version == 0 && !schema::hasAnyTable(db);
        if (result.isBlank)
            return result;
        if (schema::applicationIdOf(db) != schema::applicationId && !schema::hasTable(db, "measures"))
            throw StoreError(StoreError::Kind::NotCivicStat,
                StorageText::tr("\"%1\" is an SQLite database of another program, not a CivicStat database. "
                                "Nothing was changed.")
                    .arg(db.path()),
                StoreError::Remedy::ImportInstead);
        if (result.version > schema::currentVersion)
            return result;
        for (const char *table : requiredTables) {
            if (!schema::hasTable(db, table))
                throw StoreError(StoreError::Kind::Corrupt,
                    StorageText::tr("\"%1\" lacks the table \"%2\" that every CivicStat database has. It may be "
                                    "damaged or incomplete; restore it from a backup.")
                        .arg(db.path(), QString::fromLatin1(table)));
        }
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Corrupt && !error.message().contains(QLatin1String("lacks the table")))
            throw StoreError(StoreError::Kind::Corrupt,
                StorageText::tr("\"%1\" is damaged and cannot be read. Nothing was changed. Restore it from a "
                                "backup, or ask your data steward for a fresh copy.")
                    .arg(db.path()));
        throw;
    }
    return result;
}

SqliteKpiStore::SqliteKpiStore(std::unique_ptr<sqlite::Connection> db, std::optional<QString> readOnlyReason)
    : m_db(std::move(db))
    , m_readOnlyReason(std::move(readOnlyReason))
    , m_session(qint64(QRandomGenerator::system()->generate64() >> 1))
{
    m_db->execute("PRAGMA foreign_keys = ON");
    // A bigger page cache keeps a large import's index pages in memory (SQLite's default is 2 MB).
    m_db->execute("PRAGMA cache_size = -131072");
    // Statement journals (one per INSERT OR REPLACE that may need undoing) stay in memory, not in a temp file.
    m_db->execute("PRAGMA temp_store = MEMORY");
}

SqliteKpiStore::~SqliteKpiStore() = default;

std::unique_ptr<SqliteKpiStore> SqliteKpiStore::open(const QString &path, StoreOpenMode mode)
{
    auto store = openConnection(path, mode);
    if (mode == StoreOpenMode::BuildNew) {
        // A new file that nobody reads until it is complete (and that is
        // renamed into place only then) needs no crash safety while it is written.
        store->m_db->execute("PRAGMA synchronous = OFF");
        store->m_db->execute("PRAGMA journal_mode = MEMORY");
        store->m_db->execute("PRAGMA cache_size = -262144");
    }
    return store;
}

void SqliteKpiStore::completeBuild()
{
    m_db->execute("PRAGMA journal_mode = DELETE");
    m_db->execute("PRAGMA synchronous = FULL");
    m_db->execute("ANALYZE");
}

std::unique_ptr<KpiStore> SqliteKpiStore::openWorkerConnection() const
{
    if (m_sealed)
        return openSealedWorker();
    auto worker = openConnection(m_db->path(), StoreOpenMode::Existing);
    worker->m_session = m_session; // its writes are this window's own, not someone else's
    return worker;
}

std::unique_ptr<SqliteKpiStore> SqliteKpiStore::openConnection(const QString &path, StoreOpenMode mode)
{
    using Mode = sqlite::Connection::Mode;
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == StoreOpenMode::Existing)
            throw missingDatabase(path);
        try {
            auto db = std::make_unique<sqlite::Connection>(path, Mode::ReadWriteCreate);
            schema::migrate(*db);
            return std::unique_ptr<SqliteKpiStore>(new SqliteKpiStore(std::move(db), std::nullopt));
        } catch (const StoreError &) {
            QFile::remove(path); // never leave a half-made database behind
            throw;
        }
    }

    checkFileBeforeOpening(info, path);
    Inspection found;
    {
        sqlite::Connection probe(path, readingMode(info));
        found = inspect(probe);
    }
    const bool writable = info.isWritable();
    if (found.isBlank && mode == StoreOpenMode::Existing)
        throw emptyDatabase(path);
    if (found.version > schema::currentVersion) {
        const QString reason = StorageText::tr(
            "\"%1\" was written by a newer version of CivicStat (format %2; this version knows up to %3). "
            "It is open read-only: update CivicStat to change it.")
                                   .arg(path, QString::number(found.version),
                                        QString::number(schema::currentVersion));
        return std::unique_ptr<SqliteKpiStore>(
            new SqliteKpiStore(std::make_unique<sqlite::Connection>(path, Mode::ReadOnly), reason));
    }
    if (!writable) {
        if (found.version < schema::currentVersion)
            throw StoreError(StoreError::Kind::ReadOnly,
                StorageText::tr("\"%1\" is from an older CivicStat and must be upgraded, but you may not write to "
                                "it. Copy it to a folder you may write to, or ask for write access.")
                    .arg(path));
        const QString reason
            = StorageText::tr("You may not change \"%1\" (the file is read-only); it is open read-only.").arg(path);
        return std::unique_ptr<SqliteKpiStore>(
            new SqliteKpiStore(std::make_unique<sqlite::Connection>(path, Mode::ReadOnly), reason));
    }
    auto db = std::make_unique<sqlite::Connection>(path, Mode::ReadWrite);
    if (found.version < schema::currentVersion)
        schema::migrate(*db);
    return std::unique_ptr<SqliteKpiStore>(new SqliteKpiStore(std::move(db), std::nullopt));
}

DatabaseCheck SqliteKpiStore::check(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw missingDatabase(path);
    checkFileBeforeOpening(info, path);
    sqlite::Connection db(path, readingMode(info));
    DatabaseCheck result;
    result.path = path;
    result.damage = sqlitecheck::integrityFindings(db);
    if (!result.isSound())
        return result;
    if (inspect(db).isBlank)
        throw emptyDatabase(path);
    sqlitecheck::countAndDigest(db, result);
    return result;
}

QString SqliteKpiStore::location() const { return m_db->path(); }

std::optional<QString> SqliteKpiStore::readOnlyReason() const { return m_readOnlyReason; }

void SqliteKpiStore::requireWritable() const
{
    if (m_readOnlyReason)
        throw StoreError(StoreError::Kind::ReadOnly, *m_readOnlyReason);
}

CitySettings SqliteKpiStore::citySettings() const
{
    sqlite::Statement query(*m_db, "SELECT city_name, fiscal_year_start_month, default_tolerance, score_cap, "
                                   "at_risk_threshold FROM city_settings WHERE id = 1");
    CitySettings settings;
    if (query.step()) {
        settings.cityName = query.text(0);
        settings.fiscalYearStartMonth = query.int32(1);
        settings.defaultTolerance = query.real(2);
        settings.scoreCap = query.real(3);
        settings.atRiskThreshold = query.real(4);
    }
    return settings;
}

void SqliteKpiStore::saveCitySettings(const CitySettings &settings)
{
    requireWritable();
    sqlite::Transaction transaction(*m_db);
    writeCitySettings(*m_db, settings);
    recordChange(StoreChange::Kind::Settings);
    transaction.commit();
}

CitySettings SqliteKpiStore::changeCitySettings(const SettingsChange &change)
{
    requireWritable();
    // Read, checked and written in one transaction, so that no other program
    // can change the settings between the check and the write.
    sqlite::Transaction transaction(*m_db);
    const CitySettings current = citySettings();
    if (const auto conflict = change.conflictWith(current))
        throw StoreError(StoreError::Kind::InvalidData, *conflict);
    const CitySettings next = change.appliedTo(current);
    writeCitySettings(*m_db, next);
    recordChange(StoreChange::Kind::Settings);
    transaction.commit();
    return next;
}

Structure SqliteKpiStore::structure() const
{
    Structure result;
    {
        sqlite::Statement q(*m_db, "SELECT id, code, name, head FROM departments ORDER BY code");
        while (q.step())
            result.departments.push_back({q.int64(0), q.text(1), q.text(2), q.text(3)});
    }
    {
        sqlite::Statement q(*m_db, "SELECT id, code, name, description, sponsor, sort_order, weight FROM goals "
                                   "ORDER BY sort_order, code");
        while (q.step())
            result.goals.push_back({q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.int32(5), q.real(6)});
    }
    {
        sqlite::Statement q(*m_db, "SELECT id, code, name, statement, goal_id, ifnull(department_id, 0), owner, "
                                   "weight FROM objectives ORDER BY code");
        while (q.step())
            result.objectives.push_back(
                {q.int64(0), q.text(1), q.text(2), q.text(3), q.int64(4), q.int64(5), q.text(6), q.real(7)});
    }
    QHash<Id, int> measureIndex;
    {
        sqlite::Statement q(*m_db,
                            "SELECT id, code, name, objective_id, ifnull(department_id, 0), unit, direction, "
                            "aggregation, frequency, decimals, weight, definition, methodology, source_system, "
                            "steward, classification, ifnull(refresh_days, 0) FROM measures ORDER BY code");
        while (q.step()) {
            Measure m;
            m.id = q.int64(0);
            m.code = q.text(1);
            m.name = q.text(2);
            m.objectiveId = q.int64(3);
            m.departmentId = q.int64(4);
            m.unit = q.text(5);
            m.direction = directionFromText(q.text(6)).value_or(Direction::Higher);
            m.aggregation = aggregationFromText(q.text(7)).value_or(Aggregation::Mean);
            m.frequency = frequencyFromText(q.text(8)).value_or(Frequency::Monthly);
            m.decimals = q.int32(9);
            m.weight = q.real(10);
            m.definition = q.text(11);
            m.methodology = q.text(12);
            m.sourceSystem = q.text(13);
            m.steward = q.text(14);
            m.classification = classificationFromText(q.text(15)).value_or(Classification::Restricted);
            m.refreshDays = q.int32(16);
            measureIndex.insert(m.id, int(result.measures.size()));
            result.measures.push_back(std::move(m));
        }
    }
    {
        sqlite::Statement q(*m_db, "SELECT measure_id, effective_from, target, band_low, band_high, tolerance, "
                                   "per, ifnull(note, '') FROM targets ORDER BY measure_id, effective_from");
        while (q.step()) {
            const auto it = measureIndex.constFind(q.int64(0));
            if (it == measureIndex.constEnd())
                continue;
            Target t;
            t.effectiveFrom = QDate::fromString(q.text(1), Qt::ISODate);
            t.value = q.real(2);
            t.bandLow = q.real(3);
            t.bandHigh = q.real(4);
            t.tolerance = q.optionalReal(5);
            if (!q.isNull(6))
                t.per = targetPerFromText(q.text(6));
            t.note = q.text(7);
            result.measures[std::size_t(*it)].targets.push_back(t);
        }
    }
    result.index();
    return result;
}

std::vector<Observation> SqliteKpiStore::totalsEndingWithin(const ObservationWindow &window) const
{
    // The covering index holds each total's last day and grain, not its period's
    // text: the period is rebuilt from those two, which give the same days. Rows
    // come in the index's order (last day, grain), so a period is rebuilt once
    // for all the measures that report it, not once per row.
    const int fiscalStart = citySettings().fiscalYearStartMonth;
    sqlite::Statement q(*m_db, "SELECT measure_id, period_end, value, numerator, denominator, granularity FROM observations "
                               "WHERE member_id IS NULL AND period_end BETWEEN ? AND ? AND granularity <= ?");
    q.bind(1, window.firstEnd.toString(Qt::ISODate)).bind(2, window.lastEnd.toString(Qt::ISODate));
    q.bind(3, window.coarsestGranularity);
    std::vector<Observation> result;
    QString endText;
    int granularity = 0;
    Period period;
    while (q.step()) {
        const QString rowEnd = q.text(1);
        if (q.int32(5) != granularity || rowEnd != endText) {
            endText = rowEnd;
            granularity = q.int32(5);
            period = Period::endingOn(QDate::fromString(endText, Qt::ISODate), granularity, fiscalStart);
        }
        if (!period.isValid())
            continue; // a last day no period of its grain ends on: written by something that broke the format
        Observation o;
        o.measureId = q.int64(0);
        o.period = period;
        o.value = q.real(2);
        o.numerator = q.optionalReal(3);
        o.denominator = q.optionalReal(4);
        result.push_back(std::move(o));
    }
    return result;
}

std::optional<QDate> SqliteKpiStore::latestObservationEnd() const
{
    sqlite::Statement q(*m_db, "SELECT ifnull((SELECT max(period_end) FROM observations WHERE member_id IS NULL), "
                               "(SELECT max(period_end) FROM observations))");
    if (!q.step() || q.isNull(0))
        return std::nullopt;
    // Every period the desktop opens on is worked out from this date: a damaged one must not pass as a date.
    const QDate end = QDate::fromString(q.text(0), Qt::ISODate);
    if (!end.isValid())
        throw StoreError(StoreError::Kind::Corrupt,
                         StorageText::tr("\"%1\" is damaged: its latest figure ends on \"%2\", which is not a date. Restore it "
                            "from a backup, or ask your data steward for a fresh copy.")
                             .arg(m_db->path(), q.text(0)));
    return end;
}

qint64 SqliteKpiStore::observationCount() const
{
    sqlite::Statement q(*m_db, "SELECT count(*) FROM observations");
    return q.step() ? q.int64(0) : 0;
}

ImportSummary SqliteKpiStore::applyImport(const ImportBatch &batch, const ObservationFeed &more)
{
    requireWritable();
    // The writer resolves every code to an existing id itself; without foreign-key
    // checks SQLite also skips a statement journal per row. Restored on the way out.
    m_db->execute("PRAGMA foreign_keys = OFF");
    const auto restore = qScopeGuard([this] {
        try {
            m_db->execute("PRAGMA foreign_keys = ON");
        } catch (const StoreError &) {
            // Only a broken connection fails here, and the next statement will say so.
        }
    });
    sqlite::Transaction transaction(*m_db);
    SqliteImportWriter writer(*m_db);
    const ImportSummary summary = writer.write(batch, more);
    recordChange(StoreChange::Kind::Import, 0, summary.importId);
    transaction.commit();
    return summary;
}

} // namespace civicstat
