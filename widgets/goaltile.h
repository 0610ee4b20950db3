// One goal on the overview: status in shape, colour and words, the score, the
// counts of its measures by status and a small line of its recent scores.
// Click, Enter or Space opens the goal. With the focus it draws a ring in the
// palette's highlight, thick enough to see from across a meeting table.
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
    // Width in pixels of the ring drawn around the tile while it has the focus.
    static constexpr int focusRingWidth = 3;

signals:
    void activated(const QString &code);
    // An arrow key: the overview moves the focus to the tile that way.
    void arrowPressed(Qt::Key key);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_code;
};

} // namespace civicstat
