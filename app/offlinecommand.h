// `civicstat snapshot` and `civicstat sync`: taking an offline copy of a
// scope for an audience, and sending the comments written in it back.
#pragma once

#include <QStringList>

class QTextStream;

namespace civicstat::cli {

int runSnapshot(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSync(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace civicstat::cli
