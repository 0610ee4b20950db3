#include "scorecardpanel.h"

#include "columnfit.h"
#include "focusframe.h"
#include "heading.h"
#include "itemroles.h"
#include "scorecardtablemodel.h"
#include "sparklinedelegate.h"
#include "statuspresentation.h"

#include <QEvent>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace civicstat {

namespace {

// First to give way on a narrow window: who owns a row and how fresh its data
// is matter less than its status, figures and history; the variance is the
// difference of two figures shown beside it.
const QList<int> givingWayOrder{ScorecardTableModel::OwnerColumn, ScorecardTableModel::UpdatedColumn,
                                ScorecardTableModel::TrendColumn, ScorecardTableModel::HistoryColumn,
                                ScorecardTableModel::VarianceColumn};
constexpr int historyWidth = 130;
constexpr int nameLimitInEms = 45;
constexpr int ownerLimitInEms = 14;

QString choiceKey(int column) { return QString::number(column); }

// QTableView hides the item view's public sizeHintForColumn.
int contentWidth(const QAbstractItemView *view, int column) { return view->sizeHintForColumn(column); }

} // namespace

ScorecardPanel::ScorecardPanel(ScorecardTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_columnsButton(new QToolButton(this))
    , m_columnsMenu(new QMenu(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(ScorecardTableModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    styleHeading(m_title, 1.5);
    styleHeading(m_summary, 1.0, false);
    m_filter->setPlaceholderText(tr("Filter rows by name"));
    m_filter->setToolTip(tr("Show only the rows whose name contains this text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter rows"));
    announceHiddenColumns({});
    m_columnsButton->setAccessibleName(tr("Choose columns"));
    m_columnsButton->setMenu(m_columnsMenu);
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    // The style draws its menu arrow over the end of a longer text ("Columns (3 hidden)"): the arrow goes into the text.
    m_columnsButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &ScorecardPanel::fillColumnsMenu);

    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("scorecardTable"));
    m_table->setAccessibleName(tr("Scorecard"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ScorecardTableModel::StatusColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(18, 18));
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(ScorecardTableModel::HistoryColumn, new SparklineDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScorecardTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ScorecardTableModel::HistoryColumn, QHeaderView::Fixed);
    header->resizeSection(ScorecardTableModel::HistoryColumn, historyWidth);
    header->setSectionResizeMode(ScorecardTableModel::OwnerColumn, QHeaderView::Interactive);
    header->setMinimumSectionSize(60);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &at) { m_columnsMenu->popup(header->mapToGlobal(at)); });
    connect(header, &QHeaderView::sectionClicked, this,
            [this, header] { emit sortChosen(header->sortIndicatorSection(), header->sortIndicatorOrder()); });
    // Two names that differ only at the end ("# of serious ... crimes", "... fires") stay apart.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->viewport()->installEventFilter(this);
    frameWhenFocused(m_table);
    m_filter->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_selectedCode = current.data(CodeRole).toString();
    });

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_columnsButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table, &QTableView::activated, this, &ScorecardPanel::activate);
}

void ScorecardPanel::refresh(const QString &description, const QStringList &cameFrom)
{
    const ScorecardRow &scope = m_model->scopeRow();
    const StatusCounts &c = scope.counts;
    m_title->setText(QStringLiteral("%1 %2").arg(scope.code, scope.name));
    QString summary = tr("%1%2 \u2014 %3")
                          .arg(statusLabel(scope.status),
                               scope.score ? tr(", score %1").arg(formatScore(*scope.score)) : QString(),
                               measureCountsSentence(c, m_model->periodKind()));
    if (!scope.owner.isEmpty())
        summary += QLatin1Char('\n') + tr("Owner: %1").arg(scope.owner);
    if (!description.isEmpty())
        summary += QLatin1Char('\n') + description;
    m_summary->setText(summary);
    m_filter->clear();
    m_measureRows = m_model->rowCount() > 0 && m_model->rowAt(0).level == Level::Measure;
    fitColumns();
    QStringList wanted = cameFrom;
    if (scope.code == m_shownScope && !m_selectedCode.isEmpty())
        wanted << m_selectedCode; // the same table again (another period): the same row
    m_shownScope = scope.code;
    selectRow(wanted);
}

void ScorecardPanel::selectRow(const QStringList &cameFrom)
{
    if (m_proxy->rowCount() == 0)
        return;
    QModelIndex chosen = m_proxy->index(0, ScorecardTableModel::NameColumn);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, ScorecardTableModel::NameColumn);
        if (cameFrom.contains(index.data(CodeRole).toString())) {
            chosen = index;
            break;
        }
    }
    m_table->setCurrentIndex(chosen);
    m_table->scrollTo(chosen); // and again when the viewport is resized by the page's layout

}

QString ScorecardPanel::summary() const { return m_summary->text(); }

QString ScorecardPanel::heading() const { return m_title->text(); }

void ScorecardPanel::setSort(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < ScorecardTableModel::ColumnCount)
        m_table->sortByColumn(column, order);
}

void ScorecardPanel::setColumnChoices(const QVariantMap &choices)
{
    m_columnChoices = choices;
    fitColumns();
}

int ScorecardPanel::nameColumnLimit() const { return m_nameLimit; }

bool ScorecardPanel::applies(int column) const
{
    switch (column) {
    case ScorecardTableModel::ActualColumn:
    case ScorecardTableModel::TargetColumn:
    case ScorecardTableModel::VarianceColumn:
    case ScorecardTableModel::UpdatedColumn: return m_measureRows;
    default: return true;
    }
}

void ScorecardPanel::fitColumns()
{
    if (m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = m_table->horizontalHeader();
    const int ownerWidth = std::min(contentWidth(m_table, ScorecardTableModel::OwnerColumn),
                                    ownerLimitInEms * m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')));
    header->resizeSection(ScorecardTableModel::OwnerColumn, std::max(ownerWidth, header->minimumSectionSize()));
    const auto widthOf = [&](int column) {
        if (column == ScorecardTableModel::HistoryColumn)
            return historyWidth;
        if (column == ScorecardTableModel::OwnerColumn)
            return header->sectionSize(column) > 0 ? header->sectionSize(column) : ownerWidth;
        return std::max({contentWidth(m_table, column), header->sectionSizeHint(column),
                         header->minimumSectionSize()});
    };
    int kept = 0;
    QList<GivingWayColumn> givingWay;
    for (int column = 0; column < ScorecardTableModel::ColumnCount; ++column) {
        const QVariant choice = m_columnChoices.value(choiceKey(column));
        if (column == ScorecardTableModel::NameColumn || !applies(column) || (choice.isValid() && !choice.toBool()))
            continue;
        if (givingWayOrder.contains(column) && !choice.isValid())
            continue;
        kept += widthOf(column);
    }
    for (int column : givingWayOrder) {
        if (applies(column) && !m_columnChoices.contains(choiceKey(column)))
            givingWay << GivingWayColumn{column, widthOf(column)};
    }
    const int available = m_table->viewport()->width();
    // 45 em, or what is left beside the columns that stay.
    m_nameLimit = std::min(nameLimitInEms * m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')),
                           available - kept);
    const int nameWanted = std::min(contentWidth(m_table, ScorecardTableModel::NameColumn), m_nameLimit);
    const QList<int> hidden = columnsToHide(available, nameWanted, kept, givingWay);
    for (int column = 0; column < ScorecardTableModel::ColumnCount; ++column) {
        const QVariant choice = m_columnChoices.value(choiceKey(column));
        const bool shown = applies(column) && !hidden.contains(column) && (!choice.isValid() || choice.toBool());
        m_table->setColumnHidden(column, !shown);
    }
    announceHiddenColumns(hidden);
    m_fitting = false;
}

// Columns hidden to make room say so on the button that brings them back:
// a narrow window must not quietly drop the owner.
void ScorecardPanel::announceHiddenColumns(const QList<int> &hiddenToFit)
{
    if (hiddenToFit.isEmpty()) {
        m_columnsButton->setText(tr("Columns") + QStringLiteral(" \u25be"));
        m_columnsButton->setToolTip(tr("Choose the table's columns; on a narrow window the owner and the date of "
                                       "the data give way first"));
        m_columnsButton->setAccessibleDescription(m_columnsButton->toolTip());
        return;
    }
    QStringList names;
    for (int column : hiddenToFit)
        names << m_model->headerData(column, Qt::Horizontal).toString();
    m_columnsButton->setText(tr("Columns (%1 hidden)").arg(hiddenToFit.size()) + QStringLiteral(" \u25be"));
    m_columnsButton->setToolTip(tr("Hidden to fit the window: %1. Choose them here to bring them back, or "
                                   "widen the window.").arg(names.join(QLatin1String(", "))));
    m_columnsButton->setAccessibleDescription(m_columnsButton->toolTip());
}

void ScorecardPanel::fillColumnsMenu()
{
    m_columnsMenu->clear();
    for (int column = 0; column < ScorecardTableModel::ColumnCount; ++column) {
        if (column == ScorecardTableModel::NameColumn)
            continue;
        QAction *action = m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        action->setEnabled(applies(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_columnChoices.insert(choiceKey(column), shown);
            fitColumns();
            emit columnChoicesChanged(m_columnChoices);
        });
    }
    m_columnsMenu->addSeparator();
    QAction *fit = m_columnsMenu->addAction(tr("Fit columns to the window"));
    fit->setToolTip(tr("Forget the columns chosen: the owner and the date of the data give way on a narrow window"));
    fit->setEnabled(!m_columnChoices.isEmpty());
    connect(fit, &QAction::triggered, this, [this] {
        m_columnChoices.clear();
        fitColumns();
        emit columnChoicesChanged(m_columnChoices);
    });
}

bool ScorecardPanel::eventFilter(QObject *watched, QEvent *event)
{
    // From the filter, Down goes into the table and Enter opens the row it shows selected.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down) {
            m_table->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(m_table->currentIndex());
            return true;
        }
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
        // The page's heading settles after the table is filled: the selected row stays in view.
        // Queued: the scroll bars' ranges follow the new size after this event.
        QMetaObject::invokeMethod(
            this, [this] { m_table->scrollTo(m_table->currentIndex()); }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void ScorecardPanel::activate(const QModelIndex &index)
{
    if (index.isValid())
        emit rowActivated(Level(index.data(LevelRole).toInt()), index.data(CodeRole).toString());
}

} // namespace civicstat
