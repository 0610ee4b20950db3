// `civicstat check`: is the database sound (after a crash, a power cut, a copy
// over the network), how much does it hold, and a digest to compare copies by.
#pragma once

#include <QStringList>

class QTextStream;

namespace civicstat::cli {

int runCheck(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace civicstat::cli
