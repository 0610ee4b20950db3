// The navigation on the left: a search box and two trees (by goal, by
// department) over the core's NavigationModel. It reports which node the user
// chose; deciding what to show is the main window's job.
#pragma once

#include "scorecard.h"

#include <QWidget>

class QLineEdit;
class QTabWidget;
class QTreeView;
class QSortFilterProxyModel;

namespace civicstat {

class NavigationModel;

class NavigationPanel final : public QWidget
{
    Q_OBJECT

public:
    NavigationPanel(NavigationModel *byGoal, NavigationModel *byDepartment, QWidget *parent = nullptr);

    // Selects the node in the visible tree (or the goal tree) without emitting nodeActivated.
    void select(Level level, const QString &code);
    QLineEdit *searchBox() const { return m_search; }
    QTreeView *goalTree() const { return m_goalTree; }
    QTreeView *departmentTree() const { return m_departmentTree; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void nodeActivated(civicstat::Level level, const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void giveACurrentRow(QTreeView *tree);
    QTreeView *makeTree(QSortFilterProxyModel *proxy, const QString &name);
    void search(const QString &text);
    void activateFirstMatch();

    QLineEdit *m_search;
    QTabWidget *m_tabs;
    NavigationModel *m_byGoal;
    NavigationModel *m_byDepartment;
    QSortFilterProxyModel *m_goalProxy;
    QSortFilterProxyModel *m_departmentProxy;
    QTreeView *m_goalTree;
    QTreeView *m_departmentTree;
    bool m_selecting = false;
};

} // namespace civicstat
