// `civicstat import`: a canonical CSV file, or any CSV or XLSX file through a
// mapping, with --dry-run, --on-duplicate and --report, for a nightly load.
#pragma once

#include <QStringList>

class QTextStream;

namespace civicstat::cli {

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace civicstat::cli
