// Sending the comments written in an offline copy back to its source
// (docs/offline.md): appended, never overwriting what others wrote meanwhile;
// an edit of a comment someone changed at the source is a conflict, and both
// texts are kept. All in one transaction at the source; the copy marks them
// sent only after the source committed, so a failed sync loses nothing.
#pragma once

#include "kpistore.h"

#include <functional>
#include <memory>

namespace civicstat {

struct SyncReport {
    QString source;
    int appended = 0;
    int updated = 0;
    int removed = 0;
    int conflicts = 0;
    int keptAtSource = 0; // removed offline, changed at the source: kept there
    int notSent = 0;      // their measure is gone from the source: still pending
    QStringList details;  // one line per conflict, kept comment or comment not sent

    int sent() const { return appended + updated + removed + conflicts + keptAtSource; }
    QString summary() const; // "Sent 3 comments to SOURCE: 1 added, 1 updated, 1 conflict (both kept)."
};

using StoreOpener = std::function<std::unique_ptr<KpiStore>(const QString &location)>;

// Throws StoreError: InvalidData when `copy` is no offline copy, ReadOnly when
// it cannot be written, and whatever opening or writing the source throws
// (Missing, ReadOnly, Busy, Io): then nothing was sent and nothing marked.
SyncReport sendOfflineComments(KpiStore &copy, const StoreOpener &openSource);

} // namespace civicstat
