// Taking an offline copy: a new SQLite file holding one scope of a city as one
// edition sees it (docs/offline.md). The structure is cut with restrictTo()
// before anything is read, so that a measure the edition may not see leaves
// no trace in the copy: no name, code, figure, target, comment or dataset.
#pragma once

#include "audience.h"
#include "kpistore.h"
#include "scorecard.h"
#include "sealingcost.h"

#include <functional>

namespace civicstat {

struct SnapshotRequest {
    QString output; // the copy's file: written beside it, renamed into place when complete
    Scope scope;
    Edition edition;
    QString holder; // who takes it (accountFullName(), else the login)
    // Seals the copy (docs/offline-encryption.md); required when it holds anything
    // not public (mustBeSealed), optional for a public one.
    QString passphrase;
    SealingCost sealingCost = SealingCost::standard();
    // Called as measures are copied; returning false cancels (nothing is left behind).
    std::function<bool(int measuresDone, int measuresTotal)> progress;
};

struct SnapshotSummary {
    int measures = 0;
    int hiddenInScope = 0; // measures of the scope the edition leaves out
    qint64 figures = 0;
    int comments = 0;
    OfflineCopyStamp stamp;
};

// The structure a copy of `scope` holds for `edition`: the edition's measures
// under the scope, and the goals, objectives and departments above them.
// Throws StoreError(InvalidData) for an unknown scope code or classified code.
struct ScopedStructure {
    Structure structure;
    int hiddenInScope = 0;
};
ScopedStructure snapshotStructure(const Structure &whole, const Scope &scope, const Edition &edition);

// A copy of an edition that shows anything not public is encrypted at rest:
// whoever finds the laptop must not read internal figures.
bool mustBeSealed(const Edition &edition);

// "citywide", "goal:SAFE", "objective:SAFE.1", "dept:PD"
QString scopeText(const Scope &scope);

// The source's location as a copy remembers it: a file's absolute path, a
// server address without its password.
QString locationWithoutSecrets(const QString &location);

// Throws StoreError: InvalidData for an unknown scope or classified code,
// PassphraseNeeded for an edition that must be sealed but has no passphrase, Io
// (and other kinds) when the copy cannot be written, Cancelled. On any error
// no file is left at or beside `request.output`.
SnapshotSummary takeSnapshot(const KpiStore &source, const SnapshotRequest &request);

} // namespace civicstat
