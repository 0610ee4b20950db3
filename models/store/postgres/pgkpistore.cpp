#include "pgkpistore.h"

#include "pg.h"
#include "pgchangelistener.h"
#include "pgimportwriter.h"
#include "pgschema.h"
#include "pgusers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace civicstat {

namespace {

struct ServerText { Q_DECLARE_TR_FUNCTIONS(Server) };

StoreError needsServerInit(const pg::Connection &db, const QString &location)
{
    return StoreError(StoreError::Kind::NotCivicStat,
        ServerText::tr("The PostgreSQL database %1 holds no CivicStat database yet.").arg(db.displayName()),
        StoreError::Remedy::SetUpServer,
        ServerText::tr("Set it up once with \"civicstat server-init %1\" (as a user who may create tables there), "
                       "then open it again.")
            .arg(location));
}

} // namespace

QString withoutPassword(const QString &location)
{
    QString shown = location;
    shown.replace(QRegularExpression(QStringLiteral("^(postgres(?:ql)?://[^:@/?]*):[^@/?]*@")), QStringLiteral("\\1@"));
    shown.replace(QRegularExpression(QStringLiteral("([?&])password=[^&]*(&|$)")), QStringLiteral("\\1"));
    if (shown.endsWith(QLatin1Char('&')) || shown.endsWith(QLatin1Char('?')))
        shown.chop(1);
    return shown;
}

PgKpiStore::PgKpiStore(std::unique_ptr<pg::Connection> db, std::optional<QString> readOnlyReason)
    : m_db(std::move(db))
    , m_readOnlyReason(std::move(readOnlyReason))
    , m_session(qint64(QRandomGenerator::system()->generate64() >> 1))
{
    if (m_readOnlyReason)
        m_db->executeForSession("SET default_transaction_read_only = on");
}

PgKpiStore::~PgKpiStore() = default;

std::unique_ptr<PgKpiStore> PgKpiStore::open(const QString &conninfo, StoreOpenMode mode, const QString &password)
{
    return open(std::make_unique<pg::Connection>(conninfo, password), mode);
}

std::unique_ptr<PgKpiStore> PgKpiStore::open(std::unique_ptr<pg::Connection> db, StoreOpenMode mode)
{
    const QString conninfo = db->conninfo();
    int version = pgschema::versionOf(*db);
    if (version == 0) {
        // Like a new file, a database with nothing in it may become a new, empty CivicStat database.
        if (mode == StoreOpenMode::Existing || pgschema::hasAnyTable(*db))
            throw needsServerInit(*db, withoutPassword(conninfo));
        version = pgschema::migrate(*db).toVersion;
    }
    if (version > pgschema::currentVersion) {
        const QString reason = ServerText::tr(
            "%1 was set up by a newer version of CivicStat (format %2; this version knows up to %3). "
            "It is open read-only: update CivicStat to change it.")
                                   .arg(db->displayName(), QString::number(version),
                                        QString::number(pgschema::currentVersion));
        return std::unique_ptr<PgKpiStore>(new PgKpiStore(std::move(db), reason));
    }
    if (version < pgschema::currentVersion)
        throw StoreError(StoreError::Kind::ReadOnly,
            ServerText::tr("%1 is from an older CivicStat (format %2) and must be upgraded once for everyone.")
                .arg(db->displayName())
                .arg(version),
            StoreError::Remedy::SetUpServer,
            ServerText::tr("Run \"civicstat server-init %1\" as a user who may change its tables.")
                .arg(withoutPassword(conninfo)));
    const bool mayWrite = db->query("SELECT has_table_privilege('observations', 'INSERT') "
                                    "AND has_table_privilege('commentary', 'UPDATE')").boolean(0, 0);
    std::optional<QString> reason;
    if (pgusers::isViewer(*db))
        reason = ServerText::tr("You are connected to %1 as a viewer: you may read it, not change it. Ask its "
                                "administrator for an editor's role if you need to add figures or commentary.")
                     .arg(db->displayName());
    else if (!mayWrite)
        reason = ServerText::tr("The PostgreSQL user \"%1\" may read %2 but not change it; it is open read-only. Ask "
                                "the database's administrator if you need to change it.")
                     .arg(db->user(), db->displayName());
    const std::optional<QString> connectedAs = pgusers::describeConnectedUser(*db);
    auto store = std::unique_ptr<PgKpiStore>(new PgKpiStore(std::move(db), reason));
    store->m_connectedAs = connectedAs;
    return store;
}

PgKpiStore::Initialized PgKpiStore::initialize(const QString &conninfo, const QString &password)
{
    pg::Connection db(conninfo, password);
    const int before = pgschema::versionOf(db);
    if (before > pgschema::currentVersion)
        throw StoreError(StoreError::Kind::NewerVersion,
            ServerText::tr("%1 was set up by a newer version of CivicStat (format %2; this version knows up to %3). "
                           "Nothing was changed: update CivicStat.")
                .arg(db.displayName(), QString::number(before), QString::number(pgschema::currentVersion)));
    const pgschema::MigrationReport report = pgschema::migrate(db);
    return {db.displayName(), report.fromVersion, report.toVersion};
}

void PgKpiStore::completeBuild()
{
    // The planner learns the new data's shape, and the visibility map lets the
    // scorecard read its totals from the covering index alone.
    m_db->execute("VACUUM (ANALYZE) observations");
    m_db->execute("ANALYZE");
}

std::unique_ptr<KpiStore> PgKpiStore::openWorkerConnection() const
{
    auto worker = open(m_db->another(), StoreOpenMode::Existing);
    worker->m_session = m_session; // its writes are this window's own, not someone else's
    return worker;
}

QString PgKpiStore::location() const { return withoutPassword(m_db->conninfo()); }

std::optional<QString> PgKpiStore::readOnlyReason() const { return m_readOnlyReason; }
std::optional<QString> PgKpiStore::connectedAs() const { return m_connectedAs; }

void PgKpiStore::requireWritable() const
{
    if (m_readOnlyReason)
        throw StoreError(StoreError::Kind::ReadOnly, *m_readOnlyReason);
}

CitySettings PgKpiStore::citySettings() const
{
    const pg::Result q = m_db->query("SELECT city_name, fiscal_year_start_month, default_tolerance, score_cap, "
                                     "at_risk_threshold FROM city_settings WHERE id = 1");
    CitySettings settings;
    if (q.rows()) {
        settings.cityName = q.text(0, 0);
        settings.fiscalYearStartMonth = q.int32(0, 1);
        settings.defaultTolerance = q.real(0, 2);
        settings.scoreCap = q.real(0, 3);
        settings.atRiskThreshold = q.real(0, 4);
    }
    return settings;
}

void PgKpiStore::saveCitySettings(const CitySettings &settings)
{
    requireWritable();
    pg::Transaction transaction(*m_db);
    writeCitySettings(*m_db, settings);
    recordChange(StoreChange::Kind::Settings);
    transaction.commit();
}

CitySettings PgKpiStore::changeCitySettings(const SettingsChange &change)
{
    requireWritable();
    pg::Transaction transaction(*m_db);
    // The row stays locked until the commit: no other program changes the
    // settings between the check and the write.
    m_db->execute("SELECT 1 FROM city_settings WHERE id = 1 FOR UPDATE");
    const CitySettings current = citySettings();
    if (const auto conflict = change.conflictWith(current))
        throw StoreError(StoreError::Kind::InvalidData, *conflict);
    const CitySettings next = change.appliedTo(current);
    writeCitySettings(*m_db, next);
    recordChange(StoreChange::Kind::Settings);
    transaction.commit();
    return next;
}

Structure PgKpiStore::structure() const
{
    Structure result;
    // One snapshot for all the reads, so that a concurrent import cannot give
    // measures whose objective is not in the list.
    pg::Transaction snapshot(*m_db);
    m_db->execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    {
        const pg::Result q = m_db->query("SELECT id, code, name, head FROM departments ORDER BY code");
        for (int r = 0; r < q.rows(); ++r)
            result.departments.push_back({q.int64(r, 0), q.text(r, 1), q.text(r, 2), q.text(r, 3)});
    }
    {
        const pg::Result q = m_db->query("SELECT id, code, name, description, sponsor, sort_order, weight FROM goals "
                                         "ORDER BY sort_order, code");
        for (int r = 0; r < q.rows(); ++r)
            result.goals.push_back({q.int64(r, 0), q.text(r, 1), q.text(r, 2), q.text(r, 3), q.text(r, 4),
                                    q.int32(r, 5), q.real(r, 6)});
    }
    {
        const pg::Result q = m_db->query("SELECT id, code, name, statement, goal_id, coalesce(department_id, 0), "
                                         "owner, weight FROM objectives ORDER BY code");
        for (int r = 0; r < q.rows(); ++r)
            result.objectives.push_back({q.int64(r, 0), q.text(r, 1), q.text(r, 2), q.text(r, 3), q.int64(r, 4),
                                         q.int64(r, 5), q.text(r, 6), q.real(r, 7)});
    }
    QHash<Id, int> measureIndex;
    {
        const pg::Result q = m_db->query(
            "SELECT id, code, name, objective_id, coalesce(department_id, 0), unit, direction, aggregation, "
            "frequency, decimals, weight, definition, methodology, source_system, steward, classification, "
            "coalesce(refresh_days, 0) FROM measures ORDER BY code");
        for (int r = 0; r < q.rows(); ++r) {
            Measure m;
            m.id = q.int64(r, 0);
            m.code = q.text(r, 1);
            m.name = q.text(r, 2);
            m.objectiveId = q.int64(r, 3);
            m.departmentId = q.int64(r, 4);
            m.unit = q.text(r, 5);
            m.direction = directionFromText(q.text(r, 6)).value_or(Direction::Higher);
            m.aggregation = aggregationFromText(q.text(r, 7)).value_or(Aggregation::Mean);
            m.frequency = frequencyFromText(q.text(r, 8)).value_or(Frequency::Monthly);
            m.decimals = q.int32(r, 9);
            m.weight = q.real(r, 10);
            m.definition = q.text(r, 11);
            m.methodology = q.text(r, 12);
            m.sourceSystem = q.text(r, 13);
            m.steward = q.text(r, 14);
            m.classification = classificationFromText(q.text(r, 15)).value_or(Classification::Restricted);
            m.refreshDays = q.int32(r, 16);
            measureIndex.insert(m.id, int(result.measures.size()));
            result.measures.push_back(std::move(m));
        }
    }
    {
        const pg::Result q = m_db->query("SELECT measure_id, effective_from, target, band_low, band_high, tolerance, "
                                         "per, coalesce(note, '') FROM targets ORDER BY measure_id, effective_from");
        for (int r = 0; r < q.rows(); ++r) {
            const auto it = measureIndex.constFind(q.int64(r, 0));
            if (it == measureIndex.constEnd())
                continue;
            Target t;
            t.effectiveFrom = QDate::fromString(q.text(r, 1), Qt::ISODate);
            t.value = q.real(r, 2);
            t.bandLow = q.real(r, 3);
            t.bandHigh = q.real(r, 4);
            t.tolerance = q.optionalReal(r, 5);
            if (!q.isNull(r, 6))
                t.per = targetPerFromText(q.text(r, 6));
            t.note = q.text(r, 7);
            result.measures[std::size_t(*it)].targets.push_back(t);
        }
    }
    snapshot.commit();
    result.index();
    return result;
}

std::vector<Observation> PgKpiStore::totalsEndingWithin(const ObservationWindow &window) const
{
    // Read from the covering index (observations_totals_by_end) in its order; a
    // period is rebuilt from its last day and grain once for all the measures
    // that report it, as the SQLite backend does.
    const int fiscalStart = citySettings().fiscalYearStartMonth;
    const pg::Result q = m_db->query(
        "SELECT measure_id, period_end, value, numerator, denominator, granularity FROM observations "
        "WHERE member_id IS NULL AND period_end BETWEEN $1 AND $2 AND granularity <= $3 "
        "ORDER BY period_end, granularity, measure_id",
        pg::Params()
            .add(window.firstEnd.toString(Qt::ISODate))
            .add(window.lastEnd.toString(Qt::ISODate))
            .add(window.coarsestGranularity));
    std::vector<Observation> result;
    result.reserve(std::size_t(q.rows()));
    QByteArray endText;
    int granularity = 0;
    Period period;
    for (int r = 0; r < q.rows(); ++r) {
        const QByteArray rowEnd = q.utf8(r, 1);
        if (q.int32(r, 5) != granularity || rowEnd != endText) {
            endText = rowEnd;
            granularity = q.int32(r, 5);
            period = Period::endingOn(QDate::fromString(QString::fromLatin1(endText), Qt::ISODate), granularity,
                                      fiscalStart);
        }
        if (!period.isValid())
            continue;
        Observation o;
        o.measureId = q.int64(r, 0);
        o.period = period;
        o.value = q.real(r, 2);
        o.numerator = q.optionalReal(r, 3);
        o.denominator = q.optionalReal(r, 4);
        result.push_back(std::move(o));
    }
    return result;
}

std::optional<QDate> PgKpiStore::latestObservationEnd() const
{
    const pg::Result q = m_db->query("SELECT coalesce((SELECT max(period_end) FROM observations WHERE member_id IS "
                                     "NULL), (SELECT max(period_end) FROM observations))");
    if (!q.rows() || q.isNull(0, 0))
        return std::nullopt;
    return QDate::fromString(q.text(0, 0), Qt::ISODate);
}

qint64 PgKpiStore::observationCount() const
{
    return m_db->query("SELECT count(*) FROM observations").int64(0, 0);
}

ImportSummary PgKpiStore::applyImport(const ImportBatch &batch, const ObservationFeed &more)
{
    requireWritable();
    pg::Transaction transaction(*m_db);
    PgImportWriter writer(*m_db);
    const ImportSummary summary = writer.write(batch, more);
    recordChange(StoreChange::Kind::Import, 0, summary.importId);
    transaction.commit();
    return summary;
}

} // namespace civicstat
