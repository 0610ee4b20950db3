// The report of an import, for people (a summary line) and for scripts (JSON
// with counts, every problem and every refused value). It describes a plan
// and, when it was written, what the store did; it writes nothing itself.
#pragma once

#include "mappedimport.h"

#include <QByteArray>

namespace civicstat {

struct ImportOutcome {
    QString fileName;
    QString mappingName; // empty: a canonical file
    bool dryRun = false;
    bool written = false;
    ImportSummary summary; // when written
};

QByteArray importReportJson(const ImportPlan &plan, const MappedImportCounts *counts, const ImportOutcome &outcome);
QString importSummaryLine(const ImportPlan &plan, const MappedImportCounts *counts, const ImportOutcome &outcome);

} // namespace civicstat
