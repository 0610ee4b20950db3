// The main window: navigation on the left, the drill path and period above,
// and the overview, a scorecard or a measure's page in the middle. Wiring
// only: snapshots and details come from the core, views from widgets/.
#pragma once

#include "audience.h"
#include "chartimage.h"
#include "citysnapshot.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace civicstat {

class BreadcrumbBar;
class ChangeNotifier;
class ChangeWatcher;
class KpiStore;
class MeasurePanel;
class NavigationModel;
class NavigationPanel;
class OfflineBanner;
class OverviewPanel;
class PasswordVault;
class PeriodSelector;
class ReadingGuideDialog;
class ScorecardPanel;
class ScorecardTableModel;
class StartPage;

struct Location {
    Level level = Level::Citywide;
    QString code;
    bool operator==(const Location &o) const { return level == o.level && code == o.code; }
};

// What a background load produces.
struct LoadedCity {
    std::shared_ptr<const CitySnapshot> snapshot;
    Period latestMonth;
    QString error;
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` and starts loading it; on failure keeps what was shown,
    // tells the user why in a dialog (unless `quiet`) and returns the message.
    QString openDatabase(const QString &path, bool quiet = false);
    // Opens the demo city, writing it first if it is not there yet (mainwindowfiles.cpp).
    QString openDemoCity(bool quiet = false);
    // Where the demo city is written: the user's data folder unless a test gives another.
    void setDemoDatabasePath(const QString &path) { m_demoPath = path; }
    // In place of the scorecard while no database is open: why `location` could not be
    // opened, with Open, New and the demo (mainwindowfiles.cpp). An empty problem: a welcome.
    void showStartPage(const QString &location, const QString &problem);
    StartPage *startPage() const { return m_startPage; }
    // Help > How to read CivicStat, once it has been opened; null before.
    ReadingGuideDialog *guide() const { return m_guide; }
    // Where server passwords are remembered; the desktop's keychain unless a test gives another.
    void setPasswordVault(std::unique_ptr<PasswordVault> vault);
    void navigateTo(const Location &location);
    void setPeriod(const Period &period);
    // The scorecard on screen (its scope and period) for `audience`, as .xlsx or .csv by the
    // name's ending; the chart on the measure page as an image. An empty result, or why not.
    QString exportScorecardTo(const QString &path, Audience audience);
    // Which of a measure's charts: its history against target, or its figures by member.
    enum class ChartSource { History, Breakdown };
    QString saveChartTo(const QString &path, ChartImageFormat format, ChartSource source = ChartSource::History);
    // The scope of the scorecard on screen: a measure's page gives its objective's.
    Scope scopeShown() const;

    const Location &location() const { return m_location; }
    std::shared_ptr<const CitySnapshot> snapshot() const { return m_snapshot; }
    OverviewPanel *overview() const { return m_overview; }
    ScorecardPanel *scorecard() const { return m_scorecard; }
    MeasurePanel *measurePage() const { return m_measure; }
    NavigationPanel *navigation() const { return m_navigation; }
    BreadcrumbBar *breadcrumb() const { return m_breadcrumb; }
    PeriodSelector *periodSelector() const { return m_periodSelector; }
    QStackedWidget *pages() const { return m_pages; }
    QUndoStack *undoStack() const { return m_undo; }
    ChangeNotifier *notifier() const { return m_notifier; }
    // Shown while an offline copy is open (mainwindowoffline.cpp).
    OfflineBanner *offlineBanner() const { return m_offlineBanner; }
    // Sends the open offline copy's comments back; the report or the reason it failed.
    QString sendCommentsBack(bool quiet = false);
    // How many times the whole city was read (opening, a new period, a change that needs it).
    int cityLoads() const { return m_cityLoads; }

signals:
    // A snapshot was loaded and shown (after opening, a period change or a reload).
    void snapshotShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void load(std::optional<Period> period);
    void loaded();
    void display(const Location &location);
    void focusThePage();
    void showMeasure(const QString &code);
    std::vector<struct Crumb> pathTo(const Location &location) const;
    void goBack();
    void goForward();
    void reload();
    void storeChanged(const struct StoreChange &change);
    void chooseDatabase();
    void chooseServerDatabase();
    void newDatabase();
    void editCitySettings();
    void importFigures();
    void undoLastImport();
    void openBriefingBuilder(bool readyToPrint);
    void exportScorecard();
    void saveChart(ChartImageFormat format, ChartSource source);
    void showAbout();
    void showGuide();
    void refreshGuide();
    void takeOffline();
    void updateOfflineBanner();
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void updateHistoryActions();
    struct EditContext editContext();

    std::unique_ptr<KpiStore> m_store;
    std::unique_ptr<PasswordVault> m_passwordVault; // made when a server first asks for a password
    PasswordVault &passwordVault();
    // Opens a location for the window: a server's sign-in with the vault and the
    // password dialog, a sealed file's with its passphrase. Null when cancelled.
    std::unique_ptr<KpiStore> openSigningIn(const QString &location);
    std::shared_ptr<KpiStore> m_workerStore; // used only by the loader, one load at a time
    QString m_path;
    QString m_demoPath;
    std::shared_ptr<const CitySnapshot> m_snapshot;
    QFutureWatcher<LoadedCity> m_loader;
    std::optional<Location> m_pendingLocation;
    Location m_location;
    std::vector<Location> m_back;
    std::vector<Location> m_forward;
    PeriodKind m_chartKind = PeriodKind::Month;
    int m_cityLoads = 0;
    const CitySnapshot *m_overviewShows = nullptr; // the snapshot the overview was built from

    NavigationModel *m_byGoal;
    NavigationModel *m_byDepartment;
    ScorecardTableModel *m_tableModel;
    NavigationPanel *m_navigation;
    BreadcrumbBar *m_breadcrumb;
    PeriodSelector *m_periodSelector;
    QStackedWidget *m_pages;
    OverviewPanel *m_overview;
    ScorecardPanel *m_scorecard;
    MeasurePanel *m_measure;
    QSplitter *m_splitter;
    QUndoStack *m_undo;
    ChangeNotifier *m_notifier;     // what changed, from this window's commands and from elsewhere
    ChangeWatcher *m_changeWatcher = nullptr; // of the open store: other windows' and programs' writes
    QProgressBar *m_busy;
    QLabel *m_statusText;
    QLabel *m_connectedAs; // who a server database is open as; hidden for files
    OfflineBanner *m_offlineBanner;
    StartPage *m_startPage;
    ReadingGuideDialog *m_guide = nullptr;
    std::vector<QAction *> m_needDatabase; // disabled until a database is open
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace civicstat
