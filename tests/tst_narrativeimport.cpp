// The owners' explanations imported with their figures: Baltimore's workbook
// through docs/examples/baltimore.mapping.json brings its "Actual Explanation"
// and "Quarterly Context" columns as commentary signed with the file's name,
// and its "Target Explanation" columns as the targets' notes; undoing the
// import takes the comments away, importing it again replaces them instead of
// adding them twice, and a version 4 database opens as version 5 with its comments.
#include "importfile.h"
#include "mappedimport.h"
#include "mappednarrative.h"
#include "schema.h"
#include "sqlite.h"
#include "sqlitekpistore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;

namespace {

const QString baltimoreXlsx
    = QStringLiteral(CIVICSTAT_REAL_DATA "/baltimore-performance-measures/Performance_Data.xlsx");
const QString baltimoreMapping = QStringLiteral(CIVICSTAT_DOCS "/examples/baltimore.mapping.json");
const QString author = QStringLiteral("Performance_Data.xlsx");

ImportMapping mappingFrom(const QByteArray &json, const QString &path)
{
    QString error;
    auto mapping = ImportMapping::fromJson(json, path, &error);
    if (!mapping)
        qFatal("%s: %s", qPrintable(path), qPrintable(error));
    return *mapping;
}

ImportMapping baltimore()
{
    QFile file(baltimoreMapping);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(baltimoreMapping));
    return mappingFrom(file.readAll(), baltimoreMapping);
}

MappedImportPlan planBaltimore(const KpiStore &store)
{
    return planImportFile(baltimoreXlsx, baltimore(), store.structure(), store.citySettings(),
                          DuplicatePolicy::Replace);
}

qint64 countOf(SqliteKpiStore &store, const char *sql)
{
    sqlite::Statement q(store.connection(), sql);
    return q.step() ? q.int64(0) : -1;
}

// The comment of a measure, period and author, or "" when there is none; fails on two.
QString commentOf(const KpiStore &store, const char *code, const char *period, const QString &by = author)
{
    const Structure structure = store.structure();
    const Measure *m = structure.measureByCode(QString::fromLatin1(code));
    if (!m)
        qFatal("no measure %s", code);
    QStringList bodies;
    for (const Commentary &c : store.commentaryOf(m->id)) {
        if (c.period == QLatin1String(period) && c.author == by)
            bodies << c.body;
    }
    if (bodies.size() > 1)
        qFatal("%s %s has %d comments by one author", code, period, int(bodies.size()));
    return bodies.value(0);
}

const Target *targetOf(const Structure &structure, const char *code, const QDate &from)
{
    const Measure *m = structure.measureByCode(QString::fromLatin1(code));
    if (!m)
        return nullptr;
    for (const Target &t : m->targets) {
        if (t.effectiveFrom == from)
            return &t;
    }
    return nullptr;
}

} // namespace

class NarrativeImportTest final : public QObject
{
    Q_OBJECT

private slots:
    void baltimore_plan_countsCommentsAndTargetNotes()
    {
        QTemporaryDir dir;
        auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("b.db")), StoreOpenMode::CreateIfMissing);
        const MappedImportPlan plan = planBaltimore(*store);
        QVERIFY(plan.ok());
        // 1,358 measure-years with an explanation or a quarterly context (both
        // of one year on one row make one comment), 1,210 notes on the targets
        // they explain, 215 notes whose row gives no target that is kept.
        QCOMPARE(plan.counts.comments, 1358);
        QCOMPARE(int(plan.batch.commentary.size()), 1358);
        QCOMPARE(plan.counts.targetNotes, 1210);
        QCOMPARE(plan.counts.targetNotesWithoutTarget, 215);
        for (const NewCommentary &c : plan.batch.commentary) {
            QCOMPARE(c.author, author);
            QVERIFY2(!c.body.isEmpty() && c.body == c.body.trimmed(), qPrintable(c.measureCode));
        }
    }

    void baltimore_import_commentsAndNotesReadBack()
    {
        QTemporaryDir dir;
        auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("b.db")), StoreOpenMode::CreateIfMissing);
        store->applyImport(planBaltimore(*store).batch);
        QCOMPARE(countOf(*store, "SELECT count(*) FROM commentary"), qint64(1358));
        QCOMPARE(countOf(*store, "SELECT count(*) FROM commentary WHERE period = 'FY2024'"), qint64(550));
        QCOMPARE(countOf(*store, "SELECT count(*) FROM commentary WHERE period = 'FY2025'"), qint64(532));
        QCOMPARE(countOf(*store, "SELECT count(*) FROM commentary WHERE period = 'FY2026'"), qint64(276));
        QCOMPARE(countOf(*store, "SELECT count(*) FROM targets WHERE note IS NOT NULL"), qint64(1210));

        // Measure 1853 (Excel row 4), "FY 24 Actual Explanation".
        QVERIFY(commentOf(*store, "1853", "FY2024")
                    .startsWith(QStringLiteral("In FY 2024, 89% of appeals from BMZA\u2019s decisions were upheld by the "
                                               "courts, with 8 out of 9 appeals affirmed.")));
        QCOMPARE(commentOf(*store, "1853", "FY2026"),
                 QStringLiteral("technically n/a as no appeals decided in this last quarter"));
        // Measure 1851: two paragraphs of one cell keep their break.
        const QString fy25 = commentOf(*store, "1851", "FY2025");
        QVERIFY2(fy25.startsWith(QLatin1String("Fewer cases have been filed/heard by the BMZA.")), qPrintable(fy25));
        QVERIFY2(fy25.contains(QLatin1String("for variances.\n\nThis predated my tenure")), qPrintable(fy25));
        QVERIFY(commentOf(*store, "1851", "FY2026").startsWith(QLatin1String("TOok sampling as this data")));
        QVERIFY(commentOf(*store, "1851", "FY2024", QStringLiteral("someone else")).isEmpty());

        // "Notes: FY25 Target Explanation" and "FY 26 Target Explanation", on the targets they explain.
        const Structure structure = store->structure();
        const Target *fy25Target = targetOf(structure, "1851", QDate(2024, 7, 1));
        QVERIFY(fy25Target);
        QCOMPARE(fy25Target->value, 60.0);
        QCOMPARE(fy25Target->note,
                 QStringLiteral("This number needs to be greater than about 25 (mandatory 21 day notice period + "
                                "reasonable processing) but the goal should be to decrease it over time."));
        const Target *fy26Target = targetOf(structure, "1851", QDate(2025, 7, 1));
        QVERIFY(fy26Target);
        QCOMPARE(fy26Target->value, 75.0);
        QVERIFY(fy26Target->note.startsWith(QLatin1String("The Fiscal 2026 target of 75 days")));
        const Target *upheld = targetOf(structure, "1853", QDate(2024, 7, 1));
        QVERIFY(upheld);
        QCOMPARE(upheld->note, QStringLiteral("75% of appeals upheld is a good minimum target."));
    }

    void baltimore_undoImport_takesItsCommentsAwayAndKeepsOthers()
    {
        QTemporaryDir dir;
        auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("b.db")), StoreOpenMode::CreateIfMissing);
        store->applyImport(planBaltimore(*store).batch);
        const Structure structure = store->structure();
        const Measure *m = structure.measureByCode(QStringLiteral("1853"));
        QVERIFY(m);
        Commentary own;
        own.measureId = m->id;
        own.period = QStringLiteral("FY2024");
        own.author = QStringLiteral("Maria Lopez");
        own.writtenAt = QDateTime::currentDateTimeUtc();
        own.body = QStringLiteral("Written in the window.");
        store->addCommentary(own);

        const auto planned = store->importToUndo();
        QVERIFY(planned);
        QCOMPARE(planned->comments, qint64(1358));
        const UndoneImport undone = store->undoLastImport();
        QCOMPARE(undone.comments, qint64(1358));
        QCOMPARE(countOf(*store, "SELECT count(*) FROM commentary"), qint64(1));
        QCOMPARE(commentOf(*store, "1853", "FY2024", QStringLiteral("Maria Lopez")), own.body);
        // The targets and their notes are structure, which an undo leaves.
        QCOMPARE(countOf(*store, "SELECT count(*) FROM targets WHERE note IS NOT NULL"), qint64(1210));
    }

    void baltimore_importedTwice_replacesItsCommentsAndUndoPutsTheFirstBack()
    {
        QTemporaryDir dir;
        auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("b.db")), StoreOpenMode::CreateIfMissing);
        store->applyImport(planBaltimore(*store).batch);
        const qint64 firstId = countOf(*store, "SELECT id FROM commentary WHERE period = 'FY2024' ORDER BY id LIMIT 1");
        store->applyImport(planBaltimore(*store).batch);
        QCOMPARE(countOf(*store, "SELECT count(*) FROM commentary"), qint64(1358));
        QCOMPARE(countOf(*store, "SELECT count(*) FROM replaced_commentary"), qint64(1358));
        QCOMPARE(countOf(*store, "SELECT count(*) FROM targets WHERE note IS NOT NULL"), qint64(1210));
        QVERIFY(commentOf(*store, "1853", "FY2024").startsWith(QLatin1String("In FY 2024, 89% of appeals")));

        const UndoneImport second = store->undoLastImport();
        QCOMPARE(second.comments, qint64(1358));
        QCOMPARE(countOf(*store, "SELECT count(*) FROM commentary"), qint64(1358));
        QCOMPARE(countOf(*store, "SELECT count(*) FROM replaced_commentary"), qint64(0));
        // The first import's comments are back, with their own ids and import.
        QCOMPARE(countOf(*store, "SELECT count(*) FROM commentary WHERE import_id = 1"), qint64(1358));
        QCOMPARE(countOf(*store, "SELECT id FROM commentary WHERE period = 'FY2024' ORDER BY id LIMIT 1"), firstId);
        store->undoLastImport();
        QCOMPARE(countOf(*store, "SELECT count(*) FROM commentary"), qint64(0));
    }

    void open_version4Database_migratesKeepingCommentsAndTargets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        {
            sqlite::Connection db(path, sqlite::Connection::Mode::ReadWriteCreate);
            const std::vector<schema::Migration> upTo4(schema::migrations().begin(), schema::migrations().begin() + 4);
            schema::migrate(db, upTo4);
            QCOMPARE(schema::versionOf(db), 4);
            db.execute("INSERT INTO goals (code, name) VALUES ('G', 'G'); INSERT INTO objectives (code, name, goal_id) "
                       "VALUES ('O', 'O', 1); INSERT INTO measures (code, name, objective_id, direction, aggregation) "
                       "VALUES ('M1', 'M', 1, 'higher', 'mean'); "
                       "INSERT INTO targets (measure_id, effective_from, target, per) VALUES (1, '2024-07-01', 40, 'year'); "
                       "INSERT INTO commentary (measure_id, period, author, written_at, body) "
                       "VALUES (1, 'FY2025', 'unknown', '2024-09-01T10:00:00Z', 'Written before version 5.')");
        }
        auto store = SqliteKpiStore::open(path);
        QCOMPARE(schema::versionOf(store->connection()), schema::currentVersion);
        QVERIFY(schema::hasTable(store->connection(), "replaced_commentary"));
        // Version 6 adds offline copies' tables; a city's own database is no copy and has nothing pending.
        QVERIFY(!store->offlineCopyStamp());
        QCOMPARE(int(store->pendingCommentary().size()), 0);
        const Structure structure = store->structure();
        const Target *target = targetOf(structure, "M1", QDate(2024, 7, 1));
        QVERIFY(target);
        QCOMPARE(target->value, 40.0);
        QVERIFY(target->note.isEmpty());
        QCOMPARE(countOf(*store, "SELECT count(*) FROM commentary WHERE import_id IS NULL"), qint64(1));
        QCOMPARE(commentOf(*store, "M1", "FY2025", QStringLiteral("unknown")), QStringLiteral("Written before version 5."));
    }

    // A small long-layout file: commentary and target notes as fields, a
    // missing word explaining nothing, and a note whose row gives no target.
    void longLayout_commentaryAndTargetNoteFields()
    {
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("owners.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Code,Year,Value,Target,Why,Target why\n"
                  "M1,FY2025,10,12,\"Staff left.\n\n\n  Two hired in May. \",Set by council\n"
                  "M1,FY2026,11,,N/A,No target this year\n"
                  "M2,FY2025,5,,,\n");
        csv.close();
        const QByteArray json = R"({"civicstat_mapping": 1, "name": "owners",
            "fields": {"goal_code": {"value": "G"}, "goal_name": {"value": "G"}, "objective_code": {"value": "O"},
                       "objective_name": {"value": "O"}, "department_code": {"value": "D"},
                       "department_name": {"value": "D"}, "measure_code": "Code", "measure_name": "Code",
                       "direction": {"value": "higher"}, "frequency": {"value": "annual"}},
            "values": {"layout": "long", "period": "Year", "value": "Value", "target": "Target",
                       "commentary": "Why", "target_note": "Target why"}})";
        auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("l.db")), StoreOpenMode::CreateIfMissing);
        const MappedImportPlan plan = planImportFile(csvPath, mappingFrom(json, dir.filePath(QStringLiteral("m.json"))),
                                                     store->structure(), store->citySettings(), DuplicatePolicy::Fail);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.problems.front().reason));
        QCOMPARE(plan.counts.comments, 1);
        QCOMPARE(plan.counts.targetNotes, 1);
        QCOMPARE(plan.counts.targetNotesWithoutTarget, 1);
        store->applyImport(plan.batch);
        QCOMPARE(commentOf(*store, "M1", "FY2025", QStringLiteral("owners.csv")),
                 QStringLiteral("Staff left.\n\nTwo hired in May."));
        QVERIFY(commentOf(*store, "M1", "FY2026", QStringLiteral("owners.csv")).isEmpty());
        const Structure structure = store->structure();
        QCOMPARE(structure.measureByCode(QStringLiteral("M1"))->targets.size(), std::size_t(1));
        QCOMPARE(structure.measureByCode(QStringLiteral("M1"))->targets.front().note, QStringLiteral("Set by council"));
    }

    void narrativeText_keepsParagraphsAndCutsBlanks()
    {
        QCOMPARE(narrativeText(QStringLiteral("\r\n  One\u00a0 two  \r\n\r\n\r\nThree\n\n")),
                 QStringLiteral("One two\n\nThree"));
        QCOMPARE(narrativeText(QStringLiteral(" \n \n")), QString());
    }
};

QTEST_GUILESS_MAIN(NarrativeImportTest)
#include "tst_narrativeimport.moc"
