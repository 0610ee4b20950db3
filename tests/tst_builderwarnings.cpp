// The mapping builder on New York's district file as a new user meets it at
// 1280x800: each drop-down lists only the columns that can fill its field, the
// builder refuses a direction never chosen and names the measures still to
// decide, and the wizard's check warns, with counts, of figures that will not score.
#include "appsettings.h"
#include "importwizard.h"
#include "mappingbuilderdialog.h"
#include "measuredirectionstable.h"
#include "nycbuilderchoices.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;
using namespace civicstat::test;

namespace {

// The texts a drop-down lists below its whole-file choices: its columns.
QStringList columnsListed(const QComboBox *combo)
{
    QStringList texts;
    for (int i = combo->property("civicstatFirstColumn").toInt(); i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

} // namespace

class BuilderWarningsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Sheet m_nyc;

    std::unique_ptr<MappingBuilderDialog> openBuilder()
    {
        auto builder = std::make_unique<MappingBuilderDialog>(m_nyc, QString());
        builder->resize(1280, 800);
        builder->show();
        return builder;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appsettings::setUnfinishedImport({});
        appsettings::setImportWizardGeometry({});
        const TabularFile file = readTabularFile(QLatin1String(nycDistrictFile()));
        QVERIFY(!file.sheets.empty());
        m_nyc = file.sheets.front();
    }

    void dropDowns_listOnlyTheColumnsThatCanFillTheirField()
    {
        const auto builder = openBuilder();
        QCOMPARE(builder->layoutChooser()->currentIndex(), 1); // 108 month columns: wide
        const QStringList names = {"Agency", "Geographic Unit", "Geographic Identifier", "Indicator"};
        for (const char *field : {"goal_code", "measure_name", "direction", "unit"})
            QCOMPARE(columnsListed(builder->fieldChooser(QLatin1String(field))), names);
        QCOMPARE(columnsListed(builder->memberChooser()), names);
        QCOMPARE(builder->fieldChooser(QStringLiteral("measure_name"))->findText(QStringLiteral("Jul-10")), -1);
        QVERIFY2(builder->fieldChooser(QStringLiteral("measure_name"))
                     ->toolTip()
                     .contains(QLatin1String("Not listed: the 108 columns named as periods, which hold the figures.")),
                 qPrintable(builder->fieldChooser(QStringLiteral("measure_name"))->toolTip()));
        // The long layout reads figures from one column: any column of numbers, never a column of names.
        builder->layoutChooser()->setCurrentIndex(0);
        QCOMPARE(columnsListed(builder->valueChooser()).size(), 108);
        QCOMPARE(columnsListed(builder->valueChooser()).front(), QStringLiteral("Jul-10"));
        QVERIFY2(builder->valueChooser()->toolTip().contains(
                     QLatin1String("not: Agency, Geographic Unit, Geographic Identifier, Indicator.")),
                 qPrintable(builder->valueChooser()->toolTip()));
        QCOMPARE(columnsListed(builder->fieldChooser(QStringLiteral("measure_name"))).size(), 112);
    }

    void direction_neverChosen_isRefusedNamingTheMeasures()
    {
        const auto builder = openBuilder();
        fillNycFields(*builder);
        const QString path = m_dir.filePath(QStringLiteral("nyc.mapping.json"));
        QVERIFY(!builder->saveTo(path)); // no direction: nothing defaults to "higher"
        QCOMPARE(builder->problemText(), QStringLiteral("Still to choose: Better is."));
        QComboBox *direction = builder->fieldChooser(QStringLiteral("direction"));
        direction->setCurrentIndex(direction->findText(QStringLiteral("decide per measure")));
        MeasureDirectionsTable *table = builder->measureDirections();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 21);
        const QString filthy = QStringLiteral("Streets rated filthy (%)");
        QVERIFY(table->chooser(filthy));
        QVERIFY(!table->chooser(filthy)->currentData().isValid()); // no default
        QVERIFY(!builder->saveTo(path));
        QVERIFY2(builder->problemText().startsWith(QLatin1String(
                     "Still to choose: which way is better for 21 measures: Streets rated acceptably clean (%); "
                     "Refuse tons per truckshift;")),
                 qPrintable(builder->problemText()));
        QVERIFY2(builder->problemText().endsWith(QLatin1String("and 15 more (marked \"(choose)\" in the list).")),
                 qPrintable(builder->problemText()));
        chooseNycDirections(*builder, filthy);
        QVERIFY(!builder->saveTo(path));
        QCOMPARE(builder->problemText(),
                 QStringLiteral("Still to choose: which way is better for 1 measure: Streets rated filthy (%)."));
        QVERIFY(!QFile::exists(path));
        table->chooser(filthy)->setCurrentIndex(table->chooser(filthy)->findData(QStringLiteral("lower")));
        QVERIFY2(builder->saveTo(path), qPrintable(builder->problemText()));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QString error;
        const auto mapping = ImportMapping::fromJson(saved.readAll(), path, &error);
        QVERIFY2(mapping, qPrintable(error));
        QCOMPARE(mapping->fields.value(QStringLiteral("direction")).column, QStringLiteral("Indicator"));
        QCOMPARE(mapping->fields.value(QStringLiteral("direction")).map.value(QStringLiteral("streets rated filthy (%)")),
                 QStringLiteral("lower"));
        QCOMPARE(mapping->fields.value(QStringLiteral("direction")).map.size(), 22); // 21 measures and the blank cell
    }

    void checkPage_warnsOfMeasuresThatWillNotScore()
    {
        const QString path = m_dir.filePath(QStringLiteral("nyc-check.mapping.json"));
        {
            const auto builder = openBuilder();
            fillNycFields(*builder);
            QComboBox *direction = builder->fieldChooser(QStringLiteral("direction"));
            direction->setCurrentIndex(direction->findText(QStringLiteral("decide per measure")));
            chooseNycDirections(*builder);
            QVERIFY2(builder->saveTo(path), qPrintable(builder->problemText()));
        }
        ImportWizard wizard(m_dir.filePath(QStringLiteral("nyc.db")));
        wizard.resize(1280, 800);
        wizard.show();
        wizard.setFile(QLatin1String(nycDistrictFile()));
        wizard.setMappingFile(path);
        QSignalSpy planned(&wizard, &ImportWizard::planReady);
        wizard.next();
        QVERIFY(planned.wait(30000));
        QVERIFY(wizard.plan().ok());
        const QString summary = wizard.summaryText();
        QVERIFY2(summary.contains(QLatin1String("No problems stop the import, but read these warnings first:")),
                 qPrintable(summary));
        QVERIFY2(!summary.contains(QLatin1String("ready to import")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("21 measures have figures by member only, none for the measure as a "
                                                "whole: the scorecard will show No data for these 21 measures.")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(
                     QLatin1String("21 measures have no target: they will show Not scored until targets are imported.")),
                 qPrintable(summary));
    }
};

QTEST_MAIN(BuilderWarningsTest)
#include "tst_builderwarnings.moc"
