#include "navigationpanel.h"

#include "focusframe.h"
#include "itemroles.h"
#include "navigationmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace civicstat {

namespace {

// Matches a node by name or by code, keeping the ancestors of every match.
class SearchProxy final : public QSortFilterProxyModel
{
public:
    explicit SearchProxy(QObject *parent) : QSortFilterProxyModel(parent) { setRecursiveFilteringEnabled(true); }

    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_text.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)
            || index.data(CodeRole).toString().contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_text;
};

} // namespace

NavigationPanel::NavigationPanel(NavigationModel *byGoal, NavigationModel *byDepartment, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_byGoal(byGoal)
    , m_byDepartment(byDepartment)
    , m_goalProxy(new SearchProxy(this))
    , m_departmentProxy(new SearchProxy(this))
{
    m_goalProxy->setSourceModel(byGoal);
    m_departmentProxy->setSourceModel(byDepartment);
    m_search->setPlaceholderText(tr("Find a goal, objective, measure or department"));
    m_search->setToolTip(tr("Type part of a name or code (Ctrl+F); Enter opens the first match"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_goalTree = makeTree(m_goalProxy, tr("By goal"));
    m_departmentTree = makeTree(m_departmentProxy, tr("By department"));
    m_tabs->addTab(m_goalTree, tr("By goal"));
    m_tabs->addTab(m_departmentTree, tr("By department"));
    m_tabs->setTabToolTip(0, tr("Citywide goals, their objectives and measures"));
    m_tabs->setTabToolTip(1, tr("Departments, the objectives they own and their measures"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tabs, 1);
    connect(m_search, &QLineEdit::textChanged, this, &NavigationPanel::search);
    connect(m_search, &QLineEdit::returnPressed, this, &NavigationPanel::activateFirstMatch);
    m_search->installEventFilter(this); // Down: into the tree, as from a table's filter
    connect(byGoal, &QAbstractItemModel::modelReset, m_goalTree, [this] { m_goalTree->expandToDepth(1); });
}

QTreeView *NavigationPanel::makeTree(QSortFilterProxyModel *proxy, const QString &name)
{
    auto *tree = new QTreeView(this);
    frameWhenFocused(tree);
    tree->setModel(proxy);
    tree->setHeaderHidden(true);
    tree->setUniformRowHeights(true);
    tree->setAccessibleName(name);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_selecting && current.isValid())
            emit nodeActivated(Level(current.data(LevelRole).toInt()), current.data(CodeRole).toString());
    });
    connect(proxy, &QAbstractItemModel::modelReset, tree, [this, tree] { giveACurrentRow(tree); });
    connect(proxy, &QAbstractItemModel::layoutChanged, tree, [this, tree] { giveACurrentRow(tree); });
    return tree;
}

// A tree with no current row makes one of its first row when it takes the
// focus, which would open that row's page: switching to "By department" with
// Ctrl+Tab must not leave the measure on screen. Each tree keeps a current
// row, chosen quietly.
void NavigationPanel::giveACurrentRow(QTreeView *tree)
{
    if (tree->currentIndex().isValid() || tree->model()->rowCount() == 0)
        return;
    const bool wasSelecting = m_selecting;
    m_selecting = true;
    tree->selectionModel()->setCurrentIndex(tree->model()->index(0, 0), QItemSelectionModel::NoUpdate);
    m_selecting = wasSelecting;
}

bool NavigationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        QTreeView *tree = m_tabs->currentIndex() == 0 ? m_goalTree : m_departmentTree;
        tree->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void NavigationPanel::search(const QString &text)
{
    for (QSortFilterProxyModel *proxy : {m_goalProxy, m_departmentProxy})
        static_cast<SearchProxy *>(proxy)->setText(text);
    if (!text.isEmpty()) {
        m_goalTree->expandAll();
        m_departmentTree->expandAll();
    }
}

void NavigationPanel::activateFirstMatch()
{
    QTreeView *tree = m_tabs->currentIndex() == 0 ? m_goalTree : m_departmentTree;
    QAbstractItemModel *model = tree->model();
    const QString text = m_search->text().trimmed();
    // Depth-first: the first node whose own name or code matches.
    std::vector<QModelIndex> pending;
    for (int row = model->rowCount() - 1; row >= 0; --row)
        pending.push_back(model->index(row, 0));
    while (!pending.empty()) {
        const QModelIndex index = pending.back();
        pending.pop_back();
        if (index.data().toString().contains(text, Qt::CaseInsensitive)
            || index.data(CodeRole).toString().contains(text, Qt::CaseInsensitive)) {
            tree->setCurrentIndex(index);
            tree->setFocus();
            return;
        }
        for (int row = model->rowCount(index) - 1; row >= 0; --row)
            pending.push_back(model->index(row, 0, index));
    }
}

void NavigationPanel::select(Level level, const QString &code)
{
    m_selecting = true;
    const bool department = level == Level::Department;
    if (department)
        m_tabs->setCurrentIndex(1);
    QTreeView *tree = m_tabs->currentIndex() == 0 ? m_goalTree : m_departmentTree;
    NavigationModel *source = tree == m_goalTree ? m_byGoal : m_byDepartment;
    auto *proxy = static_cast<QSortFilterProxyModel *>(tree->model());
    QModelIndex index = proxy->mapFromSource(source->indexOf(level, code));
    if (!index.isValid() && tree == m_departmentTree) {
        m_tabs->setCurrentIndex(0);
        tree = m_goalTree;
        index = m_goalProxy->mapFromSource(m_byGoal->indexOf(level, code));
    }
    if (index.isValid()) {
        tree->setCurrentIndex(index);
        tree->scrollTo(index);
    }
    m_selecting = false;
}

} // namespace civicstat
