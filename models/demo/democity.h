// Writes the fictional demo city (democatalog.h) to a new KPI database:
// deterministic for a given scale and seed, with seasonal, noisy history,
// target changes, ratio and disaggregated measures, stale and missing series,
// neighbourhood boundaries, commentary, initiatives and datasets.
#pragma once

#include "kpistore.h"

#include <QDate>
#include <QString>
#include <functional>

namespace civicstat {

struct DemoOptions {
    enum class Scale { Demo, Large };
    Scale scale = Scale::Demo;
    quint64 seed = 2026;
    QDate lastMonth = QDate(2026, 9, 1); // fixed, so that the same seed gives the same file
};

struct DemoSummary {
    int measures = 0;
    qint64 observations = 0;
};

// Writes to a temporary file beside `path` and renames it into place at the
// end, so that an interrupted run leaves nothing half-written. Refuses to
// replace an existing file (StoreError::Kind::InvalidData).
// A postgresql:// address names an empty database on a server instead
// (set up by "civicstat server-init"), written in one transaction.
DemoSummary writeDemoCity(const QString &path, const DemoOptions &options);
// Writes the city into an open, empty store and completes its build.
DemoSummary writeDemoCityInto(KpiStore &store, const DemoOptions &options);

} // namespace civicstat
