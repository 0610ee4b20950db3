// Renders each main screen of CivicStat on a database to PNG files, for the
// README and for looking at what was built. Not a test: it asserts nothing.
// Usage: civicstat_screenshots DATABASE OUTDIR [IMPORT_FILE MAPPING]  (QT_QPA_PLATFORM=offscreen works)
// With IMPORT_FILE and MAPPING it also shows the import wizard's pages, importing into OUTDIR/imported.db.
// With --mapping-builder: the builder and the check on New York's district file (builderscreenshots.h).
// --size WIDTHxHEIGHT (first, before DATABASE) sets the window's size; 1280x800 without it.
// A DATABASE that cannot be opened gives OUTDIR/start-page.png, what the window shows then, and exit 3.
#include "appsettings.h"
#include "briefingbuilderdialog.h"
#include "briefingoptionsform.h"
#include "builderscreenshots.h"
#include "nycbuilderchoices.h"
#include "mainwindow.h"
#include "importwizard.h"
#include "mappingbuilderdialog.h"
#include "storefactory.h"
#include "breakdownchart.h"
#include "measurepanel.h"
#include "goaltile.h"
#include "overviewpanel.h"
#include "readingguidedialog.h"
#include "tabulardata.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

using namespace civicstat;

namespace {

void settle(int ms = 300)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitForSnapshot(MainWindow &window)
{
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::snapshotShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return window.snapshot() != nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    appsettings::setUnfinishedImport({});       // nor take what a test run left in its own
    appsettings::setImportWizardGeometry({});
    QStringList args = app.arguments();
    QSize windowSize(1280, 800);
    if (args.size() >= 3 && args.at(1) == QLatin1String("--size")) {
        const QStringList wh = args.at(2).split(QLatin1Char('x'));
        windowSize = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        args.remove(1, 2);
    }
    if (args.size() == 4 && args.at(3) == QLatin1String("--mapping-builder")) {
        test::shootMappingBuilder(QLatin1String(test::nycDistrictFile()), QDir(args.at(2)));
        return 0;
    }
    const bool oneMeasure = args.size() >= 5 && args.at(3) == QLatin1String("--measure");
    const bool inPeriod = args.size() == 7 && oneMeasure && args.at(5) == QLatin1String("--period");
    if (args.size() != 3 && args.size() != 5 && !inPeriod) {
        QTextStream(stderr) << "Usage: civicstat_screenshots DATABASE OUTDIR [IMPORT_FILE MAPPING]\n"
                               "       civicstat_screenshots DATABASE OUTDIR --measure CODE [--period PERIOD]\n"
                               "       civicstat_screenshots DATABASE OUTDIR --mapping-builder   (the database is not read)\n";
        return 2;
    }
    const QDir out(args.at(2));
    QDir().mkpath(out.path());
    MainWindow window;
    window.resize(windowSize);
    window.show();
    const QString error = window.openDatabase(args.at(1), true);
    if (!error.isEmpty() || !waitForSnapshot(window)) {
        // What the window shows instead: its start page, saying why.
        settle();
        window.grab().save(out.filePath(QStringLiteral("start-page.png")));
        QTextStream(stderr) << error << '\n';
        return 3;
    }
    const auto shoot = [&](const QString &name) {
        settle();
        const QString file = out.filePath(name);
        window.grab().save(file);
        QTextStream(stdout) << file << '\n';
    };
    if (inPeriod) { // a period of the user's choice, such as an open fiscal year
        const auto period = Period::parse(args.at(6), window.snapshot()->settings().fiscalYearStartMonth);
        if (!period) {
            QTextStream(stderr) << "not a period: " << args.at(6) << '\n';
            return 2;
        }
        window.setPeriod(*period);
        if (!waitForSnapshot(window))
            return 3;
    }
    // The overview, whatever place an earlier run left remembered.
    window.navigateTo({Level::Citywide, QStringLiteral("CITY")});
    shoot(QStringLiteral("overview.png"));
    if (!window.overview()->tiles().empty()) { // the focus ring a keyboard user follows
        window.activateWindow();
        window.overview()->tiles().front()->setFocus(Qt::TabFocusReason);
        shoot(QStringLiteral("overview-focused-tile.png"));
    }
    if (oneMeasure) { // any database's measure page, its breakdown and its objective's scorecard
        const Structure &structure = window.snapshot()->structure();
        if (const Measure *m = structure.measureByCode(args.at(4))) {
            for (const Objective &o : structure.objectives) {
                if (o.id == m->objectiveId) {
                    window.navigateTo({Level::Objective, o.code});
                    shoot(QStringLiteral("objective-of-%1.png").arg(args.at(4)));
                }
            }
        }
        window.navigateTo({Level::Measure, args.at(4)});
        shoot(QStringLiteral("measure-%1.png").arg(args.at(4)));
        window.measurePage()->tabs()->setCurrentWidget(window.measurePage()->breakdown());
        shoot(QStringLiteral("measure-%1-breakdown.png").arg(args.at(4)));
        return 0;
    }
    window.navigateTo({Level::Goal, QStringLiteral("G1")});
    shoot(QStringLiteral("scorecard-goal.png"));
    window.navigateTo({Level::Objective, QStringLiteral("G1.2")});
    shoot(QStringLiteral("scorecard-objective.png"));
    window.navigateTo({Level::Measure, QStringLiteral("FD-01")});
    shoot(QStringLiteral("measure.png"));
    window.navigateTo({Level::Measure, QStringLiteral("PD-01")});
    window.measurePage()->tabs()->setCurrentWidget(window.measurePage()->breakdown());
    shoot(QStringLiteral("measure-breakdown.png"));
    // A docked window on a laptop.
    window.resize(1024, 700);
    window.navigateTo({Level::Measure, QStringLiteral("FD-01")});
    window.measurePage()->tabs()->setCurrentIndex(0);
    shoot(QStringLiteral("measure-1024x700.png"));
    window.resize(windowSize);
    window.navigateTo({Level::Department, QStringLiteral("PD")});
    shoot(QStringLiteral("scorecard-department.png"));
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::HelpContents))
            action->trigger();
    }
    if (ReadingGuideDialog *guide = window.guide()) { // Help > How to read CivicStat, as on a 1280x800 screen
        guide->resize(640, 640);
        settle();
        const QString file = out.filePath(QStringLiteral("reading-guide.png"));
        guide->grab().save(file);
        QTextStream(stdout) << file << '\n';
        guide->close();
    }
    {
        // The briefing builder as File > Briefing book opens it, on a 1280x800 screen.
        const auto store = openStore(args.at(1));
        appsettings::setBriefingChoices({});
        appsettings::setBriefingBuilderGeometry({});
        BriefingBuilderDialog builder(*store, window.snapshot()->period().text());
        builder.options()->setScope({Scope::Kind::Goal, QStringLiteral("G1")});
        builder.resize(1280, 800);
        builder.show();
        for (int tries = 0; tries < 100 && !builder.previewIsCurrent(); ++tries)
            settle(100);
        builder.preview()->setCurrentPage(5); // past the cover and contents: a page with charts
        const QString file = out.filePath(QStringLiteral("briefing-builder.png"));
        settle();
        builder.grab().save(file);
        QTextStream(stdout) << file << '\n';
        // Hand-picked measures for the public, found with the filter.
        builder.options()->setAudience(Audience::Public);
        builder.options()->setChosenMeasures({QStringLiteral("FD-01"), QStringLiteral("PD-05"), QStringLiteral("ECC-01")});
        builder.options()->measureFilter()->setText(QStringLiteral("response"));
        for (int tries = 0; tries < 100 && !builder.previewIsCurrent(); ++tries)
            settle(100);
        const QString chosen = out.filePath(QStringLiteral("briefing-builder-chosen.png"));
        settle();
        builder.grab().save(chosen);
        QTextStream(stdout) << chosen << '\n';
    }
    if (args.size() == 5) {
        ImportWizard wizard(out.filePath(QStringLiteral("imported.db")));
        wizard.show();
        wizard.setFile(args.at(3));
        wizard.setMappingFile(args.at(4));
        const auto shootWizard = [&](const QString &name) {
            settle();
            wizard.grab().save(out.filePath(name));
            QTextStream(stdout) << out.filePath(name) << '\n';
        };
        shootWizard(QStringLiteral("import-choose.png"));
        QEventLoop planned;
        QObject::connect(&wizard, &ImportWizard::planReady, &planned, &QEventLoop::quit);
        wizard.next();
        planned.exec();
        shootWizard(QStringLiteral("import-check.png"));
        QEventLoop imported;
        QObject::connect(&wizard, &ImportWizard::importFinished, &imported, &QEventLoop::quit);
        wizard.next();
        imported.exec();
        shootWizard(QStringLiteral("import-done.png"));
    }
    return 0;
}
