// What the main window's tests share: opening a database and waiting until its
// first scorecard is on screen (the snapshot is read on a worker thread).
#pragma once

#include "mainwindow.h"

#include <QSignalSpy>

namespace civicstat::windowtest {

// False when the window refused the database or showed nothing within 30 s.
inline bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    if (!window.openDatabase(path, true).isEmpty())
        return false;
    return shown.wait(30000);
}

} // namespace civicstat::windowtest
