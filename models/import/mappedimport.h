// Applies a mapping (importmapping.h) to a file as read (tabulardata.h) and
// plans the import: the structure it names and the observations and targets
// it holds, with every problem located by file, sheet, row, column and raw
// value. Values the mapping chooses to refuse are reported, not written.
// Nothing is written here; KpiStore::applyImport does that, all or nothing.
#pragma once

#include "canonicalimport.h"
#include "importmapping.h"
#include "tabulardata.h"

namespace civicstat {

struct MappedImportCounts {
    int measures = 0;         // distinct measures named
    int newMeasures = 0;      // not yet in the database
    int observations = 0;
    int targets = 0;
    int valuesRefused = 0;
    int duplicatesInFile = 0; // the same measure, member and period on two rows
    // Zeros after a row's last non-zero figure in columns whose rule says
    // "trailing_zeros": "missing": not reported yet, so not figures (nor refused).
    int zerosNotReported = 0;
    // The owners' explanations (mappednarrative.h): comments of a period, signed
    // with the file's name, and notes put on targets; a note whose row gives no
    // target the import keeps (none, refused, or another row's) is counted, not written.
    int comments = 0;
    int targetNotes = 0;
    int targetNotesWithoutTarget = 0;
    // Measures whose figures in the file are all for members (a district, a
    // precinct), none for the measure as a whole: the scorecard scores a
    // measure's total, so these show No data.
    int measuresByMemberOnly = 0;
    // New measures the file gives no target for: Not scored until targets are
    // imported. (A measure already in the database may have its targets there.)
    int newMeasuresWithoutTarget = 0;
};

struct MappedImportPlan : ImportPlan {
    MappedImportCounts counts;
};

MappedImportPlan planMappedImport(const TabularFile &file, const QString &fileName, const ImportMapping &mapping,
                                  const Structure &existing, const CitySettings &settings, DuplicatePolicy policy);

} // namespace civicstat
