#include "goaltile.h"

#include "itemroles.h"
#include "statuspresentation.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>
#include <cmath>

namespace civicstat {

namespace {

// The goal's score over the last periods, with a faint line at 1.00 (on target).
class ScoreLine final : public QWidget
{
public:
    ScoreLine(std::vector<std::optional<double>> values, Status status, QWidget *parent)
        : QWidget(parent), m_values(std::move(values)), m_status(status)
    {
        setMinimumHeight(36);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        double low = 0.8, high = 1.2;
        for (const auto &v : m_values) {
            if (v) {
                low = std::min(low, *v);
                high = std::max(high, *v);
            }
        }
        const QRectF area = QRectF(rect()).adjusted(2, 4, -6, -4);
        const auto y = [&](double v) { return area.bottom() - area.height() * (v - low) / (high - low); };
        const auto x = [&](std::size_t i) { return area.left() + area.width() * i / std::max<std::size_t>(1, m_values.size() - 1); };
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().mid().color(), 1, Qt::DashLine));
        p.drawLine(QPointF(area.left(), y(1.0)), QPointF(area.right(), y(1.0)));
        QPainterPath path;
        bool drawing = false;
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            if (!m_values[i]) {
                drawing = false;
                continue;
            }
            drawing ? path.lineTo(x(i), y(*m_values[i])) : path.moveTo(x(i), y(*m_values[i]));
            drawing = true;
        }
        p.setPen(QPen(palette().text().color(), 1.5));
        p.drawPath(path);
        if (!m_values.empty() && m_values.back()) {
            p.setPen(Qt::NoPen);
            p.setBrush(statusColour(m_status));
            p.drawEllipse(QPointF(x(m_values.size() - 1), y(*m_values.back())), 4, 4);
        }
    }

private:
    std::vector<std::optional<double>> m_values;
    Status m_status;
};

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

GoalTile::GoalTile(const ScorecardRow &goal, const std::vector<std::optional<double>> &recentScores, QWidget *parent)
    : QFrame(parent), m_code(goal.code)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setObjectName(QStringLiteral("tile_") + goal.code);
    setAccessibleName(tr("%1: %2").arg(goal.name, statusLabel(goal.status)));
    const StatusCounts &c = goal.counts;
    setToolTip(tr("%1\n%2 measures on track, %3 at risk, %4 off track, %5 without data, %6 without a target.\n"
                  "Click or press Enter to open this goal.")
                   .arg(goal.name, QString::number(c.onTrack), QString::number(c.atRisk), QString::number(c.offTrack),
                        QString::number(c.noData), QString::number(c.noTarget)));

    auto *statusRow = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(statusIcon(goal.status).pixmap(QSize(22, 22)));
    statusRow->addWidget(icon);
    statusRow->addWidget(plainLabel(statusLabel(goal.status), this), 1);
    auto *score = plainLabel(goal.score ? formatScore(*goal.score) : tr("No score"), this);
    QFont big = score->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    score->setFont(big);
    score->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusRow->addWidget(score);

    auto *name = plainLabel(goal.name, this);
    QFont bold = name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    name->setFont(bold);
    // Each number stays with its words when a narrow tile wraps the line: only the dots between them break.
    const auto unbroken = [](QString phrase) { return phrase.replace(QLatin1Char(' '), QChar(0x00A0)); };
    const QStringList tally{unbroken(tr("%1 on track").arg(c.onTrack)), unbroken(tr("%1 at risk").arg(c.atRisk)),
                            unbroken(tr("%1 off track").arg(c.offTrack)),
                            unbroken(tr("%1 not scored").arg(c.noData + c.noTarget))};
    auto *counts = plainLabel(tally.join(QStringLiteral(" \u00b7 ")), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(name);
    layout->addWidget(counts);
    layout->addWidget(new ScoreLine(recentScores, goal.status, this));
    layout->addStretch(1);
    // A screen reader hears the score and the counts, not only the name and status.
    setAccessibleDescription(tr("Score %1. %2").arg(score->text(), counts->text()));
}

void GoalTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    // Many styles draw no focus frame for a plain QFrame; the tile draws its own.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette().highlight().color(), focusRingWidth));
    p.setBrush(Qt::NoBrush);
    const qreal inset = focusRingWidth / 2.0;
    p.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), 4, 4);
}

void GoalTile::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    emit activated(m_code);
}

void GoalTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated(m_code);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: emit arrowPressed(Qt::Key(event->key())); return;
    default: QFrame::keyPressEvent(event);
    }
}

} // namespace civicstat
