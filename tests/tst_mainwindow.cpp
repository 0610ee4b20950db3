// The desktop path a new user takes, driven through the window: open the
// demo, see the goals worst first, drill from a goal to an objective to a
// measure, read why it has its status, go back with the breadcrumb and the
// Back key, change the period, and add and undo a comment.
#include "appsettings.h"
#include "breadcrumbbar.h"
#include "commentarylist.h"
#include "democity.h"
#include "goaltile.h"
#include "importwizard.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "windowfixtures.h"
#include "measurechart.h"
#include "measurepanel.h"
#include "overviewpanel.h"
#include "periodselector.h"
#include "scorecardpanel.h"
#include "storefactory.h"
#include "navigationpanel.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QImage>
#include <QTimer>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace civicstat;
using windowtest::openAndWait;

namespace {

// Selects the table row whose code is `code` and presses Enter on it.
void activateRow(QTableView *table, const QString &code)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CodeRole).toString() == code) {
            table->setCurrentIndex(model->index(row, 1));
            QTest::keyClick(table, Qt::Key_Return);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row %1").arg(code)));
}

} // namespace

class MainWindowTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The name comments are signed with, as if the user had given it: the window never asks.
        appsettings::setCommentAuthor(QStringLiteral("Ana Ruiz"));
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        writeDemoCity(m_demo, DemoOptions{});
    }

    void openDatabase_demo_showsGoalTilesWorstFirst()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_demo));
        QCOMPARE(window.pages()->currentWidget(), window.overview());
        const auto &tiles = window.overview()->tiles();
        QCOMPARE(int(tiles.size()), 6);
        const ScorecardRow *first = window.snapshot()->find(Level::Goal, tiles.front()->code());
        for (GoalTile *tile : tiles)
            QVERIFY(window.snapshot()->find(Level::Goal, tile->code())->score.value_or(9) >= first->score.value_or(9));
        QVERIFY(window.overview()->headline().contains(QLatin1String("citywide score")));
        QVERIFY(window.overview()->headline().contains(QLatin1String("2026-09")));
        QVERIFY(window.windowTitle().startsWith(QLatin1String("demo.db")));
        // The status bar names the file, not the folder it is in (that is in its tooltip).
        const QLabel *status = window.statusBar()->findChild<QLabel *>();
        QCOMPARE(status->text(), QStringLiteral("demo.db: 120 measures"));
        QCOMPARE(status->toolTip(), QDir::toNativeSeparators(m_demo));
    }

    void databaseActions_disabledUntilADatabaseIsOpen()
    {
        MainWindow window;
        const auto action = [&window](const QString &text) {
            for (QAction *a : window.findChildren<QAction *>()) {
                if (a->text() == text)
                    return a;
            }
            qFatal("no action %s", qPrintable(text));
        };
        const QStringList needing = {"&Import figures...", "Undo the last &import...", "City &settings...", "&Reload",
                                     "&Export scorecard...", "&Briefing book...", "&Print a briefing..."};
        for (const QString &text : needing)
            QVERIFY2(!action(text)->isEnabled(), qPrintable(text));
        QVERIFY(action(QStringLiteral("&New database..."))->isEnabled());
        QVERIFY(openAndWait(window, m_demo));
        for (const QString &text : needing)
            QVERIFY2(action(text)->isEnabled(), qPrintable(text));
    }

    // The scorecard on screen, its scope and period, as the audience chosen;
    // the measure page's chart as PNG and SVG.
    void export_scorecardOnScreenAndChart_writeTheirFiles()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(openAndWait(window, m_demo));
        window.navigateTo({Level::Goal, QStringLiteral("G1")});
        QCOMPARE(window.scopeShown().code, QStringLiteral("G1"));
        const QString period = window.snapshot()->period().text();

        const auto measureRows = [](const QString &path) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return QStringList();
            QStringList rows;
            for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1String("measure,")))
                    rows << line;
            }
            return rows;
        };
        const QString publicCsv = m_dir.filePath(QStringLiteral("g1-public.csv"));
        const QString internalCsv = m_dir.filePath(QStringLiteral("g1-internal.csv"));
        QCOMPARE(window.exportScorecardTo(publicCsv, Audience::Public), QString());
        QCOMPARE(window.exportScorecardTo(internalCsv, Audience::Internal), QString());
        const QStringList publicRows = measureRows(publicCsv);
        const QStringList internalRows = measureRows(internalCsv);
        QVERIFY(!publicRows.isEmpty());
        QVERIFY2(internalRows.size() > publicRows.size(), qPrintable(QString::number(internalRows.size())));
        for (const QString &row : publicRows) {
            QVERIFY2(row.contains(QStringLiteral(",public,")), qPrintable(row));
            QCOMPARE(row.section(QLatin1Char(','), 3, 3), period);
        }
        QFile publicFile(publicCsv);
        QVERIFY(publicFile.open(QIODevice::ReadOnly));
        QVERIFY(publicFile.readAll().contains("\ngoal,G1,"));

        const QString workbook = m_dir.filePath(QStringLiteral("g1.xlsx"));
        QCOMPARE(window.exportScorecardTo(workbook, Audience::Internal), QString());
        QFile workbookFile(workbook);
        QVERIFY(workbookFile.open(QIODevice::ReadOnly));
        QCOMPARE(workbookFile.read(2), QByteArray("PK"));
        QVERIFY(!window.exportScorecardTo(m_dir.filePath(QStringLiteral("missing/g1.xlsx")), Audience::Internal).isEmpty());

        // A measure's page exports its objective's scorecard, and its chart.
        const Measure &measure = window.snapshot()->structure().measures.front();
        window.navigateTo({Level::Measure, measure.code});
        QCOMPARE(window.scopeShown().kind, Scope::Kind::Objective);
        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        QCOMPARE(window.saveChartTo(svg, ChartImageFormat::Svg), QString());
        QCOMPARE(window.saveChartTo(png, ChartImageFormat::Png), QString());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray drawing = svgFile.readAll();
        QVERIFY(drawing.contains("<path"));
        QVERIFY(drawing.contains(measure.name.toHtmlEscaped().toUtf8()));
        const QImage picture(png);
        QCOMPARE(picture.size(), window.measurePage()->chart()->chartView()->viewport()->size() * 2);

        // The figures by neighbourhood save too, titled with what they break down.
        const Measure *byMember = window.snapshot()->structure().measureByCode(QStringLiteral("DOT-01"));
        QVERIFY(byMember);
        window.navigateTo({Level::Measure, byMember->code});
        const QString bars = m_dir.filePath(QStringLiteral("breakdown.svg"));
        QCOMPARE(window.saveChartTo(bars, ChartImageFormat::Svg, MainWindow::ChartSource::Breakdown), QString());
        QFile barsFile(bars);
        QVERIFY(barsFile.open(QIODevice::ReadOnly));
        const QByteArray barDrawing = barsFile.readAll();
        QVERIFY(barDrawing.contains("<path"));
        QVERIFY2(barDrawing.contains((byMember->name + QStringLiteral(" by ")).toHtmlEscaped().toUtf8()),
                 barDrawing.left(600).constData());
        window.navigateTo({Level::Citywide, QStringLiteral("CITY")}); // the next window opens where this one was
    }

    void drillDown_goalObjectiveMeasure_thenBackUp()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_demo));
        // A goal's tile opens its scorecard of objectives.
        GoalTile *safety = nullptr;
        for (GoalTile *tile : window.overview()->tiles()) {
            if (tile->code() == QLatin1String("G1"))
                safety = tile;
        }
        QVERIFY(safety);
        QTest::mouseClick(safety, Qt::LeftButton);
        QCOMPARE(window.location().level, Level::Goal);
        QCOMPARE(window.location().code, QStringLiteral("G1"));
        QCOMPARE(window.pages()->currentWidget(), window.scorecard());
        QTableView *table = window.scorecard()->table();
        QVERIFY(table->model()->rowCount() >= 3);
        QCOMPARE(Level(table->model()->index(0, 0).data(LevelRole).toInt()), Level::Objective);

        activateRow(table, QStringLiteral("G1.2"));
        QCOMPARE(window.location().code, QStringLiteral("G1.2"));
        QCOMPARE(table->model()->rowCount(), 4); // its four measures
        activateRow(table, QStringLiteral("FD-01"));
        QCOMPARE(window.location().level, Level::Measure);
        QCOMPARE(window.pages()->currentWidget(), window.measurePage());
        // FD-01 in September 2026: 84.3% against 90 (see docs/scoring.md).
        const QString why = window.measurePage()->statusLine()->text();
        QVERIFY2(why.contains(QLatin1String("At risk")) && why.contains(QLatin1String("90")), qPrintable(why));
        QVERIFY(window.measurePage()->about()->toPlainText().contains(QLatin1String("Data steward")));

        const auto &path = window.breadcrumb()->path();
        QCOMPARE(int(path.size()), 4);
        QCOMPARE(path[1].code, QStringLiteral("G1"));
        QCOMPARE(path[2].code, QStringLiteral("G1.2"));
        auto *cityCrumb = window.breadcrumb()->findChild<QToolButton *>(QStringLiteral("crumb_0"));
        QVERIFY(cityCrumb);
        QTest::mouseClick(cityCrumb, Qt::LeftButton);
        QCOMPARE(window.location().level, Level::Citywide);
        QCOMPARE(window.pages()->currentWidget(), window.overview());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.location().code, QStringLiteral("FD-01"));
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window.location().level, Level::Citywide);
    }

    void periodChange_keepsPlaceAndShowsNewFigures()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_demo));
        window.navigateTo({Level::Objective, QStringLiteral("G1.2")});
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        window.setPeriod(*Period::parse(QStringLiteral("FY2026"), 7));
        QVERIFY(shown.wait(20000));
        QCOMPARE(window.snapshot()->period().text(), QStringLiteral("FY2026"));
        QCOMPARE(window.periodSelector()->period().text(), QStringLiteral("FY2026"));
        QCOMPARE(window.location().code, QStringLiteral("G1.2"));
        // Over a fiscal year the quarterly and annual measures have figures too.
        int scored = 0;
        for (int row = 0; row < window.scorecard()->table()->model()->rowCount(); ++row)
            scored += window.scorecard()->table()->model()->index(row, 0).data(ScoreRole).isValid();
        QCOMPARE(scored, 4);
    }

    void search_enter_opensFirstMatch()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_demo));
        QLineEdit *search = window.navigation()->searchBox();
        QTest::keyClicks(search, QStringLiteral("ECC-01"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(window.location().level, Level::Measure);
        QCOMPARE(window.location().code, QStringLiteral("ECC-01"));
    }

    void commentary_addThenUndo_changesTheDatabase()
    {
        const QString copy = m_dir.filePath(QStringLiteral("comments.db"));
        QVERIFY(QFile::copy(m_demo, copy));
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, copy));
        window.navigateTo({Level::Measure, QStringLiteral("ECC-01")});
        CommentaryList *list = window.measurePage()->commentaryList();
        const int before = list->count();
        emit window.measurePage()->commentaryAdded(QStringLiteral("2026-09"), QStringLiteral("Two dispatchers joined."));
        QCOMPARE(list->count(), before + 1);
        QCOMPARE(list->bodyLabel(0)->text(), QStringLiteral("Two dispatchers joined."));
        QVERIFY2(list->headingLabel(0)->text().startsWith(QStringLiteral("2026-09 · Ana Ruiz · ")),
                 qPrintable(list->headingLabel(0)->text()));
        QCOMPARE(window.measurePage()->data().commentary.front().author, QStringLiteral("Ana Ruiz"));
        window.undoStack()->undo();
        QCOMPARE(list->count(), before);
        window.undoStack()->redo();
        QCOMPARE(list->count(), before + 1);
    }

    void commentInOneWindow_seenByTheOther_withoutReloadingTheCity()
    {
        const QString copy = m_dir.filePath(QStringLiteral("shared.db"));
        QVERIFY(QFile::copy(m_demo, copy));
        MainWindow writer;
        MainWindow reader;
        writer.show();
        reader.show();
        QVERIFY(openAndWait(writer, copy));
        QVERIFY(openAndWait(reader, copy));
        reader.navigateTo({Level::Measure, QStringLiteral("ECC-01")});
        writer.navigateTo({Level::Measure, QStringLiteral("ECC-01")});
        const auto readerSnapshot = reader.snapshot();
        const int readerLoads = reader.cityLoads();
        const int writerLoads = writer.cityLoads();
        CommentaryList *list = reader.measurePage()->commentaryList();
        const int before = list->count();

        QElapsedTimer clock;
        clock.start();
        emit writer.measurePage()->commentaryAdded(QStringLiteral("2026-09"), QStringLiteral("Seen across windows."));
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), before + 1, 2000);
        qInfo("The second window showed the comment after %lld ms", qint64(clock.elapsed()));
        QCOMPARE(list->bodyLabel(0)->text(), QStringLiteral("Seen across windows."));
        // Its place and its city stay: only the measure's page was read again.
        QCOMPARE(reader.location().level, Level::Measure);
        QCOMPARE(reader.location().code, QStringLiteral("ECC-01"));
        QCOMPARE(reader.snapshot(), readerSnapshot);
        QCOMPARE(reader.cityLoads(), readerLoads);
        // The writing window's own write neither reloads its city nor comes back to it as someone else's.
        QTest::qWait(1500);
        QCOMPARE(writer.cityLoads(), writerLoads);
        QCOMPARE(writer.measurePage()->commentaryList()->count(), before + 1);

        writer.undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), before, 2000);
        QCOMPARE(reader.cityLoads(), readerLoads);
    }

    void importThroughTheWindow_editUndoTakesItBack()
    {
        const QString copy = m_dir.filePath(QStringLiteral("imported.db"));
        QVERIFY(QFile::copy(m_demo, copy));
        const QString csv = m_dir.filePath(QStringLiteral("october.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("measure,period,value\nECC-01,2030-10,99.5\nECC-01,2030-11,98.5\n");
        }
        const qint64 before = openStore(copy)->observationCount();
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, copy));
        bool wizardDriven = false;
        // The wizard is modal: drive it from the event loop it runs.
        QTimer::singleShot(0, this, [&] {
            auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
            QVERIFY(wizard);
            QSignalSpy planned(wizard, &ImportWizard::planReady);
            QSignalSpy done(wizard, &ImportWizard::importFinished);
            wizard->setFile(csv);
            wizard->next();
            QVERIFY(planned.wait(10000));
            wizard->next();
            QVERIFY(done.wait(10000));
            QVERIFY2(wizard->imported(), qPrintable(wizard->resultText()));
            wizardDriven = true;
            wizard->accept();
        });
        QAction *import = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == QLatin1String("&Import figures..."))
                import = action;
        QVERIFY(import);
        import->trigger();
        QVERIFY(wizardDriven);
        QCOMPARE(openStore(copy)->observationCount(), before + 2);
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("import of october.csv"));

        QAction *undo = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == QLatin1String("&Undo import of october.csv"))
                undo = action;
        QVERIFY2(undo, "Edit > Undo names the import");
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        undo->trigger();
        QCOMPARE(openStore(copy)->observationCount(), before);
        QVERIFY(shown.wait(10000)); // figures changed: the period on screen is read again
        QVERIFY(window.undoStack()->canRedo());
        window.undoStack()->redo();
        QCOMPARE(openStore(copy)->observationCount(), before + 2);
    }

    void fileChangedOnDisk_reloadsByItself()
    {
        const QString copy = m_dir.filePath(QStringLiteral("watched.db"));
        QVERIFY(QFile::copy(m_demo, copy));
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, copy));
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        {
            auto other = openStore(copy); // another program changes the file
            CitySettings settings = other->citySettings();
            settings.cityName = QStringLiteral("Renamed City");
            other->saveCitySettings(settings);
        }
        QVERIFY(shown.wait(10000));
        QCOMPARE(window.snapshot()->settings().cityName, QStringLiteral("Renamed City"));
        QVERIFY(window.overview()->headline().size() > 0);
    }

    void openDatabase_notADatabase_keepsWhatWasShown()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_demo));
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
        file.close();
        const QString message = window.openDatabase(text, true);
        QVERIFY(message.contains(QLatin1String("not a CivicStat database")));
        QVERIFY(message.contains(text));
        QCOMPARE(int(window.overview()->tiles().size()), 6);
        QVERIFY(window.windowTitle().startsWith(QLatin1String("demo.db")));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
