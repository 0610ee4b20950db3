// A scorecard as an Excel workbook for people who work in spreadsheets, written
// with Debian's libxlsxwriter. Sheet 1 has the scorecard CSV's columns
// (docs/cli.md) under a frozen header row, then the period's first and last
// day as dates and what the edition leaves out; numbers are numeric cells with
// the measure's decimals as their format, status is in words. Sheet 2 says
// whose figures these are: city, scope, period, "scored to date" for an open
// period, audience and the data's as-of date. An internal workbook prints
// "INTERNAL: not for public release" in every page's footer.
#pragma once

#include "editionscorecard.h"

namespace civicstat {

// The header of sheet 1, in order.
QStringList scorecardXlsxColumns();

// Writes beside `path` and renames into place; throws StoreError(Io) naming
// the file and the reason, leaving no file behind.
void saveScorecardXlsx(const EditionScorecard &scorecard, const QString &path);

} // namespace civicstat
