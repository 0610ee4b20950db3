// A scorecard as one audience may see it, and the files it is saved to. The
// structure is cut to the edition (audience.h) before anything is scored, so
// that a public export never carries a non-public measure nor a roll-up shaped
// by one. The command line and the window both export through here.
#pragma once

#include "audience.h"
#include "scorecard.h"

namespace civicstat {

struct EditionScorecard {
    Edition edition;
    EditionStructure cut; // what the edition may see, and how many measures it leaves out where
    Scorecard card;
    // "2 measures not shown in this edition" for the row's goal, objective,
    // department or the city; empty when nothing below it is left out.
    QString hiddenNote(const ScorecardRow &row) const;
    // The same for the scope's own row: what this scorecard leaves out, not the whole city.
    QString hiddenInScopeNote() const { return card.rows.empty() ? QString() : hiddenNote(card.rows.front()); }
};

// Throws StoreError(InvalidData) for an unknown scope code (and what restrictTo refuses).
EditionScorecard loadEditionScorecard(const KpiStore &store, const Period &period, const Scope &scope,
                                      const Edition &edition);

enum class ScorecardFileFormat { Csv, Xlsx };
// By the file's suffix (.csv, .xlsx, any case); nullopt for anything else.
std::optional<ScorecardFileFormat> scorecardFileFormat(const QString &path);

// Writes the CSV (the contract of docs/cli.md, then period_first_day,
// period_last_day and not_shown, as the workbook has them) or the XLSX workbook beside
// `path` and renames it into place, so that a failure leaves no file and an
// existing one untouched. Throws StoreError(Io) naming the file and the reason,
// StoreError(InvalidData) for a suffix that is neither .csv nor .xlsx.
void saveScorecard(const EditionScorecard &scorecard, const QString &path);

} // namespace civicstat
