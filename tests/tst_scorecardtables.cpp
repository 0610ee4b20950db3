// The scorecard tables, the path and the period buttons on a laptop, offscreen
// at 1024x700 and 1280x800, on the demo city and Baltimore's workbook (long
// measure names): the name column shows its names whole up to a limit and no
// two read the same; the owner and the date give way first and come back from
// the Columns menu; tables open worst first; a sort chosen on a header is
// remembered; Back selects the row the user came from; the path shows each
// step whole or as "…"; the period arrows stay under the pointer.
#include "appsettings.h"
#include "breadcrumbbar.h"
#include "columnfit.h"
#include "democity.h"
#include "importfile.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "windowfixtures.h"
#include "periodselector.h"
#include "scorecardpanel.h"
#include "scorecardtablemodel.h"
#include "storefactory.h"

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace civicstat;
using windowtest::openAndWait;

namespace {

// The objective whose measures' names are widest in `font`.
QString objectiveWithLongestNames(const Structure &structure, const QFontMetrics &metrics)
{
    QString code;
    int widest = 0;
    for (const Measure &m : structure.measures) {
        if (metrics.horizontalAdvance(m.name) <= widest)
            continue;
        widest = metrics.horizontalAdvance(m.name);
        for (const Objective &o : structure.objectives) {
            if (o.id == m.objectiveId)
                code = o.code;
        }
    }
    return code;
}

// The room the view's delegate leaves for a cell's text.
int textRoom(const QTableView *table, int column)
{
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    return table->horizontalHeader()->sectionSize(column) - 2 * margin;
}

} // namespace

class ScorecardTablesTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_baltimore;

    bool show(MainWindow &window, const QString &db, QSize size)
    {
        window.resize(size);
        window.show();
        return QTest::qWaitForWindowExposed(&window) && openAndWait(window, db);
    }

    QString database(const QString &name) const { return name == QLatin1String("demo") ? m_demo : m_baltimore; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appsettings::setScorecardSort(-1, Qt::AscendingOrder);
        appsettings::setScorecardColumns({});
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        writeDemoCity(m_demo, DemoOptions{});
        m_baltimore = m_dir.filePath(QStringLiteral("baltimore.db"));
        const QString mappingPath = QStringLiteral(CIVICSTAT_DOCS "/examples/baltimore.mapping.json");
        QString problem;
        const auto json = readMappingFile(mappingPath, &problem);
        QVERIFY2(json, qPrintable(problem));
        const auto mapping = ImportMapping::fromJson(*json, mappingPath, &problem);
        QVERIFY2(mapping, qPrintable(problem));
        auto store = openStore(m_baltimore, StoreOpenMode::CreateIfMissing);
        const MappedImportPlan plan =
            planImportFile(QStringLiteral(CIVICSTAT_REAL_DATA "/baltimore-performance-measures/Performance_Data.xlsx"),
                           mapping, store->structure(), store->citySettings(), DuplicatePolicy::Replace);
        QVERIFY(plan.ok());
        store->applyImport(plan.batch);
    }

    void init()
    {
        appsettings::setScorecardSort(-1, Qt::AscendingOrder);
        appsettings::setScorecardColumns({});
    }

    void columnsToHide_theLeastNeededGiveWayFirst()
    {
        const QList<GivingWayColumn> givingWay{{9, 170}, {8, 90}, {6, 100}};
        QCOMPARE(columnsToHide(1100, 400, 300, givingWay), QList<int>{});
        QCOMPARE(columnsToHide(950, 400, 300, givingWay), QList<int>{9});
        QCOMPARE(columnsToHide(850, 400, 300, givingWay), (QList<int>{9, 8}));
        QCOMPARE(columnsToHide(600, 400, 300, givingWay), (QList<int>{9, 8, 6}));
    }

    void laptops_data()
    {
        QTest::addColumn<QString>("city");
        QTest::addColumn<QSize>("size");
        for (const char *city : {"demo", "baltimore"}) {
            QTest::addRow("%s 1024x700", city) << QString::fromLatin1(city) << QSize(1024, 700);
            QTest::addRow("%s 1280x800", city) << QString::fromLatin1(city) << QSize(1280, 800);
        }
    }

    void nameColumn_showsNamesWhole_andNoTwoAlike_data() { laptops_data(); }
    void nameColumn_showsNamesWhole_andNoTwoAlike()
    {
        QFETCH(QString, city);
        QFETCH(QSize, size);
        MainWindow window;
        QVERIFY(show(window, database(city), size));
        QTableView *table = window.scorecard()->table();
        const QString objective = objectiveWithLongestNames(window.snapshot()->structure(), table->fontMetrics());
        window.navigateTo({Level::Objective, objective});
        QTest::qWait(50);
        QVERIFY(table->isVisible());
        const int room = textRoom(table, ScorecardTableModel::NameColumn);
        const int limit = window.scorecard()->nameColumnLimit();
        QSet<QString> drawn;
        int longest = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString name = table->model()->index(row, ScorecardTableModel::NameColumn).data().toString();
            const QString tooltip = table->model()->index(row, ScorecardTableModel::NameColumn).data(Qt::ToolTipRole).toString();
            QVERIFY2(tooltip.contains(name), qPrintable(tooltip)); // the full name, however it is drawn
            const int width = table->fontMetrics().horizontalAdvance(name);
            longest = std::max(longest, width);
            const QString elided = table->fontMetrics().elidedText(name, Qt::ElideMiddle, room);
            if (width <= limit)
                QVERIFY2(elided == name, qPrintable(QStringLiteral("%1 drawn as %2 in %3 px").arg(name, elided).arg(room)));
            QVERIFY2(!drawn.contains(elided), qPrintable(elided));
            drawn.insert(elided);
        }
        qInfo("%s: name column %d px for names up to %d px (limit %d); owner %s", qPrintable(objective),
              table->horizontalHeader()->sectionSize(ScorecardTableModel::NameColumn), longest, limit,
              table->isColumnHidden(ScorecardTableModel::OwnerColumn) ? "hidden" : "shown");
        QVERIFY(room >= std::min(longest, limit - 8));
        QVERIFY(!table->isColumnHidden(ScorecardTableModel::StatusColumn));
        QVERIFY(!table->isColumnHidden(ScorecardTableModel::ScoreColumn));
        if (size.width() >= 1280)
            QVERIFY(!table->horizontalScrollBar()->isVisible());
    }

    void hiddenColumns_comeBackFromTheColumnsMenu()
    {
        MainWindow window;
        QVERIFY(show(window, m_baltimore, QSize(1024, 700)));
        QTableView *table = window.scorecard()->table();
        window.navigateTo({Level::Objective, objectiveWithLongestNames(window.snapshot()->structure(), table->fontMetrics())});
        QTest::qWait(50);
        QVERIFY(table->isColumnHidden(ScorecardTableModel::OwnerColumn)); // it gave way, and the button says so
        QToolButton *button = window.scorecard()->columnsButton();
        QVERIFY2(button->text().contains(QLatin1String("hidden")), qPrintable(button->text()));
        QVERIFY2(button->toolTip().contains(QLatin1String("Owner")), qPrintable(button->toolTip()));
        QMenu *menu = window.scorecard()->columnsButton()->menu();
        emit menu->aboutToShow();
        QAction *owner = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QLatin1String("Owner"))
                owner = action;
        }
        QVERIFY(owner && !owner->isChecked());
        owner->trigger();
        QVERIFY(!table->isColumnHidden(ScorecardTableModel::OwnerColumn));
        QVERIFY2(!button->toolTip().contains(QLatin1String("Owner")), qPrintable(button->toolTip()));
        QCOMPARE(appsettings::scorecardColumns().value(QString::number(ScorecardTableModel::OwnerColumn)), QVariant(true));
    }

    void tables_openWorstFirst()
    {
        MainWindow window;
        QVERIFY(show(window, m_demo, QSize(1280, 800)));
        const Structure &structure = window.snapshot()->structure();
        QTableView *table = window.scorecard()->table();
        int tablesWithOffTrack = 0;
        for (const Goal &goal : structure.goals) {
            window.navigateTo({Level::Goal, goal.code});
            QList<int> statuses;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                statuses << table->model()->index(row, 0).data(StatusRole).toInt();
            if (statuses.contains(int(Status::OffTrack))) {
                ++tablesWithOffTrack;
                QCOMPARE(statuses.first(), int(Status::OffTrack));
            }
            QCOMPARE(table->currentIndex().row(), 0); // nowhere to come back to: the worst row
            const auto scoreOf = [&](int row) { return table->model()->index(row, 0).data(ScoreRole); };
            for (int row = 1; row < statuses.size(); ++row) {
                if (statuses[row] == statuses[row - 1] && scoreOf(row).isValid() && scoreOf(row - 1).isValid())
                    QVERIFY(scoreOf(row - 1).toDouble() <= scoreOf(row).toDouble());
            }
        }
        QVERIFY(tablesWithOffTrack > 0);
    }

    // From the filter box, Down goes into the table and Enter opens the selected row; the summary counts
    // every measure in words that agree in number.
    void filter_downEntersTheTable_enterOpensTheSelectedRow()
    {
        MainWindow window;
        QVERIFY(show(window, m_demo, QSize(1280, 800)));
        window.navigateTo({Level::Goal, QStringLiteral("G1")});
        ScorecardPanel *page = window.scorecard();
        QVERIFY2(page->summary().contains(QLatin1String("without figures or target this month")), qPrintable(page->summary()));
        page->filter()->setFocus();
        QTest::keyClicks(page->filter(), QStringLiteral("fire"));
        QCOMPARE(page->table()->model()->rowCount(), 2);
        QTest::keyClick(page->filter(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), page->table());
        page->filter()->setFocus();
        const QString selected = page->table()->currentIndex().data(CodeRole).toString();
        QVERIFY(!selected.isEmpty());
        QTest::keyClick(page->filter(), Qt::Key_Return);
        QCOMPARE(window.location().level, Level::Objective);
        QCOMPARE(window.location().code, selected);
    }

    void sortChosenOnAHeader_isRemembered()
    {
        {
            MainWindow window;
            QVERIFY(show(window, m_demo, QSize(1280, 800)));
            window.navigateTo({Level::Goal, QStringLiteral("G1")});
            QTableView *table = window.scorecard()->table();
            QHeaderView *header = table->horizontalHeader();
            const int x = header->sectionViewportPosition(ScorecardTableModel::ScoreColumn) + 10;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
            QCOMPARE(header->sortIndicatorSection(), int(ScorecardTableModel::ScoreColumn));
            QCOMPARE(appsettings::scorecardSortColumn(), int(ScorecardTableModel::ScoreColumn));
            // Another level keeps it.
            window.navigateTo({Level::Objective, QStringLiteral("G1.2")});
            QCOMPARE(header->sortIndicatorSection(), int(ScorecardTableModel::ScoreColumn));
        }
        MainWindow again; // a restart
        QVERIFY(show(again, m_demo, QSize(1280, 800)));
        again.navigateTo({Level::Goal, QStringLiteral("G1")});
        QHeaderView *header = again.scorecard()->table()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(ScorecardTableModel::ScoreColumn));
        QCOMPARE(header->sortIndicatorOrder(), appsettings::scorecardSortOrder());
    }

    void back_selectsTheRowYouCameFrom_data() { laptops_data(); }
    void back_selectsTheRowYouCameFrom()
    {
        QFETCH(QString, city);
        QFETCH(QSize, size);
        MainWindow window;
        QVERIFY(show(window, database(city), size));
        // The goal with the most objectives, and the last of them: below the fold on Baltimore.
        QString goal;
        int most = 0;
        const Structure &structure = window.snapshot()->structure();
        for (const Goal &g : structure.goals) {
            const auto count = std::count_if(structure.objectives.begin(), structure.objectives.end(),
                                             [&](const Objective &o) { return o.goalId == g.id; });
            if (count > most) {
                most = int(count);
                goal = g.code;
            }
        }
        window.navigateTo({Level::Goal, goal});
        QTableView *table = window.scorecard()->table();
        const QModelIndex last = table->model()->index(table->model()->rowCount() - 1, ScorecardTableModel::NameColumn);
        const QString objective = last.data(CodeRole).toString();
        table->setCurrentIndex(last);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window.location().code, objective);
        QAction *back = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Left)))
                back = action;
        }
        QVERIFY(back);
        back->trigger();
        QCOMPARE(window.location().code, goal);
        QTest::qWait(50);
        QCOMPARE(table->currentIndex().data(CodeRole).toString(), objective);
        QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
        const QRect shown = table->visualRect(table->currentIndex());
        QVERIFY2(table->viewport()->rect().contains(shown), qPrintable(QStringLiteral("row at %1+%2 in %3, scroll %4/%5").arg(shown.y()).arg(shown.height()).arg(table->viewport()->height()).arg(table->verticalScrollBar()->value()).arg(table->verticalScrollBar()->maximum())));
        // From the objective's first measure, the goal's crumb in the path does the same.
        window.navigateTo({Level::Objective, objective});
        const QString measure = table->model()->index(0, 0).data(CodeRole).toString();
        window.navigateTo({Level::Measure, measure});
        QTest::qWait(50);
        auto *goalCrumb = qobject_cast<QAbstractButton *>(window.breadcrumb()->crumbWidgets().at(1));
        QVERIFY(goalCrumb);
        goalCrumb->click();
        QCOMPARE(window.location().code, goal);
        QTest::qWait(50);
        QCOMPARE(table->currentIndex().data(CodeRole).toString(), objective);
        QVERIFY(table->viewport()->rect().contains(table->visualRect(table->currentIndex())));
    }

    void path_showsEachStepWholeOrCollapsed_data() { laptops_data(); }
    void path_showsEachStepWholeOrCollapsed()
    {
        QFETCH(QString, city);
        QFETCH(QSize, size);
        MainWindow window;
        QVERIFY(show(window, database(city), size));
        BreadcrumbBar *bar = window.breadcrumb();
        // The measure with the longest name: the deepest, widest path.
        const Structure &structure = window.snapshot()->structure();
        const Measure *longest = &structure.measures.front();
        for (const Measure &m : structure.measures) {
            if (m.name.size() > longest->name.size())
                longest = &m;
        }
        window.navigateTo({Level::Measure, longest->code});
        QTest::qWait(50);
        const std::vector<Crumb> &path = bar->path();
        QCOMPARE(int(path.size()), 4);
        int wholeSteps = 0;
        QStringList drawn;
        for (std::size_t i = 0; i < path.size(); ++i) {
            QWidget *crumb = bar->crumbWidgets().at(i);
            const auto *button = qobject_cast<QToolButton *>(crumb);
            const auto *label = qobject_cast<QLabel *>(crumb);
            const QString text = button ? button->text() : label->text();
            drawn << text;
            const bool current = i + 1 == path.size();
            if (!current)
                QVERIFY2(text == path[i].name || text == BreadcrumbBar::collapsedText(), qPrintable(text));
            wholeSteps += text == path[i].name ? 1 : 0;
            // Never squeezed below what its text needs, nor past the bar's end.
            QVERIFY2(crumb->width() >= crumb->sizeHint().width(), qPrintable(text));
            QVERIFY2(crumb->geometry().right() <= bar->width(), qPrintable(text));
        }
        qInfo("%d px: %s", bar->width(), qPrintable(drawn.join(QStringLiteral(" > "))));
        QVERIFY(bar->toolTip().contains(path.back().name));
        QVERIFY(bar->accessibleName().contains(path[1].name));
        // The current step is whole whenever it fits beside "… › … › … ›".
        QVERIFY(wholeSteps >= 1 || bar->width() < bar->crumbWidgets().back()->fontMetrics().horizontalAdvance(path.back().name));
    }

    void periodArrows_stayPut_andThreeClicksGoBackThree()
    {
        MainWindow window;
        QVERIFY(show(window, m_demo, QSize(1024, 700)));
        PeriodSelector *selector = window.periodSelector();
        QToolButton *previous = selector->previousButton();
        const QRect before(previous->mapTo(&window, QPoint(0, 0)), previous->size());
        const Period start = selector->period();
        const QPoint centre = previous->rect().center();
        QSet<int> labelWidths{selector->fontMetrics().horizontalAdvance(PeriodSelector::labelText(start))};
        for (int click = 0; click < 3; ++click) {
            QSignalSpy shown(&window, &MainWindow::snapshotShown);
            QTest::mouseClick(previous, Qt::LeftButton, {}, centre);
            QVERIFY(shown.wait(20000));
            QCOMPARE(QRect(previous->mapTo(&window, QPoint(0, 0)), previous->size()), before);
            labelWidths.insert(selector->fontMetrics().horizontalAdvance(PeriodSelector::labelText(selector->period())));
        }
        QCOMPARE(selector->period(), start.shifted(-3));
        QCOMPARE(window.snapshot()->period(), start.shifted(-3));
        QVERIFY2(labelWidths.size() > 1, "the labels stepped through should differ in width");
    }
};

QTEST_MAIN(ScorecardTablesTest)
#include "tst_scorecardtables.moc"
