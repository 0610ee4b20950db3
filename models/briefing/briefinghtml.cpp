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

QString classifiedAnchor(const Measure &measure)
{
    if (!isClassified(measure.classification))
        return {};
    return QStringLiteral("<a name=\"%1%2\"></a>").arg(classifiedAnchorPrefix, classificationStamp(measure.classification));
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

QString heading(const QString &title, int depth)
{
    return QStringLiteral("<h%1>%2</h%1>\n").arg(depth == 0 ? 1 : 2).arg(esc(title));
}

QString tableStart(int padding, const QString &fontSize)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" "
                          "style=\"border-collapse: collapse; border-color: #b0b0b0%2\">")
        .arg(padding)
        .arg(fontSize.isEmpty() ? QString() : QStringLiteral("; font-size: ") + fontSize);
}

QString headerRow(const QStringList &titles, const QList<int> &widths)
{
    QString html = QStringLiteral("<thead><tr>");
    for (int i = 0; i < titles.size(); ++i) {
        const QString width = i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[i]) : QString();
        html += QStringLiteral("<th bgcolor=\"#e8e8e8\" align=\"left\"%1>%2</th>").arg(width, esc(titles[i]));
    }
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
    if (book.hiddenInScope > 0)
        html += QStringLiteral("<p>%1.</p>").arg(esc(hiddenMeasuresNote(book.hiddenInScope)));
    if (book.classifiedShown > 0)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(T::tr("This edition includes %1 confidential or restricted measures, asked for by "
                                   "name; each page that shows one says so at its top.")
                                 .arg(book.classifiedShown)));
    return html;
}

QString countsText(const StatusCounts &c)
{
    return QStringLiteral("%1 / %2 / %3 / %4").arg(c.onTrack).arg(c.atRisk).arg(c.offTrack).arg(c.noData + c.noTarget);
}

QString summary(const BriefingBook &book)
{
    QString html = heading(T::tr("Summary"), 0);
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(T::tr("Each goal with its objectives: status (symbol and word), score (1.00 is on target) "
                               "and how many measures are on track / at risk / off track / without figures or target.")));
    html += tableStart(2, QStringLiteral("7.5pt"));
    html += headerRow({T::tr("Goal or objective"), T::tr("Status"), T::tr("Score"), T::tr("On / at risk / off / none")},
                      {58, 16, 8, 18});
    for (const ScorecardRow &row : book.card.rows) {
        if (row.level == Level::Measure)
            continue;
        const QString level = toText(row.level);
        const int hidden = book.cut.hiddenIn(level, row.id);
        if (row.counts.total() == 0 && hidden == 0 && row.level != Level::Citywide)
            continue; // outside a hand-picked set
        const bool allHidden = row.counts.total() == 0 && hidden > 0;
        QString name = row.level == Level::Objective
            ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;%1 %2").arg(esc(row.code), esc(row.name))
            : QStringLiteral("<b>%1 %2</b>").arg(esc(row.code), esc(row.name));
        if (hidden > 0)
            name += QStringLiteral(" <i>(%1)</i>").arg(esc(hiddenMeasuresNote(hidden)));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(name, allHidden ? esc(T::tr("not shown")) : statusCell(row.status),
                         allHidden ? QStringLiteral("–") : score(row), countsText(row.counts));
    }
    return html + QStringLiteral("</table>");
}

QString attention(const BriefingBook &book)
{
    QString html = heading(T::tr("Needs attention"), 0);
    const auto offTrack = book.offTrack();
    if (offTrack.empty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(T::tr("No measure is off track in %1.").arg(book.card.period.text())));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(T::tr("Off track in %2: %1. Each with its owner and the explanation written for "
                               "the period.")
                             .arg(offTrack.size())
                             .arg(book.card.period.text())));
    html += tableStart();
    html += headerRow({T::tr("Measure"), T::tr("Owner"), T::tr("Actual / target"), T::tr("Explanation")},
                      {24, 17, 14, 45});
    for (const MeasureSection *section : offTrack) {
        const ScorecardRow &row = section->row;
        const Commentary *explanation = latestExplanation(*section);
        const QString because = explanation
            ? QStringLiteral("%1 <i>(%2, %3)</i>").arg(esc(explanation->body), esc(explanation->author),
                                                        esc(explanation->period))
            : QStringLiteral("<i>%1</i>").arg(esc(T::tr("No explanation given.")));
        html += QStringLiteral("<tr><td>%1<b>%2</b> %3</td><td>%4</td><td>%5 / %6</td><td>%7</td></tr>\n")
                    .arg(classifiedAnchor(section->measure), esc(row.code), esc(row.name),
                         esc(section->owner.isEmpty() ? T::tr("no owner named") : section->owner), value(row.actual, row),
                         targetText(row), because);
    }
    return html + QStringLiteral("</table>");
}

QString scorecardTable(const BriefingBook &book)
{
    QString html = heading(T::tr("Scorecard: every measure"), 0);
    html += tableStart();
    html += headerRow({T::tr("Code"), T::tr("Measure"), T::tr("Actual"), T::tr("Target"), T::tr("Status"),
                       T::tr("Score")},
                      {10, 42, 13, 15, 13, 7});
    for (const MeasureSection &section : book.sections) {
        const ScorecardRow &row = section.row;
        html += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td align=\"right\">%4</td><td>%5</td><td>%6</td>"
                               "<td align=\"right\">%7</td></tr>\n")
                    .arg(classifiedAnchor(section.measure), esc(row.code), esc(row.name), value(row.actual, row),
                         targetText(row), statusCell(row.status), score(row));
    }
    return html + QStringLiteral("</table>");
}

QString appendix(const BriefingBook &book)
{
    QString html = heading(T::tr("Appendix: definitions and sources"), 0);
    html += tableStart();
    html += headerRow({T::tr("Measure"), T::tr("Definition and method"), T::tr("Source"), T::tr("Steward"),
                       T::tr("Classification")},
                      {24, 38, 14, 14, 10});
    for (const MeasureSection &section : book.sections) {
        const Measure &m = section.measure;
        QString definition = esc(m.definition.isEmpty() ? T::tr("No definition recorded.") : m.definition);
        if (!m.methodology.isEmpty())
            definition += QStringLiteral("<br/><i>%1</i>").arg(esc(m.methodology));
        html += QStringLiteral("<tr><td>%1<b>%2</b> %3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                    .arg(classifiedAnchor(m), esc(m.code), esc(m.name), definition, esc(m.sourceSystem),
                         esc(m.steward), esc(toText(m.classification)));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString chartMarker(int index)
{
    return QStringLiteral("<img src=\"%1\" />").arg(BriefingChartObject::chartName(index));
}

QString contentsHtml(const std::vector<BriefingPart> &parts, const std::vector<int> &firstPages)
{
    QString html = heading(T::tr("Contents"), 0);
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    QString group;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const BriefingPart &part = parts[i];
        if (part.title.isEmpty())
            continue;
        if (part.group != group && !part.group.isEmpty())
            html += QStringLiteral("<tr><td style=\"padding-left: 8px\"><i>%1</i></td><td></td></tr>").arg(esc(part.group));
        group = part.group;
        const QString page = i < firstPages.size() ? QString::number(firstPages[i]) : QStringLiteral("0000");
        html += QStringLiteral("<tr><td style=\"padding-left: %1px\">%2</td><td align=\"right\" width=\"12%\">%3</td>"
                               "</tr>")
                    .arg(part.depth * 24)
                    .arg(part.depth == 0 ? QStringLiteral("<b>%1</b>").arg(esc(part.title))
                                         : part.contentsAnchor + esc(part.title),
                         page);
    }
    return html + QStringLiteral("</table>");
}

std::vector<BriefingPart> briefingParts(const BriefingBook &book)
{
    const BriefingParts &wanted = book.request.parts;
    std::vector<BriefingPart> parts;
    parts.push_back({QString(), 0, cover(book), QString(), QString()});
    if (wanted.summary)
        parts.push_back({T::tr("Summary"), 0, summary(book), QString(), QString()});
    if (wanted.attention)
        parts.push_back({T::tr("Needs attention"), 0, attention(book), QString(), QString()});
    if (wanted.scorecard)
        parts.push_back({T::tr("Scorecard: every measure"), 0, scorecardTable(book), QString(), QString()});
    if (wanted.measures) {
        for (int i = 0; i < int(book.sections.size()); ++i)
            parts.push_back(measureSection(book, i));
    }
    if (wanted.appendix)
        parts.push_back({T::tr("Appendix: definitions and sources"), 0, appendix(book), QString(), QString()});
    return parts;
}

} // namespace civicstat
