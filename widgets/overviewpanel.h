// The citywide overview: the city's score and status in words for the period,
// and one tile per goal (status, score, counts of measures, recent scores),
// worst first, and a line saying so when the city is the made-up demo. It shows a snapshot it is given; computing one is the core's job.
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace civicstat {

class CitySnapshot;
class GoalTile;

class OverviewPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPanel(QWidget *parent = nullptr);

    void showSnapshot(const CitySnapshot &snapshot);
    QString headline() const;
    // "This is a made-up demonstration city...": shown only for the demo city.
    QLabel *demoNote() const { return m_demoNote; }
    const std::vector<GoalTile *> &tiles() const { return m_tiles; }

signals:
    void goalActivated(const QString &code);

private:
    void moveFocusFrom(const GoalTile *tile, Qt::Key key);

    QLabel *m_title;
    QLabel *m_statusIcon;
    QLabel *m_summary;
    QLabel *m_explanation;
    QLabel *m_demoNote;
    QGridLayout *m_grid;
    std::vector<GoalTile *> m_tiles;
    int m_columns = 2;
};

} // namespace civicstat
