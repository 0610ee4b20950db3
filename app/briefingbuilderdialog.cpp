#include "briefingbuilderdialog.h"

#include "appsettings.h"
#include "briefingoptionsform.h"
#include "briefingprinter.h"
#include "kpistore.h"
#include "storeerror.h"
#include "windowerrortext.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace civicstat {

namespace {

// The printer resolution of writeBriefingPdf: the preview's text is laid out
// with the same font metrics, so it breaks pages where the PDF does.
constexpr int previewDpi = 300;
constexpr int debounceMs = 300;

GatheredBriefing gather(std::shared_ptr<KpiStore> store, BriefingRequest request)
{
    GatheredBriefing result;
    result.request = request;
    try {
        result.book = std::make_shared<BriefingBook>(assembleConsistentBriefing(*store, request));
    } catch (const StoreError &error) {
        result.error = windowText(error);
    }
    return result;
}

} // namespace

bool sameContent(const BriefingRequest &a, const BriefingRequest &b)
{
    return a.title == b.title && a.scope.kind == b.scope.kind && a.scope.code == b.scope.code
        && a.measureCodes == b.measureCodes && a.periodText == b.periodText
        && a.edition.audience == b.edition.audience && a.edition.classifiedCodes == b.edition.classifiedCodes
        && a.parts.summary == b.parts.summary && a.parts.attention == b.parts.attention
        && a.parts.scorecard == b.parts.scorecard && a.parts.measures == b.parts.measures
        && a.parts.appendix == b.parts.appendix;
}

BriefingBuilderDialog::BriefingBuilderDialog(const KpiStore &store, const QString &periodText, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_options(new BriefingOptionsForm(store.structure(), store.citySettings().fiscalYearStartMonth, this))
    , m_previewPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_preview(new QPrintPreviewWidget(m_previewPrinter.get(), this))
    , m_previewStack(new QStackedWidget(this))
    , m_problemPage(new QLabel(this))
    , m_pageLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_print(new QPushButton(tr("&Print..."), this))
    , m_save(new QPushButton(tr("Save as P&DF..."), this))
{
    setWindowTitle(tr("Briefing book"));
    try {
        m_workerStore = store.openWorkerConnection();
    } catch (const StoreError &) {
        // Without a second connection the book is gathered on this thread: slower to answer, same book.
    }
    m_previewPrinter->setResolution(previewDpi);
    m_options->restoreChoices(appsettings::briefingChoices());
    m_options->setPeriodText(periodText);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_options);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Its word-wrapped explanations grow taller as the pane narrows, past what the scroll area allows for.
    scroll->setMinimumWidth(340);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(previewPane());
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    splitter->setSizes({400, 880}); // the left pane shows every choice without a scroll bar at 1280x800

    m_print->setToolTip(tr("Choose a printer and print the briefing as the preview shows it"));
    m_save->setToolTip(tr("Write the briefing as a PDF file, to send or to archive"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setToolTip(tr("Close the builder; your choices are kept for next time"));
    m_print->setAutoDefault(false);
    m_save->setAutoDefault(false);
    close->setAutoDefault(false);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_print, &QPushButton::clicked, this, &BriefingBuilderDialog::print);
    connect(m_save, &QPushButton::clicked, this, &BriefingBuilderDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_gatherer, &QFutureWatcher<GatheredBriefing>::finished, this, &BriefingBuilderDialog::gathered);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &BriefingBuilderDialog::refreshPreview);
    connect(m_options, &BriefingOptionsForm::changed, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_book)
            paintBriefing(*m_book, *printer);
    });
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &BriefingBuilderDialog::updatePageLabel);
    // The preview counts its current page anew as it scrolls, and says so only when the pages change.
    if (auto *view = m_preview->findChild<QAbstractScrollArea *>())
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &BriefingBuilderDialog::updatePageLabel);

    if (!restoreGeometry(appsettings::briefingBuilderGeometry()))
        resize(1180, 740); // inside a 1280x800 screen with its panels
    refreshPreview();
}

BriefingBuilderDialog::~BriefingBuilderDialog()
{
    m_gatherer.waitForFinished();
}

QWidget *BriefingBuilderDialog::previewPane()
{
    auto *pane = new QWidget(this);
    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    const auto tool = [this, tools](const QString &text, const QString &tip, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action); // the shortcut works wherever the focus is in the dialog
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setFocusPolicy(Qt::TabFocus);
        tools->addWidget(button);
    };
    tool(tr("Fit width"), tr("Zoom so that a page fills the preview's width"), QKeySequence(Qt::CTRL | Qt::Key_2),
         [this] { m_preview->fitToWidth(); });
    tool(tr("Whole page"), tr("Zoom so that a whole page shows"), QKeySequence(Qt::CTRL | Qt::Key_1),
         [this] { m_preview->fitInView(); });
    tool(tr("Zoom in"), tr("Zoom in"), QKeySequence(QKeySequence::ZoomIn), [this] { m_preview->zoomIn(); });
    tool(tr("Zoom out"), tr("Zoom out"), QKeySequence(QKeySequence::ZoomOut), [this] { m_preview->zoomOut(); });
    tools->addSpacing(12);
    tool(tr("Previous page"), tr("Show the previous page"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
         [this] { m_preview->setCurrentPage(m_preview->currentPage() - 1); });
    tool(tr("Next page"), tr("Show the next page"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
         [this] { m_preview->setCurrentPage(m_preview->currentPage() + 1); });
    tools->addStretch(1);
    tools->addWidget(m_pageLabel);

    m_preview->setToolTip(tr("The pages as they will be printed and saved"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_problemPage->setWordWrap(true);
    m_problemPage->setAlignment(Qt::AlignCenter);
    m_problemPage->setMargin(40);
    m_problemPage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewStack->addWidget(m_preview);
    m_previewStack->addWidget(m_problemPage);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_previewStack, 1);
    return pane;
}

BriefingRequest BriefingBuilderDialog::request() const { return m_options->request(); }

int BriefingBuilderDialog::previewPageCount() const
{
    return m_previewStack->currentWidget() == m_preview ? m_preview->pageCount() : 0;
}

QPageSize::PageSizeId BriefingBuilderDialog::previewPaper() const
{
    return m_previewPrinter->pageLayout().pageSize().id();
}

QString BriefingBuilderDialog::message() const { return m_message->text(); }

bool BriefingBuilderDialog::previewIsCurrent() const
{
    return !m_debounce.isActive() && !m_gatherer.isRunning() && m_book
        && sameContent(m_book->request, request()) && m_book->request.paper == request().paper;
}

void BriefingBuilderDialog::readyToPrint()
{
    m_print->setDefault(true); // Enter prints
    // A dialog not yet shown gives the focus to its first control when it appears: focus Print after that.
    QTimer::singleShot(0, m_print, [this] { m_print->setFocus(Qt::ShortcutFocusReason); });
}

void BriefingBuilderDialog::refreshPreview()
{
    m_debounce.stop();
    if (const QString problem = m_options->problem(); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    const BriefingRequest wanted = request();
    if (m_book && sameContent(m_book->request, wanted)) {
        m_book->request.paper = wanted.paper;
        m_book->request.pdfA = wanted.pdfA;
        showBook();
        return;
    }
    if (!m_workerStore) {
        if (bookForChoices())
            showBook();
        return;
    }
    if (m_gatherer.isRunning())
        return; // gathered() compares what it gathered with the choices then
    say(tr("Gathering the briefing..."));
    m_previewStack->setCursor(Qt::BusyCursor);
    m_gatherer.setFuture(QtConcurrent::run(gather, m_workerStore, wanted));
}

void BriefingBuilderDialog::gathered()
{
    m_previewStack->unsetCursor();
    const GatheredBriefing result = m_gatherer.result();
    if (!sameContent(result.request, request())) { // the choices changed while it was gathered
        refreshPreview();
        return;
    }
    if (!result.book) {
        showProblem(result.error);
        return;
    }
    m_book = result.book;
    m_book->request.paper = request().paper;
    m_book->request.pdfA = request().pdfA;
    showBook();
}

void BriefingBuilderDialog::showBook()
{
    m_previewPrinter->setPageLayout(briefingPageLayout(m_book->request.paper));
    m_previewStack->setCurrentWidget(m_preview);
    // Laying out and painting the pages runs here, on the window's thread: the
    // demo city's 155 citywide pages take about 3 s, its 32-page goal 0.5 s.
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_preview->updatePreview();
    QApplication::restoreOverrideCursor();
    m_print->setEnabled(true);
    m_save->setEnabled(true);
    const int pages = m_preview->pageCount();
    const QString count = pages == 1 ? tr("1 page") : tr("%1 pages").arg(pages);
    QString text = tr("%1, %2, %3.").arg(count, m_book->scopeName, m_book->request.edition.title().toLower());
    if (const int hidden = m_book->hiddenInScope; hidden > 0)
        text += QLatin1Char(' ') + hiddenMeasuresNote(hidden) + QLatin1Char('.');
    say(text);
    updatePageLabel();
    emit previewUpdated();
}

void BriefingBuilderDialog::showProblem(const QString &problem)
{
    m_problemPage->setText(problem);
    m_previewStack->setCurrentWidget(m_problemPage);
    m_print->setEnabled(false);
    m_save->setEnabled(false);
    say(problem);
    updatePageLabel();
    emit previewUpdated();
}

void BriefingBuilderDialog::say(const QString &text) { m_message->setText(text); }

void BriefingBuilderDialog::updatePageLabel()
{
    const int pages = previewPageCount();
    m_pageLabel->setText(pages > 0 ? tr("Page %1 of %2").arg(m_preview->currentPage()).arg(pages) : QString());
}

void BriefingBuilderDialog::done(int result)
{
    appsettings::setBriefingChoices(m_options->choices());
    appsettings::setBriefingBuilderGeometry(saveGeometry());
    QDialog::done(result);
}

} // namespace civicstat
