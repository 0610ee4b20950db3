// The citywide overview: the city's score and status in words, the period it
// covers, and a table of goals with their scores and measure counts. It shows
// a Scorecard it is given; computing one is the core's job.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace civicstat {

class GoalOverviewModel;
struct Scorecard;

class OverviewPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPanel(QWidget *parent = nullptr);

    void showScorecard(const Scorecard &card);
    QTableView *goalTable() const { return m_table; }
    QString headline() const;

private:
    GoalOverviewModel *m_model;
    QLabel *m_title;
    QLabel *m_statusIcon;
    QLabel *m_summary;
    QLabel *m_explanation;
    QTableView *m_table;
};

} // namespace civicstat
