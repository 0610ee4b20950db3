// Plans the import of one file, the same way for the command line and the
// import wizard: a canonical CSV when no mapping is given, otherwise any CSV or
// XLSX through the mapping; the plan carries the file's size and SHA-256 for
// the import log. It reads the file and writes nothing.
#pragma once

#include "mappedimport.h"

#include <optional>

namespace civicstat {

MappedImportPlan planImportFile(const QString &path, const std::optional<ImportMapping> &mapping,
                                const Structure &existing, const CitySettings &settings, DuplicatePolicy policy);

} // namespace civicstat
