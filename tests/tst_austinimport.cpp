// Austin's ePerformance export (FY2016, one row per measure, each row's
// frequency choosing its value columns) imported end to end through
// docs/examples/austin.mapping.json into a fresh database, and read back:
// the counts, the figures and targets of a dozen measures checked by hand
// against the workbook (each with its Excel row), and twelve FY2016 statuses
// worked out by hand from the CSV rows by the rules of docs/scoring.md.
#include "importfile.h"
#include "scorecard.h"
#include "sqlite.h"
#include "sqlitekpistore.h"

#include <QFile>
#include <QVariantMap>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

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
                                       StoreOpenMode::CreateIfMissing);
        m_plan = planImportFile(austinXlsx, austin(), m_store->structure(), m_store->citySettings(),
                                DuplicatePolicy::Fail);
        QVERIFY2(m_plan.ok(), m_plan.ok() ? "" : qPrintable(m_plan.problems.front().describe(QStringLiteral("austin"))));
        m_store->applyImport(m_plan.batch);
    }

    void counts_everyRowAMeasureWithItsFiguresAndTargets()
    {
        QCOMPARE(m_plan.rowsRead, 1716);
        QCOMPARE(m_plan.counts.measures, 1716);
        // The export was made on 22 September 2016, before FY2016 ended: the
        // months and quarters not reported yet hold 0. The mapping's
        // "trailing_zeros": "missing" leaves out the 582 zeros after each
        // row's last non-zero figure (6,551 cells read before, 5,969 figures now).
        QCOMPARE(m_plan.counts.observations, 5969);
        QCOMPARE(m_plan.counts.zerosNotReported, 582);
        QCOMPARE(m_plan.counts.targets, 1509);
        QCOMPARE(m_plan.counts.valuesRefused, 21);
        QCOMPARE(m_plan.counts.duplicatesInFile, 0);
        const Structure structure = m_store->structure();
        QCOMPARE(int(structure.measures.size()), 1716);
        QCOMPARE(int(structure.goals.size()), 37); // one a department
        QCOMPARE(int(structure.departments.size()), 37);
        QCOMPARE(int(structure.objectives.size()), 153);
        int targets = 0;
        for (const Measure &m : structure.measures)
            targets += int(m.targets.size());
        QCOMPARE(targets, 1509);
        QCOMPARE(m_store->observationCount(), qint64(5969));
    }

    // Each row below was read by hand in the workbook (Excel row in the name).
    void measures_checkedByHand_storedAsTheWorkbookHasThem_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("objective");
        QTest::addColumn<QVariantMap>("figures"); // period -> value, all the measure's
        QTest::addColumn<double>("target");       // NaN: no target
        QTest::addColumn<int>("direction");       // -1: none (monitored, targets not kept)
        const double none = std::nan("");
        auto figures = [](std::initializer_list<std::pair<const char *, double>> list) {
            QVariantMap map;
            for (const auto &[period, value] : list)
                map.insert(QString::fromLatin1(period), value);
            return map;
        };
        QTest::newRow("row 2, quarterly, no figure yet, target 90") << "7663" << "AE-4CUS" << QVariantMap() << 90.0
                                                                    << int(Direction::Higher);
        QTest::newRow("row 3, Demand: no direction, so no target; its year's 0 is not reported")
            << "7610" << "AE-4CUS" << QVariantMap() << none << -1;
        QTest::newRow("row 36, target AA- refused") << "7446" << "AE-9MGT" << QVariantMap() << none
                                                    << int(Direction::Higher);
        QTest::newRow("row 38, quarters 7.0000000000000007E-2, 0.06, 0.19, target .69999999999999996")
            << "7408" << "AE-9MGT" << figures({{"FY2016-Q1", 0.07}, {"FY2016-Q2", 0.06}, {"FY2016-Q3", 0.19}}) << 0.7
            << int(Direction::Lower);
        QTest::newRow("row 65, internal, withdrawn/denied: workload") << "7539" << "ATD-1SSP"
                                                                      << figures({{"FY2016-Q1", 11}, {"FY2016-Q2", 5}})
                                                                      << none << -1;
        QTest::newRow("row 320, annual, year actual 73, target 72") << "8394" << "CTM-9MGT"
                                                                    << figures({{"FY2016", 73}}) << 72.0
                                                                    << int(Direction::Higher);
        QTest::newRow("row 569, a division without a program name, year No Data") << "1647" << "FLEET-8OSS"
                                                                                  << QVariantMap() << 45.0
                                                                                  << int(Direction::Higher);
        QTest::newRow("row 1319, no division: department-wide, target No Goal") << "8760" << "POLIC-ALL"
                                                                                << QVariantMap() << none
                                                                                << int(Direction::Higher);
        QTest::newRow("row 1321, monthly OCT..JUL, the zeros before its first figure kept")
            << "8460" << "PR-7CRS"
            << figures({{"2015-10", 0}, {"2015-11", 0}, {"2015-12", 0}, {"2016-01", 1}, {"2016-02", 2}, {"2016-03", 4},
                        {"2016-04", 5}, {"2016-05", 7}, {"2016-06", 37}, {"2016-07", 59}})
            << 300.0 << int(Direction::Lower);
        QTest::newRow("row 1367, quarterly cost per acre") << "8073" << "PR-10PL"
                                                           << figures({{"FY2016-Q1", 2697}, {"FY2016-Q2", 2773},
                                                                       {"FY2016-Q3", 3348}})
                                                           << 13650.0 << int(Direction::Lower);
        QTest::newRow("row 1393, monthly with float noise .66000000000000003")
            << "3088" << "PR-9MGT"
            << figures({{"2015-10", 0}, {"2015-11", 0}, {"2015-12", 0.13}, {"2016-01", 0.66}, {"2016-02", 0.26},
                        {"2016-03", 1.17}, {"2016-04", 2.1}, {"2016-05", 2.46}, {"2016-06", 2.66}})
            << 1.75 << int(Direction::Lower);
        QTest::newRow("row 1468, annual year actual 0 before the year ended: not a figure")
            << "3146" << "PW-9MGT" << QVariantMap() << 2.0 << int(Direction::Lower);
        QTest::newRow("row 1471, monthly OCT..MAY")
            << "3280" << "SMBR-7MBE"
            << figures({{"2015-10", 683}, {"2015-11", 159}, {"2015-12", 237}, {"2016-01", 1334}, {"2016-02", 793},
                        {"2016-03", 1023}, {"2016-04", 565}, {"2016-05", 542}})
            << 3500.0 << int(Direction::Higher);
    }

    void measures_checkedByHand_storedAsTheWorkbookHasThem()
    {
        QFETCH(QString, code);
        QFETCH(QString, objective);
        QFETCH(QVariantMap, figures);
        QFETCH(double, target);
        QFETCH(int, direction);
        const Structure structure = m_store->structure();
        const Measure *m = structure.measureByCode(code);
        QVERIFY(m);
        QCOMPARE(structure.objectiveByCode(objective)->id, m->objectiveId);
        const QMap<QString, double> stored = figuresOf(qPrintable(code));
        QCOMPARE(stored.keys(), figures.keys());
        for (auto it = figures.cbegin(); it != figures.cend(); ++it)
            QCOMPARE(stored.value(it.key()), it.value().toDouble());
        if (std::isnan(target)) {
            QVERIFY(m->targets.empty());
        } else {
            QCOMPARE(int(m->targets.size()), 1);
            QCOMPARE(m->targets.front().value, target);
            QCOMPARE(m->targets.front().effectiveFrom, QDate(2015, 10, 1)); // FY2016's first day
            QCOMPARE(m->targets.front().per, std::optional<Frequency>(Frequency::Annual)); // as stored
        }
        if (direction >= 0)
            QCOMPARE(int(m->direction), direction);
        bool planned = false; // the plan gives each target the grain of a year, as the mapping says
        for (const NewTarget &t : m_plan.batch.targets) {
            if (t.measureCode == code) {
                planned = true;
                QCOMPARE(t.target.per, std::optional<Frequency>(Frequency::Annual));
            }
        }
        QCOMPARE(planned, !std::isnan(target));
    }

    // Every target stored is a year's (CFY_AMENDED, "target_per": "year"), and the database says so.
    void targets_storedWithTheGrainOfAYear()
    {
        int targets = 0;
        for (const Measure &m : m_store->structure().measures) {
            for (const Target &t : m.targets) {
                ++targets;
                QCOMPARE(t.per, std::optional<Frequency>(Frequency::Annual));
            }
        }
        QCOMPARE(targets, 1509);
    }

    // FY2016 (October 2015 to September 2016), scored as a whole year: the data
    // run to 30 September 2016 (quarterly and annual figures of FY2016). Each
    // row worked out by hand from the CSV (OM_EPERF_MEASURES_VW.csv, its line
    // and the workbook's row in the name) by docs/scoring.md: one grain (the
    // measure's frequency), its aggregation from austin-measures.csv, the
    // year's target CFY_AMENDED (a `sum` target over a whole year is the
    // year's), and the default tolerance of 10%.
    void statuses_fy2016_workedOutByHand_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<double>("actual"); // NaN: none
        QTest::addColumn<double>("target"); // NaN: none
        QTest::addColumn<QString>("status");
        const double none = std::nan("");
        QTest::newRow("line 55 (row 55), 8411, monthly, higher, mean: OCT..JUL mean 19.574 >= 18; AUG, SEP zeros not reported")
            << "8411" << (18.33 + 23.46 + 21.67 + 20.41 + 21.6 + 24.08 + 21.59 + 19.56 + 12.52 + 12.52) / 10 << 18.0
            << "on_track";
        QTest::newRow("line 1417 (row 1321), 8460, monthly, lower, sum: 0+0+0+1+2+4+5+7+37+59 = 115 <= 300")
            << "8460" << 115.0 << 300.0 << "on_track";
        QTest::newRow("line 179 (row 174), 7770, monthly, higher, sum: OCT..AUG 103,940 < 111,547, >= 100,392.3")
            << "7770" << 103940.0 << 111547.0 << "at_risk";
        QTest::newRow("line 74 (row 74), 7559, monthly, higher, mean: OCT..MAY mean 77.875 < 90 - 9 = 81")
            << "7559" << (80.0 + 78 + 79 + 90 + 86 + 64 + 68 + 78) / 8 << 90.0 << "off_track";
        QTest::newRow("line 45 (row 45), 8406, monthly, higher, sum: OCT..JUL 2,467 < 3,200 - 320 = 2,880 (AUG, SEP not reported)")
            << "8406" << 2467.0 << 3200.0 << "off_track";
        QTest::newRow("line 365 (row 340), 8494, quarterly, higher, mean: (90+92)/2 = 91 >= 88; QTR3, QTR4 zeros not reported")
            << "8494" << 91.0 << 88.0 << "on_track";
        QTest::newRow("line 366 (row 341), 8493, quarterly, higher, mean: (84+79)/2 = 81.5 < 85, >= 76.5")
            << "8493" << 81.5 << 85.0 << "at_risk";
        QTest::newRow("line 41 (row 41), 8289, quarterly, higher, sum: 511+89+67 = 667 < 1,000 - 100 = 900")
            << "8289" << 667.0 << 1000.0 << "off_track";
        QTest::newRow("line 345 (row 320), 8394, annual, higher, mean: CFY_ACTUAL 73 >= 72")
            << "8394" << 73.0 << 72.0 << "on_track";
        QTest::newRow("line 1601 (row 1494), 3281, annual, lower, mean: CFY_ACTUAL 494 > 450, <= 495")
            << "3281" << 494.0 << 450.0 << "at_risk";
        QTest::newRow("line 1671 (row 1564), 8344, quarterly, higher, sum: QTR1..QTR4 all 0, none reported")
            << "8344" << none << 320.0 << "no_data";
        QTest::newRow("line 65 (row 65), 7539, quarterly, no direction (Demand), sum: 11+5 = 16, its target 25 not kept")
            << "7539" << 16.0 << none << "no_target";
    }

    void statuses_fy2016_workedOutByHand()
    {
        QFETCH(QString, code);
        QFETCH(double, actual);
        QFETCH(double, target);
        QFETCH(QString, status);
        static const Scorecard card = loadScorecard(*m_store, QStringLiteral("FY2016"), Scope{});
        QCOMPARE(card.period.text(), QStringLiteral("FY2016"));
        QVERIFY(!card.coverage.isPartial()); // a whole year: targets are the year's, not pro-rated
        QCOMPARE(card.coverage.through, QDate(2016, 9, 30));
        const ScorecardRow *row = nullptr;
        for (const ScorecardRow &r : card.rows) {
            if (r.level == Level::Measure && r.code == code)
                row = &r;
        }
        QVERIFY(row);
        QCOMPARE(toText(row->status), status);
        if (std::isnan(actual)) {
            QVERIFY(!row->actual);
        } else {
            QVERIFY(row->actual);
            QVERIFY2(std::abs(*row->actual - actual) <= 1e-9 * std::max(1.0, std::abs(actual)),
                     qPrintable(QStringLiteral("%1 != %2").arg(*row->actual, 0, 'g', 17).arg(actual, 0, 'g', 17)));
        }
        if (std::isnan(target)) {
            QVERIFY(!row->target);
        } else {
            QVERIFY(row->target);
            QCOMPARE(row->target->value, target);
            QCOMPARE(row->target->per, std::optional<Frequency>(Frequency::Annual));
        }
    }

    void measures_classificationAndDepartment_fromTheRow()
    {
        const Structure structure = m_store->structure();
        QCOMPARE(structure.measureByCode(QStringLiteral("7539"))->classification, Classification::Internal); // INTERNAL 2
        QCOMPARE(structure.measureByCode(QStringLiteral("7663"))->classification, Classification::Public);   // INTERNAL 3
        QCOMPARE(structure.measureByCode(QStringLiteral("7663"))->frequency, Frequency::Quarterly);
        QCOMPARE(structure.measureByCode(QStringLiteral("8394"))->frequency, Frequency::Annual);
        QCOMPARE(structure.departmentByCode(QStringLiteral("AE"))->name, QStringLiteral("Austin Energy"));
        QCOMPARE(structure.objectiveByCode(QStringLiteral("POLIC-ALL"))->name, QStringLiteral("Department-wide"));
        QCOMPARE(structure.objectiveByCode(QStringLiteral("FLEET-8OSS"))->name, QStringLiteral("Program 8OSS"));
    }

    void settings_fiscalYearStartsInOctober()
    {
        QCOMPARE(m_store->citySettings().fiscalYearStartMonth, 10);
    }
};

QTEST_GUILESS_MAIN(AustinImportTest)
#include "tst_austinimport.moc"
