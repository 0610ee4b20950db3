#include "briefingprinter.h"

#include "briefingchart.h"
#include "briefinghtml.h"
#include "storeerror.h"
#include "tablebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>
#include <set>

namespace civicstat {

namespace {
struct BriefingPrinterText { Q_DECLARE_TR_FUNCTIONS(BriefingBook) };
using T = BriefingPrinterText;

constexpr qreal marginMm = 16;
constexpr qreal headerMm = 9;
constexpr qreal footerMm = 10;

const char *styleSheet = "body { font-size: 9pt; }"
                         "h1 { font-size: 16pt; margin-top: 0px; margin-bottom: 8px; }"
                         "h2 { font-size: 13pt; margin-top: 0px; margin-bottom: 6px; }"
                         "h3 { font-size: 10pt; margin-top: 10px; margin-bottom: 3px; }"
                         "p { margin-top: 3px; margin-bottom: 3px; }"
                         "table { font-size: 8pt; margin-top: 4px; margin-bottom: 4px; }";

// The book's parts, each laid out as a document of its own for one device:
// every part starts a page, so a part's first page is the sum of the page
// counts before it, and painting a page looks at one small document only.
class BriefingLayout
{
public:
    BriefingLayout(const BriefingBook &book, QPaintDevice &device, const QSizeF &body)
        : m_chart(book, nullptr), m_device(device), m_body(body)
    {
        const std::vector<BriefingPart> parts = briefingParts(book);
        const bool withContents = parts.size() > 1;
        // The contents' own length, from a draft with wide placeholders for the numbers.
        int contentsPages = 0;
        if (withContents) {
            for (const auto &draft : loadUnsplit(contentsHtml(parts, {})))
                contentsPages += draft->pageCount();
        }
        std::vector<int> firstPages(parts.size());
        std::vector<std::vector<std::unique_ptr<QTextDocument>>> documents;
        int next = 1;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            firstPages[i] = next;
            documents.push_back(loadUnsplit(parts[i].html));
            for (const auto &document : documents.back())
                next += document->pageCount();
            if (i == 0)
                next += contentsPages;
        }
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (i == 1 && withContents) {
                for (auto &contents : loadUnsplit(contentsHtml(parts, firstPages)))
                    add(std::move(contents), QString());
            }
            for (auto &document : documents[i])
                add(std::move(document), parts[i].stamp);
        }
    }

    int pageCount() const { return int(m_pages.size()); }

    // Paints page `page` (0-based) of the book's body at the painter's origin.
    void paintBody(QPainter &painter, int page) const
    {
        const Page &p = m_pages[std::size_t(page)];
        const QRectF clip(0, p.index * m_body.height(), m_body.width(), m_body.height());
        painter.save();
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        p.document->documentLayout()->draw(&painter, context);
        painter.restore();
    }

    QString stampsOn(int page) const
    {
        const std::set<QString> &stamps = m_pages[std::size_t(page)].stamps;
        return QStringList(stamps.begin(), stamps.end()).join(QStringLiteral(" · "));
    }

private:
    struct Page {
        const QTextDocument *document = nullptr;
        int index = 0; // within its document
        std::set<QString> stamps;
    };

    std::unique_ptr<QTextDocument> load(const QString &html)
    {
        auto document = std::make_unique<QTextDocument>();
        document->documentLayout()->setPaintDevice(&m_device);
        document->documentLayout()->registerHandler(QTextFormat::ImageObject, &m_chart);
        document->setDefaultFont(briefingFont(9));
        document->setDocumentMargin(0);
        document->setDefaultStyleSheet(QString::fromLatin1(styleSheet));
        QTextOption option = document->defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long code never runs past the margin
        document->setDefaultTextOption(option);
        document->setPageSize(m_body);
        document->setHtml(html);
        document->documentLayout()->documentSize(); // lay out to the end now, not lazily
        return document;
    }

    // The documents of one part: a new one wherever a table row would
    // otherwise be split across two pages, the row opening the next page.
    std::vector<std::unique_ptr<QTextDocument>> loadUnsplit(QString html)
    {
        std::vector<std::unique_ptr<QTextDocument>> documents;
        for (;;) {
            auto document = load(html);
            const auto split = firstSplitRow(*document, m_body.height());
            const HtmlAtBreak cut = split ? breakTableBefore(html, *split) : HtmlAtBreak{};
            if (cut.tail.isEmpty()) { // no split, or a row taller than a page: nothing to gain
                documents.push_back(std::move(document));
                return documents;
            }
            documents.push_back(load(cut.head));
            html = cut.tail;
        }
    }

    void add(std::unique_ptr<QTextDocument> document, const QString &stamp)
    {
        const std::size_t first = m_pages.size();
        for (int i = 0; i < document->pageCount(); ++i) {
            Page page{document.get(), i, {}};
            if (!stamp.isEmpty())
                page.stamps.insert(stamp);
            m_pages.push_back(std::move(page));
        }
        // A table row of a classified measure stamps its page.
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                for (const QString &name : it.fragment().charFormat().anchorNames()) {
                    if (!name.startsWith(classifiedAnchorPrefix))
                        continue;
                    const qreal top = document->documentLayout()->blockBoundingRect(block).top();
                    const std::size_t page = first + std::size_t(top / m_body.height());
                    if (page < m_pages.size())
                        m_pages[page].stamps.insert(name.mid(classifiedAnchorPrefix.size()));
                }
            }
        }
        m_documents.push_back(std::move(document));
    }

    BriefingChartObject m_chart;
    QPaintDevice &m_device;
    QSizeF m_body;
    std::vector<std::unique_ptr<QTextDocument>> m_documents;
    std::vector<Page> m_pages;
};

qreal pixels(qreal mm, int dpi) { return mm / 25.4 * dpi; }

void paintMargins(QPainter &painter, const BriefingBook &book, const QRectF &page, qreal header, qreal footer,
                  int number, int count, const QString &stamps)
{
    const QFont font = briefingFont(7.5);
    painter.setFont(font);
    painter.setPen(QColor(70, 70, 70));
    const QRectF top(page.left(), page.top(), page.width(), header * 0.7);
    painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1 · %2").arg(book.cityName, book.title));
    QString right = book.request.edition.title();
    if (!stamps.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        painter.setFont(bold);
        right = stamps + QStringLiteral(" · ") + right;
    }
    painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.setFont(font);
    painter.drawLine(QPointF(page.left(), top.bottom()), QPointF(page.right(), top.bottom()));

    const QRectF bottom(page.left(), page.bottom() - footer * 0.7, page.width(), footer * 0.7);
    painter.drawLine(QPointF(page.left(), bottom.top()), QPointF(page.right(), bottom.top()));
    painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, book.periodLabel);
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, T::tr("Page %1 of %2").arg(number).arg(count));
    const QString stamp = book.request.edition.footerStamp();
    if (!stamp.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignVCenter, stamp);
    }
}

} // namespace

QPageLayout briefingPageLayout(QPageSize::PageSizeId paper)
{
    return QPageLayout(QPageSize(paper), QPageLayout::Portrait,
                       QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
}

int paintBriefing(const BriefingBook &book, QPagedPaintDevice &device)
{
    const int dpi = device.logicalDpiY();
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX()).translated(
        -device.pageLayout().paintRectPixels(device.logicalDpiX()).topLeft());
    const qreal header = pixels(headerMm, dpi);
    const qreal footer = pixels(footerMm, dpi);
    const QSizeF body(page.width(), page.height() - header - footer);
    BriefingLayout layout(book, device, body);
    const int count = layout.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        throw StoreError(StoreError::Kind::Io, T::tr("Could not start painting the briefing's pages."));
    for (int p = 0; p < count; ++p) {
        if (p > 0)
            device.newPage();
        painter.save();
        painter.translate(0, header);
        layout.paintBody(painter, p);
        painter.restore();
        paintMargins(painter, book, page, header, footer, p + 1, count, layout.stampsOn(p));
    }
    painter.end();
    return count;
}

WrittenBriefing writeBriefingPdf(const BriefingBook &book, const QString &path)
{
    // Painted into memory first: Qt 6.4's buffered QSaveFile can commit a file
    // cut short by a full disk, so the bytes go out in one unbuffered write
    // whose size is checked before the rename.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    WrittenBriefing written;
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(300);
        writer.setPageLayout(briefingPageLayout(book.request.paper));
        writer.setTitle(QStringLiteral("%1: %2, %3").arg(book.cityName, book.title, book.periodLabel));
        writer.setCreator(QStringLiteral("CivicStat"));
        if (book.request.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        written.pages = paintBriefing(book, writer);
    }
    written.bytes = pdf.size();
    const QString where = QFileInfo(path).absoluteFilePath();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        throw StoreError(StoreError::Kind::Io,
                         T::tr("Cannot write %1: %2. Choose a folder you can write to.").arg(where, file.errorString()));
    if (file.write(pdf.data()) != written.bytes || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw StoreError(StoreError::Kind::Io,
                         T::tr("Could not finish writing %1: %2. Nothing was written; free some space or choose "
                               "another place, then try again.")
                             .arg(where, reason));
    }
    return written;
}

} // namespace civicstat
