#include "importwizard.h"

#include "appsettings.h"
#include "importreport.h"
#include "mappingbuilderdialog.h"
#include "storefactory.h"
#include "storeerror.h"
#include "windowerrortext.h"
#include "xlsxfile.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace civicstat {

namespace {

constexpr int previewRows = 15;

// Reads the database's structure and plans the file on a worker thread, with
// the worker's own connection (none: a database not created yet).
MappedImportPlan planInBackground(std::shared_ptr<KpiStore> store, const QString &file,
                                  std::optional<ImportMapping> mapping, DuplicatePolicy policy)
{
    Structure structure;
    CitySettings settings;
    try {
        if (store) {
            structure = store->structure();
            settings = store->citySettings();
        }
    } catch (const StoreError &error) {
        MappedImportPlan failed;
        failed.problems.push_back({0, QString(), QString(), windowText(error)});
        return failed;
    }
    return planImportFile(file, mapping, structure, settings, policy);
}

} // namespace

ImportWizard::ImportWizard(const QString &databasePath, QWidget *parent, const KpiStore *store)
    : QWizard(parent)
    , m_databasePath(databasePath)
    , m_store(store)
    , m_file(new QLineEdit)
    , m_sheet(new QComboBox)
    , m_mappingFile(new QLineEdit)
    , m_fileNote(new QLabel)
    , m_preview(new QTableView)
    , m_previewModel(new QStandardItemModel(this))
    , m_summary(new QLabel)
    , m_duplicates(new QComboBox)
    , m_problems(new QTreeWidget)
    , m_progressText(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel the import")))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
    , m_written(std::make_shared<std::atomic<qint64>>(0))
{
    setWindowTitle(tr("Import figures"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ChoosePage, makeChoosePage());
    setPage(CheckPage, makeCheckPage());
    setPage(ImportPage, makeImportPage());
    if (!restoreGeometry(appsettings::importWizardGeometry()))
        resize(900, 620);
    if (const QStringList again = appsettings::unfinishedImport(); again.size() == 2 && QFileInfo(again.at(0)).isFile()) {
        setFile(again.at(0)); // try again where the last attempt stopped
        m_mappingFile->setText(again.at(1));
    }
    connect(&m_planner, &QFutureWatcher<MappedImportPlan>::finished, this, &ImportWizard::planned);
    connect(&m_importer, &QFutureWatcher<QString>::finished, this, &ImportWizard::finished);
}

ImportWizard::~ImportWizard()
{
    // Hiding the dialog as it is destroyed takes the focus from the file field,
    // whose editingFinished would then read into members already gone.
    m_file->disconnect(this);
    appsettings::setImportWizardGeometry(saveGeometry());
    const bool attempted = !m_file->text().trimmed().isEmpty();
    appsettings::setUnfinishedImport(attempted && !m_imported ? QStringList{m_file->text().trimmed(), m_mappingFile->text().trimmed()}
                                                              : QStringList());
    m_cancelled->store(true);
    m_planner.waitForFinished();
    m_importer.waitForFinished();
}

QWizardPage *ImportWizard::makeChoosePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("Into %1: a CivicStat CSV file (structure or observations), or a spreadsheet in your "
                         "city's own layout together with the mapping that describes it.")
                          .arg(QFileInfo(m_databasePath).fileName()));
    auto *browseFile = new QPushButton(tr("&Browse..."));
    auto *browseMapping = new QPushButton(tr("Bro&wse..."));
    auto *buildMapping = new QPushButton(tr("B&uild..."));
    buildMapping->setToolTip(tr("Make a mapping by choosing, for each field, the column of this file that holds it"));
    m_file->setPlaceholderText(tr("The CSV or XLSX file"));
    m_mappingFile->setPlaceholderText(tr("None: the file is in CivicStat's own CSV format"));
    m_mappingFile->setToolTip(tr("A mapping (JSON) says which columns hold codes, names and figures; "
                                 "see docs/import-formats.md"));
    m_sheet->setToolTip(tr("The worksheet to read"));
    m_fileNote->setWordWrap(true);
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(120);
    m_preview->setAccessibleName(tr("The first rows of the file, as read"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseFile);
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mappingFile, 1);
    mappingRow->addWidget(browseMapping);
    mappingRow->addWidget(buildMapping);
    const auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QFormLayout;
    form->addRow(label(tr("&File:"), m_file), fileRow);
    form->addRow(label(tr("&Sheet:"), m_sheet), m_sheet);
    form->addRow(label(tr("&Mapping:"), m_mappingFile), mappingRow);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileNote);
    layout->addWidget(new QLabel(tr("The first rows, as read:")));
    layout->addWidget(m_preview, 1);
    connect(browseFile, &QPushButton::clicked, this, &ImportWizard::browseFile);
    connect(browseMapping, &QPushButton::clicked, this, &ImportWizard::browseMapping);
    connect(buildMapping, &QPushButton::clicked, this, &ImportWizard::buildMapping);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportWizard::fileChosen);
    // A typed or pasted path is read as soon as it names a file, without Tab or Enter.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(400);
    connect(m_file, &QLineEdit::textEdited, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] {
        if (QFileInfo(m_file->text().trimmed()).isFile())
            fileChosen();
    });
    connect(m_sheet, &QComboBox::activated, this, &ImportWizard::fileChosen);
    connect(m_mappingFile, &QLineEdit::textChanged, this, [this] {
        if (selectMappingSheet())
            fileChosen();
    });
    return page;
}

QWizardPage *ImportWizard::makeCheckPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Check before importing"));
    page->setSubTitle(tr("Nothing has been written yet. Every problem is listed with where it is; fix the file or "
                         "the mapping and come back, or import when there are none."));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_duplicates->addItem(tr("Replace the figure already there"), int(DuplicatePolicy::Replace));
    m_duplicates->addItem(tr("Keep the figure already there"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Stop: import nothing"), int(DuplicatePolicy::Fail));
    m_duplicates->setToolTip(tr("What to do when the database, or an earlier row, already has a figure for the same "
                                "measure, member and period"));
    m_problems->setHeaderLabels({tr("Sheet"), tr("Row"), tr("Column"), tr("Value"), tr("What is wrong")});
    m_problems->setRootIsDecorated(false);
    m_problems->header()->setStretchLastSection(true);
    m_problems->setColumnWidth(1, 60);
    // The reason says what to do, so the chosen one is shown whole below the list.
    auto *detail = new QLabel;
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail->setAccessibleName(tr("The chosen problem in full"));
    connect(m_problems, &QTreeWidget::currentItemChanged, detail, [this, detail](QTreeWidgetItem *item) {
        detail->setText(!item ? QString()
                              : tr("%1 %2, column \"%3\", value \"%4\": %5")
                                    .arg(m_problems->headerItem()->text(1), item->text(1), item->text(2), item->text(3),
                                         item->text(4)));
    });
    m_problems->setAccessibleName(tr("Problems and refused values"));
    auto *policy = new QFormLayout;
    policy->addRow(tr("When a figure is already there:"), m_duplicates);
    auto *copy = new QPushButton(tr("C&opy the list"));
    copy->setToolTip(tr("Copy every problem, with its row, column and value, to paste into an e-mail or a spreadsheet"));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        copyProblems();
        // Copying shows nothing by itself: the button says it was done.
        copy->setText(tr("Copied: paste it anywhere"));
        QTimer::singleShot(2500, copy, [copy] { copy->setText(tr("C&opy the list")); });
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addLayout(policy);
    layout->addWidget(m_problems, 1);
    layout->addWidget(detail);
    layout->addWidget(copy, 0, Qt::AlignLeft);
    connect(m_duplicates, &QComboBox::activated, this, &ImportWizard::startPlanning);
    return page;
}

namespace {

// The last page: Finish only once the import has ended, however it ended.
class ImportingPage final : public QWizardPage
{
public:
    explicit ImportingPage(std::function<bool()> done) : m_done(std::move(done)) {}
    bool isComplete() const override { return m_done(); }
    using QWizardPage::completeChanged;

private:
    std::function<bool()> m_done;
};

} // namespace

QWizardPage *ImportWizard::makeImportPage()
{
    auto *page = new ImportingPage([this] { return !m_importer.isRunning(); });
    page->setTitle(tr("Importing"));
    page->setSubTitle(tr("All or nothing: if the import is cancelled or fails, the database stays as it was."));
    m_progressText->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_cancel->setToolTip(tr("Stop now; nothing will have been written"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::cancelImport);
    return page;
}

void ImportWizard::setFile(const QString &path)
{
    m_file->setText(path);
    fileChosen();
}

void ImportWizard::setMappingFile(const QString &path) { m_mappingFile->setText(path); }

void ImportWizard::browseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), appsettings::importFolder(),
                                                      tr("Spreadsheets and CSV (*.xlsx *.xlsm *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    appsettings::setImportFolder(QFileInfo(path).absolutePath()); // next month's file is most often beside it
    setFile(path);
}

void ImportWizard::buildMapping()
{
    // The same builder while the file and sheet stay the same: closing it (or
    // Escape) and coming back finds the choices as they were left.
    const QString sheet = m_sheet->isEnabled() ? m_sheet->currentText() : QString();
    const QString source = m_file->text().trimmed() + QChar(0x1f) + sheet;
    if (!m_builder || m_builderSource != source) {
        m_builder = std::make_unique<MappingBuilderDialog>(m_readSheet, sheet, this);
        m_builderSource = source;
    }
    if (m_builder->exec() == QDialog::Accepted)
        m_mappingFile->setText(m_builder->savedPath());
}

void ImportWizard::browseMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the mapping"), appsettings::mappingFolder(),
                                                      tr("CivicStat mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    appsettings::setMappingFolder(QFileInfo(path).absolutePath());
    m_mappingFile->setText(path);
}

bool ImportWizard::selectMappingSheet()
{
    // Only the sheet's name is wanted here: a mapping with mistakes still names
    // its sheet, and the mistakes are reported by the check page.
    const QString path = m_mappingFile->text().trimmed();
    QString unreadable;
    const auto json = path.isEmpty() ? std::nullopt : readMappingFile(path, &unreadable);
    if (!json)
        return false;
    const QString sheet = QJsonDocument::fromJson(*json).object().value(QStringLiteral("sheet")).toString();
    const int index = sheet.isEmpty() ? -1 : m_sheet->findText(sheet);
    if (index < 0 || index == m_sheet->currentIndex())
        return false;
    m_sheet->setCurrentIndex(index);
    return true;
}

void ImportWizard::fileChosen()
{
    const QString path = m_file->text().trimmed();
    const bool xlsx = fileKindOf(path) == FileKind::Workbook;
    if (xlsx && m_sheetsOf != path) { // another workbook: its own sheets
        m_sheet->clear();
        QString error;
        m_sheet->addItems(xlsxSheetNames(path, &error));
        m_sheetsOf = path;
        selectMappingSheet();
    } else if (!xlsx) {
        m_sheet->clear();
        m_sheetsOf.clear();
    }
    m_sheet->setEnabled(xlsx);
    const TabularFile file = readTabularFile(path, xlsx ? m_sheet->currentText() : QString());
    m_previewModel->clear();
    const Sheet before = std::exchange(m_readSheet, Sheet{});
    if (file.error) {
        m_builder.reset();
        m_fileNote->setText(*file.error);
        return;
    }
    m_readSheet = file.sheets.front();
    if (m_readSheet.rows != before.rows)
        m_builder.reset(); // a builder is made from one reading of the file: the file changed
    const Sheet &sheet = m_readSheet;
    m_fileNote->setText(xlsx ? tr("%1 rows in the sheet \"%2\".").arg(sheet.rows.size()).arg(sheet.name)
                             : tr("%1 rows; read as %2, separated by \"%3\".")
                                   .arg(sheet.rows.size())
                                   .arg(file.encoding, file.delimiter == QLatin1Char('\t') ? tr("tab") : QString(file.delimiter)));
    for (std::size_t r = 0; r < sheet.rows.size() && r < previewRows; ++r) {
        QList<QStandardItem *> items;
        for (const QString &cell : sheet.rows[r]) {
            auto *item = new QStandardItem(cell.left(200));
            item->setToolTip(cell);
            items << item;
        }
        m_previewModel->appendRow(items);
        m_previewModel->setVerticalHeaderItem(int(r), new QStandardItem(QString::number(sheet.lines[r])));
    }
}

std::optional<ImportMapping> ImportWizard::mapping(QString *error) const
{
    const QString path = m_mappingFile->text().trimmed();
    if (path.isEmpty())
        return std::nullopt;
    const auto json = readMappingFile(path, error);
    if (!json)
        return std::nullopt;
    auto mapping = ImportMapping::fromJson(*json, path, error);
    if (mapping && m_sheet->isEnabled() && m_sheet->count() > 0)
        mapping->sheet = m_sheet->currentText();
    return mapping;
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == ChoosePage) {
        if (!QFileInfo(m_file->text().trimmed()).isFile()) {
            m_fileNote->setText(tr("Choose a file that exists."));
            return false;
        }
        QString error;
        if (!mapping(&error) && !error.isEmpty()) {
            m_fileNote->setText(error);
            return false;
        }
    }
    if (currentId() == CheckPage)
        return m_planner.isFinished() && m_plan.ok();
    return QWizard::validateCurrentPage();
}

void ImportWizard::initializePage(int id)
{
    if (id == CheckPage)
        startPlanning();
    else if (id == ImportPage)
        startImport();
}

void ImportWizard::startPlanning()
{
    QString error;
    auto map = mapping(&error);
    m_summary->setText(tr("Reading and checking %1...").arg(QFileInfo(m_file->text()).fileName()));
    m_problems->clear();
    std::shared_ptr<KpiStore> worker;
    try {
        if (m_store || QFileInfo::exists(m_databasePath))
            worker = workerStore(StoreOpenMode::Existing);
    } catch (const StoreError &error) {
        m_summary->setText(windowText(error));
        return;
    }
    m_planner.setFuture(QtConcurrent::run(planInBackground, worker, m_file->text().trimmed(), map,
                                          DuplicatePolicy(m_duplicates->currentData().toInt())));
}

void ImportWizard::planned()
{
    m_plan = m_planner.result();
    QString text = plannedSentence(m_plan, &m_plan.counts);
    if (m_plan.kind == ImportPlan::Kind::Unknown && m_mappingFile->text().trimmed().isEmpty())
        text += QLatin1Char(' ') + tr("This file is not in CivicStat's own CSV format: go Back and choose its mapping "
                                      "(Browse...), or make one from its columns (Build...).");
    const int refused = int(m_plan.refused.size());
    const int problems = int(m_plan.problems.size());
    if (refused == 1)
        text += QLatin1Char(' ') + tr("1 value is refused by the mapping and will be left out.");
    else if (refused > 1)
        text += QLatin1Char(' ') + tr("%1 values are refused by the mapping and will be left out.").arg(refused);
    const QStringList warnings = plannedWarnings(m_plan.counts);
    if (problems == 0 && !warnings.isEmpty())
        text += QLatin1Char(' ') + tr("No problems stop the import, but read these warnings first:");
    else if (problems == 0)
        text += QLatin1Char(' ') + tr("No problems: ready to import.");
    else if (problems == 1)
        text += QLatin1Char(' ') + tr("1 problem: nothing can be imported until it is fixed.");
    else
        text += QLatin1Char(' ') + tr("%1 problems: nothing can be imported until they are fixed.").arg(problems);
    for (const QString &warning : warnings)
        text += QStringLiteral("\n\n\u26a0 ") + warning; // a sign as well as words: never colour alone
    m_summary->setText(text);
    const auto add = [this](const ImportProblem &p, bool refused) {
        auto *item = new QTreeWidgetItem(m_problems, {p.sheet, p.line > 0 ? QString::number(p.line) : QString(), p.column,
                                                      p.value, (refused ? tr("Left out: ") : QString()) + p.reason});
        item->setToolTip(4, p.reason);
    };
    for (const ImportProblem &p : m_plan.problems)
        add(p, false);
    for (const ImportProblem &p : m_plan.refused)
        add(p, true);
    bool anySheet = false;
    for (const auto *list : {&m_plan.problems, &m_plan.refused})
        anySheet = anySheet || std::any_of(list->cbegin(), list->cend(), [](const ImportProblem &p) { return !p.sheet.isEmpty(); });
    m_problems->setColumnHidden(0, !anySheet); // CSV files have no sheets, and count lines, not rows
    m_problems->headerItem()->setText(1, anySheet ? tr("Row") : tr("Line"));
    m_problems->setCurrentItem(m_problems->topLevelItem(0));
    if (QWizardPage *page = this->page(CheckPage))
        emit page->completeChanged();
    button(QWizard::NextButton)->setEnabled(m_plan.ok());
    emit planReady();
}

void ImportWizard::startImport()
{
    m_cancelled->store(false);
    m_written->store(0);
    m_cancel->setEnabled(true);
    const qint64 total = qint64(m_plan.batch.observations.size());
    m_progress->setRange(0, int(std::max<qint64>(1, total)));
    m_progressText->setText(tr("Writing %1 figures...").arg(total));
    ImportBatch batch = m_plan.batch;
    batch.progress = [cancelled = m_cancelled, written = m_written](qint64 done, qint64) {
        written->store(done);
        return !cancelled->load();
    };
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] { m_progress->setValue(int(m_written->load())); });
    connect(&m_importer, &QFutureWatcher<QString>::finished, timer, &QObject::deleteLater);
    timer->start(100);
    std::shared_ptr<KpiStore> store;
    try {
        store = workerStore(StoreOpenMode::CreateIfMissing);
    } catch (const StoreError &error) {
        m_progressText->setText(windowText(error));
        m_cancel->setEnabled(false);
        return;
    }
    m_importer.setFuture(QtConcurrent::run([store, batch, importId = m_importId]() -> QString {
        try {
            const ImportSummary summary = store->applyImport(batch);
            *importId = summary.importId;
            QString text
                = tr("Imported %1.").arg(countPhrase(summary.observationsWritten, tr("%1 figure"), tr("%1 figures")));
            if (summary.observationsSkipped > 0)
                text += QLatin1Char(' ')
                    + tr("Kept %1 already there.")
                          .arg(countPhrase(summary.observationsSkipped, tr("%1 figure"), tr("%1 figures")));
            return text + QLatin1Char(' ') + tr("The import log records it as import %1.").arg(summary.importId);
        } catch (const StoreError &error) {
            return QStringLiteral("!") + windowText(error);
        }
    }));
    emit static_cast<ImportingPage *>(page(ImportPage))->completeChanged();
}

void ImportWizard::finished()
{
    const QString result = m_importer.result();
    m_imported = !result.startsWith(QLatin1Char('!'));
    m_result = m_imported ? result : result.mid(1);
    m_progress->setRange(0, 1);
    m_progress->setValue(m_imported ? 1 : 0);
    m_progressText->setText(m_imported ? m_result + QLatin1Char('\n')
                                         + tr("Finish to see them; Edit > Undo takes them back.")
                                       : m_result);
    m_cancel->setEnabled(false);
    emit static_cast<ImportingPage *>(page(ImportPage))->completeChanged();
    emit importFinished(m_imported);
}

QString ImportWizard::resultText() const { return m_result; }

std::shared_ptr<const ImportBatch> ImportWizard::writtenBatch() const
{
    if (!m_imported)
        return nullptr;
    auto batch = std::make_shared<ImportBatch>(m_plan.batch);
    batch->progress = nullptr;
    return batch;
}

std::shared_ptr<KpiStore> ImportWizard::workerStore(StoreOpenMode mode) const
{
    if (m_store)
        return m_store->openWorkerConnection();
    return openStore(m_databasePath, mode);
}

QString ImportWizard::summaryText() const { return m_summary->text(); }

void ImportWizard::cancelImport()
{
    m_cancelled->store(true);
    m_cancel->setEnabled(false);
    m_progressText->setText(tr("Cancelling..."));
}

void ImportWizard::reject()
{
    if (m_importer.isRunning()) {
        cancelImport(); // the wizard stays open to say that nothing was written
        return;
    }
    QWizard::reject();
}

void ImportWizard::copyProblems()
{
    QStringList lines = {tr("Sheet\tRow\tColumn\tValue\tWhat is wrong")};
    for (int i = 0; i < m_problems->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_problems->topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < m_problems->columnCount(); ++c)
            cells << item->text(c);
        lines << cells.join(QLatin1Char('\t'));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace civicstat
