// Notices what other windows and programs commit to the open database and
// announces it through the change notifier. It looks when the file changes on
// disk and, because a network share may never say so, once a second: a cheap
// counter (SQLite's PRAGMA data_version) tells whether anyone else wrote, and
// the store's change log tells what. The window's own writes are announced by
// its undo commands, so they are not announced again here.
#pragma once

#include "changenotifier.h"
#include "kpistore.h"

#include <QFileSystemWatcher>
#include <QTimer>

namespace civicstat {

class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int pollMilliseconds = 1000;

    ChangeWatcher(const KpiStore &store, ChangeNotifier &notifier, QObject *parent = nullptr);
    // Looks now; the timer and the file watcher call it too.
    void check();

private:
    const KpiStore &m_store;
    ChangeNotifier &m_notifier;
    qint64 m_counter = 0;
    qint64 m_lastChangeId = 0;
    QFileSystemWatcher m_file;
    QTimer m_poll;
};

} // namespace civicstat
