// The demo city: deterministic for a seed, and as rich as the issue asks
// (structure counts, history length, ratio, disaggregated, restricted, stale
// and target-less measures, boundaries, commentary).
#include "democity.h"
#include "schema.h"
#include "scorecard.h"
#include "sqlite.h"
#include "sqlitekpistore.h"
#include "storeerror.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;

namespace {

qint64 count(sqlite::Connection &db, const char *sql)
{
    sqlite::Statement q(db, sql);
    return q.step() ? q.int64(0) : -1;
}

QByteArray observationDigest(sqlite::Connection &db)
{
    sqlite::Statement q(db, "SELECT m.code, o.period, ifnull(o.member_id, 0), o.value, ifnull(o.numerator, ''), "
                            "ifnull(o.denominator, '') FROM observations o JOIN measures m ON m.id = o.measure_id "
                            "ORDER BY m.code, o.period, o.member_id");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.step()) {
        for (int c = 0; c < 6; ++c)
            hash.addData(q.text(c).toUtf8() + '|');
    }
    return hash.result().toHex();
}

} // namespace

class DemoCityTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteKpiStore> m_store;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        const DemoSummary summary = writeDemoCity(m_path, DemoOptions{});
        QCOMPARE(summary.measures, 120);
        QVERIFY(summary.observations > 10000);
        m_store = SqliteKpiStore::open(m_path);
    }

    void writeDemoCity_sameSeed_givesIdenticalFigures()
    {
        const QString again = m_dir.filePath(QStringLiteral("again.db"));
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        writeDemoCity(again, DemoOptions{});
        DemoOptions otherSeed;
        otherSeed.seed = 7;
        writeDemoCity(other, otherSeed);
        sqlite::Connection a(again, sqlite::Connection::Mode::ReadOnly);
        sqlite::Connection b(other, sqlite::Connection::Mode::ReadOnly);
        QCOMPARE(observationDigest(a), observationDigest(m_store->connection()));
        QVERIFY(observationDigest(b) != observationDigest(m_store->connection()));
    }

    void writeDemoCity_existingFile_isRefusedAndKept()
    {
        const QByteArray before = [this] {
            QFile f(m_path);
            f.open(QIODevice::ReadOnly);
            return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        }();
        QVERIFY_THROWS_EXCEPTION(StoreError, writeDemoCity(m_path, DemoOptions{}));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".partial")));
    }

    void structure_demo_hasTheIssuesMinimums()
    {
        const Structure s = m_store->structure();
        QVERIFY(s.goals.size() >= 6);
        QVERIFY(s.departments.size() >= 10);
        QVERIFY(s.objectives.size() >= 30);
        QCOMPARE(int(s.measures.size()), 120);
        int ratio = 0, restricted = 0, quarterly = 0, annual = 0, withoutTarget = 0, targetChanges = 0;
        for (const Measure &m : s.measures) {
            ratio += m.aggregation == Aggregation::Ratio;
            restricted += m.classification == Classification::Restricted;
            quarterly += m.frequency == Frequency::Quarterly;
            annual += m.frequency == Frequency::Annual;
            withoutTarget += m.targets.empty();
            targetChanges += m.targets.size() > 1;
            QVERIFY2(!m.definition.isEmpty() && !m.steward.isEmpty() && !m.sourceSystem.isEmpty(), qPrintable(m.code));
        }
        QVERIFY(ratio >= 10);
        QVERIFY(restricted >= 3);
        QVERIFY(quarterly >= 10);
        QVERIFY(annual >= 5);
        QVERIFY(withoutTarget >= 3);
        QVERIFY(targetChanges >= 20);
        const Measure *calls = s.measureByCode(QStringLiteral("ECC-01"));
        QVERIFY(calls);
        QCOMPARE(calls->name, QStringLiteral("911 calls answered within 10 seconds"));
        QCOMPARE(calls->targets.front().value, 90.0);
    }

    void observations_demo_coverFiveYearsMonthlyWithRatiosAndMembers()
    {
        sqlite::Connection &db = m_store->connection();
        QCOMPARE(count(db, "SELECT count(DISTINCT period) FROM observations WHERE granularity = 3"), 60LL);
        QCOMPARE(count(db, "SELECT min(period) = '2021-10' AND max(period_end) = '2026-09-30' FROM observations "
                           "WHERE granularity = 3"), 1LL);
        QVERIFY(count(db, "SELECT count(*) FROM observations WHERE numerator IS NOT NULL") > 500);
        QCOMPARE(count(db, "SELECT count(*) FROM dimension_members m JOIN dimensions d ON d.id = m.dimension_id "
                           "WHERE d.code = 'neighbourhood'"), 12LL);
        QVERIFY(count(db, "SELECT count(DISTINCT measure_id) FROM observations o JOIN dimension_members m ON "
                          "m.id = o.member_id JOIN dimensions d ON d.id = m.dimension_id WHERE d.code = "
                          "'race_ethnicity'") >= 5);
        QVERIFY(count(db, "SELECT count(*) FROM commentary") >= 60);
        QVERIFY(count(db, "SELECT count(*) FROM initiatives") >= 30);
        QVERIFY(count(db, "SELECT count(*) FROM datasets") >= 10);
    }

    void observations_staleSeries_endMonthsBeforeTheLatest()
    {
        // Measures whose last total is at least six months before the latest month.
        QVERIFY(count(m_store->connection(),
                      "SELECT count(*) FROM (SELECT measure_id, max(period_end) AS last FROM observations WHERE "
                      "member_id IS NULL AND granularity = 3 GROUP BY measure_id) WHERE last <= '2026-03-31'") >= 2);
    }

    void boundaries_demo_areGeoJsonWithOneFeaturePerNeighbourhood()
    {
        sqlite::Statement q(m_store->connection(), "SELECT geojson, key_property FROM boundary_layers");
        QVERIFY(q.step());
        const QJsonDocument doc = QJsonDocument::fromJson(q.text(0).toUtf8());
        QCOMPARE(doc.object().value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
        const QJsonArray features = doc.object().value(QStringLiteral("features")).toArray();
        QCOMPARE(features.size(), 12);
        const QJsonObject first = features.first().toObject();
        QCOMPARE(first.value(QStringLiteral("properties")).toObject().value(q.text(1)).toString(), QStringLiteral("N01"));
        QCOMPARE(first.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates")).toArray()
                     .first().toArray().size(), 5);
    }

    void scorecard_demo_showsAMixOfStatuses()
    {
        const Scorecard card = loadScorecard(*m_store, QStringLiteral("FY2026"), Scope{});
        const StatusCounts &c = card.rows.front().counts;
        QCOMPARE(c.total(), 120);
        QVERIFY(c.onTrack >= 30);
        QVERIFY(c.atRisk >= 10);
        QVERIFY(c.offTrack >= 10);
        QVERIFY(c.noTarget >= 3);
    }
};

QTEST_GUILESS_MAIN(DemoCityTest)
#include "tst_democity.moc"
