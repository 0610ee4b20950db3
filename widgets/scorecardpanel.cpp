#include "scorecardpanel.h"

#include "heading.h"
#include "itemroles.h"
#include "scorecardtablemodel.h"
#include "sparklinedelegate.h"
#include "statuspresentation.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace civicstat {

ScorecardPanel::ScorecardPanel(ScorecardTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
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

    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("scorecardTable"));
    m_table->setAccessibleName(tr("Scorecard"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
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
    header->resizeSection(ScorecardTableModel::HistoryColumn, 130);
    header->setSectionResizeMode(ScorecardTableModel::OwnerColumn, QHeaderView::Interactive);
    header->resizeSection(ScorecardTableModel::OwnerColumn, 170);
    header->setMinimumSectionSize(60);
    header->setSectionsMovable(true);
    m_table->setTextElideMode(Qt::ElideRight);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table, &QTableView::activated, this, &ScorecardPanel::activate);
}

void ScorecardPanel::refresh(const QString &description)
{
    const ScorecardRow &scope = m_model->scopeRow();
    const StatusCounts &c = scope.counts;
    m_title->setText(QStringLiteral("%1 %2").arg(scope.code, scope.name));
    QString summary = tr("%1%2 \u2014 %3 measures on track, %4 at risk, %5 off track, %6 without data or target.")
                          .arg(statusLabel(scope.status),
                               scope.score ? tr(", score %1").arg(formatScore(*scope.score)) : QString(),
                               QString::number(c.onTrack), QString::number(c.atRisk), QString::number(c.offTrack),
                               QString::number(c.noData + c.noTarget));
    if (!scope.owner.isEmpty())
        summary += QLatin1Char('\n') + tr("Owner: %1").arg(scope.owner);
    if (!description.isEmpty())
        summary += QLatin1Char('\n') + description;
    m_summary->setText(summary);
    m_filter->clear();
    // Objectives have scores, not actuals: their rows leave the figure columns empty.
    const bool measures = m_model->rowCount() > 0 && m_model->rowAt(0).level == Level::Measure;
    for (int column : {ScorecardTableModel::ActualColumn, ScorecardTableModel::TargetColumn,
                       ScorecardTableModel::VarianceColumn, ScorecardTableModel::UpdatedColumn})
        m_table->setColumnHidden(column, !measures);
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, ScorecardTableModel::NameColumn));
}

QString ScorecardPanel::heading() const { return m_title->text(); }

void ScorecardPanel::activate(const QModelIndex &index)
{
    if (index.isValid())
        emit rowActivated(Level(index.data(LevelRole).toInt()), index.data(CodeRole).toString());
}

} // namespace civicstat
