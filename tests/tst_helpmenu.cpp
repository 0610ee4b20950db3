// Help > How to read CivicStat (F1) explains the open city's own rules and
// lists keys the window really has; a window with no database does not offer
// periods to step through.
#include "appsettings.h"
#include "citysettings.h"
#include "democity.h"
#include "kpistore.h"
#include "mainwindow.h"
#include "periodselector.h"
#include "readingguidedialog.h"
#include "storefactory.h"
#include "windowfixtures.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;

class HelpMenuTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        appsettings::setCommentAuthor(QStringLiteral("Ana Ruiz"));
    }

    void f1_explainsTheOpenCitysRules()
    {
        const QString path = m_dir.filePath(QStringLiteral("strict.db"));
        writeDemoCity(path, DemoOptions{});
        {
            auto store = openStore(path);
            CitySettings settings = store->citySettings();
            settings.defaultTolerance = 0.05;
            settings.atRiskThreshold = 0.85;
            settings.fiscalYearStartMonth = 10;
            store->saveCitySettings(settings);
        }
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(windowtest::openAndWait(window, path));
        QVERIFY(!window.guide());

        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(window.guide());
        QTRY_VERIFY(window.guide()->isVisible());
        const QString text = window.guide()->text();
        QVERIFY2(text.contains(QLatin1String("(5% of the target")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("at risk at 0.85 or more")));
        QVERIFY(text.contains(QLatin1String("runs from October")));
        // Every status by name and by the icon the tables draw, so the guide never leans on colour.
        const QString html = window.guide()->html();
        for (const char *status : {"on_track", "at_risk", "off_track", "no_data", "no_target"})
            QVERIFY2(html.contains(QStringLiteral("status:%1").arg(QLatin1String(status))), status);
        for (const char *label : {"On track", "At risk", "Off track", "No data", "No target"})
            QVERIFY2(text.contains(QLatin1String(label)), label);
        QVERIFY(text.contains(QLatin1String("Ctrl+[")));
        // Keys read from the menus: the guide names what the window does.
        QVERIFY(text.contains(QLatin1String("Ctrl+F\tFind")) || text.contains(QLatin1String("Ctrl+F\nFind")));
        QVERIFY(text.contains(QLatin1String("Alt+Left")));
        QVERIFY(text.contains(QLatin1String("F1")));
        // It fits beside the window on a laptop.
        QVERIFY(window.guide()->height() <= window.screen()->availableGeometry().height());
    }

    void noDatabase_periodControlsAreOff_andComeOnWithOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("riverton.db"));
        writeDemoCity(path, DemoOptions{});
        MainWindow window;
        PeriodSelector *selector = window.findChild<PeriodSelector *>();
        QVERIFY(selector);
        QVERIFY(!selector->isEnabled());
        QVERIFY(windowtest::openAndWait(window, path));
        QVERIFY(selector->isEnabled());
    }
};

QTEST_MAIN(HelpMenuTest)
#include "tst_helpmenu.moc"
