// A table of the citywide scorecard's goals (one row each: status, name,
// score, and how many of its measures are on track, at risk, off track or
// without data) for the overview screen. It shows what it is given and never
// reads the database; sorting belongs to a proxy.
#pragma once

#include "scorecard.h"

#include <QAbstractTableModel>

namespace civicstat {

class GoalOverviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, NameColumn, ScoreColumn, OnTrackColumn, AtRiskColumn, OffTrackColumn,
                  NoDataColumn, ColumnCount };

    explicit GoalOverviewModel(QObject *parent = nullptr);

    // Takes the goal rows of `card` (the rows at level Goal).
    void setScorecard(const Scorecard &card);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString tooltip(const ScorecardRow &row) const;

    std::vector<ScorecardRow> m_goals;
};

} // namespace civicstat
