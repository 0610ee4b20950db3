// `civicstat seal`: an encrypted copy of a database for carrying offline
// (docs/offline-encryption.md).
#pragma once

#include <QStringList>

class QTextStream;

namespace civicstat::cli {

int runSeal(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace civicstat::cli
