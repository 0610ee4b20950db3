// The scorecard of a goal, objective or department: what it is, its status and
// score, and a sortable, filterable table of what lies below it (with
// sparklines). Double-click or Enter on a row drills down. The table opens
// worst first; the name column gets the room its names need, and the columns
// that matter least give way on a narrow window (the Columns menu, also on the
// header's context menu, brings them back).
#pragma once

#include "scorecard.h"

#include <QVariantMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace civicstat {

class ScorecardTableModel;

class ScorecardPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardPanel(ScorecardTableModel *model, QWidget *parent = nullptr);

    // Shows the model's scope; `description` is the objective's statement or the goal's description.
    // The row selected is the first whose code is in `cameFrom` (the path of the place the user
    // comes from), else the one selected before when the scope is the same, else the first.
    void refresh(const QString &description, const QStringList &cameFrom = {});
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QString summary() const;
    QString heading() const;
    // The sort the table opens with (worst first until the user picks another).
    void setSort(int column, Qt::SortOrder order);
    // Columns the user showed (true) or hid (false) by name; the others are fitted to the room.
    void setColumnChoices(const QVariantMap &choices);
    QVariantMap columnChoices() const { return m_columnChoices; }
    // The widest the name column is made to show whole names: 45 em, or what is
    // left beside the columns that do not give way.
    int nameColumnLimit() const;
    QToolButton *columnsButton() const { return m_columnsButton; }

signals:
    void rowActivated(civicstat::Level level, const QString &code);
    void sortChosen(int column, Qt::SortOrder order); // by the user, on a header
    void columnChoicesChanged(const QVariantMap &choices);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void selectRow(const QStringList &cameFrom);
    void fitColumns();
    void fillColumnsMenu();
    void announceHiddenColumns(const QList<int> &hiddenToFit);
    bool applies(int column) const; // objectives have no actual, target, variance or update

    ScorecardTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QToolButton *m_columnsButton;
    QMenu *m_columnsMenu;
    QTableView *m_table;
    QVariantMap m_columnChoices;
    QString m_shownScope;   // the code of the scope last shown
    QString m_selectedCode; // the row last selected in it
    bool m_measureRows = false;
    bool m_fitting = false;
    int m_nameLimit = 0;
};

} // namespace civicstat
