#include "briefinghtml.h"

#include "briefingchart.h"
#include "statuspresentation.h"
#include "statustext.h"

#include <QCoreApplication>
#include <QLocale>

namespace civicstat {

namespace {
struct BriefingHtmlText { Q_DECLARE_TR_FUNCTIONS(BriefingBook) };
using T = BriefingHtmlText;
bool isClassified(Classification c) { return c == Classification::Confidential || c == Classification::Restricted; }
} // namespace

namespace briefinghtml {

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString classifiedAnchor(const Measure &measure, const char *where)
{
    if (!isClassified(measure.classification))
        return {};
    return QStringLiteral("<a name=\"%1%2:%3\"></a>")
        .arg(classifiedAnchorPrefix, classificationStamp(measure.classification), QLatin1String(where));
}

QString statusCell(Status status)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
        .arg(statusColour(status).darker(115).name(), QString(statusSymbol(status)), esc(statusLabel(status)));
}

QString value(const std::optional<double> &v, const ScorecardRow &row)
{
    return v ? esc(formatValue(*v, row.unit, row.decimals)) : QStringLiteral("–");
}

QString targetText(const ScorecardRow &row)
{
    if (!row.target)
        return T::tr("no target");
    if (row.direction == Direction::Band)
        return esc(T::tr("%1 to %2")
                       .arg(formatValue(row.target->bandLow, row.unit, row.decimals),
                            formatValue(row.target->bandHigh, row.unit, row.decimals)));
    const QString word = row.direction == Direction::Higher ? T::tr("at least %1") : T::tr("at most %1");
    return esc(word.arg(formatValue(row.target->value, row.unit, row.decimals)));
}

QString score(const ScorecardRow &row) { return row.score ? formatScore(*row.score) : QStringLiteral("–"); }

QString heading(std::vector<ContentsEntry> &contents, const QString &title, int depth, bool newPage,
                const Measure *measure)
{
    const QString anchor = QStringLiteral("s%1").arg(contents.size());
    contents.push_back({anchor, title, depth, measure ? classifiedAnchor(*measure, "row") : QString()});
    const QString style = newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString();
    const int level = depth == 0 ? 1 : 2;
    return QStringLiteral("<h%1%2><a name=\"%3\"></a>%4</h%1>\n").arg(level).arg(style, anchor, esc(title));
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse: collapse; border-color: #b0b0b0\">");
}

QString headerRow(const QStringList &titles)
{
    QString html = QStringLiteral("<thead><tr>");
    for (const QString &title : titles)
        html += QStringLiteral("<th bgcolor=\"#e8e8e8\" align=\"left\">%1</th>").arg(esc(title));
    return html + QStringLiteral("</tr></thead>\n");
}

} // namespace briefinghtml

namespace {
using namespace briefinghtml;

QString cover(const BriefingBook &book)
{
    QString html = QStringLiteral("<p style=\"font-size: 26pt; font-weight: bold; margin-top: 60px\">%1</p>"
                                  "<p style=\"font-size: 18pt\">%2</p>")
                       .arg(esc(book.cityName), esc(book.title));
    const auto row = [](const QString &label, const QString &text) {
        return QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(text));
    };
    const QLocale locale;
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top: 30px\">");
    html += row(T::tr("Scope"), book.scopeName);
    html += row(T::tr("Period"), book.periodLabel);
    html += row(T::tr("Audience"), book.request.edition.title());
    html += row(T::tr("Produced"), locale.toString(book.produced, QStringLiteral("d MMMM yyyy, HH:mm")));
    html += row(T::tr("Data as of"), book.dataAsOf ? locale.toString(*book.dataAsOf, QStringLiteral("d MMMM yyyy"))
                                                   : T::tr("no figures"));
    html += row(T::tr("Latest import"), book.latestImport.isEmpty() ? T::tr("none recorded") : book.latestImport);
    html += QStringLiteral("</table>");
    if (!book.scoredToDate.isEmpty())
        html += QStringLiteral("<p style=\"margin-top: 20px\"><b>%1</b> %2</p>")
                    .arg(esc(T::tr("Scored to date.")), esc(book.scoredToDate));
    if (book.request.edition.audience == Audience::Public)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(T::tr("This public edition shows only measures classified public, and no figures by "
                                   "neighbourhood or group. Every score in it is computed from those measures alone.")));
    else
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(book.request.edition.footerStamp()));
    if (book.cut.hiddenTotal > 0)
        html += QStringLiteral("<p>%1.</p>").arg(esc(hiddenMeasuresNote(book.cut.hiddenTotal)));
    if (book.classifiedShown > 0)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(T::tr("This edition includes %1 confidential or restricted measures, asked for by "
                                   "name; each page that shows one says so at its top.")
                                 .arg(book.classifiedShown)));
    return html;
}

QString contentsTable(const BriefingBook &book, std::vector<ContentsEntry> &contents, int entries)
{
    Q_UNUSED(book);
    QString html = QStringLiteral("<h1 style=\"page-break-before: always\">%1</h1>").arg(esc(T::tr("Contents")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (int i = 0; i < entries; ++i) {
        const ContentsEntry &entry = contents[std::size_t(i)];
        html += QStringLiteral("<tr><td style=\"padding-left: %1px\">%2</td><td align=\"right\" width=\"12%\">%3</td>"
                               "</tr>")
                    .arg(entry.depth * 16)
                    .arg(entry.depth == 0 ? QStringLiteral("<b>%1</b>").arg(esc(entry.title))
                                          : entry.classifiedAnchor + esc(entry.title),
                         pageNumberPlaceholder(i));
    }
    return html + QStringLiteral("</table>");
}

QString countsText(const StatusCounts &c)
{
    return QStringLiteral("%1 / %2 / %3 / %4").arg(c.onTrack).arg(c.atRisk).arg(c.offTrack).arg(c.noData + c.noTarget);
}

QString summary(const BriefingBook &book, std::vector<ContentsEntry> &contents)
{
    QString html = heading(contents, T::tr("Summary"), 0, true);
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(T::tr("Each goal with its objectives: status (symbol and word), score (1.00 is on target) "
                               "and how many measures are on track / at risk / off track / without figures or target.")));
    html += tableStart();
    html += headerRow({T::tr("Goal or objective"), T::tr("Status"), T::tr("Score"), T::tr("On / at risk / off / none"),
                       T::tr("Note")});
    for (const ScorecardRow &row : book.card.rows) {
        if (row.level == Level::Measure)
            continue;
        const QString level = toText(row.level);
        const int hidden = book.cut.hiddenIn(level, row.id);
        if (row.counts.total() == 0 && hidden == 0 && row.level != Level::Citywide)
            continue; // outside a hand-picked set
        const bool allHidden = row.counts.total() == 0 && hidden > 0;
        const QString name = row.level == Level::Objective
            ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;%1 %2").arg(esc(row.code), esc(row.name))
            : QStringLiteral("<b>%1 %2</b>").arg(esc(row.code), esc(row.name));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(name, allHidden ? T::tr("not shown") : statusCell(row.status),
                         allHidden ? QStringLiteral("–") : score(row), countsText(row.counts),
                         esc(hiddenMeasuresNote(hidden)));
    }
    return html + QStringLiteral("</table>");
}

QString attention(const BriefingBook &book, std::vector<ContentsEntry> &contents)
{
    QString html = heading(contents, T::tr("Needs attention"), 0, true);
    const auto offTrack = book.offTrack();
    if (offTrack.empty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(T::tr("No measure is off track in %1.").arg(book.card.period.text())));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(T::tr("Off track in %2: %1. Each with its owner and the explanation written for "
                               "the period.")
                             .arg(offTrack.size())
                             .arg(book.card.period.text())));
    html += tableStart();
    html += headerRow({T::tr("Measure"), T::tr("Owner"), T::tr("Actual / target"), T::tr("Explanation")});
    for (const MeasureSection *section : offTrack) {
        const ScorecardRow &row = section->row;
        const Commentary *explanation = latestExplanation(*section);
        const QString because = explanation
            ? QStringLiteral("%1 <i>(%2, %3)</i>").arg(esc(explanation->body), esc(explanation->author),
                                                        esc(explanation->period))
            : QStringLiteral("<i>%1</i>").arg(esc(T::tr("No explanation given.")));
        html += QStringLiteral("<tr><td>%1<b>%2</b> %3</td><td>%4</td><td>%5 / %6</td><td>%7</td></tr>\n")
                    .arg(classifiedAnchor(section->measure, "row"), esc(row.code), esc(row.name),
                         esc(section->owner.isEmpty() ? T::tr("no owner named") : section->owner), value(row.actual, row),
                         targetText(row), because);
    }
    return html + QStringLiteral("</table>");
}

QString scorecardTable(const BriefingBook &book, std::vector<ContentsEntry> &contents)
{
    QString html = heading(contents, T::tr("Scorecard: every measure"), 0, true);
    html += tableStart();
    html += headerRow({T::tr("Code"), T::tr("Measure"), T::tr("Actual"), T::tr("Target"), T::tr("Status"),
                       T::tr("Score")});
    for (const MeasureSection &section : book.sections) {
        const ScorecardRow &row = section.row;
        html += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td align=\"right\">%4</td><td>%5</td><td>%6</td>"
                               "<td align=\"right\">%7</td></tr>\n")
                    .arg(classifiedAnchor(section.measure, "row"), esc(row.code), esc(row.name), value(row.actual, row),
                         targetText(row), statusCell(row.status), score(row));
    }
    return html + QStringLiteral("</table>");
}

QString appendix(const BriefingBook &book, std::vector<ContentsEntry> &contents)
{
    QString html = heading(contents, T::tr("Appendix: definitions and sources"), 0, true);
    html += tableStart();
    html += headerRow({T::tr("Measure"), T::tr("Definition and method"), T::tr("Source"), T::tr("Steward"),
                       T::tr("Classification")});
    for (const MeasureSection &section : book.sections) {
        const Measure &m = section.measure;
        QString definition = esc(m.definition.isEmpty() ? T::tr("No definition recorded.") : m.definition);
        if (!m.methodology.isEmpty())
            definition += QStringLiteral("<br/><i>%1</i>").arg(esc(m.methodology));
        html += QStringLiteral("<tr><td>%1<b>%2</b> %3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                    .arg(classifiedAnchor(m, "row"), esc(m.code), esc(m.name), definition, esc(m.sourceSystem),
                         esc(m.steward), esc(toText(m.classification)));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString pageNumberPlaceholder(int index) { return QStringLiteral("[[p%1]]").arg(index); }
QString chartMarker(int index)
{
    return QStringLiteral("<img src=\"%1\" />").arg(BriefingChartObject::chartName(index));
}

QString briefingHtml(const BriefingBook &book, std::vector<ContentsEntry> &contents)
{
    const BriefingParts &parts = book.request.parts;
    QString body;
    if (parts.summary)
        body += summary(book, contents);
    if (parts.attention)
        body += attention(book, contents);
    if (parts.scorecard)
        body += scorecardTable(book, contents);
    if (parts.measures) {
        for (int i = 0; i < int(book.sections.size()); ++i)
            body += measureSectionHtml(book, i, contents);
    }
    if (parts.appendix)
        body += appendix(book, contents);
    return QStringLiteral("<html><body>") + cover(book) + contentsTable(book, contents, int(contents.size())) + body
        + QStringLiteral("</body></html>");
}

} // namespace civicstat
