// What changed in a KPI database, as the change notifier announces it and the
// store's change log records it, so that screens refresh only what changed.
#pragma once

#include "domain.h"

#include <QMetaType>

namespace civicstat {

struct StoreChange {
    enum class Kind {
        Settings,     // the city's settings: every score may change
        Commentary,   // one measure's commentary (measureId)
        Import,       // an import's structure and figures (importId)
        ImportUndone, // an import taken back (importId)
        Unknown       // the database changed in a way no log entry describes
    };
    Kind kind = Kind::Unknown;
    Id measureId = 0;
    qint64 importId = 0;
    // Made by another window or program; false for this window's own edits.
    bool elsewhere = false;
    qint64 changeId = 0; // the store's change-log position, 0 when not logged

    bool needsWholeCity() const { return kind != Kind::Commentary; }
};

} // namespace civicstat

Q_DECLARE_METATYPE(civicstat::StoreChange)
