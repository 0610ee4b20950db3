// The import wizard: choose a file (CSV or XLSX) and, for a spreadsheet in a
// city's own layout, its mapping; see the first rows as read; check everything
// (counts, every problem with its sheet, row, column and value); then import
// in one transaction on a worker thread, with progress and Cancel. The rules
// are the core's (importfile.h): the wizard only gathers choices and shows.
#pragma once

#include "importfile.h"

#include <QFutureWatcher>
#include <QWizard>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTreeWidget;

namespace civicstat {

class MappingBuilderDialog;

class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    // With `store`, the wizard reads and writes through worker connections it
    // hands out; without, it opens `databasePath` (creating it if missing).
    ImportWizard(const QString &databasePath, QWidget *parent = nullptr, const KpiStore *store = nullptr);
    ~ImportWizard() override;

    enum Page { ChoosePage, CheckPage, ImportPage };

    // For tests and scripted use: what the pages would take from the user.
    void setFile(const QString &path);
    void setMappingFile(const QString &path);
    const MappedImportPlan &plan() const { return m_plan; }
    bool imported() const { return m_imported; }
    // What was written, for the undo stack's ImportFiguresCommand (0 and null before).
    qint64 importId() const { return *m_importId; }
    std::shared_ptr<const ImportBatch> writtenBatch() const;
    QString resultText() const;
    QString summaryText() const; // the check page's counts and verdict
    QTableView *preview() const { return m_preview; }
    QLineEdit *fileEdit() const { return m_file; }
    QTreeWidget *problems() const { return m_problems; }

signals:
    void planReady();
    void importFinished(bool written);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    // Escape or closing the window while writing cancels the import (all of it)
    // and says so, instead of closing with no word.
    void reject() override;

private:
    QWizardPage *makeChoosePage();
    QWizardPage *makeCheckPage();
    QWizardPage *makeImportPage();
    void fileChosen();
    // Shows the sheet the chosen mapping names (a workbook's first sheet is
    // often a summary); true when it changed the choice.
    bool selectMappingSheet();
    void browseFile();
    void browseMapping();
    void buildMapping();
    void startPlanning();
    void planned();
    void startImport();
    std::shared_ptr<KpiStore> workerStore(StoreOpenMode mode) const;
    void cancelImport();
    void copyProblems();
    void finished();
    std::optional<ImportMapping> mapping(QString *error) const;

    QString m_databasePath;
    const KpiStore *m_store;
    std::shared_ptr<qint64> m_importId = std::make_shared<qint64>(0);
    QLineEdit *m_file;
    QComboBox *m_sheet;
    QLineEdit *m_mappingFile;
    QLabel *m_fileNote;
    QTableView *m_preview;
    QStandardItemModel *m_previewModel;
    Sheet m_readSheet; // the chosen file as read, for the mapping builder
    QString m_sheetsOf; // the workbook whose sheets m_sheet lists
    std::unique_ptr<MappingBuilderDialog> m_builder;
    QString m_builderSource; // the file and sheet m_builder was made for
    QLabel *m_summary;
    QComboBox *m_duplicates;
    QTreeWidget *m_problems;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QFutureWatcher<MappedImportPlan> m_planner;
    QFutureWatcher<QString> m_importer;
    MappedImportPlan m_plan;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<std::atomic<qint64>> m_written;
    bool m_imported = false;
    QString m_result;
};

} // namespace civicstat
