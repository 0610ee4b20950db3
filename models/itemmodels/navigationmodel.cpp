#include "navigationmodel.h"

#include "itemroles.h"
#include "statuspresentation.h"

namespace civicstat {

NavigationModel::NavigationModel(Grouping grouping, QObject *parent) : QAbstractItemModel(parent), m_grouping(grouping)
{
}

QString NavigationModel::structureSignature(const Structure &s) const
{
    QString signature;
    for (const Goal &g : s.goals)
        signature += g.code + g.name + QLatin1Char('\n');
    for (const Department &d : s.departments)
        signature += d.code + d.name + QLatin1Char('\n');
    for (const Objective &o : s.objectives)
        signature += o.code + o.name + QString::number(o.goalId) + QString::number(o.departmentId) + QLatin1Char('\n');
    for (const Measure &m : s.measures)
        signature += m.code + m.name + QString::number(m.objectiveId) + QLatin1Char('\n');
    return signature;
}

void NavigationModel::setSnapshot(std::shared_ptr<const CitySnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    const QString signature = m_snapshot ? structureSignature(m_snapshot->structure()) : QString();
    if (signature != m_signature || m_nodes.empty()) {
        beginResetModel();
        m_signature = signature;
        rebuild(m_snapshot ? m_snapshot->structure() : Structure{});
        updateStatuses();
        endResetModel();
        return;
    }
    updateStatuses();
    // Statuses changed everywhere: one signal per parent's block of rows.
    const auto announce = [this](const QModelIndex &parentIndex, int count) {
        if (count > 0)
            emit dataChanged(index(0, 0, parentIndex), index(count - 1, 0, parentIndex));
    };
    announce({}, int(m_topLevel.size()));
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        announce(createIndex(m_nodes[i].row, 0, quintptr(i)), int(m_nodes[i].children.size()));
}

int NavigationModel::addNode(Level level, const QString &code, const QString &name, int parent)
{
    Node node;
    node.level = level;
    node.code = code;
    node.name = name;
    node.parent = parent;
    const int id = int(m_nodes.size());
    if (parent < 0) {
        node.row = int(m_topLevel.size());
        m_topLevel.push_back(id);
    } else {
        node.row = int(m_nodes[std::size_t(parent)].children.size());
        m_nodes[std::size_t(parent)].children.push_back(id);
    }
    m_nodes.push_back(node);
    return id;
}

void NavigationModel::rebuild(const Structure &s)
{
    m_nodes.clear();
    m_topLevel.clear();
    if (!m_snapshot)
        return;
    QHash<Id, std::vector<const Measure *>> measuresOf;
    for (const Measure &m : s.measures)
        measuresOf[m.objectiveId].push_back(&m);
    const auto addObjective = [&](const Objective &o, int parent) {
        const int node = addNode(Level::Objective, o.code, o.name, parent);
        for (const Measure *m : measuresOf.value(o.id))
            addNode(Level::Measure, m->code, m->name, node);
    };
    if (m_grouping == Grouping::ByGoal) {
        const int city = addNode(Level::Citywide, QStringLiteral("CITY"), tr("Citywide"), -1);
        for (const Goal &g : s.goals) {
            const int goal = addNode(Level::Goal, g.code, g.name, city);
            for (const Objective &o : s.objectives) {
                if (o.goalId == g.id)
                    addObjective(o, goal);
            }
        }
        return;
    }
    for (const Department &d : s.departments) {
        const int department = addNode(Level::Department, d.code, d.name, -1);
        for (const Objective &o : s.objectives) {
            if (o.departmentId == d.id)
                addObjective(o, department);
        }
    }
}

void NavigationModel::updateStatuses()
{
    if (!m_snapshot)
        return;
    for (Node &node : m_nodes) {
        const ScorecardRow *row = nullptr;
        Scorecard departmentCard;
        if (node.level == Level::Department) {
            Scope scope;
            scope.kind = Scope::Kind::Department;
            scope.code = node.code;
            departmentCard = m_snapshot->current(scope);
            row = departmentCard.rows.empty() ? nullptr : &departmentCard.rows.front();
        } else {
            row = m_snapshot->find(node.level, node.code);
        }
        node.status = row ? row->status : Status::NoData;
        node.score = row ? row->score : std::nullopt;
    }
}

QModelIndex NavigationModel::indexOf(Level level, const QString &code) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].level == level && m_nodes[i].code == code)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    }
    return {};
}

QModelIndex NavigationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const std::vector<int> &siblings =
        parent.isValid() ? m_nodes[std::size_t(parent.internalId())].children : m_topLevel;
    if (row >= int(siblings.size()))
        return {};
    return createIndex(row, 0, quintptr(siblings[std::size_t(row)]));
}

QModelIndex NavigationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[std::size_t(child.internalId())].parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes[std::size_t(parent)].row, 0, quintptr(parent));
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return parent.isValid() ? int(m_nodes[std::size_t(parent.internalId())].children.size()) : int(m_topLevel.size());
}

int NavigationModel::columnCount(const QModelIndex &) const { return 1; }

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[std::size_t(index.internalId())];
    switch (role) {
    case Qt::DisplayRole: return node.name;
    case Qt::DecorationRole: return statusIcon(node.status);
    case Qt::ToolTipRole: {
        QString tip = node.level == Level::Citywide ? node.name : QStringLiteral("%1 %2").arg(node.code, node.name);
        tip += QLatin1Char('\n') + statusLabel(node.status);
        if (node.score)
            tip += tr(", score %1").arg(formatScore(*node.score));
        return tip;
    }
    case StatusRole: return int(node.status);
    case CodeRole: return node.code;
    case LevelRole: return int(node.level);
    case ScoreRole: return node.score ? QVariant(*node.score) : QVariant();
    }
    return {};
}

} // namespace civicstat
