// Taking an offline copy: a new SQLite file holding one scope of a city as one
// edition sees it (docs/offline.md). The structure is cut with restrictTo()
// before anything is read, so that a measure the edition may not see leaves
// no trace in the copy: no name, code, figure, target, comment or dataset.
#pragma once

#include "audience.h"
#include "kpistore.h"
#include "scorecard.h"

#include <functional>

namespace civicstat {

struct SnapshotRequest {
    QString output; // the copy's file: written beside it, renamed into place when complete
    Scope scope;
    Edition edition;
    QString holder; // who takes it (accountFullName(), else the login)
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

// A message for a scope code the city does not have; empty when it has it.
QString unknownScopeMessage(const Structure &structure, const Scope &scope);

// "citywide", "goal:SAFE", "objective:SAFE.1", "dept:PD"
QString scopeText(const Scope &scope);

// The source's location as a copy remembers it: a file's absolute path, a
// server address without its password.
QString locationWithoutSecrets(const QString &location);

// Throws StoreError: InvalidData for an unknown scope or classified code, Io
// (and other kinds) when the copy cannot be written, Cancelled. On any error
// no file is left at or beside `request.output`.
SnapshotSummary takeSnapshot(const KpiStore &source, const SnapshotRequest &request);

} // namespace civicstat
