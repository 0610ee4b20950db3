// The window's menus and its navigation toolbar: every command with its keys
// and status tip, wired to the MainWindow slot that does it.
#include "mainwindow.h"

#include "appsettings.h"
#include "commentauthor.h"
#include "navigationpanel.h"
#include "periodselector.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace civicstat {

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New database..."), this, &MainWindow::newDatabase);
    create->setShortcut(QKeySequence::New);
    create->setStatusTip(tr("Start an empty KPI database for your city, then import its measures and figures"));
    QAction *open = file->addAction(tr("&Open database..."), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a CivicStat KPI database (.db)"));
    QAction *openServer = file->addAction(tr("Open &server database..."), this, &MainWindow::chooseServerDatabase);
    openServer->setStatusTip(tr("Open a CivicStat database shared on a PostgreSQL server"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Open the &demo city"), this, [this] { openDemoCity(); })
        ->setStatusTip(tr("Riverton, a fictional city with made-up figures, to try CivicStat on"));
    fillRecentMenu();
    QAction *reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);
    reloadAction->setStatusTip(tr("Read the database again (it also reloads by itself when the file changes)"));
    QAction *import = file->addAction(tr("&Import figures..."), this, &MainWindow::importFigures);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Bring in a CSV or XLSX file, checked first, all or nothing"));
    QAction *undoImport = file->addAction(tr("Undo the last &import..."), this, &MainWindow::undoLastImport);
    undoImport->setStatusTip(tr("Take back the latest import: its figures go, the ones it replaced come back"));
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export scorecard..."), this, &MainWindow::exportScorecard);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Save the scorecard on screen as an Excel workbook or a CSV file, internal or public"));
    QAction *takeOfflineAction = file->addAction(tr("&Take offline..."), this, &MainWindow::takeOffline);
    takeOfflineAction->setStatusTip(tr("Write a copy of part of the city to take where there is no network, holding "
                                       "only what its audience may see"));
    QAction *briefing = file->addAction(tr("&Briefing book..."), this, [this] { openBriefingBuilder(false); });
    briefing->setStatusTip(tr("Preview a briefing book for council or the public, then print it or save it as PDF"));
    QAction *printBriefing = file->addAction(tr("&Print a briefing..."), this, [this] { openBriefingBuilder(true); });
    printBriefing->setShortcut(QKeySequence::Print);
    printBriefing->setStatusTip(tr("The briefing book builder, ready to print"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find..."), this, [this] {
        m_navigation->searchBox()->setFocus();
        m_navigation->searchBox()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *settings = edit->addAction(tr("City &settings..."), this, &MainWindow::editCitySettings);
    settings->setStatusTip(tr("Name, fiscal year, tolerance, score cap and at-risk threshold"));
    QAction *signature = edit->addAction(tr("Your &name for comments..."), this, [this] {
        const auto known = authorWithoutAsking({appsettings::commentAuthor(), accountFullName()});
        askCommentAuthor(this, known.value_or(accountLoginName()));
    });
    signature->setStatusTip(tr("The name your comments are signed with"));
    m_needDatabase = {reloadAction, import, undoImport, exportAction, settings, briefing, printBriefing, takeOfflineAction};
    for (QAction *action : m_needDatabase)
        action->setEnabled(false);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_backAction = go->addAction(tr("&Back"), this, &MainWindow::goBack);
    // Alt+Left/Right everywhere, plus the platform's own Back/Forward keys when they differ:
    // the same key twice would make the shortcut ambiguous and do nothing.
    const auto withPlatformKey = [](QKeySequence own, QKeySequence::StandardKey platform) {
        QList<QKeySequence> keys{own};
        for (const QKeySequence &key : QKeySequence::keyBindings(platform)) {
            if (!keys.contains(key))
                keys << key;
        }
        return keys;
    };
    m_backAction->setShortcuts(withPlatformKey(QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back));
    m_forwardAction = go->addAction(tr("&Forward"), this, &MainWindow::goForward);
    m_forwardAction->setShortcuts(withPlatformKey(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward));
    go->addAction(tr("&Citywide overview"), this, [this] { navigateTo({Level::Citywide, QStringLiteral("CITY")}); })
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    QToolBar *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    m_backAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forwardAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_backAction->setToolTip(tr("Back (Alt+Left)"));
    m_forwardAction->setToolTip(tr("Forward (Alt+Right)"));
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_forwardAction);
    // The period on the toolbar's spare room, so that the path has the page's width for its names.
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_periodSelector);
    toolbar->setMovable(false); // the selector needs a horizontal bar, and must not be hidden with it
    toolbar->toggleViewAction()->setVisible(false);
    updateHistoryActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&How to read CivicStat"), this, &MainWindow::showGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("The screens, what a status and a score mean, periods, and every key"));
    help->addAction(tr("&About CivicStat"), this, &MainWindow::showAbout);
}

} // namespace civicstat
