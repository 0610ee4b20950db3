// Tests of the canonical CSV import (docs/import-formats.md): planning a
// structure or observations file into an ImportBatch and, end to end,
// applying a plan to a database and scoring what was imported. Problems are
// tested in tst_canonicalproblems.
#include "canonicalfiles.h"
#include "canonicalimport.h"
#include "citysettings.h"
#include "scorecard.h"
#include "storefactory.h"
#include "storeerror.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <initializer_list>
#include <utility>

using namespace civicstat;

using namespace canonicalfiles;

class TestCanonicalImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Structure files.
    void structure_goodFile_plansEveryLevel();
    void structure_goodFile_plansMeasures_data();
    void structure_goodFile_plansMeasures();
    void structure_goodFile_plansTargets_data();
    void structure_goodFile_plansTargets();
    void structure_minimalHeader_usesDefaults();
    void structure_existingGoal_keepsIdAndSortOrder();

    // Observations files.
    void observations_goodFile_plansEveryRow_data();
    void observations_goodFile_plansEveryRow();
    void header_variants_areAccepted_data();
    void header_variants_areAccepted();

    // Text encoding and CSV syntax.
    void csv_bomLineEndsAndQuotes_parse_data();
    void csv_bomLineEndsAndQuotes_parse();
    void structure_quotedCommasAndNewlines_parse();

    // The log entry.
    void plan_log_recordsFile();

    // End to end through the store.
    void endToEnd_importThenScore_givesStatus_data();
    void endToEnd_importThenScore_givesStatus();
    void endToEnd_reimport_updatesInsteadOfDuplicating();
};

void TestCanonicalImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCanonicalImport::structure_goodFile_plansEveryLevel()
{
    const ImportPlan p = plan(goodStructureFile(), Structure());
    QVERIFY2(p.ok(), qPrintable(problemsText(p)));
    QCOMPARE(p.kind, ImportPlan::Kind::Structure);
    QCOMPARE(p.rowsRead, 5);
    QCOMPARE(int(p.batch.goals.size()), 2);
    QCOMPARE(int(p.batch.objectives.size()), 3);
    QCOMPARE(int(p.batch.departments.size()), 2);
    QCOMPARE(int(p.batch.measures.size()), 4);
    QCOMPARE(int(p.batch.targets.size()), 4);
    QCOMPARE(int(p.batch.observations.size()), 0);

    QCOMPARE(p.batch.goals[0].code, QStringLiteral("G1"));
    QCOMPARE(p.batch.goals[0].name, QStringLiteral("Safe City"));
    QCOMPARE(p.batch.goals[0].sortOrder, 1);
    QCOMPARE(p.batch.goals[1].code, QStringLiteral("G2"));
    QCOMPARE(p.batch.goals[1].name, QStringLiteral("Clean Water"));
    QCOMPARE(p.batch.goals[1].sortOrder, 2);
    QCOMPARE(p.batch.departments[1].code, QStringLiteral("PW"));
    QCOMPARE(p.batch.departments[1].name, QStringLiteral("Public Works"));
    const auto &[objective, parents] = p.batch.objectives[1];
    QCOMPARE(objective.code, QStringLiteral("G1.2"));
    QCOMPARE(objective.name, QStringLiteral("Fewer fires"));
    QCOMPARE(parents.first, QStringLiteral("G1"));
    QCOMPARE(parents.second, QStringLiteral("FD"));
}

void TestCanonicalImport::structure_goodFile_plansMeasures_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("aggregation");
    QTest::addColumn<QString>("frequency");
    QTest::addColumn<QString>("classification");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<double>("weight");
    QTest::addColumn<QString>("objective");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("steward");

    QTest::newRow("higher, percent") << "FD-RESP" << "Response within 8 minutes" << "%" << "higher" << "ratio"
                                     << "monthly" << "public" << 1 << 1.0 << "G1.1" << "FD"
                                     << "Share of calls answered within 8 minutes" << "CAD" << "Chief Ortiz";
    QTest::newRow("lower, weighted") << "FD-FIRES" << "Structure fires" << "count" << "lower" << "sum" << "monthly"
                                     << "internal" << 0 << 2.0 << "G1.2" << "FD" << "" << "" << "";
    QTest::newRow("band, mean") << "PW-CHLOR" << "Chlorine residual" << "mg/L" << "band" << "mean" << "daily"
                                << "restricted" << 1 << 1.0 << "G2.1" << "PW" << "" << "" << "";
    QTest::newRow("monitoring only") << "PW-CALLS" << "Service calls" << "count" << "higher" << "sum" << "weekly"
                                     << "internal" << 0 << 1.0 << "G2.1" << "PW" << "" << "" << "";
}

void TestCanonicalImport::structure_goodFile_plansMeasures()
{
    QFETCH(QString, code);
    const ImportPlan p = plan(goodStructureFile(), Structure());
    QVERIFY2(p.ok(), qPrintable(problemsText(p)));
    const auto *entry = measureOf(p, code);
    QVERIFY(entry);
    const Measure &m = entry->first;
    QTEST(m.name, "name");
    QTEST(m.unit, "unit");
    QTEST(toText(m.direction), "direction");
    QTEST(toText(m.aggregation), "aggregation");
    QTEST(toText(m.frequency), "frequency");
    QTEST(toText(m.classification), "classification");
    QTEST(m.decimals, "decimals");
    QTEST(m.weight, "weight");
    QTEST(entry->second.first, "objective");
    QTEST(entry->second.second, "department");
    QTEST(m.definition, "definition");
    QTEST(m.sourceSystem, "source");
    QTEST(m.steward, "steward");
}

void TestCanonicalImport::structure_goodFile_plansTargets_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<QVariant>("tolerance"); // invalid: none (the city default)

    QTest::newRow("from month 2023-07, blank tolerance")
        << "FD-RESP" << QDate(2023, 7, 1) << 90.0 << 0.0 << 0.0 << QVariant();
    QTest::newRow("from FY2025 (July start), tolerance 0")
        << "FD-RESP" << QDate(2024, 7, 1) << 92.0 << 0.0 << 0.0 << QVariant(0.0);
    QTest::newRow("no effective_from, tolerance 0.05")
        << "FD-FIRES" << QDate(1900, 1, 1) << 20.0 << 0.0 << 0.0 << QVariant(0.05);
    QTest::newRow("band 0.2 to 4") << "PW-CHLOR" << QDate(1900, 1, 1) << 0.0 << 0.2 << 4.0 << QVariant();
}

void TestCanonicalImport::structure_goodFile_plansTargets()
{
    QFETCH(QString, code);
    QFETCH(QDate, from);
    QFETCH(QVariant, tolerance);
    const ImportPlan p = plan(goodStructureFile(), Structure());
    QVERIFY2(p.ok(), qPrintable(problemsText(p)));
    const NewTarget *t = targetOf(p, code, from);
    QVERIFY2(t, qPrintable(code + QLatin1Char(' ') + from.toString(Qt::ISODate)));
    QTEST(t->target.value, "value");
    QTEST(t->target.bandLow, "low");
    QTEST(t->target.bandHigh, "high");
    QCOMPARE(t->target.tolerance.has_value(), tolerance.isValid());
    if (tolerance.isValid())
        QCOMPARE(*t->target.tolerance, tolerance.toDouble());
    // No target for the monitoring-only measure.
    for (const NewTarget &other : p.batch.targets)
        QVERIFY(other.measureCode != QLatin1String("PW-CALLS"));
}

void TestCanonicalImport::structure_minimalHeader_usesDefaults()
{
    const QByteArray contents = minimalStructureHeader
        + "G1,Safe City,G1.1,Fast response,FD,Fire Department,FD-RESP,Response time,lower,mean\n"
          "G1,Safe City,G1.1,Fast response,FD,Fire Department,FD-CALLS,Calls,higher,sum\n";
    const ImportPlan p = plan(contents, Structure());
    QVERIFY2(p.ok(), qPrintable(problemsText(p)));
    QCOMPARE(p.kind, ImportPlan::Kind::Structure);
    QCOMPARE(p.rowsRead, 2);
    QCOMPARE(int(p.batch.goals.size()), 1);
    QCOMPARE(int(p.batch.objectives.size()), 1);
    QCOMPARE(int(p.batch.departments.size()), 1);
    QCOMPARE(int(p.batch.measures.size()), 2);
    QCOMPARE(int(p.batch.targets.size()), 0);
    const Measure &m = p.batch.measures[0].first;
    QCOMPARE(m.code, QStringLiteral("FD-RESP"));
    QCOMPARE(m.direction, Direction::Lower);
    QCOMPARE(m.aggregation, Aggregation::Mean);
    QCOMPARE(m.unit, QString());
    QCOMPARE(m.frequency, Frequency::Monthly);
    QCOMPARE(m.classification, Classification::Internal);
    QCOMPARE(m.weight, 1.0);
    QCOMPARE(m.decimals, 1); // mean
    QCOMPARE(p.batch.measures[1].first.decimals, 0); // sum, no unit
}

void TestCanonicalImport::structure_existingGoal_keepsIdAndSortOrder()
{
    const Structure existing = sampleStructure();
    const QByteArray contents = minimalStructureHeader
        + "G2,Clean and Safe Water,G2.1,Safe drinking water,PW,Public Works,PW-CHLOR,Chlorine,band,mean\n"
          "G3,Parks,G3.1,Green space,PR,Parks,PR-ACRES,Acres,higher,last\n";
    const ImportPlan p = plan(contents, existing);
    QVERIFY2(p.ok(), qPrintable(problemsText(p)));
    QCOMPARE(int(p.batch.goals.size()), 2);
    QCOMPARE(p.batch.goals[0].id, Id(2));
    QCOMPARE(p.batch.goals[0].name, QStringLiteral("Clean and Safe Water")); // renamed
    QCOMPARE(p.batch.goals[0].sortOrder, 2);                                 // kept
    QCOMPARE(p.batch.goals[1].id, Id(0));                                     // new
    QVERIFY(p.batch.goals[1].sortOrder > 2);
    QCOMPARE(p.batch.measures[0].first.id, Id(3));
}

void TestCanonicalImport::observations_goodFile_plansEveryRow_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<double>("value");
    QTest::addColumn<QVariant>("numerator");
    QTest::addColumn<QVariant>("denominator");
    QTest::addColumn<bool>("provisional");
    QTest::addColumn<bool>("estimated");
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("note");

    QTest::newRow("month 2024-03") << 0 << "FD-RESP" << "2024-03" << 3 << QDate(2024, 3, 1) << QDate(2024, 3, 31)
                                   << 88.5 << QVariant() << QVariant() << false << false << "" << "" << "";
    QTest::newRow("FY2024-Q3, % ratio computed, provisional")
        << 1 << "FD-RESP" << "FY2024-Q3" << 4 << QDate(2024, 1, 1) << QDate(2024, 3, 31) << 85.0 << QVariant(170.0)
        << QVariant(200.0) << true << false << "" << "" << "";
    QTest::newRow("week 2024-W10, estimated")
        << 2 << "FD-FIRES" << "2024-W10" << 2 << QDate(2024, 3, 4) << QDate(2024, 3, 10) << 4.0 << QVariant()
        << QVariant() << false << true << "" << "" << "";
    QTest::newRow("day 2024-03-15, member, note")
        << 3 << "FD-FIRES" << "2024-03-15" << 1 << QDate(2024, 3, 15) << QDate(2024, 3, 15) << 1.0 << QVariant()
        << QVariant() << false << false << "neighbourhood" << "Downtown" << "Kitchen fire";
    QTest::newRow("FY2024, both flags") << 4 << "PW-CHLOR" << "FY2024" << 5 << QDate(2023, 7, 1)
                                        << QDate(2024, 6, 30) << 1.3 << QVariant() << QVariant() << true << true
                                        << "" << "" << "";
    QTest::newRow("non-% ratio computed, flags in capitals")
        << 5 << "PW-CHLOR" << "2024-03" << 3 << QDate(2024, 3, 1) << QDate(2024, 3, 31) << 1.5 << QVariant(3.0)
        << QVariant(2.0) << true << true << "" << "" << "";
    QTest::newRow("value given with parts, value wins")
        << 6 << "FD-RESP" << "2024-04" << 3 << QDate(2024, 4, 1) << QDate(2024, 4, 30) << 0.0 << QVariant(1.0)
        << QVariant(4.0) << false << false << "" << "" << "";
    QTest::newRow("total of a period also given per member")
        << 7 << "FD-FIRES" << "2024-03-15" << 1 << QDate(2024, 3, 15) << QDate(2024, 3, 15) << 2.0 << QVariant()
        << QVariant() << false << false << "" << "" << "";
}

void TestCanonicalImport::observations_goodFile_plansEveryRow()
{
    QFETCH(int, index);
    QFETCH(QVariant, numerator);
    QFETCH(QVariant, denominator);
    const QByteArray contents = observationsHeader
        + "FD-RESP,2024-03,88.5,,,,,,\n"
          "FD-RESP,FY2024-Q3,,170,200,,,,provisional\n"
          "FD-FIRES,2024-W10,4,,,,,,estimated\n"
          "FD-FIRES,2024-03-15,1,,,neighbourhood,Downtown,Kitchen fire,\n"
          "PW-CHLOR,FY2024,1.3,,,,,,provisional;estimated\n"
          "PW-CHLOR,2024-03,,3,2,,,,\"PROVISIONAL | Estimated\"\n"
          "FD-RESP,2024-04,0,1,4,,,,\n"
          "FD-FIRES,2024-03-15,2,,,,,,\n";
    const ImportPlan p = plan(contents);
    QVERIFY2(p.ok(), qPrintable(problemsText(p)));
    QCOMPARE(p.kind, ImportPlan::Kind::Observations);
    QCOMPARE(p.rowsRead, 8);
    QCOMPARE(int(p.batch.observations.size()), 8);
    QVERIFY(p.batch.measures.empty());
    QVERIFY(p.batch.goals.empty());
    const Observation &o = p.batch.observations[std::size_t(index)];
    QTEST(o.measureCode, "measure");
    QTEST(o.period.text(), "period");
    QTEST(o.period.granularity(), "granularity");
    QTEST(o.period.first(), "first");
    QTEST(o.period.last(), "last");
    QTEST(o.value, "value");
    QCOMPARE(optionalToVariant(o.numerator), numerator);
    QCOMPARE(optionalToVariant(o.denominator), denominator);
    QTEST(o.provisional, "provisional");
    QTEST(o.estimated, "estimated");
    QTEST(o.dimensionCode, "dimension");
    QTEST(o.memberCode, "member");
    QTEST(o.note, "note");
}

void TestCanonicalImport::header_variants_areAccepted_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<double>("value");
    QTest::newRow("minimal columns") << QByteArray("measure,period,value\nFD-RESP,2024-03,85\n") << 85.0;
    QTest::newRow("columns in another order") << QByteArray("value,measure,period\n85,FD-RESP,2024-03\n") << 85.0;
    QTest::newRow("capitals and blanks") << QByteArray(" Measure ,PERIOD, Value \nFD-RESP, 2024-03 , 85 \n") << 85.0;
    QTest::newRow("trailing comma") << QByteArray("measure,period,value,\nFD-RESP,2024-03,85,\n") << 85.0;
    QTest::newRow("no final line end") << QByteArray("measure,period,value\nFD-RESP,2024-03,85") << 85.0;
    QTest::newRow("exponent") << QByteArray("measure,period,value\nFD-RESP,2024-03,8.5e1\n") << 85.0;
    QTest::newRow("negative") << QByteArray("measure,period,value\nFD-RESP,2024-03,-2.5\n") << -2.5;
    QTest::newRow("plus sign") << QByteArray("measure,period,value\nFD-RESP,2024-03,+85\n") << 85.0;
    QTest::newRow("leading dot") << QByteArray("measure,period,value\nFD-RESP,2024-03,.5\n") << 0.5;
    QTest::newRow("trailing dot") << QByteArray("measure,period,value\nFD-RESP,2024-03,85.\n") << 85.0;
    QTest::newRow("quoted") << QByteArray("measure,period,value\n\"FD-RESP\",\"2024-03\",\"85\"\n") << 85.0;
}

void TestCanonicalImport::header_variants_areAccepted()
{
    QFETCH(QByteArray, contents);
    const ImportPlan p = plan(contents);
    QVERIFY2(p.ok(), qPrintable(problemsText(p)));
    QCOMPARE(p.kind, ImportPlan::Kind::Observations);
    QCOMPARE(int(p.batch.observations.size()), 1);
    QCOMPARE(p.batch.observations[0].measureCode, QStringLiteral("FD-RESP"));
    QCOMPARE(p.batch.observations[0].period.text(), QStringLiteral("2024-03"));
    QTEST(p.batch.observations[0].value, "value");
}

void TestCanonicalImport::csv_bomLineEndsAndQuotes_parse_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << false << QByteArray("\n");
    QTest::newRow("CRLF") << false << QByteArray("\r\n");
    QTest::newRow("CR only") << false << QByteArray("\r");
    QTest::newRow("BOM, LF") << true << QByteArray("\n");
    QTest::newRow("BOM, CRLF") << true << QByteArray("\r\n");
}

void TestCanonicalImport::csv_bomLineEndsAndQuotes_parse()
{
    QFETCH(bool, bom);
    QFETCH(QByteArray, eol);
    // Line 1 header; 2-3 one record whose note holds a comma, quotes and a
    // line break; 4 a record; 5 blank; 6 a bad record.
    QByteArray contents = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    contents += "measure,period,value,note,flag" + eol;
    contents += "FD-RESP,2024-03,85,\"Late, because of \"\"the storm\"\"" + eol + "and flooding\",provisional" + eol;
    contents += "FD-FIRES,2024-03,12,Caf\xC3\xA9 fire,\"\"" + eol;
    contents += eol;
    contents += "FD-FIRES,2024-04,N/A,," + eol;
    const ImportPlan p = plan(contents);
    QCOMPARE(p.kind, ImportPlan::Kind::Observations);
    QCOMPARE(p.rowsRead, 3);
    QCOMPARE(int(p.problems.size()), 1);
    QCOMPARE(p.problems[0].line, 6);
    QCOMPARE(p.problems[0].column, QStringLiteral("value"));
    QCOMPARE(p.problems[0].value, QStringLiteral("N/A"));
    QCOMPARE(int(p.batch.observations.size()), 2);
    const Observation &first = p.batch.observations[0];
    QCOMPARE(first.note, QStringLiteral("Late, because of \"the storm\"") + QString::fromLatin1(eol)
                             + QStringLiteral("and flooding"));
    QVERIFY(first.provisional);
    QCOMPARE(first.value, 85.0);
    QCOMPARE(p.batch.observations[1].note, QStringLiteral("Caf\u00e9 fire"));
    QVERIFY(!p.batch.observations[1].provisional);
}

void TestCanonicalImport::structure_quotedCommasAndNewlines_parse()
{
    QByteArray contents = "\xEF\xBB\xBF" + structureHeader;
    contents.replace('\n', "\r\n");
    contents += "G1,\"Safe, Healthy City\",G1.1,Fast response,FD,Fire Department,FD-RESP,"
                "\"Response within 8 minutes, all calls\",%,higher,ratio,monthly,90,,,,,,,"
                "\"Calls answered in time\r\ndivided by \"\"all\"\" calls\",CAD,\"Ortiz, J.\"\r\n";
    contents += structureRow({{"measure_code", "FD-X"}, {"direction", "sideways"}}).replace("\n", "\r\n");
    const ImportPlan p = plan(contents, Structure());
    QCOMPARE(p.kind, ImportPlan::Kind::Structure);
    QCOMPARE(p.rowsRead, 2);
    // The second record starts on line 4: the first spans lines 2 and 3.
    QCOMPARE(int(p.problems.size()), 1);
    QCOMPARE(p.problems[0].line, 4);
    QCOMPARE(p.problems[0].column, QStringLiteral("direction"));
    QCOMPARE(int(p.batch.measures.size()), 1);
    QCOMPARE(p.batch.goals[0].name, QStringLiteral("Safe, Healthy City"));
    const Measure &m = p.batch.measures[0].first;
    QCOMPARE(m.name, QStringLiteral("Response within 8 minutes, all calls"));
    QCOMPARE(m.definition, QStringLiteral("Calls answered in time\r\ndivided by \"all\" calls"));
    QCOMPARE(m.steward, QStringLiteral("Ortiz, J."));
    QCOMPARE(m.sourceSystem, QStringLiteral("CAD"));
}

void TestCanonicalImport::plan_log_recordsFile()
{
    const QByteArray contents = "measure,period,value\nFD-RESP,2024-03,85\nFD-RESP,2024-04,86\n";
    const ImportPlan p =
        planCanonicalImport(QStringLiteral("/some/folder/fire 2024.csv"), contents, sampleStructure(), CitySettings());
    QVERIFY2(p.ok(), qPrintable(problemsText(p)));
    QCOMPARE(p.batch.log.kind, QStringLiteral("observations"));
    QCOMPARE(p.batch.log.fileName, QStringLiteral("fire 2024.csv"));
    QCOMPARE(p.batch.log.fileSize, qint64(contents.size()));
    QCOMPARE(p.batch.log.fileSha256,
             QString::fromLatin1(QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(p.batch.log.rowsRead, 2);

    const ImportPlan s = plan(goodStructureFile(), Structure());
    QCOMPARE(s.batch.log.kind, QStringLiteral("structure"));
    QCOMPARE(s.batch.log.rowsRead, 5);
}

void TestCanonicalImport::endToEnd_importThenScore_givesStatus_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QVariant>("actual");
    QTest::addColumn<QVariant>("target"); // target value, or band high for band measures

    // Higher, target 90, city default tolerance 0.10: at risk from 81 up to 90.
    QTest::newRow("higher 85 vs 90: at risk") << "2024-03" << "FD-RESP" << "at_risk" << QVariant(85.0)
                                              << QVariant(90.0);
    // From FY2025 (2024-07-01) the target is 92 with tolerance 0.
    QTest::newRow("higher 91 vs 92, tolerance 0: off track") << "2024-08" << "FD-RESP" << "off_track"
                                                             << QVariant(91.0) << QVariant(92.0);
    QTest::newRow("lower 12 vs 20: on track") << "2024-03" << "FD-FIRES" << "on_track" << QVariant(12.0)
                                              << QVariant(20.0);
    // Band 0.2-4, mean of 4.6 and 4.8 = 4.7 > 4 * 1.1.
    QTest::newRow("band 4.7 above 4.4: off track") << "2024-03" << "PW-CHLOR" << "off_track" << QVariant(4.7)
                                                   << QVariant(4.0);
    QTest::newRow("no target") << "2024-03" << "PW-CALLS" << "no_target" << QVariant(310.0) << QVariant();
    QTest::newRow("no data") << "2024-08" << "FD-FIRES" << "no_data" << QVariant() << QVariant(20.0);
}

void TestCanonicalImport::endToEnd_importThenScore_givesStatus()
{
    QFETCH(QString, period);
    QFETCH(QString, measure);
    QFETCH(QString, status);
    QFETCH(QVariant, actual);
    QFETCH(QVariant, target);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = openStore(dir.filePath(QStringLiteral("city.db")), StoreOpenMode::CreateIfMissing);

    const ImportPlan structure = planCanonicalImport(QStringLiteral("structure.csv"), goodStructureFile(),
                                                     store->structure(), store->citySettings());
    QVERIFY2(structure.ok(), qPrintable(problemsText(structure)));
    const ImportSummary written = store->applyImport(structure.batch);
    QCOMPARE(written.structureRowsWritten, 2 + 2 + 3 + 4 + 4);

    const QByteArray observations = "measure,period,value,numerator,denominator\n"
                                    "FD-RESP,2024-03,,170,200\n"
                                    "FD-RESP,2024-08,,182,200\n"
                                    "FD-FIRES,2024-03,12,,\n"
                                    "PW-CHLOR,2024-03-01,4.6,,\n"
                                    "PW-CHLOR,2024-03-02,4.8,,\n"
                                    "PW-CALLS,2024-03,310,,\n";
    const ImportPlan figures = planCanonicalImport(QStringLiteral("figures.csv"), observations, store->structure(),
                                                   store->citySettings());
    QVERIFY2(figures.ok(), qPrintable(problemsText(figures)));
    QCOMPARE(figures.batch.observations[0].value, 85.0); // 170 / 200 as a percentage
    QCOMPARE(store->applyImport(figures.batch).observationsWritten, qint64(6));
    QCOMPARE(store->observationCount(), qint64(6));

    const Scorecard card = loadScorecard(*store, period, Scope{});
    QCOMPARE(card.period.text(), period);
    QCOMPARE(card.cityName, QStringLiteral("My city"));
    const ScorecardRow *row = nullptr;
    for (const ScorecardRow &r : card.rows) {
        if (r.level == Level::Measure && r.code == measure)
            row = &r;
    }
    QVERIFY(row);
    QCOMPARE(toText(row->status), status);
    QCOMPARE(row->actual.has_value(), actual.isValid());
    if (actual.isValid())
        QCOMPARE(*row->actual, actual.toDouble());
    QCOMPARE(row->target.has_value(), target.isValid());
    if (target.isValid())
        QCOMPARE(row->direction == Direction::Band ? row->target->bandHigh : row->target->value, target.toDouble());
}

void TestCanonicalImport::endToEnd_reimport_updatesInsteadOfDuplicating()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = openStore(dir.filePath(QStringLiteral("city.db")), StoreOpenMode::CreateIfMissing);
    for (int round = 0; round < 2; ++round) {
        const ImportPlan p = planCanonicalImport(QStringLiteral("structure.csv"), goodStructureFile(),
                                                 store->structure(), store->citySettings());
        QVERIFY2(p.ok(), qPrintable(problemsText(p)));
        store->applyImport(p.batch);
    }
    const Structure s = store->structure();
    QCOMPARE(int(s.goals.size()), 2);
    QCOMPARE(int(s.objectives.size()), 3);
    QCOMPARE(int(s.departments.size()), 2);
    QCOMPARE(int(s.measures.size()), 4);
    const Measure *resp = s.measureByCode(QStringLiteral("FD-RESP"));
    QVERIFY(resp);
    QCOMPARE(int(resp->targets.size()), 2);
    QCOMPARE(resp->targets[0].effectiveFrom, QDate(2023, 7, 1));
    QCOMPARE(resp->targets[1].effectiveFrom, QDate(2024, 7, 1));
    QCOMPARE(resp->targets[1].tolerance, std::optional<double>(0.0));
    QVERIFY(!resp->targets[0].tolerance);
    const Measure *chlorine = s.measureByCode(QStringLiteral("PW-CHLOR"));
    QVERIFY(chlorine);
    QCOMPARE(int(chlorine->targets.size()), 1);
    QCOMPARE(chlorine->targets[0].bandLow, 0.2);
    QCOMPARE(chlorine->targets[0].bandHigh, 4.0);
    QCOMPARE(s.goals[1].sortOrder, 2);

    // Importing a figure again replaces it.
    for (const char *value : {"12", "14"}) {
        const QByteArray contents = QByteArray("measure,period,value\nFD-FIRES,2024-03,") + value + "\n";
        const ImportPlan p = planCanonicalImport(QStringLiteral("figures.csv"), contents, store->structure(),
                                                 store->citySettings());
        QVERIFY2(p.ok(), qPrintable(problemsText(p)));
        store->applyImport(p.batch);
    }
    QCOMPARE(store->observationCount(), qint64(1));
    const auto totals = store->totalsEndingWithin(windowFor(Period::month(2024, 3)));
    QCOMPARE(int(totals.size()), 1);
    QCOMPARE(totals[0].value, 14.0);
}

QTEST_GUILESS_MAIN(TestCanonicalImport)
#include "tst_canonicalimport.moc"
