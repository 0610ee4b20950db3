// The desktop settings CivicStat remembers between runs (window geometry, the
// last database), each named once here with its type and default.
#pragma once

#include <QByteArray>
#include <QString>

namespace civicstat::appsettings {

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &value);
QByteArray windowState();
void setWindowState(const QByteArray &value);
QString lastDatabase(); // empty: none yet
void setLastDatabase(const QString &path);
// Where the demo database lives when no database is named.
QString demoDatabasePath();

} // namespace civicstat::appsettings
