// The navigation tree: Citywide > goals > objectives > measures, or grouped by
// department (departments > objectives > measures), with each node's status
// for the snapshot's period. Searching and filtering belong to a proxy.
#pragma once

#include "citysnapshot.h"

#include <QAbstractItemModel>
#include <memory>

namespace civicstat {

class NavigationModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Grouping { ByGoal, ByDepartment };

    explicit NavigationModel(Grouping grouping, QObject *parent = nullptr);

    // Rebuilds the tree when the structure changed; otherwise only statuses change.
    void setSnapshot(std::shared_ptr<const CitySnapshot> snapshot);
    QModelIndex indexOf(Level level, const QString &code) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        Level level = Level::Citywide;
        QString code;
        QString name;
        int parent = -1; // index into m_nodes; -1 for top-level nodes
        int row = 0;     // position among its parent's children
        std::vector<int> children;
        Status status = Status::NoData;
        std::optional<double> score;
    };

    void rebuild(const Structure &structure);
    int addNode(Level level, const QString &code, const QString &name, int parent);
    void updateStatuses();
    QString structureSignature(const Structure &structure) const;

    Grouping m_grouping;
    std::shared_ptr<const CitySnapshot> m_snapshot;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
    QString m_signature;
};

} // namespace civicstat
