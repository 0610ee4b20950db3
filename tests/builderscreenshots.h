// The mapping builder's screenshots for docs/screenshots, on New York's
// district file (tests/data/real): import-build-mapping.png with the
// directions decided measure by measure, and import-build-check.png, the wizard's
// check of the mapping built, warning of figures that will not score.
#pragma once

#include <QDir>

namespace civicstat::test {

// Saves the two screenshots in `out`, at 1280x800, and prints their paths.
void shootMappingBuilder(const QString &nycFile, const QDir &out);

} // namespace civicstat::test
