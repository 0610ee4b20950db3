// The Help menu: the reading guide, which explains the rules with the open
// city's settings and lists the keys the menus really have, and About.
#include "mainwindow.h"

#include "citysettings.h"
#include "readingguidedialog.h"
#include "scorecard.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>

namespace civicstat {

namespace {
// Every menu command with keys, in menu order: the list cannot promise a key
// the window does not have.
QList<ShortcutLine> menuShortcuts(const QMenuBar *menuBar)
{
    QList<ShortcutLine> lines;
    for (const QAction *menuAction : menuBar->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (const QAction *action : menu->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            QString what = action->text();
            what.remove(QLatin1Char('&'));
            if (what.endsWith(QLatin1String("...")))
                what.chop(3);
            lines.append({action->shortcut().toString(QKeySequence::NativeText), what});
        }
    }
    return lines;
}
} // namespace

void MainWindow::showGuide()
{
    if (!m_guide)
        m_guide = new ReadingGuideDialog(this);
    refreshGuide();
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::refreshGuide()
{
    if (m_guide)
        m_guide->setContent(m_snapshot ? m_snapshot->settings() : CitySettings{}, menuShortcuts(menuBar()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CivicStat"),
                       tr("<h3>CivicStat %1</h3><p>Performance management for city governments: goals, "
                          "objectives and measures, on track or not, at a glance.</p><p>Licensed under the GNU "
                          "General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace civicstat
