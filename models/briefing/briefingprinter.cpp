#include "briefingprinter.h"

#include "briefingchart.h"
#include "briefinghtml.h"
#include "storeerror.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <map>
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
                         "table { font-size: 8.5pt; margin-top: 4px; margin-bottom: 4px; }";

// The text document of a book, laid out for one device, with where each
// contents entry and each classified measure landed. Laid out twice: once to
// find the pages, once with the page numbers in the contents. Nothing is
// edited after a layout: an edit makes Qt's lazy layout stop short, and the
// text after it would never be painted.
class BriefingLayout
{
public:
    BriefingLayout(const BriefingBook &book, QPaintDevice &device, const QSizeF &body)
        : m_chart(book, nullptr), m_device(device), m_body(body)
    {
        std::vector<ContentsEntry> contents;
        QString html = briefingHtml(book, contents);
        load(html);
        std::map<QString, int> pages;
        for (const auto &[name, page] : anchors())
            pages.emplace(name, page);
        for (int i = int(contents.size()) - 1; i >= 0; --i) // [[p12]] before [[p1]] swallows it
            html.replace(pageNumberPlaceholder(i), QString::number(pages[contents[std::size_t(i)].anchor] + 1));
        load(html);
        findClassifiedPages();
    }

    QTextDocument &document() { return *m_document; }
    int pageCount() const { return m_document->pageCount(); }
    QString stampsOn(int page) const
    {
        const auto found = m_stamps.find(page);
        if (found == m_stamps.end())
            return {};
        return QStringList(found->second.begin(), found->second.end()).join(QStringLiteral(" · "));
    }

private:
    void load(const QString &html)
    {
        m_document = std::make_unique<QTextDocument>();
        m_document->documentLayout()->setPaintDevice(&m_device);
        m_document->documentLayout()->registerHandler(QTextFormat::ImageObject, &m_chart);
        m_document->setDefaultFont(briefingFont(9));
        m_document->setDocumentMargin(0);
        m_document->setDefaultStyleSheet(QString::fromLatin1(styleSheet));
        QTextOption option = m_document->defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long code never runs past the margin
        m_document->setDefaultTextOption(option);
        m_document->setPageSize(m_body);
        m_document->setHtml(html);
        m_document->documentLayout()->documentSize(); // lay out to the end now
    }

    int pageOf(const QTextBlock &block) const
    {
        // A heading that opens a page sits on its boundary, give or take rounding.
        const qreal top = m_document->documentLayout()->blockBoundingRect(block).top();
        return int((top + 2) / m_body.height());
    }

    // Anchor name -> page, in document order.
    std::vector<std::pair<QString, int>> anchors() const
    {
        std::vector<std::pair<QString, int>> found;
        for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                for (const QString &name : it.fragment().charFormat().anchorNames())
                    found.emplace_back(name, pageOf(block));
            }
        }
        return found;
    }

    void findClassifiedPages()
    {
        std::map<QString, int> openedOn;
        for (const auto &[name, page] : anchors()) {
            if (!name.startsWith(classifiedAnchorPrefix))
                continue;
            const QStringList parts = name.split(QLatin1Char(':'));
            const QString &stamp = parts.value(1);
            const QString &where = parts.value(2);
            if (where == QLatin1String("begin")) {
                openedOn[stamp] = page;
            } else if (where == QLatin1String("end")) {
                for (int p = openedOn.count(stamp) ? openedOn[stamp] : page; p <= page; ++p)
                    m_stamps[p].insert(stamp);
            } else {
                m_stamps[page].insert(stamp);
            }
        }
    }

    BriefingChartObject m_chart;
    QPaintDevice &m_device;
    QSizeF m_body;
    std::unique_ptr<QTextDocument> m_document;
    std::map<int, std::set<QString>> m_stamps;
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
        const QRectF clip(0, p * body.height(), body.width(), body.height());
        painter.translate(0, header - clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout.document().documentLayout()->draw(&painter, context);
        painter.restore();
        paintMargins(painter, book, page, header, footer, p + 1, count, layout.stampsOn(p));
    }
    painter.end();
    return count;
}

WrittenBriefing writeBriefingPdf(const BriefingBook &book, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StoreError(StoreError::Kind::Io,
                         T::tr("Cannot write %1: %2. Choose a folder you can write to.")
                             .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    WrittenBriefing written;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(briefingPageLayout(book.request.paper));
        writer.setTitle(QStringLiteral("%1: %2, %3").arg(book.cityName, book.title, book.periodLabel));
        writer.setCreator(QStringLiteral("CivicStat"));
        if (book.request.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        written.pages = paintBriefing(book, writer);
    }
    written.bytes = file.size();
    if (!file.commit())
        throw StoreError(StoreError::Kind::Io,
                         T::tr("Could not finish writing %1: %2. Nothing was written; free some space or choose "
                               "another place, then try again.")
                             .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return written;
}

} // namespace civicstat
