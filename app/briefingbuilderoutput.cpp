// The builder's output: the book of the current choices, printed on a printer
// the user picks or saved as a PDF where the user says.
#include "briefingbuilderdialog.h"

#include "appsettings.h"
#include "briefingoptionsform.h"
#include "briefingprinter.h"
#include "storeerror.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace civicstat {

namespace {

QString suggestedFileName(const BriefingBook &book)
{
    QString name = QStringLiteral("%1 %2 %3 %4")
                       .arg(book.cityName, book.title, book.card.period.text(), toText(book.request.edition.audience));
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    return name.simplified() + QStringLiteral(".pdf");
}

} // namespace

BriefingBook *BriefingBuilderDialog::bookForChoices()
{
    if (const QString problem = m_options->problem(); !problem.isEmpty()) {
        showProblem(problem);
        return nullptr;
    }
    const BriefingRequest wanted = request();
    if (!m_book || !sameContent(m_book->request, wanted)) {
        // The preview is behind the choices (changed a moment ago): gather them now.
        m_gatherer.waitForFinished();
        QApplication::setOverrideCursor(Qt::BusyCursor);
        try {
            m_book = std::make_shared<BriefingBook>(assembleConsistentBriefing(m_store, wanted));
        } catch (const StoreError &error) {
            QApplication::restoreOverrideCursor();
            showProblem(error.message());
            return nullptr;
        }
        QApplication::restoreOverrideCursor();
    }
    m_book->request.paper = wanted.paper;
    m_book->request.pdfA = wanted.pdfA;
    return m_book.get();
}

bool BriefingBuilderDialog::saveAsPdf()
{
    BriefingBook *book = bookForChoices();
    if (!book)
        return false;
    QString path = m_nextSavePath;
    m_nextSavePath.clear();
    if (path.isEmpty()) {
        QString folder = appsettings::briefingFolder();
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Save the briefing as PDF"),
                                            QDir(folder).filePath(suggestedFileName(*book)),
                                            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
    }
    WrittenBriefing written;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    try {
        written = writeBriefingPdf(*book, path);
    } catch (const StoreError &error) {
        QApplication::restoreOverrideCursor();
        say(error.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    appsettings::setBriefingFolder(QFileInfo(path).absolutePath());
    const QString where = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    say(written.pages == 1 ? tr("Saved 1 page to %1.").arg(where)
                           : tr("Saved %1 pages to %2.").arg(QString::number(written.pages), where));
    return true;
}

void BriefingBuilderDialog::print()
{
    BriefingBook *book = bookForChoices();
    if (!book)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(briefingPageLayout(book->request.paper));
    printer.setDocName(QStringLiteral("%1: %2, %3").arg(book->cityName, book->title, book->periodLabel));
    QPrintDialog dialog(&printer, this);
    // Every page is printed: a range would leave the contents' page numbers pointing nowhere.
    dialog.setOptions(QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintShowPageSize
                      | QAbstractPrintDialog::PrintCollateCopies);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Paper chosen in the printer's dialog wins when the book can be laid out on it.
    QPageSize::PageSizeId paper = printer.pageLayout().pageSize().id();
    if (paper != QPageSize::A4 && paper != QPageSize::Letter)
        paper = book->request.paper;
    printer.setPageLayout(briefingPageLayout(paper));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    try {
        const int pages = paintBriefing(*book, printer);
        const QString where = printer.outputFileName().isEmpty() ? printer.printerName()
                                                                 : QDir::toNativeSeparators(printer.outputFileName());
        say(pages == 1 ? tr("Sent 1 page to %1.").arg(where) : tr("Sent %1 pages to %2.").arg(QString::number(pages), where));
    } catch (const StoreError &error) {
        say(error.message());
    }
    QApplication::restoreOverrideCursor();
}

} // namespace civicstat
