// File > Briefing book...: the choices of a briefing book on the left, a live
// preview of its pages on the right, and Print and Save as PDF. The book is
// gathered on a connection of its own, off the window's thread, a moment after
// the last change of a choice; the choices are remembered for next time.
#pragma once

#include "briefingbook.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>
#include <memory>

class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QStackedWidget;

namespace civicstat {

class BriefingOptionsForm;
class KpiStore;

// What gathering a book on the worker connection produced.
struct GatheredBriefing {
    BriefingRequest request;
    std::shared_ptr<BriefingBook> book;
    QString error; // the StoreError's message, for the user
};

// Whether two requests ask for the same content: paper and PDF/A change how a
// book is put on pages, not what it holds, and need no new gathering.
bool sameContent(const BriefingRequest &a, const BriefingRequest &b);

class BriefingBuilderDialog final : public QDialog
{
    Q_OBJECT

public:
    // `store` is the window's own connection; `periodText` the period the window shows (empty: the latest).
    BriefingBuilderDialog(const KpiStore &store, const QString &periodText, QWidget *parent = nullptr);
    ~BriefingBuilderDialog() override;

    BriefingRequest request() const;
    BriefingOptionsForm *options() const { return m_options; }
    QPrintPreviewWidget *preview() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }
    QPageSize::PageSizeId previewPaper() const; // the paper the preview's pages are laid out on
    // Pages in the preview; 0 while it cannot show the choices (see message()).
    int previewPageCount() const;
    // What the dialog last said under the preview: a problem, or where a PDF was saved.
    QString message() const;
    bool previewIsCurrent() const; // shows the current choices, with no gathering under way
    void readyToPrint(); // for Ctrl+P: the focus on Print

    // The next Save as PDF writes here without asking (for tests and scripted screenshots).
    void setNextSavePath(const QString &path) { m_nextSavePath = path; }
    bool saveAsPdf();
    void print();

signals:
    // The preview shows the current choices, or the dialog says why it cannot.
    void previewUpdated();

public slots:
    void done(int result) override; // remembers the choices and the size

private:
    void refreshPreview();
    void gathered();
    void showBook();
    void showProblem(const QString &problem);
    void say(const QString &text);
    void updatePageLabel();
    // The book of the current choices, gathered on this thread if the preview is behind them.
    BriefingBook *bookForChoices();
    QWidget *previewPane();

    const KpiStore &m_store;
    std::shared_ptr<KpiStore> m_workerStore; // used only by the gatherer, one book at a time
    QFutureWatcher<GatheredBriefing> m_gatherer;
    std::shared_ptr<BriefingBook> m_book;
    QTimer m_debounce;
    QString m_nextSavePath;

    BriefingOptionsForm *m_options;
    std::unique_ptr<QPrinter> m_previewPrinter;
    QPrintPreviewWidget *m_preview;
    QStackedWidget *m_previewStack;
    QLabel *m_problemPage;
    QLabel *m_pageLabel;
    QLabel *m_message;
    QPushButton *m_print;
    QPushButton *m_save;
};

} // namespace civicstat
