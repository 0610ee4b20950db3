// `civicstat export`: a scorecard for people who work in spreadsheets (CSV or
// XLSX), cut to its audience before it is scored (docs/cli.md).
#pragma once

#include <QStringList>

class QTextStream;

namespace civicstat::cli {

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace civicstat::cli
