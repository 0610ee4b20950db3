// The canonical CSV import's problems (docs/import-formats.md): every kind of
// bad cell, header and row is refused with its line, column, raw value and a
// reason that says what to do; several problems are all reported; and the
// text a problem is shown as.
#include "canonicalfiles.h"
#include "canonicalimport.h"

#include <QtTest>

using namespace civicstat;
using namespace canonicalfiles;

class TestCanonicalProblems : public QObject
{
    Q_OBJECT

private slots:
    void plan_badInput_reportsProblem_data();
    void plan_badInput_reportsProblem();
    void observations_severalBadRows_reportsAll();
    void structure_severalBadRows_reportsAll();
    void observations_oneRowSeveralProblems_reportsAll();
    void observations_unquotedThousandsSeparator_isReported();

    // The text a problem is shown as.
    void importProblemDescribe_fields_format_data();
    void importProblemDescribe_fields_format();
    void importProblemDescribe_realProblem_namesFileAndLine();
};

void TestCanonicalProblems::plan_badInput_reportsProblem_data()
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
    QTest::newRow("objective under two departments")
        << s + structureRow() + structureRow({{"department_code", "PD"}, {"department_name", "Police"}, {"measure_code", "FD-2"}})
        << 1 << 3 << "department_code" << "PD" << "line 2 puts objective \"G1.1\" under department \"FD\"";
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
    QTest::newRow("value N/A") << o + "FD-RESP,2024-03,N/A,,,,,,\n" << 1 << 2 << "value" << "N/A" << "not a number";
    QTest::newRow("value nan") << o + "FD-RESP,2024-03,nan,,,,,,\n" << 1 << 2 << "value" << "nan" << "not a number";
    QTest::newRow("value inf") << o + "FD-RESP,2024-03,inf,,,,,,\n" << 1 << 2 << "value" << "inf" << "not a number";
    QTest::newRow("value too large") << o + "FD-RESP,2024-03,1e999,,,,,,\n" << 1 << 2 << "value" << "1e999" << "not a number";
    QTest::newRow("value with a unit") << o + "FD-RESP,2024-03,85 s,,,,,,\n" << 1 << 2 << "value" << "85 s" << "not a number";
    QTest::newRow("value in Arabic-Indic digits")
        << o + "FD-RESP,2024-03,\xd9\xa8\xd9\xa5,,,,,,\n" << 1 << 2 << "value" << "\u0668\u0665" << "not a number";
    QTest::newRow("value +-5") << o + "FD-RESP,2024-03,+-5,,,,,,\n" << 1 << 2 << "value" << "+-5" << "not a number";
    QTest::newRow("value hexadecimal") << o + "FD-RESP,2024-03,0x55,,,,,,\n" << 1 << 2 << "value" << "0x55" << "not a number";
    QTest::newRow("value with thousands separator")
        << o + "FD-FIRES,2024-03,\"30,000\",,,,,,\n" << 1 << 2 << "value" << "30,000"
        << "write numbers without thousands separators";
    QTest::newRow("value with percent sign") << o + "FD-RESP,2024-03,64.98%,,,,,,\n" << 1 << 2 << "value" << "64.98%"
                                             << "write percentages as plain numbers without the % sign";
    QTest::newRow("blank value") << o + "FD-RESP,2024-03,,,,,,,\n" << 1 << 2 << "value" << ""
                                 << "a missing figure is a row left out";
    QTest::newRow("period March 2024") << o + "FD-RESP,March 2024,85,,,,,,\n" << 1 << 2 << "period" << "March 2024"
                                       << "not a period";
    QTest::newRow("period 2024-13") << o + "FD-RESP,2024-13,85,,,,,,\n" << 1 << 2 << "period" << "2024-13"
                                    << "not a period";
    QTest::newRow("empty period") << o + "FD-RESP,,85,,,,,,\n" << 1 << 2 << "period" << "" << "must not be empty";
    QTest::newRow("unknown measure") << o + "XX-NOPE,2024-03,85,,,,,,\n" << 1 << 2 << "measure" << "XX-NOPE"
                                     << "no measure has this code";
    QTest::newRow("numerator without denominator")
        << o + "FD-RESP,2024-03,85,170,,,,,\n" << 1 << 2 << "denominator" << "" << "give both numerator and denominator";
    QTest::newRow("denominator without numerator")
        << o + "FD-RESP,2024-03,85,,200,,,,\n" << 1 << 2 << "numerator" << "" << "give both numerator and denominator";
    QTest::newRow("negative denominator") << o + "FD-RESP,2024-03,85,1,-2,,,,\n" << 1 << 2 << "denominator" << "-2"
                                          << "cannot be negative";
    QTest::newRow("blank value, denominator 0") << o + "FD-RESP,2024-03,,0,0,,,,\n" << 1 << 2 << "value" << ""
                                                << "cannot be computed because the denominator is 0";
    QTest::newRow("member without dimension") << o + "FD-FIRES,2024-03,3,,,,Downtown,,\n" << 1 << 2 << "dimension"
                                              << "" << "give both dimension and member";
    QTest::newRow("unknown flag") << o + "FD-RESP,2024-03,85,,,,,,final\n" << 1 << 2 << "flag" << "final"
                                  << "the flags are \"provisional\" and \"estimated\"";
    QTest::newRow("same measure and period twice")
        << o + "FD-RESP,2024-03,85,,,,,,\nFD-RESP,2024-03,86,,,,,,\n" << 1 << 3 << "period" << "2024-03"
        << "the same measure, period and member already appear on line 2";
    QTest::newRow("same period in other letters")
        << o + "PW-CHLOR,FY2024,1,,,,,,\nPW-CHLOR,fy2024,2,,,,,,\n" << 1 << 3 << "period" << "fy2024"
        << "already appear on line 2";
    QTest::newRow("same member twice")
        << o + "FD-FIRES,2024-03,1,,,hood,North,,\nFD-FIRES,2024-03,1,,,hood,South,,\nFD-FIRES,2024-03,2,,,hood,North,,\n"
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
                                        << 1 << 3 << "" << ""
                                        << "quoted field that begins on line 3 is never closed";
    QTest::newRow("unterminated quote in header") << QByteArray("\"measure,period,value\nFD-RESP,2024-03,85\n") << 1
                                                  << 1 << "" << ""
                                                  << "quoted field that begins on line 1 is never closed";
    QTest::newRow("record cut inside a quoted field at the end of the file")
        << oShort + "FD-RESP,2024-03,85\nFD-RESP,2024-04,\"8" << 1 << 3 << "" << ""
        << "A quoted field that begins on line 3 is never closed: a quote character (\") is missing";

    // Records that do not match the header: never read as if the cells were in their place.
    QTest::newRow("record shorter than the header")
        << oShort + "FD-RESP,2024-03,85\nFD-RESP,2024-04\nFD-RESP,2024-05,87\n" << 1 << 3 << "" << "2024-04"
        << "this line has 2 cells but the header has 3: it ends with \"2024-04\" in the column \"period\". The "
           "line was cut short, or a comma is missing";
    QTest::newRow("record longer than the header")
        << oShort + "FD-RESP,2024-03,85,86\n" << 1 << 2 << "" << "86"
        << "this line has 4 cells but the header has 3: it goes on past the last column with \"86\"";
    QTest::newRow("record cut at the end of the file")
        << oShort + "FD-RESP,2024-03,85\nFD-RESP,2024-0" << 1 << 3 << "" << "2024-0"
        << "this line has 2 cells but the header has 3: it ends with \"2024-0\"";
    QTest::newRow("structure record cut short")
        << s + "G1,Safe City,G1.1\n" << 1 << 2 << "" << "G1.1"
        << "this line has 3 cells but the header has 22: it ends with \"G1.1\" in the column \"objective_code\"";
    QTest::newRow("trailing comma beyond the header") << oShort + "FD-RESP,2024-03,85,\n" << 1 << 2 << "" << ""
                                                      << "this line has 4 cells but the header has 3";

    // Quotes in the wrong place.
    QTest::newRow("stray quote inside an unquoted field")
        << oShort + "FD-RESP,2024-03,8\"5\n" << 1 << 2 << "value" << "8\"5"
        << "a quote character (\") inside a field that does not begin with one; if it belongs to the value, quote "
           "the whole field and write the quote twice (\"8\"\"5\")";
    QTest::newRow("text after a closing quote")
        << oShort + "FD-RESP,\"2024-03\"x,85\n" << 1 << 2 << "period" << "2024-03x"
        << "text follows the closing quote of a quoted field (\"x\")";
    QTest::newRow("stray opening quote runs two records together")
        << oShort + "FD-RESP,2024-02,84\nFD-RESP,\"2024-03,85\nFD-RESP,\"2024-04,86\nFD-RESP,2024-05,87\n" << 1 << 3
        << "period" << "2024-03,85…"
        << "a quoted field opens on line 3 and closes on line 4, where text follows its closing quote (\"2024-04\"): "
           "the lines in between have run together into one record. Look for a stray or missing quote on line 3 or 4";
}

void TestCanonicalProblems::plan_badInput_reportsProblem()
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

void TestCanonicalProblems::observations_severalBadRows_reportsAll()
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

void TestCanonicalProblems::structure_severalBadRows_reportsAll()
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

void TestCanonicalProblems::observations_oneRowSeveralProblems_reportsAll()
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

void TestCanonicalProblems::observations_unquotedThousandsSeparator_isReported()
{
    // "30,000" typed without quotes splits into two cells; with only three
    // columns the second one ("000") falls beyond the header.
    const ImportPlan p = plan("measure,period,value\nFD-FIRES,2024-03,30,000\n");
    QVERIFY2(!p.ok(), p.batch.observations.empty()
                          ? "no observation"
                          : qPrintable(QStringLiteral("planned value %1").arg(p.batch.observations[0].value)));
    QCOMPARE(p.problems.front().line, 2);
}

void TestCanonicalProblems::importProblemDescribe_fields_format_data()
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

void TestCanonicalProblems::importProblemDescribe_fields_format()
{
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    const ImportProblem problem{line, column, value, reason};
    QTEST(problem.describe(QStringLiteral("file.csv")), "expected");
}

void TestCanonicalProblems::importProblemDescribe_realProblem_namesFileAndLine()
{
    const ImportPlan p = plan("measure,period,value\nFD-RESP,2024-03,85\nFD-RESP,2024-04,N/A\n");
    QCOMPARE(int(p.problems.size()), 1);
    const QString text = p.problems[0].describe(QStringLiteral("file.csv"));
    QVERIFY2(text.startsWith(QLatin1String("file.csv:3: ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("column \"value\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"N/A\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("not a number")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCanonicalProblems)
#include "tst_canonicalproblems.moc"
