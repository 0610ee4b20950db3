#include "changewatcher.h"

#include "storeerror.h"

#include <QFileInfo>

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
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::check);
    m_poll.start(pollMilliseconds);
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
        // Busy or briefly unreadable (another program is writing): look again at the next tick.
    }
}

} // namespace civicstat
