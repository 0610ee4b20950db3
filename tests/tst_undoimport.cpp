// Undoing an import, and the migration that made it possible: a version 1
// database opens as version 2 with its figures; an undone import takes its
// figures away and puts back the ones it replaced, latest import first.
#include "canonicalimport.h"
#include "schema.h"
#include "sqlite.h"
#include "sqlitekpistore.h"
#include "storeerror.h"

#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;

namespace {

void importText(SqliteKpiStore &store, const QByteArray &csv, DuplicatePolicy policy = DuplicatePolicy::Replace)
{
    ImportPlan plan = planCanonicalImport(QStringLiteral("t.csv"), csv, store.structure(), store.citySettings());
    if (!plan.ok())
        qFatal("plan: %s", qPrintable(plan.problems.front().reason));
    plan.batch.onDuplicate = policy;
    store.applyImport(plan.batch);
}

std::optional<double> valueOf(SqliteKpiStore &store, const char *measure, const char *period)
{
    sqlite::Statement q(store.connection(), "SELECT o.value FROM observations o JOIN measures m ON m.id = o.measure_id "
                                            "WHERE m.code = ? AND o.period = ? AND o.member_id IS NULL");
    q.bind(1, QString::fromLatin1(measure)).bind(2, QString::fromLatin1(period));
    return q.step() ? std::optional<double>(q.real(0)) : std::nullopt;
}

const QByteArray structure = "goal_code,goal_name,objective_code,objective_name,department_code,department_name,"
                             "measure_code,measure_name,direction,aggregation\nG,G,O,O,D,D,M1,M,higher,mean\n";
const QByteArray secondMeasure = "goal_code,goal_name,objective_code,objective_name,department_code,department_name,"
                                 "measure_code,measure_name,direction,aggregation\nG,G,O,O,D,D,M2,N,higher,mean\n";

qint64 countOf(SqliteKpiStore &store, const char *sql)
{
    sqlite::Statement q(store.connection(), sql);
    return q.step() ? q.int64(0) : -1;
}

} // namespace

class UndoImportTest final : public QObject
{
    Q_OBJECT

private slots:
    void open_version1Database_migratesToTheCurrentVersionKeepingFigures()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        {
            sqlite::Connection db(path, sqlite::Connection::Mode::ReadWriteCreate);
            const std::vector<schema::Migration> firstOnly(schema::migrations().begin(), schema::migrations().begin() + 1);
            schema::migrate(db, firstOnly);
            QCOMPARE(schema::versionOf(db), 1);
            db.execute("INSERT INTO goals (code, name) VALUES ('G', 'G'); INSERT INTO objectives (code, name, goal_id) "
                       "VALUES ('O', 'O', 1); INSERT INTO measures (code, name, objective_id, direction, aggregation) "
                       "VALUES ('M1', 'M', 1, 'higher', 'mean'); INSERT INTO observations (measure_id, period, "
                       "period_end, granularity, value) VALUES (1, '2024-03', '2024-03-31', 3, 42)");
            db.execute("INSERT INTO targets (measure_id, effective_from, target) VALUES (1, '2024-01-01', 40)");
        }
        auto store = SqliteKpiStore::open(path);
        QCOMPARE(schema::versionOf(store->connection()), schema::currentVersion);
        QVERIFY(schema::hasTable(store->connection(), "replaced_observations"));
        // A target written before targets had a grain is for the measure's own frequency.
        const Structure structure = store->structure();
        QCOMPARE(structure.measures.front().targets.size(), std::size_t(1));
        QVERIFY(!structure.measures.front().targets.front().per);
        QCOMPARE(valueOf(*store, "M1", "2024-03"), std::optional<double>(42));
        // And a figure loaded before the upgrade is safe from the first undo: it belongs to no import.
        importText(*store, "measure,period,value\nM1,2024-03,50\n");
        const UndoneImport undone = store->undoLastImport();
        QCOMPARE(undone.restored, qint64(1));
        QCOMPARE(valueOf(*store, "M1", "2024-03"), std::optional<double>(42));
    }

    void undoLastImport_twice_stepsBackThroughImports()
    {
        QTemporaryDir dir;
        auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("undo.db")), StoreOpenMode::CreateIfMissing);
        importText(*store, structure);
        importText(*store, "measure,period,value\nM1,2024-01,10\nM1,2024-02,20\n");
        importText(*store, "measure,period,value\nM1,2024-02,25\nM1,2024-03,30\n"); // replaces February, adds March
        QCOMPARE(valueOf(*store, "M1", "2024-02"), std::optional<double>(25));

        UndoneImport undone = store->undoLastImport();
        QCOMPARE(undone.removed, qint64(2));
        QCOMPARE(undone.restored, qint64(1));
        QCOMPARE(undone.fileName, QStringLiteral("t.csv"));
        QCOMPARE(valueOf(*store, "M1", "2024-02"), std::optional<double>(20));
        QVERIFY(!valueOf(*store, "M1", "2024-03"));
        QCOMPARE(valueOf(*store, "M1", "2024-01"), std::optional<double>(10));

        undone = store->undoLastImport(); // now the first figures
        QCOMPARE(undone.removed, qint64(2));
        QVERIFY(!valueOf(*store, "M1", "2024-01"));
        QCOMPARE(store->structure().measures.size(), std::size_t(1)); // the structure stays
        store->undoLastImport(); // the structure file's import: no figures
        QVERIFY(!store->importToUndo());
        QVERIFY_THROWS_EXCEPTION(StoreError, store->undoLastImport());
    }

    void undoLastImport_keptFigures_areNotTouched()
    {
        QTemporaryDir dir;
        auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("skip.db")), StoreOpenMode::CreateIfMissing);
        importText(*store, structure);
        importText(*store, "measure,period,value\nM1,2024-01,10\n");
        importText(*store, "measure,period,value\nM1,2024-01,99\nM1,2024-02,20\n", DuplicatePolicy::Skip);
        QCOMPARE(valueOf(*store, "M1", "2024-01"), std::optional<double>(10));
        const UndoneImport undone = store->undoLastImport();
        QCOMPARE(undone.removed, qint64(1)); // only February was this import's
        QCOMPARE(valueOf(*store, "M1", "2024-01"), std::optional<double>(10));
    }

    // The writer takes a quicker path for measures with no stored figures; an
    // import that mixes both kinds must count, keep and undo as one.
    void undoLastImport_newAndStoredMeasuresMixed_restoresOnlyReplaced()
    {
        QTemporaryDir dir;
        auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("mixed.db")), StoreOpenMode::CreateIfMissing);
        importText(*store, structure);
        importText(*store, "measure,period,value\nM1,2024-01,10\n");
        importText(*store, secondMeasure);
        importText(*store, "measure,period,value\nM2,2024-01,5\nM1,2024-01,11\nM2,2024-02,6\nM1,2024-02,12\n");
        QCOMPARE(countOf(*store, "SELECT count(*) FROM observations"), qint64(4));
        QCOMPARE(countOf(*store, "SELECT count(*) FROM replaced_observations"), qint64(1));
        QCOMPARE(countOf(*store, "SELECT rows_written FROM imports ORDER BY id DESC LIMIT 1"), qint64(4));

        const auto planned = store->importToUndo(); // what the desktop asks about before undoing
        QVERIFY(planned);
        QCOMPARE(planned->fileName, QStringLiteral("t.csv"));
        QCOMPARE(planned->removed, qint64(4));
        QCOMPARE(planned->restored, qint64(1));
        // Another import written after the question: the confirmed one is no longer the latest.
        QVERIFY_THROWS_EXCEPTION(StoreError, store->undoLastImport(planned->importId - 1));
        QCOMPARE(countOf(*store, "SELECT count(*) FROM observations"), qint64(4)); // nothing undone
        const UndoneImport undone = store->undoLastImport(planned->importId);
        QCOMPARE(undone.importId, planned->importId);
        QCOMPARE(undone.removed, qint64(4));
        QCOMPARE(undone.restored, qint64(1));
        QCOMPARE(valueOf(*store, "M1", "2024-01"), std::optional<double>(10));
        QVERIFY(!valueOf(*store, "M2", "2024-01"));
        QCOMPARE(countOf(*store, "SELECT count(*) FROM observations"), qint64(1));
    }

    void applyImport_failPolicyConflictAfterNewMeasure_writesNothing()
    {
        QTemporaryDir dir;
        auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("fail.db")), StoreOpenMode::CreateIfMissing);
        importText(*store, structure);
        importText(*store, "measure,period,value\nM1,2024-01,10\n");
        importText(*store, secondMeasure);
        const qint64 importsBefore = countOf(*store, "SELECT count(*) FROM imports");
        ImportPlan plan = planCanonicalImport(QStringLiteral("t.csv"), "measure,period,value\nM2,2024-01,5\nM1,2024-01,11\n",
                                              store->structure(), store->citySettings());
        QVERIFY(plan.ok());
        plan.batch.onDuplicate = DuplicatePolicy::Fail;
        try {
            store->applyImport(plan.batch);
            QFAIL("a figure already stored was written over under the fail policy");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("already holds a figure for M1, 2024-01")),
                     qPrintable(error.message()));
        }
        QVERIFY(!valueOf(*store, "M2", "2024-01"));
        QCOMPARE(valueOf(*store, "M1", "2024-01"), std::optional<double>(10));
        QCOMPARE(countOf(*store, "SELECT count(*) FROM imports"), importsBefore);
    }
};

QTEST_GUILESS_MAIN(UndoImportTest)
#include "tst_undoimport.moc"
