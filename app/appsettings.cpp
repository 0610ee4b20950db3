#include "appsettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace civicstat::appsettings {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString lastDatabaseKey = QStringLiteral("database/last");
const QString splitterKey = QStringLiteral("window/splitter");
const QString recentKey = QStringLiteral("database/recent");
const QString lastLevelKey = QStringLiteral("navigation/level");
const QString lastCodeKey = QStringLiteral("navigation/code");
const QString wizardGeometryKey = QStringLiteral("import/geometry");
const QString importFolderKey = QStringLiteral("import/folder");
const QString mappingFolderKey = QStringLiteral("import/mappingFolder");
const QString unfinishedKey = QStringLiteral("import/unfinished");
const QString briefingGeometryKey = QStringLiteral("briefing/geometry");
const QString briefingFolderKey = QStringLiteral("briefing/folder");
const QString briefingChoicesKey = QStringLiteral("briefing/choices");
const QString commentAuthorKey = QStringLiteral("commentary/author");
const QString chartSpanKey = QStringLiteral("measureChart/span");
const QString scorecardSortColumnKey = QStringLiteral("scorecard/sortColumn");
const QString scorecardSortOrderKey = QStringLiteral("scorecard/sortOrder");
const QString scorecardColumnsKey = QStringLiteral("scorecard/columns");
const QString measureTabsShareKey = QStringLiteral("measurePage/tabsShare");
const QString exportFolderKey = QStringLiteral("export/folder");
const QString exportFileTypeKey = QStringLiteral("export/fileType");
} // namespace

QByteArray windowGeometry() { return QSettings().value(geometryKey).toByteArray(); }
void setWindowGeometry(const QByteArray &value) { QSettings().setValue(geometryKey, value); }
QByteArray windowState() { return QSettings().value(stateKey).toByteArray(); }
void setWindowState(const QByteArray &value) { QSettings().setValue(stateKey, value); }
QByteArray splitterState() { return QSettings().value(splitterKey).toByteArray(); }
void setSplitterState(const QByteArray &value) { QSettings().setValue(splitterKey, value); }
QStringList recentDatabases() { return QSettings().value(recentKey).toStringList(); }
void setRecentDatabases(const QStringList &paths) { QSettings().setValue(recentKey, paths); }
int lastLevel() { return QSettings().value(lastLevelKey, 0).toInt(); }
QString lastCode() { return QSettings().value(lastCodeKey, QStringLiteral("CITY")).toString(); }
void setLastLocation(int level, const QString &code)
{
    QSettings settings;
    settings.setValue(lastLevelKey, level);
    settings.setValue(lastCodeKey, code);
}
QString commentAuthor() { return QSettings().value(commentAuthorKey).toString(); }
void setCommentAuthor(const QString &name) { QSettings().setValue(commentAuthorKey, name); }
int chartSpan() { return QSettings().value(chartSpanKey, -1).toInt(); }
void setChartSpan(int span) { QSettings().setValue(chartSpanKey, span); }
int scorecardSortColumn() { return QSettings().value(scorecardSortColumnKey, -1).toInt(); }
Qt::SortOrder scorecardSortOrder()
{
    return QSettings().value(scorecardSortOrderKey).toInt() == Qt::DescendingOrder ? Qt::DescendingOrder
                                                                                    : Qt::AscendingOrder;
}
void setScorecardSort(int column, Qt::SortOrder order)
{
    QSettings settings;
    settings.setValue(scorecardSortColumnKey, column);
    settings.setValue(scorecardSortOrderKey, int(order));
}
QVariantMap scorecardColumns() { return QSettings().value(scorecardColumnsKey).toMap(); }
void setScorecardColumns(const QVariantMap &shownByColumn) { QSettings().setValue(scorecardColumnsKey, shownByColumn); }
double measureTabsShare() { return QSettings().value(measureTabsShareKey, 0.0).toDouble(); }
void setMeasureTabsShare(double share) { QSettings().setValue(measureTabsShareKey, share); }
QString lastDatabase() { return QSettings().value(lastDatabaseKey).toString(); }
void setLastDatabase(const QString &path) { QSettings().setValue(lastDatabaseKey, path); }

QByteArray importWizardGeometry() { return QSettings().value(wizardGeometryKey).toByteArray(); }
void setImportWizardGeometry(const QByteArray &value) { QSettings().setValue(wizardGeometryKey, value); }
QString importFolder() { return QSettings().value(importFolderKey).toString(); }
void setImportFolder(const QString &folder) { QSettings().setValue(importFolderKey, folder); }
QString mappingFolder() { return QSettings().value(mappingFolderKey).toString(); }
void setMappingFolder(const QString &folder) { QSettings().setValue(mappingFolderKey, folder); }

QString exportFolder() { return QSettings().value(exportFolderKey).toString(); }
void setExportFolder(const QString &folder) { QSettings().setValue(exportFolderKey, folder); }
QString exportFileType() { return QSettings().value(exportFileTypeKey, QStringLiteral("xlsx")).toString(); }
void setExportFileType(const QString &suffix) { QSettings().setValue(exportFileTypeKey, suffix); }

QStringList unfinishedImport() { return QSettings().value(unfinishedKey).toStringList(); }
void setUnfinishedImport(const QStringList &fileAndMapping) { QSettings().setValue(unfinishedKey, fileAndMapping); }

QByteArray briefingBuilderGeometry() { return QSettings().value(briefingGeometryKey).toByteArray(); }
void setBriefingBuilderGeometry(const QByteArray &value) { QSettings().setValue(briefingGeometryKey, value); }
QString briefingFolder() { return QSettings().value(briefingFolderKey).toString(); }
void setBriefingFolder(const QString &folder) { QSettings().setValue(briefingFolderKey, folder); }
QVariantMap briefingChoices() { return QSettings().value(briefingChoicesKey).toMap(); }
void setBriefingChoices(const QVariantMap &choices) { QSettings().setValue(briefingChoicesKey, choices); }

QString demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/riverton-demo.db");
}

} // namespace civicstat::appsettings
