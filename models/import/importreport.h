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
// What a plan would import, for the wizard's check page: "1307 rows read: 6495
// figures and 1956 targets for 685 measures (685 new), in 188 objectives, 37
// departments and 7 goals." Counts of nothing are left out.
QString plannedSentence(const ImportPlan &plan, const MappedImportCounts *counts);

// What the check page warns of before an import that has no problems but will
// not score as the user may expect: measures by member only, measures without a
// target; each with its count and what it means on screen. Empty: nothing to warn of.
QStringList plannedWarnings(const MappedImportCounts &counts);

// A count in the phrase of its number: countPhrase(2, tr("%1 figure"), tr("%1 figures"))
// is "2 figures". Whole phrases, so that a translation can place the number.
QString countPhrase(qint64 n, const QString &one, const QString &many);

} // namespace civicstat
