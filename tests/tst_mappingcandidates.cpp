// The rules behind the mapping builder's warnings, on New York's district file
// (112 columns: four of names, 108 of months) as the issue found them: which
// columns each field is offered, directions decided measure by measure, and the
// check's counts of measures that will not score as imported.
#include "importmapping.h"
#include "importreport.h"
#include "mappedimport.h"
#include "mappingbuilder.h"
#include "mappingcandidates.h"
#include "testsheet.h"

#include <QTest>

using namespace civicstat;
using civicstat::test::fileOf;

namespace {

const QString nycFile = QStringLiteral(CIVICSTAT_REAL_DATA "/nyc-performance-by-district/"
                                       "Agency_Performance_Mapping_Indicators_-_Monthly.csv");
const QStringList nameColumns = {"Agency", "Geographic Unit", "Geographic Identifier", "Indicator"};

// The builder's choices for the NYC file, each measure's direction decided:
// the filthy, crime, response-time and per-truckshift measures are better lower.
MappingChoices nycChoices(const Sheet &sheet)
{
    MappingChoices choices;
    choices.name = QStringLiteral("nyc");
    choices.layout = MappingChoices::Layout::Wide;
    choices.fields = {{"goal_code", "NYC"},         {"goal_name", "City services"}, {"objective_code", "Agency"},
                      {"objective_name", "Agency"}, {"department_code", "Agency"},  {"department_name", "Agency"},
                      {"measure_code", "Indicator"}, {"measure_name", "Indicator"}, {"direction", "Indicator"}};
    for (const QString &measure : distinctValues(sheet, QStringLiteral("Indicator"), 500)) {
        const bool higher = measure.contains(QLatin1String("acceptably clean"))
            || measure.contains(QLatin1String("recycled")) || measure.contains(QLatin1String("Diversion"));
        choices.directionWords.insert(measure, higher ? QStringLiteral("higher") : QStringLiteral("lower"));
    }
    choices.memberColumn = QStringLiteral("Geographic Identifier");
    choices.dimension = QStringLiteral("Geographic Unit");
    return choices;
}

} // namespace

class MappingCandidatesTest final : public QObject
{
    Q_OBJECT

private:
    TabularFile m_nyc;
    const Sheet &nyc() const { return m_nyc.sheets.front(); }

private slots:
    void initTestCase()
    {
        m_nyc = readTabularFile(nycFile);
        QCOMPARE(m_nyc.sheets.size(), std::size_t(1));
        QCOMPARE(nyc().rows.front().size(), 112);
    }

    void nycWide_nameFields_areOfferedTheFourNameColumnsOnly()
    {
        const ColumnCandidates text = columnCandidates(nyc(), contentOfField(QStringLiteral("measure_name")), true);
        QCOMPARE(text.offered, nameColumns); // not Jul-10 .. Jun-19
        QCOMPARE(text.periodColumnsLeftOut, 108);
        QVERIFY(text.notNumbers.isEmpty()); // names need no numbers
    }

    void nycLong_valueField_isOfferedTheColumnsOfNumbers()
    {
        const ColumnCandidates numbers = columnCandidates(nyc(), contentOfField(QStringLiteral("value")), false);
        QCOMPARE(numbers.offered.size(), 108); // every month: numbers, with NA for missing
        QCOMPARE(numbers.offered.front(), QStringLiteral("Jul-10"));
        QCOMPARE(numbers.notNumbers, nameColumns); // "Staten Island 3" is no number
        QCOMPARE(numbers.periodColumnsLeftOut, 0); // a long layout reads no period from the header
        const ColumnCandidates wide = columnCandidates(nyc(), FieldContent::Numbers, true);
        QCOMPARE(wide.offered.size(), 0);
        QCOMPARE(wide.periodColumnsLeftOut, 108);
    }

    void columnOfNumbers_wordBeyondTheSample_isStillOffered()
    {
        std::vector<QStringList> rows = {{"Name", "Figure"}};
        for (int i = 0; i < candidateSampleRows; ++i)
            rows.push_back({QStringLiteral("m%1").arg(i), QString::number(i)});
        rows.push_back({"late", "pending"}); // past the rows looked at
        const Sheet sheet = fileOf(rows).sheets.front();
        QCOMPARE(columnCandidates(sheet, FieldContent::Numbers, false).offered, QStringList{"Figure"});
        QCOMPARE(columnCandidates(sheet, FieldContent::Numbers, false, candidateSampleRows + 1).notNumbers,
                 QStringList({"Name", "Figure"}));
    }

    void directionsPerMeasure_readBackFromTheMapping()
    {
        const MappingChoices choices = nycChoices(nyc());
        QCOMPARE(choices.directionWords.size(), 21);
        QString error;
        const auto mapping = ImportMapping::fromJson(mappingJsonFrom(choices, nyc().rows.front()), QString(), &error);
        QVERIFY2(mapping, qPrintable(error));
        const FieldRule &direction = mapping->fields.value(QStringLiteral("direction"));
        QCOMPARE(direction.column, QStringLiteral("Indicator"));
        QCOMPARE(direction.map.value(QStringLiteral("streets rated filthy (%)")), QStringLiteral("lower"));
        QCOMPARE(direction.map.value(QStringLiteral("streets rated acceptably clean (%)")), QStringLiteral("higher"));
        QVERIFY(!direction.map.contains(QStringLiteral("increase"))); // no usual words added beside the names
    }

    void nycPlan_countsMeasuresByMemberOnlyAndWithoutTarget()
    {
        QString error;
        const auto mapping
            = ImportMapping::fromJson(mappingJsonFrom(nycChoices(nyc()), nyc().rows.front()), QString(), &error);
        QVERIFY2(mapping, qPrintable(error));
        const MappedImportPlan plan = planMappedImport(m_nyc, QStringLiteral("nyc.csv"), *mapping, Structure{},
                                                       CitySettings{}, DuplicatePolicy::Replace);
        QVERIFY2(plan.problems.empty(),
                 plan.problems.empty() ? "" : qPrintable(plan.problems.front().describe(QStringLiteral("nyc.csv"))));
        QCOMPARE(plan.counts.measures, 21);
        QCOMPARE(plan.counts.measuresByMemberOnly, 21); // every row is a district's or a precinct's
        QCOMPARE(plan.counts.newMeasuresWithoutTarget, 21); // the file has no target column
        for (const auto &[measure, parents] : plan.batch.measures) {
            if (measure.name == QLatin1String("Streets rated filthy (%)"))
                QCOMPARE(measure.direction, Direction::Lower);
        }
        QCOMPARE(plannedWarnings(plan.counts),
                 QStringList({"21 measures have figures by member only, none for the measure as a whole: the "
                              "scorecard will show No data for these 21 measures. Add a column or rows with their "
                              "totals, or import the totals from another file.",
                              "21 measures have no target: they will show Not scored until targets are imported."}));
    }

    void totalsAndTargets_giveNoWarning()
    {
        MappingChoices choices;
        choices.layout = MappingChoices::Layout::Wide;
        choices.fields = {{"goal_code", "G"},  {"goal_name", "G"},      {"objective_code", "O"},
                          {"objective_name", "O"}, {"department_code", "D"}, {"department_name", "D"},
                          {"measure_code", "Name"}, {"measure_name", "Name"}, {"direction", "lower"}};
        choices.memberColumn = QStringLiteral("District");
        choices.dimension = QStringLiteral("district");
        const std::vector<QStringList> rows = {{"Name", "District", "FY 24 Actual", "FY 24 Target"},
                                               {"Potholes open", "", "40", "30"},      // the total, with a target
                                               {"Potholes open", "North", "25", ""},
                                               {"Complaints", "North", "3", "2"}};     // by member only
        QString error;
        const auto mapping = ImportMapping::fromJson(mappingJsonFrom(choices, rows.front()), QString(), &error);
        QVERIFY2(mapping, qPrintable(error));
        const MappedImportPlan plan = planMappedImport(fileOf(rows), QStringLiteral("f.csv"), *mapping, Structure{},
                                                       CitySettings{}, DuplicatePolicy::Replace);
        QVERIFY(plan.ok());
        QCOMPARE(plan.counts.measuresByMemberOnly, 1);
        QCOMPARE(plan.counts.newMeasuresWithoutTarget, 0);
        QCOMPARE(plannedWarnings(plan.counts).size(), 1);
        QVERIFY(plannedWarnings(plan.counts).front().startsWith(QLatin1String("1 measure has figures by member only")));
    }

    void measureMissingFromTheDirections_isAProblemNamingIt()
    {
        MappingChoices choices;
        choices.layout = MappingChoices::Layout::Wide;
        choices.fields = {{"goal_code", "G"},  {"goal_name", "G"},      {"objective_code", "O"},
                          {"objective_name", "O"}, {"department_code", "D"}, {"department_name", "D"},
                          {"measure_code", "Name"}, {"measure_name", "Name"}, {"direction", "Name"}};
        choices.directionWords = {{"Potholes open", "lower"}};
        const std::vector<QStringList> rows = {{"Name", "FY 24 Actual"}, {"Potholes open", "40"}, {"New measure", "3"}};
        QString error;
        const auto mapping = ImportMapping::fromJson(mappingJsonFrom(choices, rows.front()), QString(), &error);
        QVERIFY2(mapping, qPrintable(error));
        const MappedImportPlan plan = planMappedImport(fileOf(rows), QStringLiteral("f.csv"), *mapping, Structure{},
                                                       CitySettings{}, DuplicatePolicy::Replace);
        QCOMPARE(plan.problems.size(), std::size_t(1)); // next year's new measure is never given a direction silently
        QCOMPARE(plan.problems.front().line, 3);
        QCOMPARE(plan.problems.front().value, QStringLiteral("New measure"));
        QVERIFY2(plan.problems.front().reason.contains(QLatin1String("fields.direction.map")),
                 qPrintable(plan.problems.front().reason));
    }
};

QTEST_GUILESS_MAIN(MappingCandidatesTest)
#include "tst_mappingcandidates.moc"
