// A new user's main path with the keyboard alone, on the demo city in a
// 1280x800 window: overview -> the worst goal -> its worst objective -> the
// off-track measure -> what its owner wrote -> back to the overview. Only
// Tab, arrows, Enter and shortcuts sent to the widget with the focus; rows
// are chosen by what the tables say (status, score, code), never by position,
// so a different sort still walks the same path.
#include "appsettings.h"
#include "breakdownchart.h"
#include "commentarylist.h"
#include "democity.h"
#include "goaltile.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "navigationpanel.h"
#include "measurechart.h"
#include "measurepanel.h"
#include "overviewpanel.h"
#include "scorecardpanel.h"
#include "statustext.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QChartView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>

using namespace civicstat;

namespace {

QWidget *focused() { return QApplication::focusWidget(); }

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), w->accessibleName());
}

// The key goes where a user's key would: to the widget with the focus.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused();
    QVERIFY2(target, "no widget has the focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// Shown, and not scrolled or clipped out of sight by any of its parents.
// (visibleRegion() cannot tell: a chart's opaque viewport empties its view's.)
bool onScreen(const QWidget *w)
{
    if (!w || !w->isVisible())
        return false;
    const QWidget *window = w->window();
    QRect seen(w->mapTo(window, QPoint(0, 0)), w->size());
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
        seen &= QRect(p->mapTo(window, QPoint(0, 0)), p->size());
    return !seen.intersected(window->rect()).isEmpty();
}

bool inside(const QWidget *w, const QWidget *container) { return w && (w == container || container->isAncestorOf(w)); }

// Presses Tab until `reached` holds for the focus widget, checking every stop
// on the way is on screen; fails after `limit` presses. Returns the stops.
QList<QWidget *> tabUntil(const std::function<bool(QWidget *)> &reached, int limit = 60)
{
    QList<QWidget *> stops;
    for (int i = 0; i < limit; ++i) {
        press(Qt::Key_Tab);
        QWidget *now = focused();
        stops << now;
        if (qEnvironmentVariableIsSet("KEYWALK_TRACE"))
            qInfo("Tab %d: %s", i + 1, qPrintable(describe(now)));
        if (!onScreen(now)) {
            qWarning("Tab stop %d is not on screen: %s", i + 1, qPrintable(describe(now)));
            return {};
        }
        if (reached(now))
            return stops;
    }
    qWarning("not reached after %d Tab presses; last stop %s", limit, qPrintable(describe(focused())));
    return {};
}

// The row of `table` whose code is `code`, as the table shows it (after any sort).
int rowOf(const QTableView *table, const QString &code)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CodeRole).toString() == code)
            return row;
    }
    return -1;
}

// The code of the worst row at `level`: off track before at risk, then lowest score.
QString worstRow(const QTableView *table, Level level)
{
    const QAbstractItemModel *model = table->model();
    QString worst;
    double worstScore = 1e9;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (Level(index.data(LevelRole).toInt()) != level)
            continue;
        const QVariant score = index.data(ScoreRole);
        const bool offTrack = Status(index.data(StatusRole).toInt()) == Status::OffTrack;
        const double key = (score.isValid() ? score.toDouble() : 1e6) - (offTrack ? 1e3 : 0);
        if (key < worstScore) {
            worstScore = key;
            worst = index.data(CodeRole).toString();
        }
    }
    return worst;
}

// With the table focused, moves its current row to `code` with the arrow keys.
void arrowTo(QTableView *table, const QString &code)
{
    const int wanted = rowOf(table, code);
    QVERIFY2(wanted >= 0, qPrintable(code));
    press(Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < table->model()->rowCount() && table->currentIndex().row() != wanted; ++i)
        press(Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), wanted);
}

} // namespace

class KeyboardWalkTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    bool openDemo(MainWindow &window)
    {
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        return window.openDatabase(m_demo, true).isEmpty() && shown.wait(20000);
    }

    // A measure with figures by neighbourhood, its Breakdown tab shown: the page with the most stops.
    static MeasurePanel *showBreakdownOf(MainWindow &window, const QString &code)
    {
        window.navigateTo({Level::Measure, code});
        MeasurePanel *page = window.measurePage();
        page->tabs()->setCurrentWidget(page->breakdown());
        QTest::qWait(50);
        return page;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appsettings::setCommentAuthor(QStringLiteral("Ana Ruiz"));
        appsettings::setMeasureTabsShare(0.0);
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        writeDemoCity(m_demo, DemoOptions{});
    }

    void init() { appsettings::setLastLocation(int(Level::Citywide), QStringLiteral("CITY")); }

    void overviewToCommentaryAndBack_withTheKeyboardOnly()
    {
        MainWindow window;
        QVERIFY(openDemo(window));
        QCOMPARE(window.pages()->currentWidget(), window.overview());
        QVERIFY(window.windowTitle().contains(QLatin1String("demonstration city")));
        QVERIFY(window.overview()->demoNote()->isVisible());

        // The worst goal: the lowest score the snapshot gives any goal.
        QString worstGoal;
        double worstScore = 1e9;
        Status worstStatus = Status::NoData;
        for (const ScorecardRow &row : window.snapshot()->citywide().rows) {
            if (row.level == Level::Goal && row.score && *row.score < worstScore) {
                worstScore = *row.score;
                worstStatus = row.status;
                worstGoal = row.code;
            }
        }
        QVERIFY(!worstGoal.isEmpty());
        GoalTile *tile = nullptr;
        for (GoalTile *t : window.overview()->tiles()) {
            if (t->code() == worstGoal)
                tile = t;
        }
        QVERIFY(tile);
        QTest::qWait(50); // the tiles are laid out
        const QColor ring = tile->palette().highlight().color();
        const QPoint onRing(1, tile->height() / 2);
        // A database just opened gives the keys to the worst goal, not to the period box.
        QCOMPARE(focused(), static_cast<QWidget *>(tile));
        QVERIFY2(tile->grab().toImage().pixelColor(onRing) == ring, "the focused tile draws no ring");

        // Within the overview only the tiles take the focus: no invisible stop on the way round.
        const QList<QWidget *> stops = tabUntil([&](QWidget *w) { return w == tile; });
        QVERIFY(!stops.isEmpty());
        for (QWidget *stop : stops) {
            if (inside(stop, window.overview()))
                QVERIFY2(qobject_cast<GoalTile *>(stop), qPrintable(describe(stop)));
        }
        QVERIFY2(tile->grab().toImage().pixelColor(onRing) == ring, "the focused tile draws no ring");
        // What a screen reader says of it: the goal, its status, its score and counts.
        QVERIFY2(tile->accessibleName().contains(statusLabel(worstStatus)), qPrintable(tile->accessibleName()));
        QVERIFY2(tile->accessibleDescription().contains(formatScore(worstScore)), qPrintable(tile->accessibleDescription()));

        press(Qt::Key_Return);
        QCOMPARE(window.location().level, Level::Goal);
        QCOMPARE(window.location().code, worstGoal);
        QCOMPARE(window.pages()->currentWidget(), window.scorecard());

        // Opened from a tile, the goal's table has the keys (its frame shows it), not the filter above it.
        QTableView *table = window.scorecard()->table();
        QCOMPARE(focused(), table);
        const QString worstObjective = worstRow(table, Level::Objective);
        QVERIFY(!worstObjective.isEmpty());
        arrowTo(table, worstObjective);
        press(Qt::Key_Return);
        QCOMPARE(window.location().level, Level::Objective);
        QCOMPARE(window.location().code, worstObjective);

        QCOMPARE(focused(), table);
        const QString worstMeasure = worstRow(table, Level::Measure);
        QVERIFY(!worstMeasure.isEmpty());
        QCOMPARE(Status(table->model()->index(rowOf(table, worstMeasure), 0).data(StatusRole).toInt()),
                 Status::OffTrack);
        arrowTo(table, worstMeasure);
        press(Qt::Key_Return);
        QCOMPARE(window.location().level, Level::Measure);
        QCOMPARE(window.location().code, worstMeasure);
        MeasurePanel *page = window.measurePage();
        QCOMPARE(window.pages()->currentWidget(), page);
        QVERIFY2(page->statusLine()->text().contains(QLatin1String("Off track")), qPrintable(page->statusLine()->text()));

        // Tab reaches the tabs' bar; the Commentary tab is chosen there with the arrows.
        QTabBar *bar = page->tabs()->tabBar();
        QVERIFY(!tabUntil([&](QWidget *w) { return w == bar; }).isEmpty());
        for (int i = 0; i < page->tabs()->count() && page->tabs()->currentIndex() != 0; ++i)
            press(Qt::Key_Left);
        QCOMPARE(page->tabs()->tabText(page->tabs()->currentIndex()).remove(QLatin1Char('&')),
                 QStringLiteral("Commentary"));
        // The next stops lead into what the owners wrote, not back round the window.
        CommentaryList *comments = page->commentaryList();
        QVERIFY2(comments->count() > 0, qPrintable(worstMeasure));
        QLabel *firstComment = comments->bodyLabel(0);
        const QList<QWidget *> intoComments = tabUntil([&](QWidget *w) { return w == firstComment; }, 4);
        QVERIFY2(!intoComments.isEmpty(), "the first comment is not within four Tab presses of the tab bar");
        QVERIFY(onScreen(firstComment));
        QCOMPARE(firstComment->grab().toImage().pixelColor(1, firstComment->height() / 2),
                 firstComment->palette().highlight().color()); // its focus ring
        QVERIFY(firstComment->text().size() > 20);
        QVERIFY(comments->headingLabel(0)->text().contains(QStringLiteral(" \u00b7 ")));

        // Back, one level at a time, to the overview.
        const Level expected[] = {Level::Objective, Level::Goal, Level::Citywide};
        for (Level level : expected) {
            press(Qt::Key_Left, Qt::AltModifier);
            QCOMPARE(window.location().level, level);
            QVERIFY2(onScreen(focused()), qPrintable(describe(focused())));
        }
        QCOMPARE(window.pages()->currentWidget(), window.overview());
    }

    // As main() does it: the database is opened before the window is shown and
    // read while it appears, here while another window is active (a window
    // manager may activate it late). The keys still start on the worst goal.
    void startedLikeMain_theKeysStartOnTheWorstGoal()
    {
        QWidget elsewhere;
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        MainWindow window;
        window.resize(1280, 800);
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        QVERIFY(window.openDatabase(m_demo, true).isEmpty());
        window.show();
        elsewhere.activateWindow(); // the platform may have activated the new window: not yet
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QVERIFY(shown.wait(20000) || !shown.isEmpty());
        QTest::qWait(100);
        QWidget *worst = window.overview()->tiles().front();
        QCOMPARE(window.focusWidget(), worst); // what gets the keys once the window is active
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(focused(), worst);
    }

    // Arrows move through the tiles as they are drawn (three to a row for the
    // demo's six goals); at an edge the focus stays.
    void overview_arrowsMoveBetweenTiles()
    {
        MainWindow window;
        QVERIFY(openDemo(window));
        const std::vector<GoalTile *> &tiles = window.overview()->tiles();
        QCOMPARE(int(tiles.size()), 6);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(tiles[0]));
        press(Qt::Key_Right);
        QCOMPARE(focused(), static_cast<QWidget *>(tiles[1]));
        press(Qt::Key_Down);
        QCOMPARE(focused(), static_cast<QWidget *>(tiles[4]));
        press(Qt::Key_Down); // the last row: stays
        QCOMPARE(focused(), static_cast<QWidget *>(tiles[4]));
        press(Qt::Key_Left);
        press(Qt::Key_Up);
        QCOMPARE(focused(), static_cast<QWidget *>(tiles[0]));
        QCOMPARE(window.location().level, Level::Citywide); // moving opened nothing
    }

    // Down in the Find box goes into the tree; Ctrl+Tab there shows the other
    // tree without opening anything in it.
    void navigation_findBoxDownAndTreeTabs_openNothing()
    {
        MainWindow window;
        QVERIFY(openDemo(window));
        window.navigateTo({Level::Measure, QStringLiteral("PD-01")});
        QLineEdit *find = window.navigation()->searchBox();
        find->setFocus(Qt::ShortcutFocusReason);
        press(Qt::Key_Down);
        QCOMPARE(focused(), static_cast<QWidget *>(window.navigation()->goalTree()));
        press(Qt::Key_Tab, Qt::ControlModifier);
        QTRY_VERIFY(window.navigation()->departmentTree()->isVisible());
        QCOMPARE(window.location().level, Level::Measure);
        QCOMPARE(window.location().code, QStringLiteral("PD-01"));
        QCOMPARE(window.pages()->currentWidget(), window.measurePage());
    }

    // The Fusion style draws a focused table, tree or chart just like an
    // unfocused one; each of these draws a frame in the highlight colour.
    void everyViewShowsWhenItHasTheFocus()
    {
        MainWindow window;
        QVERIFY(openDemo(window));
        MeasurePanel *page = showBreakdownOf(window, QStringLiteral("PD-01"));
        const QList<QAbstractScrollArea *> views{page->chart()->chartView(), page->breakdown()->chartView(),
                                                 page->breakdown()->table(), window.navigation()->goalTree(),
                                                 page->about(), page->initiatives()};
        for (QAbstractScrollArea *view : views) {
            if (page->tabs()->indexOf(view) >= 0) // a tab's own view: shown first
                page->tabs()->setCurrentWidget(view);
            QVERIFY2(onScreen(view), qPrintable(describe(view)));
            const QColor highlight = view->palette().color(QPalette::Highlight);
            const QPoint leftEdge(0, view->height() / 2);
            window.navigation()->searchBox()->setFocus(); // somewhere else
            QTest::qWait(20);
            QVERIFY2(view->grab().toImage().pixelColor(leftEdge) != highlight, qPrintable(describe(view)));
            view->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(focused(), static_cast<QWidget *>(view));
            QCOMPARE(view->grab().toImage().pixelColor(leftEdge), highlight);
        }
    }

    // From the tab bar, Tab goes all the way round the window and comes back,
    // every stop on screen, the breakdown's table passed through, not a trap.
    void measurePage_tabCyclesWithoutATrap()
    {
        MainWindow window;
        QVERIFY(openDemo(window));
        MeasurePanel *page = showBreakdownOf(window, QStringLiteral("PD-01"));
        QTabBar *bar = page->tabs()->tabBar();
        bar->setFocus(Qt::TabFocusReason);
        QCOMPARE(focused(), bar);
        const QList<QWidget *> round = tabUntil([&](QWidget *w) { return w == bar; }, 80);
        QVERIFY2(!round.isEmpty(), "Tab never came back to the measure page's tabs");
        QStringList names;
        for (QWidget *stop : round)
            names << describe(stop);
        QVERIFY2(round.contains(page->breakdown()->table()), qPrintable(names.join(QLatin1Char('\n'))));
        QVERIFY2(round.count(page->breakdown()->table()) == 1, qPrintable(names.join(QLatin1Char('\n'))));
        QVERIFY2(round.size() < 40, qPrintable(names.join(QLatin1Char('\n'))));
        // Round the whole window: the navigation's search box on the way, not a loop within the page.
        QVERIFY2(round.contains(window.navigation()->searchBox()), qPrintable(names.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(KeyboardWalkTest)
#include "tst_keyboardwalk.moc"
