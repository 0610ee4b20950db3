#include "goaloverviewmodel.h"

#include "itemroles.h"
#include "statuspresentation.h"

namespace civicstat {

GoalOverviewModel::GoalOverviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void GoalOverviewModel::setScorecard(const Scorecard &card)
{
    beginResetModel();
    m_goals.clear();
    for (const ScorecardRow &row : card.rows) {
        if (row.level == Level::Goal)
            m_goals.push_back(row);
    }
    endResetModel();
}

int GoalOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_goals.size());
}

int GoalOverviewModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString GoalOverviewModel::tooltip(const ScorecardRow &row) const
{
    const StatusCounts &c = row.counts;
    QString text = tr("%1: %2").arg(row.name, statusLabel(row.status));
    if (row.score)
        text += tr(", score %1 (1.00 means every scored measure meets its target)").arg(formatScore(*row.score));
    text += QLatin1Char('\n')
        + tr("%1 measures on track, %2 at risk, %3 off track, %4 without data, %5 without a target.")
              .arg(c.onTrack)
              .arg(c.atRisk)
              .arg(c.offTrack)
              .arg(c.noData)
              .arg(c.noTarget);
    if (!row.owner.isEmpty())
        text += QLatin1Char('\n') + tr("Executive sponsor: %1").arg(row.owner);
    return text;
}

QVariant GoalOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScorecardRow &row = m_goals[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn: return statusLabel(row.status);
        case NameColumn: return row.name;
        case ScoreColumn: return row.score ? formatScore(*row.score) : QString();
        case OnTrackColumn: return row.counts.onTrack;
        case AtRiskColumn: return row.counts.atRisk;
        case OffTrackColumn: return row.counts.offTrack;
        case NoDataColumn: return row.counts.noData + row.counts.noTarget;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(row.status);
        break;
    case Qt::ToolTipRole: return tooltip(row);
    case Qt::TextAlignmentRole:
        if (index.column() >= ScoreColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StatusRole: return int(row.status);
    case CodeRole: return row.code;
    case ScoreRole: return row.score ? QVariant(*row.score) : QVariant();
    }
    return {};
}

QVariant GoalOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StatusColumn: return tr("Status");
        case NameColumn: return tr("Goal");
        case ScoreColumn: return tr("Score");
        case OnTrackColumn: return tr("On track");
        case AtRiskColumn: return tr("At risk");
        case OffTrackColumn: return tr("Off track");
        case NoDataColumn: return tr("No data or target");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StatusColumn: return tr("On track at a score of 1.00 or more; at risk from the city's at-risk threshold");
        case ScoreColumn: return tr("Weighted mean of the goal's objective scores; 1.00 means on target");
        case OnTrackColumn:
        case AtRiskColumn:
        case OffTrackColumn:
        case NoDataColumn: return tr("Number of the goal's measures with this status in the period");
        }
    }
    return {};
}

} // namespace civicstat
