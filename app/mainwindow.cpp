#include "mainwindow.h"

#include "appsettings.h"
#include "breadcrumbbar.h"
#include "changewatcher.h"
#include "citysettingsdialog.h"
#include "breakdownchart.h"
#include "commentauthor.h"
#include "goaltile.h"
#include "measurechart.h"
#include "measuredetail.h"
#include "measurepanel.h"
#include "navigationmodel.h"
#include "navigationpanel.h"
#include "offlinebanner.h"
#include "overviewpanel.h"
#include "passwordvault.h"
#include "periodselector.h"
#include "scorecardpanel.h"
#include "scorecardtablemodel.h"
#include "startpage.h"
#include "storefactory.h"
#include "storeerror.h"
#include "windowerrortext.h"
#include "undocommands.h"

#include <QApplication>
#include <QChartView>
#include <QTableView>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace civicstat {

namespace {

// Runs on a worker thread with the worker's own connection (m_workerStore):
// connections are not shared between threads, and loads never overlap.
LoadedCity loadCity(std::shared_ptr<KpiStore> store, std::optional<Period> period)
{
    LoadedCity result;
    try {
        const CitySettings settings = store->citySettings();
        result.latestMonth = Period::monthContaining(dataAsOf(*store).value_or(QDate::currentDate()));
        result.snapshot = CitySnapshot::load(
            *store, period ? *period : defaultPeriod(*store, settings.fiscalYearStartMonth));
    } catch (const StoreError &error) {
        result.error = windowText(error);
    }
    return result;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_byGoal(new NavigationModel(NavigationModel::Grouping::ByGoal, this))
    , m_byDepartment(new NavigationModel(NavigationModel::Grouping::ByDepartment, this))
    , m_tableModel(new ScorecardTableModel(this))
    , m_navigation(new NavigationPanel(m_byGoal, m_byDepartment, this))
    , m_breadcrumb(new BreadcrumbBar(this))
    , m_periodSelector(new PeriodSelector(this))
    , m_pages(new QStackedWidget(this))
    , m_overview(new OverviewPanel(this))
    , m_scorecard(new ScorecardPanel(m_tableModel, this))
    , m_measure(new MeasurePanel(this))
    , m_splitter(new QSplitter(this))
    , m_undo(new QUndoStack(this))
    , m_notifier(new ChangeNotifier(this))
    , m_busy(new QProgressBar(this))
    , m_statusText(new QLabel(this))
    , m_connectedAs(new QLabel(this))
    , m_offlineBanner(new OfflineBanner(this))
    , m_startPage(new StartPage(this))
{
    setWindowTitle(tr("CivicStat"));
    setAcceptDrops(true);
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_scorecard);
    m_pages->addWidget(m_measure);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 4, 4, 4);
    contentLayout->addWidget(m_breadcrumb); // the whole width: the period selector is on the toolbar
    contentLayout->addWidget(m_pages, 1);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(content);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_navigation->setMinimumWidth(220);
    m_splitter->setSizes({300, 900});
    // The offline copy's banner sits above everything the copy shows.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_offlineBanner);
    centralLayout->addWidget(m_splitter, 1);
    centralLayout->addWidget(m_startPage, 1);
    m_startPage->hide();
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseDatabase);
    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newDatabase);
    connect(m_startPage, &StartPage::demoRequested, this, [this] { openDemoCity(); });
    setCentralWidget(central);
    connect(m_offlineBanner, &OfflineBanner::sendRequested, this, [this] { sendCommentsBack(); });

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setToolTip(tr("Loading the figures; you can keep working"));
    m_busy->hide();
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_connectedAs);
    m_connectedAs->hide();
    statusBar()->addPermanentWidget(m_busy);

    createActions();
    connect(&m_loader, &QFutureWatcher<LoadedCity>::finished, this, &MainWindow::loaded);
    connect(m_navigation, &NavigationPanel::nodeActivated, this,
            [this](Level level, const QString &code) { navigateTo({level, code}); });
    connect(m_breadcrumb, &BreadcrumbBar::crumbActivated, this,
            [this](Level level, const QString &code) { navigateTo({level, code}); });
    connect(m_overview, &OverviewPanel::goalActivated, this,
            [this](const QString &code) { navigateTo({Level::Goal, code}); });
    connect(m_scorecard, &ScorecardPanel::rowActivated, this,
            [this](Level level, const QString &code) { navigateTo({level, code}); });
    if (const int column = appsettings::scorecardSortColumn(); column >= 0)
        m_scorecard->setSort(column, appsettings::scorecardSortOrder());
    m_scorecard->setColumnChoices(appsettings::scorecardColumns());
    connect(m_scorecard, &ScorecardPanel::sortChosen, this, &appsettings::setScorecardSort);
    connect(m_scorecard, &ScorecardPanel::columnChoicesChanged, this, &appsettings::setScorecardColumns);
    connect(m_periodSelector, &PeriodSelector::periodChanged, this, &MainWindow::setPeriod);
    connect(m_measure, &MeasurePanel::kindChanged, this, [this](PeriodKind kind) {
        m_chartKind = kind;
        showMeasure(m_location.code);
    });
    connect(m_measure, &MeasurePanel::commentaryAdded, this, [this](const QString &period, const QString &body) {
        Commentary c;
        c.measureId = m_measure->data().measure.id;
        c.period = period;
        c.author = commentAuthor(this);
        c.writtenAt = QDateTime::currentDateTimeUtc();
        c.body = body;
        m_undo->push(new AddCommentaryCommand(editContext(), c));
    });
    connect(m_measure, &MeasurePanel::commentaryEdited, this, [this](Id id, const QString &body) {
        for (const Commentary &c : m_measure->data().commentary) {
            if (c.id == id)
                m_undo->push(new EditCommentaryCommand(editContext(), c.measureId, id, c.body, body));
        }
    });
    connect(m_measure, &MeasurePanel::commentaryRemoved, this, [this](Id id) {
        for (const Commentary &c : m_measure->data().commentary) {
            if (c.id == id)
                m_undo->push(new RemoveCommentaryCommand(editContext(), c));
        }
    });
    connect(m_notifier, &ChangeNotifier::changed, this, &MainWindow::storeChanged);
    if (const int span = appsettings::chartSpan(); span >= 0)
        m_measure->chart()->setSpan(MeasureChart::Span(span));
    connect(m_measure->chart(), &MeasureChart::spanChosen, this,
            [](MeasureChart::Span span) { appsettings::setChartSpan(int(span)); });
    m_measure->setChosenTabsShare(appsettings::measureTabsShare());
    connect(m_measure, &MeasurePanel::tabsShareChosen, this, [](double share) { appsettings::setMeasureTabsShare(share); });
    connect(m_measure->chart(), &MeasureChart::saveRequested, this,
            [this](ChartImageFormat format) { saveChart(format, ChartSource::History); });
    connect(m_measure->breakdown(), &BreakdownChart::saveRequested, this,
            [this](ChartImageFormat format) { saveChart(format, ChartSource::Breakdown); });

    if (!restoreGeometry(appsettings::windowGeometry()))
        resize(1280, 800);
    restoreState(appsettings::windowState());
    m_splitter->restoreState(appsettings::splitterState());
    showStartPage({}, {}); // a welcome until a database is open
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
}

QString MainWindow::openDatabase(const QString &path, bool quiet)
{
    try {
        auto store = openSigningIn(path);
        if (!store)
            return tr("Opening %1 was cancelled.").arg(QDir::toNativeSeparators(path));
        std::shared_ptr<KpiStore> workerStore = store->openWorkerConnection();
        m_loader.waitForFinished();
        delete m_changeWatcher;
        m_store = std::move(store);
        m_workerStore = std::move(workerStore);
        m_changeWatcher = new ChangeWatcher(*m_store, *m_notifier, this);
        m_path = path;
        m_startPage->hide();
        m_splitter->show();
        for (QAction *action : m_needDatabase)
            action->setEnabled(true);
        m_periodSelector->setEnabled(true);
        m_snapshot.reset();
        m_undo->clear();
        m_back.clear();
        m_forward.clear();
        m_pendingLocation = Location{Level(appsettings::lastLevel()), appsettings::lastCode()};
        // A server's address is remembered without its password (that belongs in the keychain or ~/.pgpass).
        const bool onServer = isServerLocation(path);
        const QString remembered = onServer ? m_store->location() : path;
        if (onServer ? appsettings::lastDatabase() != remembered : QFileInfo(appsettings::lastDatabase()) != QFileInfo(path))
            m_pendingLocation = Location{Level::Citywide, QStringLiteral("CITY")};
        setWindowTitle(tr("%1 - CivicStat").arg(onServer ? remembered : QFileInfo(path).fileName()));
        appsettings::setLastDatabase(remembered);
        rememberRecent(remembered);
        updateOfflineBanner();
        load(std::nullopt);
        return {};
    } catch (const StoreError &error) {
        if (!m_store)
            showStartPage(path, windowText(error)); // says it in place of the blank window: no dialog over it
        else if (!quiet)
            QMessageBox::warning(this, tr("Cannot open the database"), windowText(error));
        return windowText(error);
    }
}

void MainWindow::load(std::optional<Period> period)
{
    if (m_path.isEmpty())
        return;
    m_loader.waitForFinished();
    ++m_cityLoads;
    m_busy->show();
    m_statusText->setText(tr("Loading %1...").arg(QDir::toNativeSeparators(m_path)));
    m_loader.setFuture(QtConcurrent::run(loadCity, m_workerStore, period));
}

void MainWindow::loaded()
{
    m_busy->hide();
    const LoadedCity result = m_loader.result();
    if (!result.error.isEmpty()) {
        m_statusText->setText(result.error);
        if (!m_snapshot) { // nothing of this database was ever shown
            showStartPage(m_path, result.error);
            return;
        }
        QMessageBox::warning(this, tr("Cannot read the database"), result.error);
        return;
    }
    m_snapshot = result.snapshot;
    if (m_store) { // the made-up demo city says so wherever the user looks first
        const QString name = isServerLocation(m_path) ? m_store->location() : QFileInfo(m_path).fileName();
        setWindowTitle(m_snapshot->isDemonstration() ? tr("%1 (demonstration city, made-up figures) - CivicStat").arg(name)
                                                     : tr("%1 - CivicStat").arg(name));
    }
    m_byGoal->setSnapshot(m_snapshot);
    m_byDepartment->setSnapshot(m_snapshot);
    m_periodSelector->setContext(result.latestMonth, m_snapshot->settings().fiscalYearStartMonth);
    m_periodSelector->setPeriod(m_snapshot->period());
    refreshGuide(); // its sentences quote this city's tolerance, thresholds and fiscal year
    const auto readOnly = m_store ? m_store->readOnlyReason() : std::nullopt;
    const auto connectedAs = m_store ? m_store->connectedAs() : std::nullopt;
    m_connectedAs->setText(connectedAs ? tr("Connected as %1").arg(*connectedAs) : QString());
    m_connectedAs->setVisible(connectedAs.has_value());
    // A file's name tells databases apart at a glance; its folder is in the tooltip. A server's address is
    // shown as the store gives it, without a password.
    const QString shownLocation = isServerLocation(m_path) ? m_store->location() : QDir::toNativeSeparators(m_path);
    m_statusText->setText(readOnly ? *readOnly
                                   : tr("%1: %2 measures")
                                         .arg(isServerLocation(m_path) ? shownLocation : QFileInfo(m_path).fileName(),
                                              QString::number(m_snapshot->structure().measures.size())));
    m_statusText->setToolTip(shownLocation);
    const bool justOpened = m_pendingLocation.has_value();
    const Location target = m_pendingLocation.value_or(m_location);
    m_pendingLocation.reset();
    display(target);
    if (justOpened) // once the page's new widgets (the tiles) are shown: a hidden one cannot hold the focus
        QTimer::singleShot(0, this, &MainWindow::focusThePage);
    emit snapshotShown();
}

// A database just opened gives the keys to what it shows (the worst goal's
// tile, a table, a chart), not to the first control of the window: an arrow
// key on the period box would change the period of every score unseen.
void MainWindow::focusThePage()
{
    QWidget *page = m_pages->currentWidget();
    if (page == m_overview && !m_overview->tiles().empty())
        m_overview->tiles().front()->setFocus(Qt::OtherFocusReason);
    else if (page == m_scorecard)
        m_scorecard->table()->setFocus(Qt::OtherFocusReason);
    else if (page == m_measure)
        m_measure->chart()->chartView()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setPeriod(const Period &period) { load(period); }

void MainWindow::reload()
{
    if (m_path.isEmpty())
        return;
    load(m_snapshot ? std::optional<Period>(m_snapshot->period()) : std::nullopt);
}

// Refreshes what a change touches, keeping the user's place: a measure's
// commentary only re-reads that measure's page, when it is on screen;
// anything that can change a score reloads the city for the period on screen.
void MainWindow::storeChanged(const StoreChange &change)
{
    if (change.kind == StoreChange::Kind::Commentary)
        updateOfflineBanner(); // a comment written offline is one more to send back
    if (!m_snapshot)
        return;
    if (change.kind == StoreChange::Kind::Import && !change.elsewhere) {
        load(std::nullopt); // this window's import: show the latest period with figures, most often the new ones
        return;
    }
    if (change.needsWholeCity()) {
        reload();
        return;
    }
    if (m_location.level == Level::Measure && m_measure->data().measure.id == change.measureId)
        showMeasure(m_location.code);
}

void MainWindow::navigateTo(const Location &location)
{
    if (!m_snapshot || location == m_location)
        return;
    m_back.push_back(m_location);
    m_forward.clear();
    display(location);
}

void MainWindow::goBack()
{
    if (m_back.empty())
        return;
    m_forward.push_back(m_location);
    const Location previous = m_back.back();
    m_back.pop_back();
    display(previous);
}

void MainWindow::goForward()
{
    if (m_forward.empty())
        return;
    m_back.push_back(m_location);
    const Location next = m_forward.back();
    m_forward.pop_back();
    display(next);
}

void MainWindow::updateHistoryActions()
{
    m_backAction->setEnabled(!m_back.empty());
    m_forwardAction->setEnabled(!m_forward.empty());
}

void MainWindow::display(const Location &wanted)
{
    Location location = wanted;
    // Drilling down from the page (a tile, a row) keeps the keyboard on the page: on a table, in the table.
    const QWidget *focus = QApplication::focusWidget();
    const bool focusOnPage = !focus || m_pages->isAncestorOf(focus);
    QStringList cameFrom; // a table selects the row on the way to where the user was
    for (const Crumb &crumb : pathTo(m_location))
        cameFrom << crumb.code;
    try {
        switch (location.level) {
        case Level::Citywide:
            if (m_overviewShows != m_snapshot.get()) {
                m_overview->showSnapshot(*m_snapshot);
                m_overviewShows = m_snapshot.get();
            }
            m_pages->setCurrentWidget(m_overview);
            break;
        case Level::Measure: showMeasure(location.code); break;
        default: {
            Scope scope;
            scope.kind = location.level == Level::Goal ? Scope::Kind::Goal
                : location.level == Level::Objective   ? Scope::Kind::Objective
                                                       : Scope::Kind::Department;
            scope.code = location.code;
            m_tableModel->setScope(m_snapshot, scope);
            const Structure &s = m_snapshot->structure();
            QString description;
            if (const Objective *o = s.objectiveByCode(location.code); o && location.level == Level::Objective)
                description = o->statement;
            else if (const Goal *g = s.goalByCode(location.code); g && location.level == Level::Goal)
                description = g->description;
            if (const QString toDate = scoredToDateNote(m_snapshot->citywide()); !toDate.isEmpty())
                description += (description.isEmpty() ? QString() : QStringLiteral("\n")) + toDate;
            m_scorecard->refresh(description, cameFrom);
            m_pages->setCurrentWidget(m_scorecard);
            if (focusOnPage)
                m_scorecard->table()->setFocus(Qt::OtherFocusReason);
        }
        }
    } catch (const StoreError &) {
        // What was shown no longer exists (the database changed): back to the city.
        location = {Level::Citywide, QStringLiteral("CITY")};
        m_overview->showSnapshot(*m_snapshot);
        m_overviewShows = m_snapshot.get();
        m_pages->setCurrentWidget(m_overview);
    }
    m_location = location;
    m_breadcrumb->setPath(pathTo(location));
    m_navigation->select(location.level, location.code);
    appsettings::setLastLocation(int(location.level), location.code);
    updateHistoryActions();
}

void MainWindow::showMeasure(const QString &code)
{
    m_measure->showDetail(loadMeasureDetail(*m_store, *m_snapshot, code, m_chartKind));
    m_pages->setCurrentWidget(m_measure);
}

std::vector<Crumb> MainWindow::pathTo(const Location &location) const
{
    const Structure &s = m_snapshot->structure();
    std::vector<Crumb> path{{Level::Citywide, QStringLiteral("CITY"), m_snapshot->settings().cityName}};
    const auto addObjective = [&](Id objectiveId) {
        for (const Objective &o : s.objectives) {
            if (o.id != objectiveId)
                continue;
            for (const Goal &g : s.goals) {
                if (g.id == o.goalId)
                    path.push_back({Level::Goal, g.code, g.name});
            }
            path.push_back({Level::Objective, o.code, o.name});
        }
    };
    switch (location.level) {
    case Level::Citywide: break;
    case Level::Goal:
        if (const Goal *g = s.goalByCode(location.code))
            path.push_back({Level::Goal, g->code, g->name});
        break;
    case Level::Department:
        if (const Department *d = s.departmentByCode(location.code))
            path.push_back({Level::Department, d->code, d->name});
        break;
    case Level::Objective:
        if (const Objective *o = s.objectiveByCode(location.code))
            addObjective(o->id);
        break;
    case Level::Measure:
        if (const Measure *m = s.measureByCode(location.code)) {
            addObjective(m->objectiveId);
            path.push_back({Level::Measure, m->code, m->name});
        }
        break;
    }
    return path;
}

EditContext MainWindow::editContext()
{
    EditContext context;
    context.store = m_store.get();
    context.notifier = m_notifier;
    context.failed = [this](const QString &message) {
        QMessageBox::warning(this, tr("The change was not saved"), message);
    };
    return context;
}

void MainWindow::editCitySettings()
{
    if (!m_store || !m_snapshot)
        return;
    const CitySettings before = m_store->citySettings();
    CitySettingsDialog dialog(before, m_store->readOnlyReason().has_value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (SettingsChange(before, dialog.settings()).isEmpty())
        return;
    m_undo->push(new CitySettingsCommand(editContext(), before, dialog.settings()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        openDatabase(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    appsettings::setWindowGeometry(saveGeometry());
    appsettings::setWindowState(saveState());
    appsettings::setSplitterState(m_splitter->saveState());
    event->accept();
}

} // namespace civicstat
