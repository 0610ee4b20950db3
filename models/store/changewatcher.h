// Notices what other windows and programs commit to the open database and
// announces it through the change notifier. A cheap counter (SQLite's PRAGMA
// data_version, the server's newest change-log id) tells whether anyone else
// wrote, and the store's change log tells what. It looks when told to: on a
// file when the file changes on disk, on a server when the listening
// connection hears the change log's notification (LISTEN/NOTIFY); and, since
// a network share may never say so and a server may restart, on a timer as
// well. The window's own writes are announced by its undo commands, so they
// are not announced again here.
#pragma once

#include "changenotifier.h"
#include "kpistore.h"

#include <QFileSystemWatcher>
#include <QTimer>

class QSocketNotifier;

namespace civicstat {

class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    // While nothing tells of changes (a file; a server whose listening connection is lost).
    static constexpr int pollMilliseconds = 1000;
    // While a listening connection tells of every commit, the timer only has to
    // notice what a notification cannot: a server that went away (and whose
    // listener must be reopened). Five seconds keeps that prompt while asking a
    // shared server a fifth as often, per open window.
    static constexpr int listeningPollMilliseconds = 5000;

    ChangeWatcher(const KpiStore &store, ChangeNotifier &notifier, QObject *parent = nullptr);
    // Looks now; the timer, the file watcher and the listening socket call it too.
    void check();

    // Tests make the intervals long, so that only a notification can explain a prompt announcement.
    void setPollIntervals(int unheardMilliseconds, int listeningMilliseconds);
    bool isListening() const { return m_socketWatch != nullptr; }
    // Commits the listening connection has told of so far (one per transaction that logged a change).
    qint64 notificationsReceived() const { return m_notificationsReceived; }

private:
    void onNotification();
    void onTick();
    // Watches the store's current listening socket, if it has one; sets the timer's interval to match.
    void watchListeningSocket();

    const KpiStore &m_store;
    ChangeNotifier &m_notifier;
    qint64 m_counter = 0;
    qint64 m_lastChangeId = 0;
    qint64 m_notificationsReceived = 0;
    int m_unheardPoll = pollMilliseconds;
    int m_listeningPoll = listeningPollMilliseconds;
    QFileSystemWatcher m_file;
    QTimer m_poll;
    QSocketNotifier *m_socketWatch = nullptr; // a child; on the store's listening socket
};

} // namespace civicstat
