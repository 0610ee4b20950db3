// The import wizard as a user goes through it: choose Baltimore's workbook
// and its mapping, see the first rows, check (counts, refused values), import
// on a worker thread; and a canonical file with bad rows cannot go past the check.
#include "appsettings.h"
#include "importwizard.h"
#include "mappingbuilderdialog.h"
#include "storefactory.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace civicstat;

namespace {

// The mapping file the builder saved, as the import reads it; nullopt (with a warning) when it does not load.
std::optional<ImportMapping> savedMapping(const QString &path)
{
    QFile file(path);
    QString error = QStringLiteral("cannot read the file");
    auto mapping = file.open(QIODevice::ReadOnly) ? ImportMapping::fromJson(file.readAll(), path, &error) : std::nullopt;
    if (!mapping)
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return mapping;
}

} // namespace

class ImportWizardTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() // each test starts from an empty wizard of the default size
    {
        appsettings::setUnfinishedImport({});
        appsettings::setImportWizardGeometry({});
    }

    void closedWithoutImporting_nextWizardOffersTheSameFileAndMapping()
    {
        const QString file = QStringLiteral(CIVICSTAT_REAL_DATA "/baltimore-performance-measures/service.csv");
        const QString mapping = m_dir.filePath(QStringLiteral("some.mapping.json"));
        {
            ImportWizard first(m_dir.filePath(QStringLiteral("none.db")));
            first.setFile(file);
            first.setMappingFile(mapping);
        } // closed: cancelled, say
        ImportWizard again(m_dir.filePath(QStringLiteral("none.db")));
        QCOMPARE(again.fileEdit()->text(), file);
        QVERIFY(again.preview()->model()->rowCount() > 1); // and read
    }

    void baltimoreWorkbook_checkThenImport_writesTheScorecard()
    {
        const QString db = m_dir.filePath(QStringLiteral("baltimore.db"));
        ImportWizard wizard(db);
        wizard.show();
        wizard.setFile(QStringLiteral(CIVICSTAT_REAL_DATA "/baltimore-performance-measures/Performance_Data.xlsx"));
        wizard.setMappingFile(QStringLiteral(CIVICSTAT_DOCS "/examples/baltimore.mapping.json"));
        QCOMPARE(wizard.preview()->model()->rowCount(), 15);
        QCOMPARE(wizard.preview()->model()->index(0, 0).data().toString(), QStringLiteral("Performance Measure"));
        QSignalSpy planned(&wizard, &ImportWizard::planReady);
        wizard.next();
        QVERIFY(planned.wait(20000));
        QVERIFY(wizard.plan().ok());
        QCOMPARE(int(wizard.plan().batch.measures.size()), 685);
        QCOMPARE(wizard.problems()->topLevelItemCount(), int(wizard.plan().refused.size()));
        QVERIFY(wizard.problems()->topLevelItem(0)->text(4).startsWith(QLatin1String("Left out: ")));
        QVERIFY(!QFile::exists(db)); // nothing written while checking
        QSignalSpy done(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QVERIFY(done.wait(30000));
        QVERIFY2(wizard.imported(), qPrintable(wizard.resultText()));
        QVERIFY(wizard.resultText().contains(QLatin1String("Imported 6495 figures")));
        const auto store = openStore(db);
        QCOMPARE(int(store->structure().measures.size()), 685);
    }

    void mappingBuilder_choices_saveAMappingThatLoads()
    {
        Sheet sheet;
        sheet.rows = {{QStringLiteral("Agency"), QStringLiteral("Indicator"), QStringLiteral("Month"), QStringLiteral("Value")},
                      {QStringLiteral("DSNY"), QStringLiteral("Tons"), QStringLiteral("2024-01"), QStringLiteral("5")}};
        MappingBuilderDialog builder(sheet, QString());
        QCOMPARE(builder.layoutChooser()->currentIndex(), 0); // no column name is a period: long
        const QString path = m_dir.filePath(QStringLiteral("built.mapping.json"));
        QVERIFY(!builder.saveTo(path)); // nothing chosen yet: fields are missing
        QVERIFY(!QFile::exists(path));
        QCOMPARE(builder.problemText(), QStringLiteral("Still to choose: Goal code, Goal name, Objective code, Objective "
                                                       "name, Department code, Department name, Measure code, Measure "
                                                       "name, Better is, Period column, Value column."));
        const std::pair<const char *, const char *> picks[] = {
            {"goal_code", "G1"},         {"goal_name", "Clean streets"}, {"objective_code", "Agency"},
            {"objective_name", "Agency"}, {"department_code", "Agency"},  {"department_name", "Agency"},
            {"measure_code", "Indicator"}, {"measure_name", "Indicator"}, {"direction", "higher"}};
        for (const auto &[field, text] : picks)
            builder.fieldChooser(QLatin1String(field))->setCurrentText(QLatin1String(text));
        builder.periodChooser()->setCurrentText(QStringLiteral("Month"));
        builder.valueChooser()->setCurrentText(QStringLiteral("Value"));
        QVERIFY(builder.saveTo(path));
        const auto mapping = savedMapping(path);
        QVERIFY(mapping);
        QCOMPARE(mapping->layout, ImportMapping::Layout::Long);
        QCOMPARE(mapping->fields.value(QStringLiteral("measure_code")).column, QStringLiteral("Indicator"));
        QCOMPARE(mapping->fields.value(QStringLiteral("goal_name")).value, QStringLiteral("Clean streets"));
    }

    void mappingBuilder_wideFile_listsPeriodColumnsAndDirectionWords()
    {
        Sheet sheet;
        sheet.rows = {{"Agency", "Measure", "Desired Outcome", "FY 24 Actual", "FY 25 Target", "Notes"},
                      {"DPW", "Potholes filled", "Increase", "80", "90", ""},
                      {"DPW", "Complaints", "Fewer", "12", "10", ""}};
        MappingBuilderDialog builder(sheet, QStringLiteral("Data"));
        QCOMPARE(builder.layoutChooser()->currentIndex(), 1); // two period columns: wide
        QTreeWidget *columns = builder.wideColumns();
        QCOMPARE(columns->topLevelItemCount(), 2);
        QCOMPARE(columns->topLevelItem(1)->text(0), QStringLiteral("FY 25 Target"));
        QCOMPARE(columns->topLevelItem(1)->text(1), QStringLiteral("FY2025"));
        QCOMPARE(columns->topLevelItem(1)->text(2), QStringLiteral("target"));

        builder.fieldChooser(QStringLiteral("direction"))->setCurrentText(QStringLiteral("Desired Outcome"));
        QVERIFY(builder.directionWordChooser(QStringLiteral("Increase")));
        QComboBox *fewer = builder.directionWordChooser(QStringLiteral("Fewer"));
        QVERIFY(fewer);
        QCOMPARE(fewer->currentData().toString(), QString()); // an unknown word: no direction until chosen
        fewer->setCurrentIndex(fewer->findData(QStringLiteral("lower")));
        for (const char *field : {"goal_code", "goal_name", "objective_code", "objective_name", "department_code",
                                  "department_name"})
            builder.fieldChooser(QLatin1String(field))->setCurrentText(QStringLiteral("Agency"));
        builder.fieldChooser(QStringLiteral("measure_code"))->setCurrentText(QStringLiteral("Measure"));
        builder.fieldChooser(QStringLiteral("measure_name"))->setCurrentText(QStringLiteral("Measure"));
        const QString path = m_dir.filePath(QStringLiteral("wide.mapping.json"));
        QVERIFY2(builder.saveTo(path), qPrintable(builder.problemText()));
        const auto mapping = savedMapping(path);
        QVERIFY(mapping);
        QCOMPARE(mapping->sheet, QStringLiteral("Data"));
        QCOMPARE(mapping->layout, ImportMapping::Layout::Wide);
        QCOMPARE(mapping->fields.value(QStringLiteral("direction")).map.value(QStringLiteral("fewer")),
                 QStringLiteral("lower"));
    }

    void badCanonicalFile_problemsListedAndNoWayForward()
    {
        const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("measure,period,value\nNOPE,2024-03,N/A\n");
        file.close();
        ImportWizard wizard(m_dir.filePath(QStringLiteral("none.db")));
        wizard.show();
        wizard.setFile(csv);
        QSignalSpy planned(&wizard, &ImportWizard::planReady);
        wizard.next();
        QVERIFY(planned.wait(10000));
        QVERIFY(!wizard.plan().ok());
        QCOMPARE(wizard.problems()->topLevelItemCount(), 2); // unknown measure, and N/A is no number here
        QCOMPARE(wizard.problems()->topLevelItem(0)->text(1), QStringLiteral("2"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.problems()->isColumnHidden(0)); // a CSV file has no sheets
        wizard.next(); // refused: the check page does not validate
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    }

    void typedPath_readsTheFileWithoutEnter()
    {
        ImportWizard wizard(m_dir.filePath(QStringLiteral("none.db")));
        wizard.show();
        QTest::keyClicks(wizard.fileEdit(), QStringLiteral(CIVICSTAT_REAL_DATA "/baltimore-performance-measures/service.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.preview()->model()->rowCount() > 1, 5000);
        QCOMPARE(wizard.preview()->model()->index(0, 0).data().toString(), QStringLiteral("service_id"));
    }

    // tests/data/two-sheets.xlsx: a "Summary" sheet first, the figures on "Data".
    void mappingNamingASheet_showsThatSheet()
    {
        const QString mapping = m_dir.filePath(QStringLiteral("data-sheet.mapping.json"));
        QFile file(mapping);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"civicstat_mapping": 1, "sheet": "Data", "fields": {}, "values": {"layout": "long"}})");
        file.close();
        ImportWizard wizard(m_dir.filePath(QStringLiteral("none.db")));
        wizard.setFile(QStringLiteral(CIVICSTAT_TEST_DATA "/two-sheets.xlsx"));
        QCOMPARE(wizard.preview()->model()->index(0, 0).data().toString(), QStringLiteral("About this workbook"));
        wizard.setMappingFile(mapping);
        QCOMPARE(wizard.preview()->model()->index(0, 0).data().toString(), QStringLiteral("Measure"));
    }

    void cityLayoutWithoutMapping_saysToChooseOrBuildOne()
    {
        ImportWizard wizard(m_dir.filePath(QStringLiteral("none.db")));
        wizard.show();
        wizard.setFile(QStringLiteral(CIVICSTAT_REAL_DATA "/nyc-performance-by-district/"
                                      "Agency_Performance_Mapping_Indicators_-_Monthly.csv"));
        QSignalSpy planned(&wizard, &ImportWizard::planReady);
        wizard.next();
        QVERIFY(planned.wait(10000));
        QVERIFY(!wizard.plan().ok());
        QVERIFY2(wizard.summaryText().contains(QLatin1String("go Back and choose its mapping (Browse...), or make one "
                                                             "from its columns (Build...)")),
                 qPrintable(wizard.summaryText()));
        QVERIFY(wizard.summaryText().startsWith(QLatin1String("0 rows read: nothing to import.")));
    }
};

QTEST_MAIN(ImportWizardTest)
#include "tst_importwizard.moc"
