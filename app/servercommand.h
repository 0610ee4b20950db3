// `civicstat server-init`: sets up (or upgrades) CivicStat's schema in a
// database on a PostgreSQL server, once, before anyone opens it.
#pragma once

#include <QStringList>

class QTextStream;

namespace civicstat::cli {

int runServerInit(const QStringList &arguments, QTextStream &out, QTextStream &err);
// civicstat server-user URL NAME --role ... (docs/cli.md)
int runServerUser(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace civicstat::cli
