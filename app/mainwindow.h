// The main window: opens a KPI database and shows its citywide overview.
// Wiring only: the scorecard comes from the core, the view from widgets/.
#pragma once

#include <QMainWindow>
#include <memory>

namespace civicstat {

class KpiStore;
class OverviewPanel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` and shows it; on failure keeps what was shown, tells the
    // user why in a dialog (unless `quiet`) and returns the message.
    QString openDatabase(const QString &path, bool quiet = false);
    OverviewPanel *overview() const { return m_overview; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseDatabase();
    void showAbout();

    std::unique_ptr<KpiStore> m_store;
    OverviewPanel *m_overview;
};

} // namespace civicstat
