#include "mainwindow.h"

#include "appsettings.h"
#include "overviewpanel.h"
#include "scorecard.h"
#include "sqlitekpistore.h"
#include "storeerror.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace civicstat {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_overview(new OverviewPanel(this))
{
    setCentralWidget(m_overview);
    setWindowTitle(tr("CivicStat"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open database..."), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a CivicStat KPI database (.db)"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CivicStat"), this, &MainWindow::showAbout);

    if (!restoreGeometry(appsettings::windowGeometry()))
        resize(980, 640);
    restoreState(appsettings::windowState());
}

MainWindow::~MainWindow() = default;

QString MainWindow::openDatabase(const QString &path, bool quiet)
{
    try {
        auto store = SqliteKpiStore::open(path);
        const Scorecard card = loadScorecard(*store, QString(), Scope{});
        m_overview->showScorecard(card);
        m_store = std::move(store);
        setWindowTitle(tr("%1 - CivicStat").arg(QFileInfo(path).fileName()));
        const auto readOnly = m_store->readOnlyReason();
        statusBar()->showMessage(readOnly ? *readOnly : tr("Showing %1").arg(QDir::toNativeSeparators(path)));
        appsettings::setLastDatabase(path);
        return {};
    } catch (const StoreError &error) {
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot open the database"), error.message());
        return error.message();
    }
}

void MainWindow::chooseDatabase()
{
    const QString start = m_store ? QFileInfo(m_store->location()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a CivicStat database"), start,
                                                      tr("CivicStat databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CivicStat"),
                       tr("<h3>CivicStat %1</h3><p>Performance management for city governments: goals, "
                          "objectives and measures, on track or not, at a glance.</p><p>Licensed under the GNU "
                          "General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    appsettings::setWindowGeometry(saveGeometry());
    appsettings::setWindowState(saveState());
    event->accept();
}

} // namespace civicstat
