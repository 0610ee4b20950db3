#include "appsettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace civicstat::appsettings {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString lastDatabaseKey = QStringLiteral("database/last");
} // namespace

QByteArray windowGeometry() { return QSettings().value(geometryKey).toByteArray(); }
void setWindowGeometry(const QByteArray &value) { QSettings().setValue(geometryKey, value); }
QByteArray windowState() { return QSettings().value(stateKey).toByteArray(); }
void setWindowState(const QByteArray &value) { QSettings().setValue(stateKey, value); }
QString lastDatabase() { return QSettings().value(lastDatabaseKey).toString(); }
void setLastDatabase(const QString &path) { QSettings().setValue(lastDatabaseKey, path); }

QString demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/riverton-demo.db");
}

} // namespace civicstat::appsettings
