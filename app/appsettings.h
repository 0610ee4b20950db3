// The desktop settings CivicStat remembers between runs (window geometry, the
// last database), each named once here with its type and default.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace civicstat::appsettings {

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &value);
QByteArray windowState();
void setWindowState(const QByteArray &value);
QByteArray splitterState();
void setSplitterState(const QByteArray &value);
QString lastDatabase(); // empty: none yet
QStringList recentDatabases(); // most recent first
void setRecentDatabases(const QStringList &paths);
int lastLevel(); // civicstat::Level of the last place shown (0: citywide)
QString lastCode();
void setLastLocation(int level, const QString &code);
void setLastDatabase(const QString &path);
// The import wizard: its size, and the folders its files and mappings were last chosen from.
QByteArray importWizardGeometry();
void setImportWizardGeometry(const QByteArray &value);
QString importFolder();
void setImportFolder(const QString &folder);
QString mappingFolder();
void setMappingFolder(const QString &folder);
// Where scorecards and charts were last exported to, and the scorecard's last file type ("xlsx" or "csv").
// The audience is not remembered: every export starts internal, public only when chosen.
QString exportFolder();
void setExportFolder(const QString &folder);
QString exportFileType();
void setExportFileType(const QString &suffix);
// The file and mapping of an import that was started and did not end in a
// write (cancelled, failed, or the wizard closed): offered again next time.
QStringList unfinishedImport(); // {file, mapping}, or empty
void setUnfinishedImport(const QStringList &fileAndMapping);
// The briefing builder: its size, the folder its PDFs were last saved in, and
// its last choices (BriefingOptionsForm::choices(); empty the first time).
QByteArray briefingBuilderGeometry();
void setBriefingBuilderGeometry(const QByteArray &value);
QString briefingFolder(); // empty: none yet
void setBriefingFolder(const QString &folder);
QVariantMap briefingChoices();
void setBriefingChoices(const QVariantMap &choices);
// The name comments written in the window are signed with, as the user gave
// it (commentauthor.h); empty: none given.
QString commentAuthor();
void setCommentAuthor(const QString &name);
// The span the measure chart shows (MeasureChart::Span as a number); -1: none chosen yet.
int chartSpan();
void setChartSpan(int span);
// The scorecard tables' sort as the user last chose it on a header; column -1: none chosen (worst first).
int scorecardSortColumn();
Qt::SortOrder scorecardSortOrder();
void setScorecardSort(int column, Qt::SortOrder order);
// The columns the user showed (true) or hid (false), by ScorecardTableModel column number.
QVariantMap scorecardColumns();
void setScorecardColumns(const QVariantMap &shownByColumn);
// The share of the measure page's height the user gave its tabs by dragging the divide; 0: never dragged.
double measureTabsShare();
void setMeasureTabsShare(double share);
// Where the demo database lives when no database is named.
QString demoDatabasePath();

} // namespace civicstat::appsettings
