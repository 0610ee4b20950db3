// The scorecard of a goal, objective or department: what it is, its status and
// score, and a sortable, filterable table of what lies below it (with
// sparklines). Double-click or Enter on a row drills down.
#pragma once

#include "scorecard.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace civicstat {

class ScorecardTableModel;

class ScorecardPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardPanel(ScorecardTableModel *model, QWidget *parent = nullptr);

    // Shows the model's scope; `description` is the objective's statement or the goal's description.
    void refresh(const QString &description);
    QTableView *table() const { return m_table; }
    QString heading() const;

signals:
    void rowActivated(civicstat::Level level, const QString &code);

private:
    void activate(const QModelIndex &index);

    ScorecardTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QTableView *m_table;
};

} // namespace civicstat
