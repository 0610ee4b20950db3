#include "changewatcher.h"

#include "storeerror.h"

#include <QFileInfo>
#include <QSocketNotifier>

namespace civicstat {

ChangeWatcher::ChangeWatcher(const KpiStore &store, ChangeNotifier &notifier, QObject *parent)
    : QObject(parent), m_store(store), m_notifier(notifier)
{
    try {
        m_counter = m_store.changeCounter();
        m_lastChangeId = m_store.latestChangeId();
    } catch (const StoreError &) {
        // Unreadable for now (busy): the first look that succeeds announces a change, which reloads.
    }
    if (QFileInfo(m_store.location()).isFile())
        m_file.addPath(m_store.location());
    connect(&m_file, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        if (!m_file.files().contains(path) && QFileInfo::exists(path))
            m_file.addPath(path); // a file replaced by a rename drops out of the watch list
        check();
    });
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::onTick);
    m_store.listenForChanges();
    watchListeningSocket();
}

void ChangeWatcher::setPollIntervals(int unheardMilliseconds, int listeningMilliseconds)
{
    m_unheardPoll = unheardMilliseconds;
    m_listeningPoll = listeningMilliseconds;
    m_poll.start(isListening() ? m_listeningPoll : m_unheardPoll);
}

void ChangeWatcher::watchListeningSocket()
{
    const int socket = m_store.changeNotificationSocket();
    if (m_socketWatch && m_socketWatch->socket() != socket) {
        // Disabled at once, since a reopened connection may get the same
        // descriptor; deleted later, since this may run inside its own signal.
        m_socketWatch->setEnabled(false);
        m_socketWatch->deleteLater();
        m_socketWatch = nullptr;
    }
    if (!m_socketWatch && socket >= 0) {
        m_socketWatch = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        connect(m_socketWatch, &QSocketNotifier::activated, this, &ChangeWatcher::onNotification);
    }
    const int interval = isListening() ? m_listeningPoll : m_unheardPoll;
    if (!m_poll.isActive() || m_poll.interval() != interval)
        m_poll.start(interval);
}

void ChangeWatcher::onNotification()
{
    m_notificationsReceived += m_store.takeChangeNotifications();
    // A closed listening connection is readable too; it is dropped, and the timer takes over.
    if (!m_socketWatch || m_store.changeNotificationSocket() != m_socketWatch->socket())
        watchListeningSocket();
    check();
}

void ChangeWatcher::onTick()
{
    if (!isListening() && m_store.listenForChanges())
        watchListeningSocket();
    check();
}

void ChangeWatcher::check()
{
    try {
        const qint64 counter = m_store.changeCounter();
        if (counter == m_counter)
            return;
        m_counter = counter;
        const std::vector<StoreChange> changes = m_store.changesByOthersSince(m_lastChangeId);
        const qint64 latest = m_store.latestChangeId();
        if (changes.empty() && latest == m_lastChangeId) {
            // Someone wrote without a log entry (an older CivicStat, a hand edit):
            // what changed is unknown, so everything may have.
            m_notifier.announce(StoreChange{StoreChange::Kind::Unknown, 0, 0, true, 0});
        }
        m_lastChangeId = latest; // entries of this window's own session were announced when written
        for (const StoreChange &change : changes)
            m_notifier.announce(change);
    } catch (const StoreError &) {
        // Busy or briefly unreadable (another program is writing, a server restarting): look again at the next tick.
    }
}

} // namespace civicstat
