// What moves when a city's fiscal-year start month changes
// (docs/database-format.md, "Changing the fiscal-year start"). A fiscal
// period's text (FY2024, FY2024-Q3) keeps its name, so its stored last day
// moves; a target that took effect on the first day of a fiscal year moves to
// the first day of the same-named fiscal year under the new start.
#pragma once

#include "citysettings.h"

#include <QDate>
#include <optional>

namespace civicstat {

namespace sqlite {
class Connection;
}

// The new effective-from date of a target effective on `effectiveFrom`:
// the first day of the same-named fiscal year under the new start when
// `effectiveFrom` is the first day of a fiscal year under the old one,
// otherwise nullopt (the date stays). 1900-01-01, "from the beginning", stays.
std::optional<QDate> movedTargetStart(QDate effectiveFrom, int oldStartMonth, int newStartMonth);

// Writes the settings row inside the caller's transaction and, when the
// fiscal-year start month changed, moves every fiscal-dated row with it:
// the last day of fiscal-period observations and of the copies of replaced
// figures kept for undo, and targets by movedTargetStart. Throws
// StoreError(InvalidData), for the caller to roll back, when a moved target
// would land on a date where its measure already has another target.
void writeCitySettings(sqlite::Connection &db, const CitySettings &settings);

} // namespace civicstat
