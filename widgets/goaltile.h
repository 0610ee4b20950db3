// One goal on the overview: status in shape, colour and words, the score, the
// counts of its measures by status and a small line of its recent scores.
// Click, Enter or Space opens the goal.
#pragma once

#include "scorecard.h"

#include <QFrame>

namespace civicstat {

class GoalTile final : public QFrame
{
    Q_OBJECT

public:
    GoalTile(const ScorecardRow &goal, const std::vector<std::optional<double>> &recentScores, QWidget *parent = nullptr);

    const QString &code() const { return m_code; }

signals:
    void activated(const QString &code);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_code;
};

} // namespace civicstat
