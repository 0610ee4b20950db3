// Mapped imports: wide and long layouts, lookups, duplicates and the values a
// mapping refuses, each problem located by sheet, row and column.
#include "csvfile.h"
#include "importmapping.h"
#include "importreport.h"
#include "mappedimport.h"
#include "mappingfixtures.h"
#include "testsheet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;
using namespace civicstat::test;

class MappedImportTest final : public QObject
{
    Q_OBJECT

private slots:
    void planMappedImport_wide_makesStructureTargetsAndObservations()
    {
        const TabularFile file = fileOf({
            {"ID", "Measure", "Agency", "Service", "Desired", "Kind", "FY 24 Actual", "FY 24 Target", "FY 25 Q1", "FY 25 Actual"},
            {"1851", "Days to a hearing", "Appeals", "Zoning appeals", "Decrease", "count", "100", "60", "N/A", "88"},
            {"AM02", "Invoices paid in 30 days", "Appeals", "Administration", "Increase", "percent", "64.98%", "75%", "", "New Meas."},
            {"X9", "Monitored only", "Appeals", "Administration", "", "count", "30,000", "10", "", ""},
        });
        const MappedImportPlan plan = planMappedImport(file, QStringLiteral("perf.xlsx"), mappingFrom("wide.mapping.json"),
                                                       Structure{}, CitySettings{}, DuplicatePolicy::Replace);
        QVERIFY2(plan.problems.empty(), plan.problems.empty() ? "" : qPrintable(plan.problems.front().reason));
        QCOMPARE(plan.rowsRead, 3);
        QCOMPARE(int(plan.batch.measures.size()), 3);
        QCOMPARE(plan.batch.measures[0].first.direction, Direction::Lower);
        QCOMPARE(plan.batch.measures[1].first.unit, QStringLiteral("%"));
        QCOMPARE(plan.batch.measures[0].second.first, QStringLiteral("ZONING-APPEALS")); // slugged objective code
        QCOMPARE(find(plan, QStringLiteral("1851"), QStringLiteral("FY2024"))->value, 100.0);
        QCOMPARE(find(plan, QStringLiteral("1851"), QStringLiteral("FY2025"))->value, 88.0);
        QVERIFY(!find(plan, QStringLiteral("1851"), QStringLiteral("FY2025-Q1"))); // N/A: missing, never zero
        QCOMPARE(find(plan, QStringLiteral("AM02"), QStringLiteral("FY2024"))->value, 64.98);
        QCOMPARE(find(plan, QStringLiteral("X9"), QStringLiteral("FY2024"))->value, 30000.0);
        // Targets: 1851 and AM02 from FY2024 on; X9 has no direction, so its target is not taken.
        QCOMPARE(int(plan.batch.targets.size()), 2);
        QCOMPARE(plan.batch.targets[0].target.effectiveFrom, QDate(2023, 7, 1));
        QCOMPARE(plan.batch.targets[1].target.value, 75.0);
        // "New Meas." in a figure column is refused and reported with its place.
        QCOMPARE(plan.counts.valuesRefused, 1);
        QCOMPARE(int(plan.refused.size()), 1);
        QCOMPARE(plan.refused.front().line, 3);
        QCOMPARE(plan.refused.front().column, QStringLiteral("FY 25 Actual"));
        QCOMPARE(plan.refused.front().value, QStringLiteral("New Meas."));
    }

    void planMappedImport_percentFractions_readAsPercentages()
    {
        ImportMapping mapping = mappingFrom("wide.mapping.json");
        mapping.conventions.percentFractions = true;
        const TabularFile file = fileOf({{"ID", "Measure", "Agency", "Service", "Desired", "Kind", "FY 24 Actual", "FY 24 Target", "FY 25 Actual"},
                                         {"P1", "Upheld", "D", "S", "Increase", "percent", "89%", "0.75", "1"},
                                         {"C1", "Count", "D", "S", "Increase", "count", "0.5", "1", ""}});
        const MappedImportPlan plan = planMappedImport(file, QStringLiteral("f.xlsx"), mapping, Structure{},
                                                       CitySettings{}, DuplicatePolicy::Replace);
        QVERIFY(plan.ok());
        QCOMPARE(find(plan, QStringLiteral("P1"), QStringLiteral("FY2024"))->value, 89.0);  // typed with its sign
        QCOMPARE(find(plan, QStringLiteral("P1"), QStringLiteral("FY2025"))->value, 100.0); // 1 is 100%
        QCOMPARE(plan.batch.targets[0].target.value, 75.0);                                    // 0.75 is 75%
        QCOMPARE(find(plan, QStringLiteral("C1"), QStringLiteral("FY2024"))->value, 0.5);   // not a % measure
    }

    void planMappedImport_refusedValueWithoutSkip_blocksTheImport()
    {
        QByteArray json = testData("wide.mapping.json");
        json.replace("\"invalid_values\": \"skip\",", "");
        QString error;
        const auto mapping = ImportMapping::fromJson(json, QString(), &error);
        QVERIFY(mapping);
        const TabularFile file = fileOf({{"ID", "Measure", "Agency", "Service", "Desired", "Kind", "FY 24 Actual"},
                                         {"M1", "A", "D", "S", "Increase", "count", "lots"}});
        const MappedImportPlan plan = planMappedImport(file, QStringLiteral("f.csv"), *mapping, Structure{},
                                                       CitySettings{}, DuplicatePolicy::Replace);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.problems.front().line, 2);
        QCOMPARE(plan.problems.front().value, QStringLiteral("lots"));
        QVERIFY(plan.problems.front().describe(QStringLiteral("f.csv")).startsWith(QLatin1String("f.csv [Sheet1]:2:")));
    }

    void planMappedImport_csvUnderAnotherName_isReadWhateverSheetTheMappingNames()
    {
        QByteArray json = testData("wide.mapping.json");
        json.replace(json.indexOf('{'), 1, "{\"sheet\": \"Performance\",");
        QString error;
        const auto mapping = ImportMapping::fromJson(json, QString(), &error);
        QVERIFY2(mapping, qPrintable(error));
        QCOMPARE(mapping->sheet, QStringLiteral("Performance"));
        const TabularFile csv = readCsvBytes("ID,Measure,Agency,Service,Desired,Kind,FY 24 Actual\n"
                                             "M1,A,D,S,Increase,count,12\n",
                                             QStringLiteral("renamed-by-hand.csv"));
        const MappedImportPlan plan = planMappedImport(csv, QStringLiteral("renamed-by-hand.csv"), *mapping,
                                                       Structure{}, CitySettings{}, DuplicatePolicy::Replace);
        QVERIFY2(plan.ok(), qPrintable(plan.problems.empty() ? QString() : plan.problems.front().reason));
        QCOMPARE(plan.batch.observations.size(), std::size_t(1));
        // A workbook still has to have the sheet the mapping names.
        const TabularFile workbook = fileOf({{"ID", "Measure", "Agency", "Service", "Desired", "Kind", "FY 24 Actual"},
                                             {"M1", "A", "D", "S", "Increase", "count", "12"}});
        QVERIFY(!planMappedImport(workbook, QStringLiteral("f.xlsx"), *mapping, Structure{}, CitySettings{},
                                  DuplicatePolicy::Replace)
                     .ok());
    }

    void planMappedImport_sameMeasureOnTwoRows_followsDuplicatePolicy_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<double>("value"); // NaN: the plan has a problem
        QTest::newRow("replace: the later row wins") << int(DuplicatePolicy::Replace) << 90.0;
        QTest::newRow("skip: the first row wins") << int(DuplicatePolicy::Skip) << 80.0;
        QTest::newRow("fail: a problem naming both rows") << int(DuplicatePolicy::Fail) << std::nan("");
    }

    void planMappedImport_sameMeasureOnTwoRows_followsDuplicatePolicy()
    {
        QFETCH(int, policy);
        QFETCH(double, value);
        const TabularFile file = fileOf({{"ID", "Measure", "Agency", "Service", "Desired", "Kind", "FY 24 Actual"},
                                         {"M1", "A", "D", "S", "Increase", "count", "80"},
                                         {"M1", "A", "D", "S", "Increase", "count", "90"}});
        const MappedImportPlan plan = planMappedImport(file, QStringLiteral("f.csv"), mappingFrom("wide.mapping.json"),
                                                       Structure{}, CitySettings{}, DuplicatePolicy(policy));
        QCOMPARE(plan.counts.duplicatesInFile, 1);
        if (std::isnan(value)) {
            QVERIFY(!plan.ok());
            QCOMPARE(plan.problems.front().line, 3);
            QVERIFY(plan.problems.front().reason.contains(QLatin1String("row 2")));
            return;
        }
        QVERIFY(plan.ok());
        QCOMPARE(find(plan, QStringLiteral("M1"), QStringLiteral("FY2024"))->value, value);
    }

    void planMappedImport_long_readsDatesMembersAndParts()
    {
        const TabularFile file = fileOf({{"Indicator", "Unit", "Where", "Month", "Answered", "Calls"},
                                         {"Calls answered", "Community District", "Queens 14", "Jul-10", "45", "50"},
                                         {"Calls answered", "Community District", "Queens 14", "Aug-10", "NA", "50"},
                                         {"Calls answered", "Community District", "Queens 14", "Sept", "1", "2"}});
        ImportMapping mapping = mappingFrom("long.mapping.json");
        mapping.conventions.missing << QStringLiteral("NA");
        const MappedImportPlan plan = planMappedImport(file, QStringLiteral("nyc.csv"), mapping, Structure{},
                                                       CitySettings{}, DuplicatePolicy::Replace);
        QCOMPARE(int(plan.problems.size()), 1); // "Sept" is not a month in MMM-yy
        QCOMPARE(plan.problems.front().line, 4);
        QCOMPARE(plan.problems.front().column, QStringLiteral("Month"));
        const Observation *july = find(plan, QStringLiteral("CALLS-ANSWERED"), QStringLiteral("2010-07"),
                                          QStringLiteral("Queens 14"));
        QVERIFY(july);
        QCOMPARE(july->dimensionCode, QStringLiteral("community-district"));
        QCOMPARE(july->value, 90.0); // 45 / 50 as a percentage
        QCOMPARE(*july->denominator, 50.0);
        QVERIFY(!find(plan, QStringLiteral("CALLS-ANSWERED"), QStringLiteral("2010-08"), QStringLiteral("Queens 14")));
    }

    // Rows as Austin's export has them: codes unique only with their
    // department, each row's own frequency choosing its value columns, the
    // year from a cell of the row.
    static TabularFile perRowFile(const QString &per = QString(), const QString &secondPer = QStringLiteral("quarter"))
    {
        return fileOf({{"Dept", "Div", "Program", "ID", "Measure", "Freq", "FY", "OCT", "NOV", "SEP", "QTR1", "QTR4",
                        "YEAR", "TARGET", "Per"},
                       {"PR", "4CUS", "Aquatics", "7", "Pool visits", "Monthly", "2016", "100", "110", "", "0", "0", "0",
                        "500", per},
                       {"AE", "4CUS", "Customer Care", "7", "Calls answered", "Quarterly", "2016", "0", "0", "0", "25",
                        "30", "", "90", secondPer},
                       {"AE", "", "", "9", "Survey", "Annually", "2016", "0", "0", "0", "0", "0", "73", "72", "month"},
                       {"AE", "", "", "10", "Not yet reported", "Annually", "2016", "0", "0", "0", "0", "0", "0", "5",
                        ""}});
    }

    static const Target *targetOf(const ImportPlan &plan, const QString &measure)
    {
        for (const NewTarget &t : plan.batch.targets) {
            if (t.measureCode == measure)
                return &t.target;
        }
        return nullptr;
    }

    void planMappedImport_joinedCodes_tellApartWhatOneColumnDoesNot()
    {
        const MappedImportPlan plan = planMappedImport(perRowFile(), QStringLiteral("austin.xlsx"),
                                                       mappingFrom("perrow.mapping.json"), Structure{}, CitySettings{},
                                                       DuplicatePolicy::Replace);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.problems.front().reason));
        QStringList objectives;
        for (const auto &[objective, owners] : plan.batch.objectives)
            objectives << objective.code;
        // 4CUS is a division of two departments; a row without a division is department-wide.
        QCOMPARE(objectives, (QStringList{"PR-4CUS", "AE-4CUS", "AE-ALL"}));
        QStringList measures;
        for (const auto &[measure, owners] : plan.batch.measures)
            measures << measure.code;
        QCOMPARE(measures, (QStringList{"PR.7", "AE.7", "AE.9", "AE.10"}));
    }

    void planMappedImport_joinWithAnEmptyPart_isEmptyNeverHalfACode()
    {
        QByteArray json = testData("perrow.mapping.json");
        json.replace(R"(, "otherwise": {"join": ["Dept", {"value": "ALL"}]})", "");
        QString error;
        const auto mapping = ImportMapping::fromJson(json, QString(), &error);
        QVERIFY2(mapping, qPrintable(error));
        const MappedImportPlan plan = planMappedImport(perRowFile(), QStringLiteral("austin.xlsx"), *mapping,
                                                       Structure{}, CitySettings{}, DuplicatePolicy::Replace);
        QCOMPARE(int(plan.problems.size()), 2); // rows 4 and 5 have no division
        QCOMPARE(plan.problems[0].line, 4);
        QVERIFY2(plan.problems[0].reason.contains(QLatin1String("objective_code is empty")),
                 qPrintable(plan.problems[0].reason));
    }

    void planMappedImport_valueColumnsPerRow_followTheRowsFrequency()
    {
        const MappedImportPlan plan = planMappedImport(perRowFile(), QStringLiteral("austin.xlsx"),
                                                       mappingFrom("perrow.mapping.json"), Structure{}, CitySettings{},
                                                       DuplicatePolicy::Replace);
        QVERIFY(plan.ok());
        // The monthly row reads OCT..SEP of FY2016, which starts in October 2015; its QTR zeros are not figures.
        QCOMPARE(find(plan, QStringLiteral("PR.7"), QStringLiteral("2015-10"))->value, 100.0);
        QCOMPARE(find(plan, QStringLiteral("PR.7"), QStringLiteral("2015-11"))->value, 110.0);
        QVERIFY(!find(plan, QStringLiteral("PR.7"), QStringLiteral("2016-09"))); // blank: missing
        QVERIFY(!find(plan, QStringLiteral("PR.7"), QStringLiteral("FY2016-Q1")));
        // The quarterly row reads QTR1..QTR4; its months' zeros are not figures.
        QCOMPARE(find(plan, QStringLiteral("AE.7"), QStringLiteral("FY2016-Q1"))->value, 25.0);
        QCOMPARE(find(plan, QStringLiteral("AE.7"), QStringLiteral("FY2016-Q1"))->period.first(), QDate(2015, 10, 1));
        QCOMPARE(find(plan, QStringLiteral("AE.7"), QStringLiteral("FY2016-Q4"))->value, 30.0);
        QVERIFY(!find(plan, QStringLiteral("AE.7"), QStringLiteral("2015-10")));
        // The annual row reads its year; a 0 there means "not reported yet" by the column's own missing words.
        QCOMPARE(find(plan, QStringLiteral("AE.9"), QStringLiteral("FY2016"))->value, 73.0);
        QVERIFY(!find(plan, QStringLiteral("AE.10"), QStringLiteral("FY2016")));
        QCOMPARE(int(plan.batch.observations.size()), 5);
        QCOMPARE(plan.counts.valuesRefused, 0);
        // The periods were read in the mapping's fiscal year, and the city's is set to it.
        QVERIFY(plan.batch.settings);
        QCOMPARE(plan.batch.settings->fiscalYearStartMonth, 10);
    }

    // An export made before the year ended: months not reported yet hold 0.
    static TabularFile trailingZerosFile(bool shuffled)
    {
        // Header in the months' order, or shuffled: the order that counts is the periods'.
        std::vector<QStringList> rows = {{"ID", "Measure", "OCT", "NOV", "DEC", "JAN", "FEB", "QTR1"},
                                         {"A", "Five, zero, seven, then zeros", "5", "0", "7", "0", "0", "0"},
                                         {"B", "All zeros", "0", "0", "0", "0", "0", "0"},
                                         {"C", "Blank and words are not zeros", "0", "3", "", "No Data", "0", "9"},
                                         {"D", "Reported to the end", "1", "0", "0", "0", "2", "0"}};
        if (shuffled) {
            for (QStringList &row : rows)
                row = QStringList{row[0], row[1], row[6], row[4], row[2], row[7], row[5], row[3]};
        }
        return fileOf(rows);
    }

    static ImportMapping trailingZerosMapping(const char *trailingZeros)
    {
        QByteArray json = R"json({"civicstat_mapping": 1, "fiscal_year_start_month": 10,
            "conventions": {"missing": ["", "No Data"]},
            "fields": {"goal_code": {"value": "G"}, "goal_name": {"value": "G"},
                       "department_code": {"value": "D"}, "department_name": {"value": "D"},
                       "objective_code": {"value": "O"}, "objective_name": {"value": "O"},
                       "measure_code": "ID", "measure_name": "Measure", "direction": {"value": "higher"}},
            "values": {"layout": "wide", "columns": [
                {"header": "(OCT|NOV|DEC|JAN|FEB)", "period": "FY2016-\\1", "role": "actual" TRAILING},
                {"header": "QTR(\\d)", "period": "FY2016-Q\\1", "role": "actual"}]}})json";
        json.replace("TRAILING", trailingZeros);
        QString error;
        auto mapping = ImportMapping::fromJson(json, QString(), &error);
        if (!mapping)
            qFatal("mapping: %s", qPrintable(error));
        return *mapping;
    }

    static QStringList monthsOf(const ImportPlan &plan, const QString &measure)
    {
        QStringList figures;
        for (const Observation &o : plan.batch.observations) {
            if (o.measureCode == measure && o.period.kind() == PeriodKind::Month)
                figures << o.period.text() + QLatin1Char('=') + QString::number(o.value);
        }
        figures.sort();
        return figures;
    }

    void planMappedImport_trailingZerosMissing_dropsZerosAfterTheLastFigure_data()
    {
        QTest::addColumn<bool>("shuffled");
        QTest::newRow("header in the months' order") << false;
        QTest::newRow("header shuffled: the periods' order counts") << true;
    }

    void planMappedImport_trailingZerosMissing_dropsZerosAfterTheLastFigure()
    {
        QFETCH(bool, shuffled);
        const MappedImportPlan plan = planMappedImport(trailingZerosFile(shuffled), QStringLiteral("early.csv"),
                                                       trailingZerosMapping(R"(, "trailing_zeros": "missing")"),
                                                       Structure{}, CitySettings{}, DuplicatePolicy::Fail);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.problems.front().reason));
        // 5, 0, 7, 0, 0 keeps 5, 0 and 7: the zero between two figures is a figure.
        QCOMPARE(monthsOf(plan, QStringLiteral("A")), (QStringList{"2015-10=5", "2015-11=0", "2015-12=7"}));
        // A row of zeros has reported nothing.
        QCOMPARE(monthsOf(plan, QStringLiteral("B")), QStringList());
        // Blank and No Data are missing anyway; the zero before the 3 stands, the one after it does not.
        QCOMPARE(monthsOf(plan, QStringLiteral("C")), (QStringList{"2015-10=0", "2015-11=3"}));
        QCOMPARE(monthsOf(plan, QStringLiteral("D")),
                 (QStringList{"2015-10=1", "2015-11=0", "2015-12=0", "2016-01=0", "2016-02=2"}));
        // The quarter's rule does not say so: its zeros are figures.
        QCOMPARE(find(plan, QStringLiteral("A"), QStringLiteral("FY2016-Q1"))->value, 0.0);
        QCOMPARE(find(plan, QStringLiteral("C"), QStringLiteral("FY2016-Q1"))->value, 9.0);
        // Counted as not reported, never as refused: 2 (A) + 5 (B) + 1 (C).
        QCOMPARE(plan.counts.zerosNotReported, 8);
        QCOMPARE(plan.counts.valuesRefused, 0);
        QVERIFY(plan.refused.empty());
        QCOMPARE(plan.counts.observations, 3 + 0 + 2 + 5 + 4);
        QVERIFY2(plannedSentence(plan, &plan.counts)
                     .contains(QLatin1String("8 zeros after their rows' last figures are taken as not reported yet")),
                 qPrintable(plannedSentence(plan, &plan.counts)));
        ImportOutcome outcome;
        outcome.fileName = QStringLiteral("early.csv");
        outcome.dryRun = true;
        const QJsonObject report = QJsonDocument::fromJson(importReportJson(plan, &plan.counts, outcome)).object();
        QCOMPARE(report.value(QStringLiteral("planned")).toObject().value(QStringLiteral("zeros_not_reported")).toInt(), 8);
        QVERIFY(importSummaryLine(plan, &plan.counts, outcome).contains(QLatin1String("8 zeros after a row's last figure not reported yet")));
    }

    void planMappedImport_withoutTrailingZeros_everyZeroIsAFigure_data()
    {
        QTest::addColumn<QByteArray>("option");
        QTest::newRow("not said") << QByteArray();
        QTest::newRow("said: figures") << QByteArray(R"(, "trailing_zeros": "figures")");
    }

    void planMappedImport_withoutTrailingZeros_everyZeroIsAFigure()
    {
        QFETCH(QByteArray, option);
        const MappedImportPlan plan = planMappedImport(trailingZerosFile(false), QStringLiteral("early.csv"),
                                                       trailingZerosMapping(option.constData()), Structure{},
                                                       CitySettings{}, DuplicatePolicy::Fail);
        QVERIFY(plan.ok());
        QCOMPARE(monthsOf(plan, QStringLiteral("A")),
                 (QStringList{"2015-10=5", "2015-11=0", "2015-12=7", "2016-01=0", "2016-02=0"}));
        QCOMPARE(monthsOf(plan, QStringLiteral("B")),
                 (QStringList{"2015-10=0", "2015-11=0", "2015-12=0", "2016-01=0", "2016-02=0"}));
        QCOMPARE(monthsOf(plan, QStringLiteral("C")), (QStringList{"2015-10=0", "2015-11=3", "2016-02=0"}));
        QCOMPARE(plan.counts.zerosNotReported, 0);
        QCOMPARE(plan.counts.observations, 5 + 5 + 3 + 5 + 4);
        QVERIFY(!plannedSentence(plan, &plan.counts).contains(QLatin1String("not reported")));
    }

    void planMappedImport_rowPeriodFromABadCell_isAProblemNamingTheCell()
    {
        TabularFile file = perRowFile();
        file.sheets[0].rows[2][6] = QStringLiteral("next year");
        const MappedImportPlan plan = planMappedImport(file, QStringLiteral("austin.xlsx"),
                                                       mappingFrom("perrow.mapping.json"), Structure{}, CitySettings{},
                                                       DuplicatePolicy::Replace);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.problems.front().line, 3);
        QCOMPARE(plan.problems.front().column, QStringLiteral("QTR1"));
        QCOMPARE(plan.problems.front().value, QStringLiteral("FYnext year-Q1"));
    }

    void planMappedImport_targetPerWord_setsEveryTargetsGrain()
    {
        const MappedImportPlan plan = planMappedImport(perRowFile(), QStringLiteral("austin.xlsx"),
                                                       mappingFrom("perrow.mapping.json"), Structure{}, CitySettings{},
                                                       DuplicatePolicy::Replace);
        QVERIFY(plan.ok());
        QCOMPARE(int(plan.batch.targets.size()), 4);
        for (const NewTarget &t : plan.batch.targets) {
            QCOMPARE(t.target.per, std::optional<Frequency>(Frequency::Annual));
            QCOMPARE(t.target.effectiveFrom, QDate(2015, 10, 1));
        }
        QCOMPARE(targetOf(plan, QStringLiteral("PR.7"))->value, 500.0);
    }

    void planMappedImport_targetPerColumn_givesEachRowsGrain()
    {
        ImportMapping mapping = mappingFrom("perrow.mapping.json");
        mapping.targetPer.reset();
        mapping.targetPerRule.column = QStringLiteral("Per");
        const MappedImportPlan plan = planMappedImport(perRowFile(QString(), QStringLiteral(" Quarter ")),
                                                       QStringLiteral("austin.xlsx"), mapping, Structure{},
                                                       CitySettings{}, DuplicatePolicy::Replace);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.problems.front().reason));
        QCOMPARE(targetOf(plan, QStringLiteral("PR.7"))->per, std::optional<Frequency>()); // blank: the measure's frequency
        QCOMPARE(targetOf(plan, QStringLiteral("AE.7"))->per, std::optional<Frequency>(Frequency::Quarterly));
        QCOMPARE(targetOf(plan, QStringLiteral("AE.9"))->per, std::optional<Frequency>(Frequency::Monthly));
    }

    void planMappedImport_targetPerUnknownWord_isRefusedNamingTheCell()
    {
        ImportMapping mapping = mappingFrom("perrow.mapping.json");
        mapping.targetPer.reset();
        mapping.targetPerRule.column = QStringLiteral("Per");
        const MappedImportPlan plan = planMappedImport(perRowFile(QString(), QStringLiteral("fortnight")),
                                                       QStringLiteral("austin.xlsx"), mapping, Structure{},
                                                       CitySettings{}, DuplicatePolicy::Replace);
        QVERIFY(!plan.ok());
        QCOMPARE(int(plan.problems.size()), 1);
        QCOMPARE(plan.problems.front().line, 3);
        QCOMPARE(plan.problems.front().column, QStringLiteral("Per"));
        QCOMPARE(plan.problems.front().value, QStringLiteral("fortnight"));
        QVERIFY2(plan.problems.front().reason.contains(QLatin1String("month, quarter or year")),
                 qPrintable(plan.problems.front().reason));
    }

    void planMappedImport_missingColumnOrSheet_isAProblemForTheWholeFile()
    {
        const TabularFile file = fileOf({{"ID", "Measure"}, {"M1", "A"}});
        MappedImportPlan plan = planMappedImport(file, QStringLiteral("f.csv"), mappingFrom("wide.mapping.json"), Structure{},
                                                 CitySettings{}, DuplicatePolicy::Replace);
        QVERIFY(!plan.ok());
        QStringList reasons;
        for (const ImportProblem &p : plan.problems)
            reasons << p.reason;
        QVERIFY2(reasons.join(QLatin1Char('\n')).contains(QLatin1String("the column \"Agency\"")), qPrintable(reasons.join(QLatin1Char('\n'))));
        ImportMapping other = mappingFrom("wide.mapping.json");
        other.sheet = QStringLiteral("Data");
        plan = planMappedImport(file, QStringLiteral("f.csv"), other, Structure{}, CitySettings{}, DuplicatePolicy::Replace);
        QVERIFY(plan.problems.front().reason.contains(QLatin1String("its sheets are: Sheet1")));
    }

    void plannedSentence_counts_sayEachInTheRightNumber()
    {
        const MappedImportPlan one = planMappedImport(
            fileOf({{"ID", "Measure", "Agency", "Service", "Desired", "Kind", "FY 24 Actual"},
                    {"M1", "A", "D", "S", "Increase", "count", "80"}}),
            QStringLiteral("f.csv"), mappingFrom("wide.mapping.json"), Structure{}, CitySettings{}, DuplicatePolicy::Replace);
        QVERIFY(one.ok());
        QCOMPARE(plannedSentence(one, &one.counts),
                 QStringLiteral("1 row read: 1 figure for 1 measure (1 new), in 1 objective, 1 department and 1 goal."));
        ImportPlan figuresOnly;
        figuresOnly.rowsRead = 3;
        figuresOnly.batch.observations.resize(3);
        QCOMPARE(plannedSentence(figuresOnly, nullptr), QStringLiteral("3 rows read: 3 figures."));
        QCOMPARE(plannedSentence(ImportPlan{}, nullptr), QStringLiteral("0 rows read: nothing to import."));
    }

    void importReportJson_plan_countsProblemsAndRefusedValues()
    {
        const TabularFile file = fileOf({{"ID", "Measure", "Agency", "Service", "Desired", "Kind", "FY 24 Actual"},
                                         {"M1", "A", "D", "S", "Increase", "count", "80"},
                                         {"M2", "B", "D", "S", "Increase", "count", "lots"}});
        const MappedImportPlan plan = planMappedImport(file, QStringLiteral("f.csv"), mappingFrom("wide.mapping.json"),
                                                       Structure{}, CitySettings{}, DuplicatePolicy::Replace);
        ImportOutcome outcome;
        outcome.fileName = QStringLiteral("f.csv");
        outcome.dryRun = true;
        const QJsonObject report = QJsonDocument::fromJson(importReportJson(plan, &plan.counts, outcome)).object();
        QCOMPARE(report.value(QStringLiteral("rows_read")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("planned")).toObject().value(QStringLiteral("observations")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("planned")).toObject().value(QStringLiteral("values_refused")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("refused_values")).toArray().first().toObject().value(QStringLiteral("row")).toInt(), 3);
        QVERIFY(importSummaryLine(plan, &plan.counts, outcome).startsWith(QLatin1String("Dry run, nothing written.")));
    }
};

QTEST_GUILESS_MAIN(MappedImportTest)
#include "tst_mappedimport.moc"
