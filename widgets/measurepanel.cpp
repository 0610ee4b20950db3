#include "measurepanel.h"

#include "breakdownchart.h"
#include "commentarylist.h"
#include "focusframe.h"
#include "heading.h"
#include "measurechart.h"
#include "statuspresentation.h"
#include "taborder.h"

#include <algorithm>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace civicstat {

namespace {

QString directionWords(Direction d)
{
    switch (d) {
    case Direction::Higher: return MeasurePanel::tr("Higher is better.");
    case Direction::Lower: return MeasurePanel::tr("Lower is better.");
    case Direction::Band: return MeasurePanel::tr("Best inside a target range; too high or too low is worse.");
    }
    return {};
}

QString aggregationWords(Aggregation a)
{
    switch (a) {
    case Aggregation::Sum: return MeasurePanel::tr("Figures over a longer period are added up.");
    case Aggregation::Mean: return MeasurePanel::tr("Figures over a longer period are averaged.");
    case Aggregation::Last: return MeasurePanel::tr("Over a longer period, the latest figure counts.");
    case Aggregation::Min: return MeasurePanel::tr("Over a longer period, the lowest figure counts.");
    case Aggregation::Max: return MeasurePanel::tr("Over a longer period, the highest figure counts.");
    case Aggregation::Ratio:
        return MeasurePanel::tr("A rate: over a longer period, the counts behind it are added up before dividing.");
    }
    return {};
}

QString classificationWords(Classification c)
{
    switch (c) {
    case Classification::Public: return MeasurePanel::tr("Public: may be published.");
    case Classification::Internal: return MeasurePanel::tr("Internal: for city staff, not for publication.");
    case Classification::Confidential: return MeasurePanel::tr("Confidential: only for the people who need it.");
    case Classification::Restricted:
        return MeasurePanel::tr("Restricted: never shown in public output; handle with care.");
    }
    return {};
}

QString kindName(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Day: return MeasurePanel::tr("Day");
    case PeriodKind::IsoWeek: return MeasurePanel::tr("Week");
    case PeriodKind::Month: return MeasurePanel::tr("Month");
    case PeriodKind::CalendarQuarter:
    case PeriodKind::FiscalQuarter: return MeasurePanel::tr("Quarter");
    case PeriodKind::CalendarYear:
    case PeriodKind::FiscalYear: return MeasurePanel::tr("Fiscal year");
    }
    return {};
}

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

// Shares of the divided height the tabs get until the user drags the divide:
// the breakdown's bars and table need room to be read; text and lists less.
constexpr double breakdownShare = 0.5;
constexpr double otherTabsShare = 0.3;
// Below this height the chart's legend, set beside a narrow chart, is cut;
// a share of a short page gives way to it.
constexpr int chartLeastHeight = 270;
// A remembered share stays where both the chart and the tabs can be used.
constexpr double leastTabsShare = 0.15;
constexpr double mostTabsShare = 0.8;

// An owner's note as written: its paragraphs kept.
QString paragraphs(const QString &text) { return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")); }

} // namespace

MeasurePanel::MeasurePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_chart(new MeasureChart(this))
    , m_about(new QTextBrowser(this))
    , m_tabs(new QTabWidget(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_commentary(new CommentaryList(this))
    , m_add(new QPushButton(tr("&Add comment..."), this))
    , m_initiatives(new QTreeWidget(this))
    , m_breakdown(new BreakdownChart(this))
    , m_commentaryPage(new QWidget)
{
    styleHeading(m_title, 1.5);
    styleHeading(m_status, 1.0, false);
    m_status->setObjectName(QStringLiteral("statusExplanation"));
    m_kind->setToolTip(tr("Group the figures by month, quarter or fiscal year"));
    m_kind->setAccessibleName(tr("Chart period"));
    m_about->setOpenLinks(false);
    frameWhenFocused(m_about);
    m_about->setAccessibleName(tr("About this measure"));

    m_add->setToolTip(tr("Write a comment about the period being viewed"));
    m_initiatives->setHeaderLabels({tr("Initiative"), tr("Owner"), tr("Due"), tr("Status")});
    m_initiatives->setRootIsDecorated(false);
    m_initiatives->setAccessibleName(tr("Initiatives"));
    frameWhenFocused(m_initiatives);
    m_initiatives->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *commentaryPage = m_commentaryPage;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto *commentaryLayout = new QVBoxLayout(commentaryPage);
    commentaryLayout->addLayout(buttons);
    commentaryLayout->addWidget(m_commentary, 1);
    m_tabs->addTab(commentaryPage, tr("Commentary"));
    m_tabs->addTab(m_about, tr("About this measure"));
    m_tabs->addTab(m_initiatives, tr("Initiatives"));
    m_tabs->addTab(m_breakdown, tr("Breakdown"));
    m_tabs->setTabToolTip(0, tr("What the measure's owners wrote about each period"));
    m_tabs->setTabToolTip(1, tr("What the measure counts, where its figures come from and why its target"));
    m_tabs->setTabToolTip(2, tr("What is being done about the objective"));
    m_tabs->setTabToolTip(3, tr("The figures by neighbourhood or group for the period"));
    m_tabs->setObjectName(QStringLiteral("measureTabs"));
    m_tabs->setDocumentMode(true);
    // Tab reaches the tab bar as a stop of its own. Left as the tab widget's
    // focus proxy, the bar is reached only where the tab widget sits in the
    // chain, and Tab from the last tab's table would come back to the bar.
    m_tabs->setFocusProxy(nullptr);
    m_tabs->setFocusPolicy(Qt::NoFocus);

    m_chart->insertControls({new QLabel(tr("Show by:"), m_chart), m_kind});
    // The chart takes most of the height (resizeEvent); the tabs below keep
    // enough for a few comments or the breakdown, and the user can drag the divide.
    m_split->setObjectName(QStringLiteral("measureSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_chart);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    // splitterMoved comes only from the user's drag, never from setSizes.
    connect(m_split, &QSplitter::splitterMoved, this, [this] {
        const QList<int> sizes = m_split->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (total <= 0)
            return;
        m_chosenTabsShare = std::clamp(double(sizes.value(1)) / total, leastTabsShare, mostTabsShare);
        emit tabsShareChosen(m_chosenTabsShare);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MeasurePanel::divideHeight);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_split, 1);

    // Shortcuts rather than QTabWidget's own Ctrl+Tab, which works only with the focus inside the tabs.
    auto *next = new QShortcut(QKeySequence::NextChild, this, [this] { showTab(1); });
    auto *previous = new QShortcut(QKeySequence::PreviousChild, this, [this] { showTab(-1); });
    for (QShortcut *shortcut : {next, previous})
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);

    orderTabStopsAsLaidOut(this);

    connect(m_kind, &QComboBox::activated, this,
            [this](int index) { emit kindChanged(PeriodKind(m_kind->itemData(index).toInt())); });
    connect(m_add, &QPushButton::clicked, this, &MeasurePanel::addComment);
    connect(m_commentary, &CommentaryList::editRequested, this, &MeasurePanel::editComment);
    connect(m_commentary, &CommentaryList::removeRequested, this, &MeasurePanel::commentaryRemoved);
}

void MeasurePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    divideHeight();
}

void MeasurePanel::setChosenTabsShare(double share)
{
    m_chosenTabsShare = share > 0 ? std::clamp(share, leastTabsShare, mostTabsShare) : 0.0;
    divideHeight();
}

int MeasurePanel::oneLineTabsHeight() const
{
    const QLayout *page = m_commentaryPage->layout();
    const QMargins margins = page->contentsMargins();
    return m_tabs->tabBar()->sizeHint().height() + margins.top() + margins.bottom() + m_add->sizeHint().height()
        + page->spacing() + m_commentary->emptyLabel()->sizeHint().height()
        + 2 * m_tabs->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, m_tabs);
}

int MeasurePanel::tabsHeightFor(int total) const
{
    // No comment yet: the tab bar, the Add button and one line saying so; the
    // rest of the height is the chart's, whatever share was chosen.
    if (m_tabs->currentWidget() == m_commentaryPage && m_commentary->count() == 0)
        return oneLineTabsHeight();
    const double share = m_chosenTabsShare > 0 ? m_chosenTabsShare
        : m_tabs->currentWidget() == m_breakdown ? breakdownShare
                                                 : otherTabsShare;
    const int roomLeft = std::max(total - chartLeastHeight, total * 2 / 5);
    int wanted = int(total * share);
    // Until the user drags the divide, the latest comment is read whole where the chart can spare the room.
    if (m_chosenTabsShare <= 0 && m_tabs->currentWidget() == m_commentaryPage) {
        const int width = m_commentary->viewport()->width() > 0 ? m_commentary->viewport()->width() : m_tabs->width();
        wanted = std::max(wanted, oneLineTabsHeight() - m_commentary->emptyLabel()->sizeHint().height()
                                      + m_commentary->latestCommentHeight(width));
    }
    return std::max(oneLineTabsHeight(), std::min(wanted, roomLeft));
}

void MeasurePanel::divideHeight()
{
    const int total = m_split->height() - m_split->handleWidth();
    if (total <= 0)
        return;
    // The tallest tab's least height would otherwise be every tab's; the others scroll.
    m_tabs->setMinimumHeight(oneLineTabsHeight());
    const int tabsHeight = std::min(total, tabsHeightFor(total));
    m_split->setSizes({total - tabsHeight, tabsHeight});
}

void MeasurePanel::showTab(int step)
{
    const int count = m_tabs->count();
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
    // On the tab bar the user sees which tab is shown, and Tab goes on into it.
    m_tabs->tabBar()->setFocus(Qt::ShortcutFocusReason);
}

void MeasurePanel::showDetail(const MeasureDetail &data)
{
    m_data = data;
    const Measure &m = data.measure;
    m_title->setText(m.code == m.name ? m.name : QStringLiteral("%1 %2").arg(m.code, m.name));
    QString status = data.explanation;
    if (data.freshness == Freshness::Stale && data.lastUpdate)
        status += QLatin1Char(' ')
            + tr("The latest figure covers up to %1, later than expected: ask the data steward (%2).")
                  .arg(QLocale().toString(*data.lastUpdate, QLocale::LongFormat), m.steward);
    else if (data.reportedOnlyByMember)
        status += QLatin1Char(' ') + memberOnlyNote(data);
    else if (data.freshness == Freshness::NeverReported)
        status += QLatin1Char(' ') + tr("No figure has ever been reported for this measure.");
    m_status->setText(statusSymbol(data.current.status) + QLatin1Char(' ') + status);

    m_kind->clear();
    const int finest = granularityOf(periodKindFor(m.frequency));
    for (PeriodKind kind : {PeriodKind::Month, PeriodKind::FiscalQuarter, PeriodKind::FiscalYear}) {
        if (granularityOf(kind) >= finest)
            m_kind->addItem(kindName(kind), int(kind));
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(data.kind))));
    m_chart->setEmptyText(data.reportedOnlyByMember ? memberOnlyNote(data) : QString());
    m_chart->setSeries(m, data.points, data.current.period);
    m_about->setHtml(aboutHtml());
    m_commentary->setComments(data.commentary, data.readOnly);
    orderTabStopsAsLaidOut(this); // the comments' own stops follow the tab bar and the Add button

    m_initiatives->clear();
    // The statuses docs/database-format.md lists, in words; another tool's own as written.
    const auto statusText = [](const QString &status) {
        static const std::pair<const char *, const char *> words[] = {
            {"planned", QT_TR_NOOP("planned")}, {"in_progress", QT_TR_NOOP("in progress")},
            {"done", QT_TR_NOOP("done")},       {"blocked", QT_TR_NOOP("blocked")},
            {"cancelled", QT_TR_NOOP("cancelled")}};
        for (const auto &[code, word] : words) {
            if (status == QLatin1String(code))
                return tr(word);
        }
        return QString(status).replace(QLatin1Char('_'), QLatin1Char(' '));
    };
    for (const Initiative &i : data.initiatives)
        new QTreeWidgetItem(m_initiatives, {i.title, i.owner, QLocale().toString(i.due, QLocale::ShortFormat),
                                            statusText(i.status)});
    if (data.initiatives.empty())
        new QTreeWidgetItem(m_initiatives, {tr("No initiatives are recorded for this objective.")});
    m_breakdown->setFigures(m, data.breakdownLabel, data.breakdown);
    m_add->setEnabled(!data.readOnly);
    m_add->setToolTip(data.readOnly ? tr("This database is open read-only")
                                    : tr("Write a comment about the period being viewed"));
    divideHeight(); // the commentary may have gained its first comment or lost its last
}

QString MeasurePanel::aboutHtml() const
{
    const Measure &m = m_data.measure;
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    const auto orUnknown = [](const QString &text) {
        return text.isEmpty() ? MeasurePanel::tr("not recorded").toHtmlEscaped() : text.toHtmlEscaped();
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("About this measure").toHtmlEscaped());
    html += m.definition.isEmpty() ? QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Definition:").toHtmlEscaped(), orUnknown(m.definition))
                                   : QStringLiteral("<p>%1</p>").arg(m.definition.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='4'>");
    html += row(tr("How it is calculated"), orUnknown(m.methodology));
    html += row(tr("Unit"), orUnknown(m.unit));
    html += row(tr("Better is"), escaped(directionWords(m.direction)));
    html += row(tr("Over longer periods"), escaped(aggregationWords(m.aggregation)));
    html += row(tr("Source system"), orUnknown(m.sourceSystem));
    html += row(tr("Data steward"), orUnknown(m.steward));
    html += row(tr("Department"), orUnknown(m_data.departmentName));
    html += row(tr("Objective"), orUnknown(m_data.objectiveName));
    html += row(tr("Objective owner"), orUnknown(m_data.objectiveOwner));
    html += row(tr("Classification"), escaped(classificationWords(m.classification)));
    html += row(tr("Expected refresh"),
                m.refreshDays > 0 ? escaped(m.refreshDays == 1 ? tr("every day") : tr("every %1 days").arg(m.refreshDays))
                                  : orUnknown(QString()));
    html += row(tr("Data up to"),
                m_data.lastUpdate            ? escaped(QLocale().toString(*m_data.lastUpdate, QLocale::LongFormat))
                    : m_data.reportedOnlyByMember ? escaped(tr("reported by member only; see Breakdown"))
                                                  : escaped(tr("never reported")));
    if (const Target *t = m.targets.empty() ? nullptr : &m.targets.back()) {
        const QString value = m.direction == Direction::Band
            ? tr("%1 to %2").arg(formatValue(t->bandLow, m.unit, m.decimals), formatValue(t->bandHigh, m.unit, m.decimals))
            : formatValue(t->value, m.unit, m.decimals);
        html += row(tr("Latest target"), escaped(tr("%1 from %2").arg(value, QLocale().toString(t->effectiveFrom, QLocale::LongFormat))));
        if (!t->note.isEmpty())
            html += row(tr("Why this target"), paragraphs(t->note));
        // The period being viewed may be under an earlier target, with its own reason.
        const std::optional<Target> &viewed = m_data.current.target;
        if (viewed && !viewed->note.isEmpty() && viewed->effectiveFrom != t->effectiveFrom)
            html += row(tr("Why the target for %1").arg(m_data.current.period.text()), paragraphs(viewed->note));
    } else {
        html += row(tr("Target"), escaped(tr("none: monitored only")));
    }
    html += QStringLiteral("</table>");
    return html;
}

void MeasurePanel::addComment()
{
    bool ok = false;
    const QString period = m_data.current.period.text();
    const QString body = QInputDialog::getMultiLineText(this, tr("Add a comment"),
                                                        tr("What should readers know about %1 in %2?")
                                                            .arg(m_data.measure.name, period),
                                                        QString(), &ok);
    if (ok && !body.trimmed().isEmpty())
        emit commentaryAdded(period, body.trimmed());
}

void MeasurePanel::editComment(Id id)
{
    if (m_data.readOnly)
        return;
    const auto comment = std::find_if(m_data.commentary.begin(), m_data.commentary.end(),
                                      [id](const Commentary &c) { return c.id == id; });
    if (comment == m_data.commentary.end())
        return;
    bool ok = false;
    const QString body = QInputDialog::getMultiLineText(this, tr("Edit the comment"), tr("Comment for %1:").arg(comment->period),
                                                        comment->body, &ok);
    if (ok && !body.trimmed().isEmpty() && body.trimmed() != comment->body)
        emit commentaryEdited(id, body.trimmed());
}

} // namespace civicstat
