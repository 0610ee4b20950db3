// What a mapped import refuses (docs/import-formats.md): CSV records that do
// not match the header or hold a quote in the wrong place, words the mapping
// leaves unknown, and a code described two ways; each with its row, column,
// value and reason, and nothing planned to be written. Austin's real file with
// a stray quote added, as issue 8 found it merging two measures.
#include "csvfile.h"
#include "importmapping.h"
#include "mappedimport.h"
#include "testsheet.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace civicstat;
using civicstat::test::fileOf;

namespace {

const QString austinCsv =
    QStringLiteral(CIVICSTAT_REAL_DATA "/austin-eperf-measures-fy2016/OM_EPERF_MEASURES_VW.csv");

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

ImportMapping mappingFrom(const QByteArray &json)
{
    QString error;
    auto mapping = ImportMapping::fromJson(json, QString(), &error);
    if (!mapping)
        qFatal("mapping: %s", qPrintable(error));
    return *mapping;
}

ImportMapping testMapping(const char *name)
{
    return mappingFrom(readBytes(QStringLiteral(CIVICSTAT_TEST_DATA "/") + QLatin1String(name)));
}

MappedImportPlan planOf(const TabularFile &file, const ImportMapping &mapping, const QString &name = QStringLiteral("f.csv"))
{
    return planMappedImport(file, name, mapping, Structure{}, CitySettings{}, DuplicatePolicy::Replace);
}

QString problemsText(const ImportPlan &plan)
{
    QStringList lines;
    for (const ImportProblem &p : plan.problems)
        lines << p.describe(QStringLiteral("f.csv"));
    return lines.join(QLatin1Char('\n'));
}

// Columns for every word a measure takes, each read through a map of its own.
const QByteArray wordsMapping = R"json({
  "civicstat_mapping": 1,
  "fields": {
    "goal_code": "Goal", "goal_name": "Goal name",
    "department_code": "Dept", "department_name": "Dept name",
    "objective_code": "Objective", "objective_name": "Objective name",
    "measure_code": "ID", "measure_name": "Measure",
    "direction": {"column": "Better", "map": {"Increase": "higher", "Decrease": "lower", "": null}},
    "aggregation": {"column": "Summed", "map": {"Average": "mean"}},
    "frequency": {"column": "Every", "map": {"Month": "monthly"}},
    "classification": {"column": "Audience", "map": {"Open": "public"}}
  },
  "values": {"layout": "wide", "columns": [{"header": "FY (\\d\\d)", "period": "FY20\\1", "role": "actual"}]}
})json";

const QStringList wordsHeader = {"Goal", "Goal name", "Dept", "Dept name", "Objective", "Objective name", "ID",
                                 "Measure", "Better", "Summed", "Every", "Audience", "FY 24"};

// A row of wordsHeader: goal G1, department FD, objective O1, measure M1, with the cells given changed.
QStringList wordsRow(const QHash<QString, QString> &changed = {})
{
    const QStringList plain = {"G1", "Safe city", "FD", "Fire", "O1", "Fast response", "M1", "Minutes to arrive",
                               "Decrease", "Average", "Month", "Open", "8"};
    QStringList row;
    for (int i = 0; i < wordsHeader.size(); ++i)
        row << changed.value(wordsHeader.at(i), plain.at(i));
    return row;
}

} // namespace

class MappedProblemsTest final : public QObject
{
    Q_OBJECT

private slots:
    void csvRecord_wrongWidthOrQuote_isRefusedWithItsLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason"); // a distinctive part of it
        const QByteArray header = "ID,Measure,Agency,Service,Desired,Kind,FY 24 Actual\n";
        const QByteArray good = "M1,Answered,Fire,Calls,Increase,count,80\n";
        QTest::newRow("stray quote inside a field")
            << header + good + "M2,Answered \"fast,Fire,Calls,Increase,count,70\n" << 3 << "Measure"
            << "Answered \"fast" << "a quote character (\") inside a field that does not begin with one";
        QTest::newRow("text after a closing quote")
            << header + good + "M2,\"Answered\" fast,Fire,Calls,Increase,count,70\n" << 3 << "Measure"
            << "Answered fast" << "text follows the closing quote of a quoted field (\" fast\")";
        QTest::newRow("stray opening quote runs two records together")
            << header + "M1,\"Answered,Fire,Calls,Increase,count,80\nM2,\"Dispatched,Fire,Calls,Increase,count,70\n"
            << 2 << "Measure" << "Answered,Fire,Calls,Increase,count,80\u2026"
            << "a quoted field opens on line 2 and closes on line 3";
        QTest::newRow("record shorter than the header")
            << header + good + "M2,Answered,Fire,Calls\n" << 3 << "" << "Calls"
            << "this line has 4 cells but the header has 7: it ends with \"Calls\" in the column \"Service\"";
        QTest::newRow("record longer than the header")
            << header + good + "M2,Answered,Fire,Calls,Increase,count,30,000\n" << 3 << "" << "000"
            << "this line has 8 cells but the header has 7: it goes on past the last column with \"000\"";
        QTest::newRow("record cut at the end of the file")
            << header + good + "M2,Answered,Fi" << 3 << "" << "Fi"
            << "this line has 3 cells but the header has 7: it ends with \"Fi\" in the column \"Agency\"";
        QTest::newRow("record cut inside a quoted field at the end of the file")
            << header + good + "M2,\"Answered" << 3 << "" << ""
            << "A quoted field that begins on line 3 is never closed";
    }

    void csvRecord_wrongWidthOrQuote_isRefusedWithItsLine()
    {
        QFETCH(QByteArray, csv);
        const TabularFile file = readCsvBytes(csv, QStringLiteral("f.csv"));
        const MappedImportPlan plan = planOf(file, testMapping("wide.mapping.json"));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.problems.size() == 1, qPrintable(problemsText(plan)));
        const ImportProblem &problem = plan.problems.front();
        QTEST(problem.line, "line");
        QTEST(problem.column, "column");
        QTEST(problem.value, "value");
        QFETCH(QString, reason);
        QVERIFY2(problem.reason.contains(reason), qPrintable(problem.reason));
        QFETCH(int, line);
        const QString where = problem.sheet.isEmpty() ? QStringLiteral("f.csv:%1: ") : QStringLiteral("f.csv [f]:%1: ");
        QVERIFY2(problem.describe(QStringLiteral("f.csv")).startsWith(where.arg(line)),
                 qPrintable(problem.describe(QStringLiteral("f.csv"))));
    }

    void csvRecord_titleRowsAboveTheHeader_areNotHeldToItsWidth()
    {
        ImportMapping mapping = testMapping("wide.mapping.json");
        mapping.headerRow = 3;
        const TabularFile file = readCsvBytes("Performance measures\nas of June,2024\n"
                                              "ID,Measure,Agency,Service,Desired,Kind,FY 24 Actual\n"
                                              "M1,Answered,Fire,Calls,Increase,count,80\n",
                                              QStringLiteral("f.csv"));
        const MappedImportPlan plan = planOf(file, mapping);
        QVERIFY2(plan.ok(), qPrintable(problemsText(plan)));
        QCOMPARE(plan.batch.observations.size(), std::size_t(1));
    }

    void austin_strayQuoteAtLine101_isRefusedNotMerged()
    {
        QByteArray bytes = readBytes(austinCsv);
        const ImportMapping mapping = testMapping("austin-figures.mapping.json");
        const MappedImportPlan clean = planOf(readCsvBytes(bytes, austinCsv), mapping);
        QVERIFY2(clean.ok(), qPrintable(problemsText(clean)));
        QCOMPARE(clean.rowsRead, 1716);

        // sed '101s/,8253,/,8253,"/': a quote opens MEASURE_NAME on line 101 and is
        // closed by the one that opens it on line 102, so measure 8266 would vanish.
        QList<QByteArray> lines = bytes.split('\n');
        QVERIFY(lines[100].contains(",8253,"));
        lines[100].replace(",8253,", ",8253,\"");
        bytes = lines.join('\n');
        const MappedImportPlan plan = planOf(readCsvBytes(bytes, austinCsv), mapping,
                                             QStringLiteral("OM_EPERF_MEASURES_VW.csv"));
        QVERIFY(!plan.ok());
        const ImportProblem &problem = plan.problems.front();
        QCOMPARE(problem.line, 101);
        QCOMPARE(problem.column, QStringLiteral("MEASURE_NAME"));
        QVERIFY2(problem.describe(QStringLiteral("OM_EPERF_MEASURES_VW.csv"))
                     .startsWith(QStringLiteral("OM_EPERF_MEASURES_VW.csv [OM_EPERF_MEASURES_VW]:101: column "
                                               "\"MEASURE_NAME\", value \"Miles of new protected or buffered bicycle "
                                               "lanes,0,3TRC,Traf\u2026\": a quoted field opens on line 101 and closes "
                                               "on line 102, where text follows its closing quote (\"Percent of "
                                               "arterials with a bicycle lane\")")),
                 qPrintable(problem.describe(QStringLiteral("OM_EPERF_MEASURES_VW.csv"))));
        for (const ImportProblem &p : plan.problems)
            QVERIFY2(p.line >= 101, qPrintable(p.describe(QStringLiteral("OM_EPERF_MEASURES_VW.csv"))));
    }

    void austin_objectiveCodeSharedByDepartments_isRefused()
    {
        // GP_CD, the activity code, is shared by 33 departments: as objective codes
        // they would make one objective of measures from all of them.
        ImportMapping mapping = testMapping("austin-figures.mapping.json");
        mapping.fields[QStringLiteral("objective_code")] = FieldRule{};
        mapping.fields[QStringLiteral("objective_code")].column = QStringLiteral("GP_CD");
        mapping.fields[QStringLiteral("objective_name")].column = QStringLiteral("GP_CD");
        const MappedImportPlan plan = planOf(readCsvFile(austinCsv), mapping);
        QVERIFY(!plan.ok());
        const ImportProblem &first = plan.problems.front();
        QCOMPARE(first.column, QStringLiteral("DEPT_CD"));
        QVERIFY2(first.reason.contains(QRegularExpression(QStringLiteral(
                     "^row \\d+ puts objective \"\\w+\" under department \"\\w+\"; a code stands for one thing"))),
                 qPrintable(first.reason));
        const auto underAnotherDepartment =
            std::count_if(plan.problems.cbegin(), plan.problems.cend(), [](const ImportProblem &p) {
                return p.reason.contains(QLatin1String("under department"));
            });
        QVERIFY2(underAnotherDepartment >= 32, qPrintable(QString::number(underAnotherDepartment)));
    }

    void word_unknownToMappingAndVocabulary_isRefused_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("direction") << "Better" << "Maintain"
                                   << "not a direction CivicStat knows; use higher, lower or band (null for none), or "
                                      "map the word to one of them in fields.direction.map";
        QTest::newRow("aggregation") << "Summed" << "Median"
                                     << "not an aggregation CivicStat knows; use sum, mean, last, min, max or ratio, "
                                        "or map the word to one of them in fields.aggregation.map";
        QTest::newRow("frequency") << "Every" << "Fortnight"
                                   << "not a frequency CivicStat knows; use daily, weekly, monthly, quarterly or "
                                      "annual, or map the word to one of them in fields.frequency.map";
        QTest::newRow("classification") << "Audience" << "Sensitive"
                                        << "not a classification CivicStat knows; use public, internal, confidential "
                                           "or restricted, or map the word to one of them in fields.classification.map";
    }

    void word_unknownToMappingAndVocabulary_isRefused()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        const TabularFile file = fileOf({wordsHeader, wordsRow(), wordsRow({{column, value}, {"ID", "M2"}})});
        const MappedImportPlan plan = planOf(file, mappingFrom(wordsMapping));
        QVERIFY2(plan.problems.size() == 1, qPrintable(problemsText(plan)));
        const ImportProblem &problem = plan.problems.front();
        QCOMPARE(problem.line, 3);
        QCOMPARE(problem.column, column);
        QCOMPARE(problem.value, value);
        QTEST(problem.reason, "reason");
        QCOMPARE(problem.sheet, QStringLiteral("Sheet1"));
    }

    void word_mappedOrStandard_isTaken()
    {
        const TabularFile file = fileOf({wordsHeader, wordsRow(),
                                         wordsRow({{"ID", "M2"}, {"Better", "higher"}, {"Summed", "SUM"},
                                                   {"Every", "quarterly"}, {"Audience", "restricted"}})});
        const MappedImportPlan plan = planOf(file, mappingFrom(wordsMapping));
        QVERIFY2(plan.ok(), qPrintable(problemsText(plan)));
        const Measure &mapped = plan.batch.measures[0].first;
        QCOMPARE(mapped.direction, Direction::Lower);
        QCOMPARE(mapped.aggregation, Aggregation::Mean);
        QCOMPARE(mapped.frequency, Frequency::Monthly);
        QCOMPARE(mapped.classification, Classification::Public);
        const Measure &standard = plan.batch.measures[1].first;
        QCOMPARE(standard.direction, Direction::Higher);
        QCOMPARE(standard.aggregation, Aggregation::Sum);
        QCOMPARE(standard.frequency, Frequency::Quarterly);
        QCOMPARE(standard.classification, Classification::Restricted);
    }

    void word_constantUnknown_namesTheMappingField()
    {
        QByteArray json = wordsMapping;
        json.replace(R"({"column": "Summed", "map": {"Average": "mean"}})", R"({"value": "average"})");
        const MappedImportPlan plan = planOf(fileOf({wordsHeader, wordsRow()}), mappingFrom(json));
        QVERIFY2(plan.problems.size() == 1, qPrintable(problemsText(plan)));
        QCOMPARE(plan.problems.front().column, QStringLiteral("fields.aggregation"));
        QCOMPARE(plan.problems.front().value, QStringLiteral("average"));
    }

    void word_mappedToAnUnknownWord_saysWhatTheMappingMadeOfIt()
    {
        QByteArray json = wordsMapping;
        json.replace(R"("Open": "public")", R"("Open": "everyone")");
        const MappedImportPlan plan = planOf(fileOf({wordsHeader, wordsRow()}), mappingFrom(json));
        QVERIFY2(plan.problems.size() == 1, qPrintable(problemsText(plan)));
        QCOMPARE(plan.problems.front().value, QStringLiteral("Open"));
        QVERIFY2(plan.problems.front().reason.startsWith(
                     QLatin1String("the mapping makes it \"everyone\", which is not a classification")),
                 qPrintable(plan.problems.front().reason));
    }

    void code_describedTwoWays_isRefusedNamingTheFirstRow_data()
    {
        QTest::addColumn<QStringList>("second"); // the second row; the first is wordsRow()
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("objective under two departments")
            << wordsRow({{"ID", "M2"}, {"Dept", "PD"}, {"Dept name", "Police"}}) << "Dept" << "PD"
            << "row 2 puts objective \"O1\" under department \"FD\"";
        QTest::newRow("objective under two goals")
            << wordsRow({{"ID", "M2"}, {"Goal", "G2"}, {"Goal name", "Thriving city"}}) << "Goal" << "G2"
            << "row 2 puts objective \"O1\" under goal \"G1\"";
        QTest::newRow("goal code with two names") << wordsRow({{"ID", "M2"}, {"Goal name", "Safer city"}})
                                                  << "Goal name" << "Safer city"
                                                  << "row 2 gives \"G1\" another name: \"Safe city\"";
        QTest::newRow("department code with two names") << wordsRow({{"ID", "M2"}, {"Dept name", "Fire & Rescue"}})
                                                        << "Dept name" << "Fire & Rescue"
                                                        << "row 2 gives \"FD\" another name: \"Fire\"";
        QTest::newRow("objective code with two names")
            << wordsRow({{"ID", "M2"}, {"Objective name", "Quick response"}}) << "Objective name" << "Quick response"
            << "row 2 gives \"O1\" another name: \"Fast response\"";
        QTest::newRow("measure code with two names") << wordsRow({{"Measure", "Minutes to the scene"}}) << "Measure"
                                                     << "Minutes to the scene"
                                                     << "row 2 gives \"M1\" another name: \"Minutes to arrive\"";
        QTest::newRow("measure under two objectives")
            << wordsRow({{"Objective", "O2"}, {"Objective name", "Prevention"}}) << "Objective" << "O2"
            << "row 2 puts measure \"M1\" under objective \"O1\"";
        QTest::newRow("measure with two directions") << wordsRow({{"Better", "Increase"}}) << "Better" << "higher"
                                                     << "row 2 gives measure \"M1\" the direction \"lower\"";
        QTest::newRow("measure with and without a direction") << wordsRow({{"Better", ""}}) << "Better" << ""
                                                              << "row 2 gives measure \"M1\" the direction \"lower\"";
        QTest::newRow("measure with two aggregations") << wordsRow({{"Summed", "sum"}}) << "Summed" << "sum"
                                                       << "row 2 gives measure \"M1\" the aggregation \"mean\"";
    }

    void code_describedTwoWays_isRefusedNamingTheFirstRow()
    {
        QFETCH(QStringList, second);
        const TabularFile file = fileOf({wordsHeader, wordsRow(), second});
        const MappedImportPlan plan = planOf(file, mappingFrom(wordsMapping));
        QVERIFY2(plan.problems.size() == 1, qPrintable(problemsText(plan)));
        const ImportProblem &problem = plan.problems.front();
        QCOMPARE(problem.line, 3);
        QTEST(problem.column, "column");
        QTEST(problem.value, "value");
        QFETCH(QString, reason);
        QCOMPARE(problem.reason, reason + QStringLiteral("; a code stands for one thing throughout a file: correct "
                                                         "the file or the mapping (or keep the first row's with "
                                                         "\"conflicts\": \"keep_first\")"));
    }

    void code_describedTwoWays_keepFirst_reportsEachDifferenceOnce()
    {
        QByteArray json = wordsMapping;
        json.replace("\"civicstat_mapping\": 1,", "\"civicstat_mapping\": 1, \"conflicts\": \"keep_first\",");
        const TabularFile file = fileOf({wordsHeader, wordsRow(), wordsRow({{"Dept", "PD"}, {"FY 24", "9"}}),
                                         wordsRow({{"Dept", "PD"}, {"ID", "M2"}})});
        const MappedImportPlan plan = planOf(file, mappingFrom(json));
        QVERIFY2(plan.ok(), qPrintable(problemsText(plan)));
        QCOMPARE(plan.refused.size(), std::size_t(1));
        QCOMPARE(plan.refused.front().line, 3);
        QCOMPARE(plan.refused.front().reason,
                 QStringLiteral("row 2 puts objective \"O1\" under department \"FD\"; the first row's is kept "
                                "(\"conflicts\": \"keep_first\")"));
        QCOMPARE(plan.batch.objectives.size(), std::size_t(1));
        QCOMPARE(plan.batch.objectives.front().second.second, QStringLiteral("FD"));
        QCOMPARE(plan.batch.observations.size(), std::size_t(2)); // M1's figure from the later row, and M2's
    }

    void conflicts_unknownChoice_isAMappingError()
    {
        QByteArray json = wordsMapping;
        json.replace("\"civicstat_mapping\": 1,", "\"civicstat_mapping\": 1, \"conflicts\": \"merge\",");
        QString error;
        QVERIFY(!ImportMapping::fromJson(json, QString(), &error));
        QCOMPARE(error, QStringLiteral("conflicts: \"merge\" is neither \"fail\" nor \"keep_first\""));
    }
};

QTEST_GUILESS_MAIN(MappedProblemsTest)
#include "tst_mappedproblems.moc"
