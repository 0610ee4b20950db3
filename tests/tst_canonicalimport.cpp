// Tests of the canonical CSV import (docs/import-formats.md): planning a
// structure or observations file into an ImportBatch, reporting every problem
// with its line, column and reason, and, end to end, applying a plan to a
// database and scoring what was imported.
#include "canonicalimport.h"
#include "citysettings.h"
#include "scorecard.h"
#include "sqlitekpistore.h"
#include "storeerror.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <initializer_list>
#include <utility>

using namespace civicstat;

namespace {

const QStringList structureColumnNames = {
    QStringLiteral("goal_code"),      QStringLiteral("goal_name"),       QStringLiteral("objective_code"),
    QStringLiteral("objective_name"), QStringLiteral("department_code"), QStringLiteral("department_name"),
    QStringLiteral("measure_code"),   QStringLiteral("measure_name"),    QStringLiteral("unit"),
    QStringLiteral("direction"),      QStringLiteral("aggregation"),     QStringLiteral("frequency"),
    QStringLiteral("target"),         QStringLiteral("target_low"),      QStringLiteral("target_high"),
    QStringLiteral("tolerance"),      QStringLiteral("effective_from"),  QStringLiteral("weight"),
    QStringLiteral("classification"), QStringLiteral("definition"),      QStringLiteral("source"),
    QStringLiteral("steward")};

const QByteArray structureHeader =
    "goal_code,goal_name,objective_code,objective_name,department_code,department_name,measure_code,measure_name,"
    "unit,direction,aggregation,frequency,target,target_low,target_high,tolerance,effective_from,weight,"
    "classification,definition,source,steward\n";

const QByteArray minimalStructureHeader = "goal_code,goal_name,objective_code,objective_name,department_code,"
                                          "department_name,measure_code,measure_name,direction,aggregation\n";

const QByteArray observationsHeader = "measure,period,value,numerator,denominator,dimension,member,note,flag\n";

QByteArray csvCell(const QString &value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        QString quoted = value;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return '"' + quoted.toUtf8() + '"';
    }
    return value.toUtf8();
}

// One line of a full structure file: a higher, ratio measure FD-RESP with
// target 90, with `changes` replacing cells by column name.
QByteArray structureRow(std::initializer_list<std::pair<const char *, const char *>> changes = {})
{
    QHash<QString, QString> cells = {
        {QStringLiteral("goal_code"), QStringLiteral("G1")},
        {QStringLiteral("goal_name"), QStringLiteral("Safe City")},
        {QStringLiteral("objective_code"), QStringLiteral("G1.1")},
        {QStringLiteral("objective_name"), QStringLiteral("Fast response")},
        {QStringLiteral("department_code"), QStringLiteral("FD")},
        {QStringLiteral("department_name"), QStringLiteral("Fire Department")},
        {QStringLiteral("measure_code"), QStringLiteral("FD-RESP")},
        {QStringLiteral("measure_name"), QStringLiteral("Response within 8 minutes")},
        {QStringLiteral("unit"), QStringLiteral("%")},
        {QStringLiteral("direction"), QStringLiteral("higher")},
        {QStringLiteral("aggregation"), QStringLiteral("ratio")},
        {QStringLiteral("frequency"), QStringLiteral("monthly")},
        {QStringLiteral("target"), QStringLiteral("90")},
    };
    for (const auto &[column, value] : changes) {
        Q_ASSERT(structureColumnNames.contains(QLatin1String(column)));
        cells.insert(QString::fromLatin1(column), QString::fromUtf8(value));
    }
    QByteArrayList line;
    for (const QString &column : structureColumnNames)
        line << csvCell(cells.value(column));
    return line.join(',') + '\n';
}

// A band measure row (PW-CHLOR) with `low` and `high`.
QByteArray bandRow(const char *low, const char *high, const char *target = "")
{
    return structureRow({{"goal_code", "G2"},
                         {"goal_name", "Clean Water"},
                         {"objective_code", "G2.1"},
                         {"objective_name", "Safe drinking water"},
                         {"department_code", "PW"},
                         {"department_name", "Public Works"},
                         {"measure_code", "PW-CHLOR"},
                         {"measure_name", "Chlorine residual"},
                         {"unit", "mg/L"},
                         {"direction", "band"},
                         {"aggregation", "mean"},
                         {"target", target},
                         {"target_low", low},
                         {"target_high", high}});
}

// The good structure file: a higher measure with two targets (2023-07 and
// FY2025), a lower and a band measure, and a monitoring-only measure.
QByteArray goodStructureFile()
{
    return structureHeader
        + "G1,Safe City,G1.1,Fast response,FD,Fire Department,FD-RESP,Response within 8 minutes,%,higher,ratio,"
          "monthly,90,,,,2023-07,,public,Share of calls answered within 8 minutes,CAD,Chief Ortiz\n"
          "G1,Safe City,G1.1,Fast response,FD,Fire Department,FD-RESP,Response within 8 minutes,%,higher,ratio,"
          "monthly,92,,,0,FY2025,,,,,\n"
          "G1,Safe City,G1.2,Fewer fires,FD,Fire Department,FD-FIRES,Structure fires,count,lower,sum,monthly,20,,,"
          "0.05,,2,,,,\n"
          "G2,Clean Water,G2.1,Safe drinking water,PW,Public Works,PW-CHLOR,Chlorine residual,mg/L,band,mean,daily,,"
          "0.2,4,,,,restricted,,,\n"
          "G2,Clean Water,G2.1,Safe drinking water,PW,Public Works,PW-CALLS,Service calls,count,higher,sum,weekly,,,,"
          ",,,,,,\n";
}

// What the database holds after the good structure file, without targets.
Structure sampleStructure()
{
    Structure s;
    s.departments = {{1, QStringLiteral("FD"), QStringLiteral("Fire Department"), {}},
                     {2, QStringLiteral("PW"), QStringLiteral("Public Works"), {}}};
    Goal g1;
    g1.id = 1;
    g1.code = QStringLiteral("G1");
    g1.name = QStringLiteral("Safe City");
    g1.sortOrder = 1;
    Goal g2;
    g2.id = 2;
    g2.code = QStringLiteral("G2");
    g2.name = QStringLiteral("Clean Water");
    g2.sortOrder = 2;
    s.goals = {g1, g2};
    const auto objective = [](Id id, const char *code, Id goal, Id department) {
        Objective o;
        o.id = id;
        o.code = QString::fromLatin1(code);
        o.name = o.code;
        o.goalId = goal;
        o.departmentId = department;
        return o;
    };
    s.objectives = {objective(1, "G1.1", 1, 1), objective(2, "G1.2", 1, 1), objective(3, "G2.1", 2, 2)};
    const auto measure = [](Id id, const char *code, Id objectiveId, const char *unit, Direction direction,
                            Aggregation aggregation) {
        Measure m;
        m.id = id;
        m.code = QString::fromLatin1(code);
        m.name = m.code;
        m.objectiveId = objectiveId;
        m.unit = QString::fromLatin1(unit);
        m.direction = direction;
        m.aggregation = aggregation;
        return m;
    };
    s.measures = {measure(1, "FD-RESP", 1, "%", Direction::Higher, Aggregation::Ratio),
                  measure(2, "FD-FIRES", 2, "count", Direction::Lower, Aggregation::Sum),
                  measure(3, "PW-CHLOR", 3, "mg/L", Direction::Band, Aggregation::Mean),
                  measure(4, "PW-CALLS", 3, "count", Direction::Higher, Aggregation::Sum)};
    s.index();
    return s;
}

ImportPlan plan(const QByteArray &contents, const Structure &existing = sampleStructure())
{
    return planCanonicalImport(QStringLiteral("test.csv"), contents, existing, CitySettings());
}

QString problemsText(const ImportPlan &p)
{
    QStringList lines;
    for (const ImportProblem &problem : p.problems)
        lines << problem.describe(QStringLiteral("test.csv"));
    return lines.join(QLatin1Char('\n'));
}

const NewTarget *targetOf(const ImportPlan &p, const QString &measureCode, QDate from)
{
    for (const NewTarget &t : p.batch.targets) {
        if (t.measureCode == measureCode && t.target.effectiveFrom == from)
            return &t;
    }
    return nullptr;
}

const std::pair<Measure, std::pair<QString, QString>> *measureOf(const ImportPlan &p, const QString &code)
{
    for (const auto &entry : p.batch.measures) {
        if (entry.first.code == code)
            return &entry;
    }
    return nullptr;
}

QVariant optionalToVariant(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

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

    // Problems.
    void plan_badInput_reportsProblem_data();
    void plan_badInput_reportsProblem();
    void observations_severalBadRows_reportsAll();
    void structure_severalBadRows_reportsAll();
    void observations_oneRowSeveralProblems_reportsAll();
    void observations_unquotedThousandsSeparator_isReported();

    // The log entry and problem text.
    void plan_log_recordsFile();
    void importProblemDescribe_fields_format_data();
    void importProblemDescribe_fields_format();
    void importProblemDescribe_realProblem_namesFileAndLine();

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
    const NewObservation &o = p.batch.observations[std::size_t(index)];
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
    const NewObservation &first = p.batch.observations[0];
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

void TestCanonicalImport::plan_badInput_reportsProblem_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("count"); // problems expected in all
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason"); // a distinctive part of it

    const QByteArray s = structureHeader;
    const QByteArray o = "measure,period,value,numerator,denominator,dimension,member,note,flag\n";
    const QByteArray oShort = "measure,period,value\n";

    // Structure rows.
    QTest::newRow("unknown direction") << s + structureRow({{"direction", "upwards"}}) << 1 << 2 << "direction"
                                       << "upwards" << "use higher, lower or band";
    QTest::newRow("empty direction") << s + structureRow({{"direction", ""}}) << 1 << 2 << "direction" << ""
                                     << "must not be empty; use higher, lower or band";
    QTest::newRow("unknown aggregation") << s + structureRow({{"aggregation", "average"}}) << 1 << 2
                                         << "aggregation" << "average" << "use sum, mean, last, min, max or ratio";
    QTest::newRow("unknown frequency") << s + structureRow({{"frequency", "hourly"}}) << 1 << 2 << "frequency"
                                       << "hourly" << "use daily, weekly";
    QTest::newRow("unknown classification") << s + structureRow({{"classification", "secret"}}) << 1 << 2
                                            << "classification" << "secret" << "use public, internal";
    QTest::newRow("empty goal_name") << s + structureRow({{"goal_name", ""}}) << 1 << 2 << "goal_name" << ""
                                     << "must not be empty";
    QTest::newRow("blank measure_code") << s + structureRow({{"measure_code", "   "}}) << 1 << 2 << "measure_code"
                                        << "" << "must not be empty";
    QTest::newRow("negative weight") << s + structureRow({{"weight", "-1"}}) << 1 << 2 << "weight" << "-1"
                                     << "cannot be negative";
    QTest::newRow("target with thousands separator")
        << s + structureRow({{"target", "1,000"}}) << 1 << 2 << "target" << "1,000" << "thousands separators";
    QTest::newRow("target with percent sign") << s + structureRow({{"target", "90%"}}) << 1 << 2 << "target"
                                              << "90%" << "without the % sign";
    QTest::newRow("band without target_high") << s + bandRow("0.2", "") << 1 << 2 << "target_high" << ""
                                              << "needs both target_low and target_high";
    QTest::newRow("band without target_low") << s + bandRow("", "4") << 1 << 2 << "target_low" << ""
                                             << "needs both target_low and target_high";
    QTest::newRow("band target_low above target_high")
        << s + bandRow("5", "1") << 1 << 2 << "target_low" << "5" << "target_low is above target_high";
    QTest::newRow("band with target") << s + bandRow("0.2", "4", "2") << 1 << 2 << "target" << "2"
                                      << "not target";
    QTest::newRow("higher with target_low") << s + structureRow({{"target_low", "80"}}) << 1 << 2 << "target_low"
                                            << "80" << "only band measures";
    QTest::newRow("tolerance 1.5") << s + structureRow({{"tolerance", "1.5"}}) << 1 << 2 << "tolerance" << "1.5"
                                   << "fraction from 0 to below 1";
    QTest::newRow("negative tolerance") << s + structureRow({{"tolerance", "-0.1"}}) << 1 << 2 << "tolerance"
                                        << "-0.1" << "fraction from 0 to below 1";
    QTest::newRow("tolerance without target") << s + structureRow({{"target", ""}, {"tolerance", "0.1"}}) << 1 << 2
                                              << "target" << "" << "a target is needed";
    QTest::newRow("effective_from not a period")
        << s + structureRow({{"effective_from", "July 2024"}}) << 1 << 2 << "effective_from" << "July 2024"
        << "not a period";
    QTest::newRow("same target date twice")
        << s + structureRow({{"effective_from", "2024-07"}}) + structureRow({{"effective_from", "2024-07-01"}})
        << 1 << 3 << "effective_from" << "2024-07-01" << "line 2 already gives this measure a target";
    QTest::newRow("FY2025 and 2024-07 are the same date")
        << s + structureRow({{"effective_from", "FY2025"}}) + structureRow({{"effective_from", "2024-07"}}) << 1
        << 3 << "effective_from" << "2024-07" << "line 2 already gives this measure a target";
    QTest::newRow("goal code with two names")
        << s + structureRow() + structureRow({{"goal_name", "Safer City"}, {"measure_code", "FD-2"}}) << 1 << 3
        << "goal_name" << "Safer City" << "line 2 gives \"G1\" another name: \"Safe City\"";
    QTest::newRow("department code with two names")
        << s + structureRow() + structureRow({{"department_name", "Fire & Rescue"}, {"measure_code", "FD-2"}}) << 1
        << 3 << "department_name" << "Fire & Rescue" << "line 2 gives \"FD\" another name";
    QTest::newRow("objective under two goals")
        << s + structureRow() + structureRow({{"goal_code", "G2"}, {"goal_name", "Other"}, {"measure_code", "FD-2"}})
        << 1 << 3 << "goal_code" << "G2" << "line 2 puts objective \"G1.1\" under goal \"G1\"";
    QTest::newRow("measure repeated differently")
        << s + structureRow({{"effective_from", "2023-07"}})
               + structureRow({{"direction", "lower"}, {"effective_from", "2024-07"}})
        << 1 << 3 << "measure_code" << "FD-RESP" << "described differently on line 2";

    // Structure header.
    QTest::newRow("unknown column in header")
        << QByteArray(s).replace("steward\n", "steward,colour\n") + structureRow().replace("\n", ",blue\n") << 1 << 1
        << "colour" << "colour" << "unknown column; the columns of this format are: goal_code";
    QTest::newRow("column twice in header")
        << QByteArray(s).replace("steward\n", "steward,Unit\n") << 1 << 1 << "unit" << "unit" << "appears twice";
    QTest::newRow("missing required column")
        << QByteArray(s).replace("aggregation,", "") << 1 << 1 << "" << ""
        << "the required column \"aggregation\" is missing from the header";

    // Observations rows.
    QTest::newRow("value N/A") << o + "FD-RESP,2024-03,N/A\n" << 1 << 2 << "value" << "N/A" << "not a number";
    QTest::newRow("value nan") << o + "FD-RESP,2024-03,nan\n" << 1 << 2 << "value" << "nan" << "not a number";
    QTest::newRow("value inf") << o + "FD-RESP,2024-03,inf\n" << 1 << 2 << "value" << "inf" << "not a number";
    QTest::newRow("value too large") << o + "FD-RESP,2024-03,1e999\n" << 1 << 2 << "value" << "1e999" << "not a number";
    QTest::newRow("value with a unit") << o + "FD-RESP,2024-03,85 s\n" << 1 << 2 << "value" << "85 s" << "not a number";
    QTest::newRow("value in Arabic-Indic digits")
        << o + "FD-RESP,2024-03,\xd9\xa8\xd9\xa5\n" << 1 << 2 << "value" << "\u0668\u0665" << "not a number";
    QTest::newRow("value +-5") << o + "FD-RESP,2024-03,+-5\n" << 1 << 2 << "value" << "+-5" << "not a number";
    QTest::newRow("value hexadecimal") << o + "FD-RESP,2024-03,0x55\n" << 1 << 2 << "value" << "0x55" << "not a number";
    QTest::newRow("value with thousands separator")
        << o + "FD-FIRES,2024-03,\"30,000\"\n" << 1 << 2 << "value" << "30,000"
        << "write numbers without thousands separators";
    QTest::newRow("value with percent sign") << o + "FD-RESP,2024-03,64.98%\n" << 1 << 2 << "value" << "64.98%"
                                             << "write percentages as plain numbers without the % sign";
    QTest::newRow("blank value") << o + "FD-RESP,2024-03,\n" << 1 << 2 << "value" << ""
                                 << "a missing figure is a row left out";
    QTest::newRow("period March 2024") << o + "FD-RESP,March 2024,85\n" << 1 << 2 << "period" << "March 2024"
                                       << "not a period";
    QTest::newRow("period 2024-13") << o + "FD-RESP,2024-13,85\n" << 1 << 2 << "period" << "2024-13"
                                    << "not a period";
    QTest::newRow("empty period") << o + "FD-RESP,,85\n" << 1 << 2 << "period" << "" << "must not be empty";
    QTest::newRow("unknown measure") << o + "XX-NOPE,2024-03,85\n" << 1 << 2 << "measure" << "XX-NOPE"
                                     << "no measure has this code";
    QTest::newRow("numerator without denominator")
        << o + "FD-RESP,2024-03,85,170,\n" << 1 << 2 << "denominator" << "" << "give both numerator and denominator";
    QTest::newRow("denominator without numerator")
        << o + "FD-RESP,2024-03,85,,200\n" << 1 << 2 << "numerator" << "" << "give both numerator and denominator";
    QTest::newRow("negative denominator") << o + "FD-RESP,2024-03,85,1,-2\n" << 1 << 2 << "denominator" << "-2"
                                          << "cannot be negative";
    QTest::newRow("blank value, denominator 0") << o + "FD-RESP,2024-03,,0,0\n" << 1 << 2 << "value" << ""
                                                << "cannot be computed because the denominator is 0";
    QTest::newRow("member without dimension") << o + "FD-FIRES,2024-03,3,,,,Downtown\n" << 1 << 2 << "dimension"
                                              << "" << "give both dimension and member";
    QTest::newRow("unknown flag") << o + "FD-RESP,2024-03,85,,,,,,final\n" << 1 << 2 << "flag" << "final"
                                  << "the flags are \"provisional\" and \"estimated\"";
    QTest::newRow("same measure and period twice")
        << o + "FD-RESP,2024-03,85\nFD-RESP,2024-03,86\n" << 1 << 3 << "period" << "2024-03"
        << "the same measure, period and member already appear on line 2";
    QTest::newRow("same period in other letters")
        << o + "PW-CHLOR,FY2024,1\nPW-CHLOR,fy2024,2\n" << 1 << 3 << "period" << "fy2024"
        << "already appear on line 2";
    QTest::newRow("same member twice")
        << o + "FD-FIRES,2024-03,1,,,hood,North\nFD-FIRES,2024-03,1,,,hood,South\nFD-FIRES,2024-03,2,,,hood,North\n"
        << 1 << 4 << "period" << "2024-03" << "already appear on line 2";

    // Observations header.
    QTest::newRow("missing column value") << QByteArray("measure,period\nFD-RESP,2024-03\n") << 1 << 1 << "" << ""
                                          << "the required column \"value\" is missing";
    QTest::newRow("unknown column in observations header")
        << QByteArray("measure,period,value,comment\n") << 1 << 1 << "comment" << "comment" << "unknown column";

    // The file as a whole.
    QTest::newRow("UTF-16 bytes") << QByteArray("\xff\xfe\x00", 3) << 1 << 0 << "" << "" << "not UTF-8";
    QTest::newRow("UTF-16 header") << QByteArray("\xff\xfem\0e\0a\0s\0u\0r\0e\0", 16) << 1 << 0 << "" << ""
                                   << "Save it from your spreadsheet as \"CSV UTF-8\"";
    QTest::newRow("Latin-1 letter") << oShort + "FD-RESP,2024-03,85,Caf\xe9\n" << 1 << 0 << "" << ""
                                    << "not UTF-8";
    QTest::newRow("empty file") << QByteArray() << 1 << 0 << "" << "" << "the file is empty";
    QTest::newRow("only a byte-order mark") << QByteArray("\xEF\xBB\xBF") << 1 << 0 << "" << ""
                                            << "the file is empty";
    QTest::newRow("header of neither format") << QByteArray("name,amount\nx,1\n") << 1 << 1 << "" << ""
                                              << "neither a structure file";
    QTest::newRow("unterminated quote") << oShort + "FD-RESP,2024-03,85\nFD-RESP,2024-04,\"86\nFD-RESP,2024-05,87\n"
                                        << 1 << 0 << "" << ""
                                        << "quoted field that begins on line 3 is never closed";
    QTest::newRow("unterminated quote in header") << QByteArray("\"measure,period,value\nFD-RESP,2024-03,85\n") << 1
                                                  << 0 << "" << ""
                                                  << "quoted field that begins on line 1 is never closed";
}

void TestCanonicalImport::plan_badInput_reportsProblem()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, count);
    const ImportPlan p = plan(contents);
    QVERIFY(!p.ok());
    QVERIFY2(int(p.problems.size()) == count, qPrintable(problemsText(p)));
    const ImportProblem &problem = p.problems.front();
    QTEST(problem.line, "line");
    QTEST(problem.column, "column");
    QTEST(problem.value, "value");
    QFETCH(QString, reason);
    QVERIFY2(problem.reason.contains(reason), qPrintable(problem.reason));
}

void TestCanonicalImport::observations_severalBadRows_reportsAll()
{
    const QByteArray contents = "measure,period,value\n"
                                "FD-RESP,2024-03,85\n"
                                "FD-RESP,2024-04,N/A\n"
                                "FD-RESP,2024-05,86\n"
                                "FD-RESP,May 2024,87\n"
                                "XX-NOPE,2024-06,88\n"
                                "FD-RESP,2024-07,89\n";
    const ImportPlan p = plan(contents);
    QVERIFY(!p.ok());
    QCOMPARE(p.rowsRead, 6);
    QCOMPARE(int(p.problems.size()), 3);
    QCOMPARE(p.problems[0].line, 3);
    QCOMPARE(p.problems[0].column, QStringLiteral("value"));
    QCOMPARE(p.problems[1].line, 5);
    QCOMPARE(p.problems[1].column, QStringLiteral("period"));
    QCOMPARE(p.problems[2].line, 6);
    QCOMPARE(p.problems[2].column, QStringLiteral("measure"));
    QCOMPARE(int(p.batch.observations.size()), 3); // the good rows, never applied while problems remain
}

void TestCanonicalImport::structure_severalBadRows_reportsAll()
{
    const QByteArray contents = structureHeader + structureRow()
        + structureRow({{"measure_code", "FD-2"}, {"direction", "up"}})
        + structureRow({{"measure_code", "FD-3"}, {"tolerance", "10%"}})
        + structureRow({{"measure_code", "FD-4"}})
        + structureRow({{"measure_code", "FD-5"}, {"objective_name", ""}});
    const ImportPlan p = plan(contents, Structure());
    QVERIFY(!p.ok());
    QCOMPARE(p.rowsRead, 5);
    QVERIFY2(p.problems.size() == 3, qPrintable(problemsText(p)));
    QCOMPARE(p.problems[0].line, 3);
    QCOMPARE(p.problems[0].column, QStringLiteral("direction"));
    QCOMPARE(p.problems[1].line, 4);
    QCOMPARE(p.problems[1].column, QStringLiteral("tolerance"));
    QCOMPARE(p.problems[2].line, 6);
    QCOMPARE(p.problems[2].column, QStringLiteral("objective_name"));
}

void TestCanonicalImport::observations_oneRowSeveralProblems_reportsAll()
{
    const ImportPlan p = plan("measure,period,value,flag\nFD-RESP,March,N/A,final\n");
    QVERIFY2(p.problems.size() == 3, qPrintable(problemsText(p)));
    QStringList columns;
    for (const ImportProblem &problem : p.problems) {
        QCOMPARE(problem.line, 2);
        columns << problem.column;
    }
    QCOMPARE(columns, (QStringList{QStringLiteral("period"), QStringLiteral("value"), QStringLiteral("flag")}));
    QVERIFY(p.batch.observations.empty());
}

void TestCanonicalImport::observations_unquotedThousandsSeparator_isReported()
{
    // "30,000" typed without quotes splits into two cells; with only three
    // columns the second one ("000") falls beyond the header.
    const ImportPlan p = plan("measure,period,value\nFD-FIRES,2024-03,30,000\n");
    QVERIFY2(!p.ok(), p.batch.observations.empty()
                          ? "no observation"
                          : qPrintable(QStringLiteral("planned value %1").arg(p.batch.observations[0].value)));
    QCOMPARE(p.problems.front().line, 2);
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

void TestCanonicalImport::importProblemDescribe_fields_format_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cell") << 3 << "value" << "N/A" << "not a number"
                          << "file.csv:3: column \"value\", value \"N/A\": not a number";
    QTest::newRow("row") << 1 << "" << "" << "the header is neither" << "file.csv:1: the header is neither";
    QTest::newRow("whole file") << 0 << "" << "" << "the file is empty" << "file.csv: the file is empty";
    QTest::newRow("empty value") << 12 << "goal_name" << "" << "must not be empty"
                                 << "file.csv:12: column \"goal_name\", value \"\": must not be empty";
}

void TestCanonicalImport::importProblemDescribe_fields_format()
{
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    const ImportProblem problem{line, column, value, reason};
    QTEST(problem.describe(QStringLiteral("file.csv")), "expected");
}

void TestCanonicalImport::importProblemDescribe_realProblem_namesFileAndLine()
{
    const ImportPlan p = plan("measure,period,value\nFD-RESP,2024-03,85\nFD-RESP,2024-04,N/A\n");
    QCOMPARE(int(p.problems.size()), 1);
    const QString text = p.problems[0].describe(QStringLiteral("file.csv"));
    QVERIFY2(text.startsWith(QLatin1String("file.csv:3: ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("column \"value\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"N/A\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("not a number")), qPrintable(text));
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
    auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("city.db")), SqliteKpiStore::OpenMode::CreateIfMissing);

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
    auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("city.db")), SqliteKpiStore::OpenMode::CreateIfMissing);
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
    const auto totals = store->totalsEndingWithin(QDate(2024, 3, 1), QDate(2024, 3, 31), 3);
    QCOMPARE(int(totals.size()), 1);
    QCOMPARE(totals[0].value, 14.0);
}

QTEST_GUILESS_MAIN(TestCanonicalImport)
#include "tst_canonicalimport.moc"
