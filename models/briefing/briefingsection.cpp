// One measure's section of the briefing book: heading, status and why, chart,
// trend, the period's commentary, the objective's initiatives, figures by
// member (internal editions) and the plain-language definition.
#include "briefinghtml.h"

#include "statustext.h"

#include <QCoreApplication>
#include <QLocale>

namespace civicstat {

namespace {
struct BriefingSectionText { Q_DECLARE_TR_FUNCTIONS(BriefingBook) };
using T = BriefingSectionText;
using namespace briefinghtml;

QString trendWord(Trend trend)
{
    switch (trend) {
    case Trend::Improving:
        return T::tr("improving");
    case Trend::Worsening:
        return T::tr("worsening");
    case Trend::Steady:
        return T::tr("steady");
    case Trend::Unknown:
        break;
    }
    return T::tr("no comparison");
}

QString trendTable(const BriefingBook &book, const ScorecardRow &row)
{
    QString html = tableStart();
    html += headerRow({QString(), T::tr("This period (%1)").arg(book.card.period.text()),
                       T::tr("Previous (%1)").arg(book.card.previous.text()),
                       T::tr("A year earlier (%1)").arg(book.card.yearEarlier.text())});
    html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(esc(T::tr("Actual")), value(row.actual, row), value(row.previousActual, row),
                     value(row.yearEarlierActual, row));
    html += QStringLiteral("<tr><td>%1</td><td></td><td>%2</td><td>%3</td></tr>")
                .arg(esc(T::tr("Trend to this period")), esc(trendWord(row.trendFromPrevious)),
                     esc(trendWord(row.trendFromYearEarlier)));
    return html + QStringLiteral("</table>");
}

QString commentaryHtml(const BriefingBook &book, const MeasureSection &section)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(T::tr("Commentary for %1").arg(book.card.period.text())));
    if (section.commentary.empty())
        return html + QStringLiteral("<p><i>%1</i></p>").arg(esc(T::tr("No commentary was written for this period.")));
    const QLocale locale;
    for (const Commentary &comment : section.commentary)
        html += QStringLiteral("<p><b>%1</b>, %2, %3: %4</p>")
                    .arg(esc(comment.period), esc(comment.author),
                         esc(locale.toString(comment.writtenAt.toLocalTime().date(), QStringLiteral("d MMM yyyy"))),
                         esc(comment.body));
    return html;
}

QString initiativesHtml(const MeasureSection &section)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(T::tr("Initiatives of the objective")));
    if (section.initiatives.empty())
        return html + QStringLiteral("<p><i>%1</i></p>").arg(esc(T::tr("No initiatives recorded for this objective.")));
    html += tableStart() + headerRow({T::tr("Initiative"), T::tr("Owner"), T::tr("Due"), T::tr("Status")});
    const QLocale locale;
    for (const Initiative &initiative : section.initiatives)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(initiative.title), esc(initiative.owner),
                         esc(initiative.due.isValid() ? locale.toString(initiative.due, QStringLiteral("d MMM yyyy"))
                                                      : QString()),
                         esc(QString(initiative.status).replace(QLatin1Char('_'), QLatin1Char(' '))));
    return html + QStringLiteral("</table>");
}

QString byMemberHtml(const MeasureSection &section)
{
    if (section.byMember.empty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(esc(T::tr("By %1, %2")
                                    .arg(section.byMember.front().dimensionName.toLower(), section.byMemberPeriod)));
    html += tableStart() + headerRow({section.byMember.front().dimensionName, T::tr("Value")}, {70, 30});
    for (const Observation &figure : section.byMember)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(esc(figure.memberName.isEmpty() ? figure.memberCode : figure.memberName),
                         esc(formatValue(figure.value, section.measure.unit, section.measure.decimals)));
    return html + QStringLiteral("</table>");
}

} // namespace

BriefingPart measureSection(const BriefingBook &book, int index)
{
    const MeasureSection &section = book.sections[std::size_t(index)];
    const Measure &m = section.measure;
    const ScorecardRow &row = section.row;
    BriefingPart part;
    part.title = QStringLiteral("%1 %2").arg(m.code, m.name);
    part.depth = 1;
    part.group = section.goalName;
    part.contentsAnchor = classifiedAnchor(m);
    if (!part.contentsAnchor.isEmpty())
        part.stamp = classificationStamp(m.classification);
    QString html = heading(part.title, 1);
    if (m.classification == Classification::Confidential || m.classification == Classification::Restricted)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(T::tr("%1: shown in this edition because it was asked for by name.")
                                 .arg(classificationStamp(m.classification))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(T::tr("Goal: %1 · Objective: %2 · Department: %3 · Owner: %4")
                             .arg(section.goalName, section.objectiveName, section.departmentName,
                                  section.owner.isEmpty() ? T::tr("none named") : section.owner)));
    html += QStringLiteral("<p style=\"font-size: 12pt\">%1 &nbsp;·&nbsp; %2 %3 &nbsp;·&nbsp; %4 %5</p>")
                .arg(statusCell(row.status), esc(T::tr("actual")), value(row.actual, row), esc(T::tr("target")),
                     targetText(row));
    html += QStringLiteral("<p>%1</p>").arg(esc(section.why));
    html += QStringLiteral("<p>%1</p>").arg(chartMarker(index));
    html += trendTable(book, row);
    html += commentaryHtml(book, section);
    html += initiativesHtml(section);
    html += byMemberHtml(section);
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(T::tr("Definition")),
                     esc(m.definition.isEmpty() ? T::tr("No definition recorded.") : m.definition));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(T::tr("Source: %1 · Steward: %2 · Classification: %3")
                             .arg(m.sourceSystem.isEmpty() ? T::tr("not recorded") : m.sourceSystem,
                                  m.steward.isEmpty() ? T::tr("not named") : m.steward, toText(m.classification))));
    part.html = html;
    return part;
}

} // namespace civicstat
