// `civicstat publish`: a consistent copy of a database put in place of a
// shared file in one rename, for readers on a network share.
#pragma once

#include <QStringList>

class QTextStream;

namespace civicstat::cli {

int runPublish(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace civicstat::cli
