// The mapping builder's rules: which column names read as periods (and which
// do not), the words a direction column may use, and the mappings it writes,
// proved by importing rows through them.
#include "importmapping.h"
#include "importreport.h"
#include "mappedimport.h"
#include "mappingbuilder.h"
#include "testsheet.h"

#include <QTest>

using namespace civicstat;
using civicstat::test::fileOf;

namespace {

MappedImportPlan planThrough(const MappingChoices &choices, const std::vector<QStringList> &rows)
{
    QString error;
    const auto mapping = ImportMapping::fromJson(mappingJsonFrom(choices, rows.front()), QString(), &error);
    if (!mapping)
        qFatal("the builder wrote a mapping that does not load: %s", qPrintable(error));
    return planMappedImport(fileOf(rows), QStringLiteral("f.csv"), *mapping, Structure{}, CitySettings{},
                            DuplicatePolicy::Replace);
}

const Observation *figure(const MappedImportPlan &plan, const QString &measure, const QString &period)
{
    for (const Observation &o : plan.batch.observations) {
        if (o.measureCode == measure && o.period.text() == period)
            return &o;
    }
    return nullptr;
}

QHash<QString, QString> namedFields(const char *code, const char *name)
{
    return {{QStringLiteral("goal_code"), QStringLiteral("G1")},
            {QStringLiteral("goal_name"), QStringLiteral("Clean city")},
            {QStringLiteral("objective_code"), QStringLiteral("O1")},
            {QStringLiteral("objective_name"), QStringLiteral("Clean streets")},
            {QStringLiteral("department_code"), QStringLiteral("Agency")},
            {QStringLiteral("department_name"), QStringLiteral("Agency")},
            {QStringLiteral("measure_code"), QLatin1String(code)},
            {QStringLiteral("measure_name"), QLatin1String(name)}};
}

} // namespace

class MappingBuilderTest final : public QObject
{
    Q_OBJECT

private slots:
    void guessWideColumn_header_givesPeriodAndRole_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("period"); // empty: not a period column
        QTest::addColumn<QString>("role");
        QTest::newRow("FY 24 Actual") << "FY 24 Actual" << "FY2024" << "actual";
        QTest::newRow("FY24 Target") << "FY24 Target" << "FY2024" << "target";
        QTest::newRow("FY 26 Targets") << "FY 26 Targets" << "FY2026" << "target";
        QTest::newRow("FY 25 Q1") << "FY 25 Q1" << "FY2025-Q1" << "actual";
        QTest::newRow("FY2025 Q3 Actual") << "FY2025 Q3 Actual" << "FY2025-Q3" << "actual";
        QTest::newRow("fy 23 (lower case)") << "fy 23" << "FY2023" << "actual";
        QTest::newRow("non-breaking space") << "FY\u00a024 Actual" << "FY2024" << "actual";
        QTest::newRow("Jul-10") << "Jul-10" << "2010-07" << "actual";
        QTest::newRow("Jan 2024") << "Jan 2024" << "2024-01" << "actual";
        QTest::newRow("September 2023") << "September 2023" << "2023-09" << "actual";
        QTest::newRow("2023-07") << "2023-07" << "2023-07" << "actual";
        QTest::newRow("2024 Q2") << "2024 Q2" << "2024-Q2" << "actual";
        QTest::newRow("2024-Q2") << "2024-Q2" << "2024-Q2" << "actual";
        QTest::newRow("Q3 2024") << "Q3 2024" << "2024-Q3" << "actual";
        QTest::newRow("2023") << "2023" << "2023" << "actual";
        QTest::newRow("CY2023 Target") << "CY2023 Target" << "2023" << "target";
        QTest::newRow("Agency") << "Agency" << "" << "";
        QTest::newRow("Desired Outcome") << "Desired Outcome" << "" << "";
        QTest::newRow("FY 24 Notes") << "FY 24 Notes" << "" << "";
        QTest::newRow("ZIP 10001") << "10001" << "" << "";
        QTest::newRow("Feb-x1") << "Feb-x1" << "" << "";
        QTest::newRow("2024-13 is no month") << "2024-13" << "" << "";
        QTest::newRow("Foo 2024 is no month") << "Foo 2024" << "" << "";
    }

    void guessWideColumn_header_givesPeriodAndRole()
    {
        QFETCH(QString, header);
        QFETCH(QString, period);
        QFETCH(QString, role);
        const auto guess = guessWideColumn(header);
        QCOMPARE(guess ? guess->period : QString(), period);
        QCOMPARE(guess ? guess->role : QString(), role);
    }

    void guessDirection_word_givesDirection_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("direction"); // -1: none
        QTest::newRow("Increase") << "Increase" << int(Direction::Higher);
        QTest::newRow("up, lower case") << "up" << int(Direction::Higher);
        QTest::newRow("Higher is better") << "Higher is better" << int(Direction::Higher);
        QTest::newRow("Decrease with blanks") << "  Decrease " << int(Direction::Lower);
        QTest::newRow("Minimise") << "Minimise" << int(Direction::Lower);
        QTest::newRow("Maintain") << "Maintain" << int(Direction::Band);
        QTest::newRow("N/A") << "N/A" << -1;
        QTest::newRow("blank") << "" << -1;
        QTest::newRow("Increase?") << "Increase?" << -1;
    }

    void guessDirection_word_givesDirection()
    {
        QFETCH(QString, word);
        QFETCH(int, direction);
        const auto guess = guessDirection(word);
        QCOMPARE(guess ? int(*guess) : -1, direction);
    }

    void distinctValues_column_listsEachWordOnceInOrder()
    {
        const TabularFile file = fileOf({{"Measure", " Desired Outcome "},
                                         {"A", "Increase"},
                                         {"B", "Decrease\u00a0"},
                                         {"C", ""},
                                         {"D", "increase"},
                                         {"E", "Maintain"}});
        const Sheet &sheet = file.sheets.front();
        QCOMPARE(distinctValues(sheet, QStringLiteral("Desired Outcome")),
                 QStringList({"Increase", "Decrease", "Maintain"}));
        QCOMPARE(distinctValues(sheet, QStringLiteral("Desired Outcome"), 2), QStringList({"Increase", "Decrease"}));
        QVERIFY(distinctValues(sheet, QStringLiteral("No such column")).isEmpty());
    }

    void mappingJsonFrom_wideFiscalColumns_importsActualsTargetsAndQuarters()
    {
        MappingChoices choices;
        choices.fields = namedFields("ID", "Measure");
        choices.fields.insert(QStringLiteral("direction"), QStringLiteral("Desired Outcome"));
        choices.directionWords = {{QStringLiteral("Increase"), QStringLiteral("higher")},
                                  {QStringLiteral("Shrink"), QStringLiteral("lower")}};
        choices.layout = MappingChoices::Layout::Wide;
        const MappedImportPlan plan = planThrough(
            choices, {{"Agency", "ID", "Measure", "Desired Outcome", "FY 24 Actual", "FY 25 Target", "FY 25 Q1", "Notes"},
                      {"DPW", "M1", "Potholes filled", "Increase", "80", "90", "21", "text"},
                      {"DPW", "M2", "Complaints", "Shrink", "12", "10", "", "more text"}});
        QVERIFY(plan.ok());
        QCOMPARE(figure(plan, QStringLiteral("M1"), QStringLiteral("FY2024"))->value, 80.0);
        QCOMPARE(figure(plan, QStringLiteral("M1"), QStringLiteral("FY2025-Q1"))->value, 21.0);
        QVERIFY(!figure(plan, QStringLiteral("M2"), QStringLiteral("FY2025-Q1"))); // blank is missing, never 0
        QCOMPARE(plan.counts.targets, 2);
        QCOMPARE(plan.batch.measures.at(0).first.direction, Direction::Higher);
        QCOMPARE(plan.batch.measures.at(1).first.direction, Direction::Lower); // the word the user chose
    }

    void mappingJsonFrom_wideMonthColumns_readsNextYearsColumnsToo()
    {
        MappingChoices choices;
        choices.fields = namedFields("Indicator", "Indicator");
        choices.layout = MappingChoices::Layout::Wide;
        choices.memberColumn = QStringLiteral("District");
        choices.dimension = QStringLiteral("Unit"); // a column: district or precinct, row by row
        const QStringList header = {"Agency", "Unit", "District", "Indicator", "Jul-10", "Aug-10"};
        QString error;
        const auto mapping = ImportMapping::fromJson(mappingJsonFrom(choices, header), QString(), &error);
        QVERIFY2(mapping, qPrintable(error));
        // Next year's file has other months: the pattern reads them all the same.
        const MappedImportPlan plan = planMappedImport(
            fileOf({{"Agency", "Unit", "District", "Indicator", "Jan-11", "Feb-11"},
                    {"DSNY", "Community District", "Queens 14", "Streets rated clean (%)", "97.0", "NA"}}),
            QStringLiteral("next.csv"), *mapping, Structure{}, CitySettings{}, DuplicatePolicy::Replace);
        QVERIFY(plan.ok());
        QCOMPARE(plan.batch.observations.size(), std::size_t(1)); // NA is missing
        const Observation &o = plan.batch.observations.front();
        QCOMPARE(o.measureCode, QStringLiteral("STREETS-RATED-CLEAN")); // code and name from one column
        QCOMPARE(o.period.text(), QStringLiteral("2011-01"));
        QCOMPARE(o.memberCode, QStringLiteral("Queens 14"));
        QCOMPARE(o.dimensionCode, QStringLiteral("community-district")); // dimensions are keyed by a code made from the name
        QCOMPARE(plan.batch.dimensions.size(), std::size_t(1)); // and shown by the name as written
        QCOMPARE(plan.batch.dimensions.front().second, QStringLiteral("Community District"));
        QCOMPARE(o.value, 97.0);
    }

    // Found in review: the builder lets the kind of member come from a column,
    // and a total row may still carry a text there.
    void planMappedImport_totalsWithDimensionText_areOneFigure()
    {
        MappingChoices choices;
        choices.fields = namedFields("Code", "Code");
        choices.layout = MappingChoices::Layout::Wide;
        choices.memberColumn = QStringLiteral("Member");
        choices.dimension = QStringLiteral("Unit");
        const MappedImportPlan plan = planThrough(choices, {{"Agency", "Code", "Unit", "Member", "FY 24 Actual"},
                                                            {"DPW", "Potholes", "Citywide", "", "5"},
                                                            {"DPW", "Potholes", "Borough", "", "7"}});
        QVERIFY(plan.ok());
        QCOMPARE(plan.batch.observations.size(), std::size_t(1)); // the database keys a total without its dimension
        QCOMPARE(plan.counts.duplicatesInFile, 1);
        QCOMPARE(plan.batch.observations.front().value, 7.0); // replace: the last row wins
        QCOMPARE(plannedSentence(plan, &plan.counts),
                 QStringLiteral("2 rows read: 1 figure for 1 measure (1 new), in 1 objective, 1 department and 1 "
                                "goal. 1 cell of the file repeats a figure of an earlier row; the last one wins."));
    }

    void mappingJsonFrom_memberColumnNamedAsItsKind_isOneKind()
    {
        MappingChoices choices;
        choices.fields = namedFields("Code", "Code");
        choices.layout = MappingChoices::Layout::Wide;
        choices.memberColumn = QStringLiteral("District");
        choices.dimension = QStringLiteral("District"); // typed: "each row is for the member in District; members are a District"
        const MappedImportPlan plan = planThrough(choices, {{"Agency", "Code", "District", "FY 24 Actual"},
                                                            {"DPW", "Potholes", "North", "5"},
                                                            {"DPW", "Potholes", "South", "7"}});
        QVERIFY(plan.ok());
        QCOMPARE(plan.batch.dimensions.size(), std::size_t(1));
        QCOMPARE(plan.batch.dimensions.front().second, QStringLiteral("District"));
    }

    void planMappedImport_codesMadeFromTwoNames_areRefused()
    {
        MappingChoices choices;
        choices.fields = namedFields("Name", "Name");
        choices.layout = MappingChoices::Layout::Wide;
        const MappedImportPlan plan = planThrough(choices, {{"Agency", "Name", "FY 24 Actual"},
                                                            {"DPW", "% Graffiti removed", "95"},
                                                            {"DPW", "# Graffiti removed", "1200"}});
        QVERIFY(!plan.ok());
        QCOMPARE(plan.problems.front().line, 3);
        QVERIFY2(plan.problems.front().reason.contains(
                     QLatin1String("\"# Graffiti removed\" and \"% Graffiti removed\" (row 2) both become the measure "
                                   "code GRAFFITI-REMOVED")),
                 qPrintable(plan.problems.front().reason));
    }

    void planMappedImport_newMeasure_showsAsManyDecimalsAsItsFigures()
    {
        MappingChoices choices;
        choices.fields = namedFields("Code", "Code");
        choices.layout = MappingChoices::Layout::Wide;
        const MappedImportPlan plan = planThrough(
            choices, {{"Agency", "Code", "FY 24 Actual", "FY 25 Actual"},
                      {"DPW", "Whole", "80", "81"},
                      {"DPW", "Tenths", "2.6", "3"},
                      {"DPW", "Hundredths", "99.25", "1.5"},
                      {"DPW", "Thousandths", "0.125", "1"}});
        QVERIFY(plan.ok());
        QHash<QString, int> decimals;
        for (const auto &[m, codes] : plan.batch.measures)
            decimals.insert(m.code, m.decimals);
        QCOMPARE(decimals.value(QStringLiteral("WHOLE")), 0);
        QCOMPARE(decimals.value(QStringLiteral("TENTHS")), 1);
        QCOMPARE(decimals.value(QStringLiteral("HUNDREDTHS")), 2);
        QCOMPARE(decimals.value(QStringLiteral("THOUSANDTHS")), 2); // never more than 2
    }

    void mappingJsonFrom_longChoices_givesAMappingThatImports()
    {
        MappingChoices choices;
        choices.name = QStringLiteral("calls");
        choices.fields = namedFields("Code", "Name");
        choices.fields.insert(QStringLiteral("direction"), QStringLiteral("Desired"));
        choices.periodColumn = QStringLiteral("When");
        choices.valueColumn = QStringLiteral("Figure");
        choices.dateFormat = QStringLiteral("M/d/yyyy");
        const MappedImportPlan plan = planThrough(
            choices, {{"Agency", "Code", "Name", "Desired", "When", "Figure"},
                      {"ECC", "C1", "Calls answered", "Increase", "3/15/2024", "91.5"}});
        QVERIFY(plan.ok());
        QCOMPARE(plan.batch.goals.front().name, QStringLiteral("Clean city")); // fixed text, not a column
        QCOMPARE(plan.batch.departments.front().code, QStringLiteral("ECC")); // a column, kept as written
        QCOMPARE(plan.batch.measures.front().first.code, QStringLiteral("C1"));
        QCOMPARE(plan.batch.measures.front().first.direction, Direction::Higher); // the usual words by default
        QCOMPARE(figure(plan, QStringLiteral("C1"), QStringLiteral("2024-03"))->value, 91.5);
    }
};

QTEST_GUILESS_MAIN(MappingBuilderTest)
#include "tst_mappingbuilder.moc"
