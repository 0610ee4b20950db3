// The scorecard table of a goal, objective or department: one row per direct
// child (objectives, or measures) with status, actual, target, variance,
// score, trend, the last periods for a sparkline, last update and owner.
// Rows whose data is late or missing say so. Sorting and filtering belong to
// a QSortFilterProxyModel over SortRole; the status column sorted ascending
// is worst first (worstfirst.h).
#pragma once

#include "citysnapshot.h"

#include <QAbstractTableModel>
#include <memory>

namespace civicstat {

class ScorecardTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        NameColumn,
        ActualColumn,
        TargetColumn,
        VarianceColumn,
        ScoreColumn,
        TrendColumn,
        HistoryColumn,
        UpdatedColumn,
        OwnerColumn,
        ColumnCount
    };

    explicit ScorecardTableModel(QObject *parent = nullptr);

    // Shows the children of `scope` (throws StoreError when the scope names nothing).
    void setScope(std::shared_ptr<const CitySnapshot> snapshot, const Scope &scope);
    // The scope's own row (the goal, objective or department itself).
    const ScorecardRow &scopeRow() const { return m_scopeRow; }
    // The kind of period scored (month, quarter, fiscal year), for sentences such as "... this month".
    PeriodKind periodKind() const { return m_snapshot ? m_snapshot->period().kind() : PeriodKind::Month; }
    const ScorecardRow &rowAt(int row) const { return m_rows[std::size_t(row)].current; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        ScorecardRow current;
        QVariantList history; // oldest first; NaN where none
        Trend trend = Trend::Unknown;
        Freshness freshness = Freshness::Current;
        bool byMemberOnly = false; // no totals, figures by member: "never reported" would mislead
        std::optional<QDate> lastUpdate;
        int refreshDays = 0;
        bool coarserThanPeriod = false; // reported less often than the period being viewed
        QString frequency;
    };

    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString tooltip(const Row &row) const;
    std::optional<double> variance(const ScorecardRow &row) const;

    std::shared_ptr<const CitySnapshot> m_snapshot;
    ScorecardRow m_scopeRow;
    std::vector<Row> m_rows;
};

} // namespace civicstat
