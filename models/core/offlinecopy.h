// What an offline copy of a KPI database remembers about itself (its stamp),
// and what travels between the copy and its source when the holder's comments
// are sent back (docs/offline.md). Value types only: models/offline holds the
// rules, the stores hold the rows.
#pragma once

#include "domain.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace civicstat {

// Written once, when the copy is taken.
struct OfflineCopyStamp {
    QString source;      // the source's location, never with a password
    QString scope;       // "citywide", "goal:SAFE", "dept:PD"
    QString audience;    // "public", "internal"
    QStringList includedClassified; // confidential or restricted codes asked for by name
    QString holder;      // who took it: the account's full name, else its login
    std::optional<QDate> dataAsOf; // of the measures the copy holds
    QDateTime takenAt;   // UTC
};

// A comment in the copy that differs from what was copied (or last sent).
struct PendingComment {
    enum class Kind { Written, Edited, Removed };
    Kind kind = Kind::Written;
    Id localId = 0;  // the comment's id in the copy
    Id sourceId = 0; // its id at the source (0 for one written offline)
    QString measureCode;
    QString period;
    QString author;
    QDateTime writtenAt;
    QString body;     // as it is now in the copy (empty when removed)
    QString baseBody; // what the source held when it was copied or last sent (empty when written offline)
};

// One pending comment as the source receives it.
struct CommentaryToSend {
    PendingComment comment;
    // The body a conflicting edit is appended with, given what the source holds
    // now (nullopt: the source's comment was removed since).
    std::function<QString(const std::optional<Commentary> &atSource)> conflictBody;
};

struct CommentarySendOutcome {
    enum class Result {
        Appended,     // a comment written offline, added
        Updated,      // an offline edit of a comment nobody changed at the source
        Removed,      // an offline removal of a comment nobody changed at the source
        AlreadyGone,  // removed offline and at the source: nothing to do
        Conflict,     // changed at both ends: the offline text added beside the source's
        KeptAtSource, // removed offline, but changed at the source since: kept there
        MeasureGone   // the measure is no longer at the source: not sent, still pending
    };
    Result result = Result::Appended;
    Id localId = 0;
    Id sourceId = 0;                       // the comment at the source the copy now corresponds to
    std::optional<Commentary> atSource;    // for a conflict: what the source held
    QString sentBody;                      // the copy's text that was sent (the copy's new starting point)
    QString sourceBody;                    // what the source holds now for sourceId
    bool sent() const { return result != Result::MeasureGone; }
};

} // namespace civicstat
