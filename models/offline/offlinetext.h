// What an offline copy says about itself: the banner above the window's
// content, and the note a conflicting comment is sent back with.
#pragma once

#include "offlinecopy.h"

#include <QDate>
#include <QString>

namespace civicstat {

// "Offline copy of city.db, data as of 2026-09-30, 12 days old": a file by its
// name, a server by its address; the age is counted from the data's as-of date
// to `today` ("1 day old", "today").
QString offlineBannerText(const OfflineCopyStamp &stamp, QDate today);

// "Taken from /data/city.db": where the copy came from, whole (the banner's tooltip).
QString offlineSourceText(const OfflineCopyStamp &stamp);

// "3 comments to send back", "1 comment to send back", empty for none.
QString pendingCommentsText(int pending);

// The line put before an offline edit that someone changed at the source
// meanwhile, when both are kept: "[Written offline; conflicts with a change
// made at the source after 2026-10-02 to the comment by Ana Ruiz]".
QString conflictNote(const OfflineCopyStamp &stamp, const std::optional<Commentary> &atSource);

} // namespace civicstat
