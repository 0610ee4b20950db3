#include "readingguidedialog.h"

#include "focusframe.h"
#include "period.h"
#include "readingguide.h"
#include "statuspresentation.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace civicstat {

namespace {
QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

// The icons the tables and tree draw (statusIcon), as images of the document.
QString statusRows(QTextDocument *document, const CitySettings &settings, int iconSize)
{
    QString rows;
    for (Status status : {Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::NoData, Status::NoTarget}) {
        const QUrl icon(QStringLiteral("status:%1").arg(toText(status)));
        document->addResource(QTextDocument::ImageResource, icon,
                              statusIcon(status).pixmap(QSize(iconSize, iconSize)).toImage());
        rows += QStringLiteral("<tr><td><img src=\"%1\" width=\"%2\" height=\"%2\"></td><td><b>%3</b></td><td>%4</td></tr>")
                    .arg(icon.toString(), QString::number(iconSize), statusLabel(status).toHtmlEscaped(),
                         statusMeaning(status, settings).toHtmlEscaped());
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">%1</table>").arg(rows);
}

QString keyRows(const QList<ShortcutLine> &lines)
{
    QString rows;
    for (const ShortcutLine &line : lines) {
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(line.keys.toHtmlEscaped(), line.what.toHtmlEscaped());
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows);
}
} // namespace

ReadingGuideDialog::ReadingGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("How to read CivicStat"));
    m_browser->setAccessibleName(tr("How to read CivicStat"));
    m_browser->setOpenLinks(false);
    frameWhenFocused(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    // Readable lines, and room for the window beside it on a 1280x800 laptop.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(qMin(fontMetrics().averageCharWidth() * 90, screen.width() * 3 / 5), screen.height() * 4 / 5);
}

void ReadingGuideDialog::setContent(const CitySettings &settings, const QList<ShortcutLine> &menuShortcuts)
{
    const int fiscalYear = Period::fiscalYearContaining(QDate::currentDate(), settings.fiscalYearStartMonth);
    QList<ShortcutLine> keys{
        {tr("Tab, Shift+Tab"), tr("Move to the next or previous part of the window")},
        {tr("Arrow keys"), tr("Move between the goals of the overview, the rows of a table or list, and the "
                              "choices of a row of buttons (Show: 1 year, Last 24...)")},
        {tr("Enter"), tr("Open the chosen goal, objective or measure")},
        {tr("Down"), tr("From the Find box into the list of goals, from a filter box into its table")},
        {tr("Ctrl+[, Ctrl+]"), tr("The previous or next period")},
        {tr("Ctrl+Tab, Ctrl+Shift+Tab"), tr("On a measure page, the next or previous tab (commentary, breakdown...); "
                                            "in the list on the left, By goal or By department")},
    };
    keys += menuShortcuts;

    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(tr("The screens").toHtmlEscaped());
    html += paragraph(tr("The overview shows the city's goals, the worst first. Each goal says whether it is on "
                         "track, its score, and how many of its measures are on track."));
    html += paragraph(tr("Open a goal to see its objectives, worst first; open an objective to see its measures; "
                         "open a measure to see its history against its target, why it has its status, and what "
                         "its owner and steward say about it in the commentary."));
    html += paragraph(tr("To get back, use Back (Alt+Left), the path above the page, or the list of goals on the "
                         "left. Find (Ctrl+F) looks for any goal, objective, measure or department by name."));
    html += paragraph(tr("The period at the top right chooses the month, quarter or year being scored. A period "
                         "that is not over yet is scored with the figures so far, and the page says so."));
    html += QStringLiteral("<h2>%1</h2>").arg(tr("What a status means").toHtmlEscaped());
    html += paragraph(tr("Every status has its own shape as well as its colour, and its name in words:"));
    html += statusRows(m_browser->document(), settings, fontMetrics().height());
    html += paragraph(rollupMeaning(settings));
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Scores").toHtmlEscaped());
    html += paragraph(scoreMeaning(settings));
    html += paragraph(trendMeaning());
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Periods").toHtmlEscaped());
    html += paragraph(periodNamesMeaning(settings, fiscalYear));
    html += paragraph(tr("In a table, \"Last 12 periods\" is a small line of the measure's twelve periods up "
                         "to the one chosen, the last one marked with its status's colour and shape. On a measure "
                         "page, \"Show:\" chooses how much history the chart draws: \"Last 24\" is the 24 "
                         "periods up to the one chosen, which is marked on the chart."));
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Keys").toHtmlEscaped());
    html += keyRows(keys);
    m_browser->setHtml(html);
    m_browser->setAccessibleDescription(tr("The screens, what a status and a score mean, periods and keys"));
}

QString ReadingGuideDialog::text() const
{
    return m_browser->toPlainText();
}

QString ReadingGuideDialog::html() const
{
    return m_browser->toHtml();
}

} // namespace civicstat
