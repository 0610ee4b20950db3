#include "breakdownchart.h"

#include "focusframe.h"
#include "measurevalueformat.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace civicstat {

namespace {

// Sorting the table sorts by these, not by the formatted text.
constexpr int SortRole = Qt::UserRole + 1;

QStandardItem *numberItem(const QString &text, double value)
{
    auto *item = new QStandardItem(text);
    item->setData(value, SortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

} // namespace

BreakdownChart::BreakdownChart(QWidget *parent)
    : QWidget(parent)
    , m_chooserBar(new QWidget(this))
    , m_chooser(new QComboBox(m_chooserBar))
    , m_content(new QWidget(this))
    , m_chartScroll(new QScrollArea(m_content))
    , m_view(new QChartView)
    , m_table(new QTableView(m_content))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_empty(new QLabel(this))
{
    auto *chooserLabel = new QLabel(tr("Break down by:"), m_chooserBar);
    chooserLabel->setBuddy(m_chooser);
    m_chooser->setObjectName(QStringLiteral("dimensionChooser"));
    m_chooser->setToolTip(tr("Choose how the figures are broken down: by neighbourhood, by group, ..."));
    m_chooser->setAccessibleName(tr("Break down by"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *chooserLayout = new QHBoxLayout(m_chooserBar);
    chooserLayout->setContentsMargins(0, 0, 0, 0);
    chooserLayout->addWidget(chooserLabel);
    chooserLayout->addWidget(m_chooser);
    chooserLayout->addStretch(1);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, &BreakdownChart::showDimension);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Bar chart of the figures by member"));
    auto *saveMenu = new QMenu(this);
    saveMenu->addAction(tr("Save chart as &PNG..."), this, [this] { emit saveRequested(ChartImageFormat::Png); });
    saveMenu->addAction(tr("Save chart as &SVG..."), this, [this] { emit saveRequested(ChartImageFormat::Svg); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFocusPolicy(Qt::StrongFocus);
    frameWhenFocused(m_view);
    m_view->setToolTip(tr("Right-click to save this chart as a PNG picture or an SVG drawing"));
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this, saveMenu](const QPoint &at) { saveMenu->popup(m_view->mapToGlobal(at)); });
    m_view->chart()->legend()->hide();

    m_model->setSortRole(SortRole);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("breakdownTable"));
    frameWhenFocused(m_table);
    m_table->setAccessibleName(tr("Figures by member"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Tab leaves the table for the next control; arrows move between its cells.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Numbers whole; a long name is elided, shown whole in its tooltip and on the chart.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSortIndicator(ValueColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);

    // Many members need more height than the widget has: the chart grows and
    // scrolls rather than cutting its labels to "...".
    m_chartScroll->setWidget(m_view);
    m_chartScroll->setWidgetResizable(true);
    m_chartScroll->setFrameShape(QFrame::NoFrame);
    m_chartScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the chart itself, which shows the focus
    m_chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->addWidget(m_chartScroll);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    // The table's size hint is wide; without a start the chart gets a sliver.
    m_chartScroll->setMinimumWidth(280);
    m_table->setMinimumWidth(240);
    splitter->setSizes({ 500, 400 });
    splitter->setChildrenCollapsible(false);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chooserBar);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_empty, 1);
    m_chooserBar->hide();
    m_content->hide();
}

void BreakdownChart::setFigures(
    const Measure &measure, const QString &periodText, const std::vector<Observation> &figures)
{
    m_measure = measure;
    m_periodText = periodText;
    m_figures.clear();
    for (const Observation &f : figures) {
        if (!f.dimensionCode.isEmpty())
            m_figures.push_back(f);
    }

    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    for (const Observation &f : m_figures) {
        if (m_chooser->findData(f.dimensionCode) < 0)
            m_chooser->addItem(f.dimensionName.isEmpty() ? f.dimensionCode : f.dimensionName, f.dimensionCode);
    }
    m_chooser->setCurrentIndex(m_chooser->count() > 0 ? 0 : -1);
    m_chooserBar->setVisible(m_chooser->count() > 1);

    const bool empty = m_figures.empty();
    m_empty->setText(tr("No breakdown by neighbourhood or group is recorded for this measure in %1.").arg(periodText));
    m_empty->setVisible(empty);
    m_content->setVisible(!empty);
    if (empty)
        m_view->setAccessibleDescription(m_empty->text());
    showDimension(m_chooser->currentIndex());
}

void BreakdownChart::showDimension(int index)
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_model->removeRows(0, m_model->rowCount());
    m_model->setHorizontalHeaderLabels({ tr("Member"), tr("Value"), tr("Numerator"), tr("Denominator") });
    if (index < 0 || index >= m_chooser->count())
        return;

    const QString code = m_chooser->itemData(index).toString();
    std::vector<Observation> members;
    for (const Observation &f : m_figures) {
        if (f.dimensionCode == code)
            members.push_back(f);
    }
    std::stable_sort(
        members.begin(), members.end(), [](const Observation &a, const Observation &b) { return a.value > b.value; });

    for (const Observation &f : members) {
        auto *name = new QStandardItem(f.memberName.isEmpty() ? f.memberCode : f.memberName);
        name->setData(name->text(), SortRole);
        name->setToolTip(name->text());
        name->setEditable(false);
        QList<QStandardItem *> row { name, numberItem(formatMeasureValue(f.value, m_measure), f.value) };
        for (const std::optional<double> &part : { f.numerator, f.denominator })
            row << (part ? numberItem(formatCount(*part), *part)
                         : numberItem(QString(), -std::numeric_limits<double>::infinity()));
        m_model->appendRow(row);
    }
    const QHeaderView *header = m_table->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    // Parts that no member has would be empty columns taking the names' room.
    const bool anyNumerator
        = std::any_of(members.begin(), members.end(), [](const auto &f) { return bool(f.numerator); });
    const bool anyDenominator
        = std::any_of(members.begin(), members.end(), [](const auto &f) { return bool(f.denominator); });
    m_table->setColumnHidden(NumeratorColumn, !anyNumerator);
    m_table->setColumnHidden(DenominatorColumn, !anyDenominator);
    // What a screen reader says of the bars: how many, the highest and the lowest.
    if (!members.empty()) {
        const auto nameOf = [](const Observation &f) { return f.memberName.isEmpty() ? f.memberCode : f.memberName; };
        m_view->setAccessibleDescription(
            tr("By %1 in %2: highest %3, %4; lowest %5, %6; %7 in all.")
                .arg(m_chooser->itemText(index).toLower(), m_periodText, nameOf(members.front()),
                     formatMeasureValue(members.front().value, m_measure), nameOf(members.back()),
                     formatMeasureValue(members.back().value, m_measure), QString::number(members.size())));
    }
    m_view->setMinimumHeight(std::max(240, int(members.size()) * (fontMetrics().height() + 8) + 140));

    m_darkTheme = palette().window().color().lightness() < 128;
    chart->setTheme(m_darkTheme ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->legend()->hide();
    // The page's own title names the measure; a long name here would be cut.
    chart->setTitle(tr("By %1, %2").arg(m_chooser->itemText(index).toLower(), m_periodText).toHtmlEscaped());
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    const QColor text = m_darkTheme ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x33, 0x33, 0x33);
    chart->setTitleBrush(text);

    // A horizontal bar chart draws its first category at the bottom: append
    // the smallest first so that the largest is on top, as in the table.
    auto *set = new QBarSet(m_measure.name.toHtmlEscaped());
    QStringList categories;
    QSet<QString> used;
    double low = 0.0;
    double high = 0.0;
    for (auto it = members.rbegin(); it != members.rend(); ++it) {
        QString label = it->memberName.isEmpty() ? it->memberCode : it->memberName;
        if (used.contains(label))
            label = tr("%1 (%2)").arg(label, it->memberCode); // category labels must be unique
        used.insert(label);
        categories << label.toHtmlEscaped();
        set->append(it->value);
        low = std::min(low, it->value);
        high = std::max(high, it->value);
    }
    set->setColor(m_darkTheme ? QColor(0x9F, 0xB8, 0xCC) : QColor(0x4D, 0x6A, 0x80));
    set->setBorderColor(set->color());
    connect(set, &QBarSet::hovered, this, [this, members](bool status, int i) {
        if (!status || i < 0 || i >= int(members.size())) {
            QToolTip::hideText();
            return;
        }
        const Observation &f = members[members.size() - 1 - size_t(i)];
        const QString name = f.memberName.isEmpty() ? f.memberCode : f.memberName;
        QToolTip::showText(QCursor::pos(), tr("%1: %2").arg(name, formatMeasureValue(f.value, m_measure)), m_view);
    });
    auto *series = new QHorizontalBarSeries(chart);
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *memberAxis = new QBarCategoryAxis(chart);
    memberAxis->append(categories);
    memberAxis->setTruncateLabels(false); // "Staten Island 3" whole: the bars give up the room
    memberAxis->setLabelsFont(font());
    auto *valueAxis = new QValueAxis(chart);
    valueAxis->setTitleText(m_measure.unit.toHtmlEscaped());
    valueAxis->setTitleVisible(!m_measure.unit.isEmpty());
    valueAxis->setLabelsFont(font());
    valueAxis->setTitleFont(font());
    const AxisScale scale = niceScale(low, high, m_measure.decimals);
    valueAxis->setRange(scale.low, scale.high);
    valueAxis->setTickCount(scale.tickCount);
    valueAxis->setLabelFormat(QStringLiteral("%.%1f").arg(labelDecimals(scale.step, m_measure.decimals)));
    for (QAbstractAxis *axis : { static_cast<QAbstractAxis *>(memberAxis), static_cast<QAbstractAxis *>(valueAxis) }) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
    }
    chart->addAxis(memberAxis, Qt::AlignLeft);
    // A long list scrolls: its scale goes on top, where the largest bars are.
    chart->addAxis(valueAxis, members.size() > 10 ? Qt::AlignTop : Qt::AlignBottom);
    series->attachAxis(memberAxis);
    series->attachAxis(valueAxis);
}

void BreakdownChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::FontChange) {
        const bool dark = palette().window().color().lightness() < 128;
        if (!m_figures.empty() && (dark != m_darkTheme || event->type() == QEvent::FontChange))
            showDimension(m_chooser->currentIndex());
    }
}

QString BreakdownChart::title() const
{
    const QString dimension = m_chooser->currentText().isEmpty() ? tr("member") : m_chooser->currentText().toLower();
    return tr("%1 by %2, %3").arg(m_measure.name, dimension, m_periodText);
}

} // namespace civicstat
