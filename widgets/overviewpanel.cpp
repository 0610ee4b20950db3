#include "overviewpanel.h"

#include "citysnapshot.h"
#include "goaltile.h"
#include "heading.h"
#include "statuspresentation.h"
#include "worstfirst.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace civicstat {

OverviewPanel::OverviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_statusIcon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_demoNote(new QLabel(this))
    , m_grid(new QGridLayout)
{
    styleHeading(m_title, 1.6);
    styleHeading(m_summary, 1.2, false);
    styleHeading(m_explanation, 1.0, false);
    m_explanation->setText(
        tr("Goals are ordered worst first. A score of 1.00 means on target: each goal averages its objectives, "
           "each objective its measures. The line in each tile shows the goal's score over the last 12 periods "
           "against 1.00 (dashed). Open a goal to see why."));

    styleHeading(m_demoNote, 1.0);
    m_demoNote->setObjectName(QStringLiteral("demoNote"));
    m_demoNote->setText(tr("This is a made-up demonstration city; its figures are invented. "
                           "File > Open database opens your own, File > New database starts one."));
    m_demoNote->hide();

    auto *headline = new QHBoxLayout;
    headline->addWidget(m_statusIcon);
    headline->addWidget(m_summary, 1);
    auto *tiles = new QWidget;
    tiles->setLayout(m_grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(tiles);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The frameless area would be a Tab stop with nothing to show it has the
    // focus; the tiles take it instead, and the area scrolls to the focused one.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_demoNote);
    layout->addLayout(headline);
    layout->addWidget(m_explanation);
    layout->addWidget(scroll, 1);
}

void OverviewPanel::showSnapshot(const CitySnapshot &snapshot)
{
    const Scorecard &card = snapshot.citywide();
    m_title->setText(tr("%1: citywide overview").arg(card.cityName));
    m_demoNote->setVisible(snapshot.isDemonstration());
    for (GoalTile *tile : m_tiles)
        delete tile;
    m_tiles.clear();
    const ScorecardRow *city = card.rows.empty() ? nullptr : &card.rows.front();
    const QLocale locale;
    const QString period = tr("%1 (%2 to %3)")
                               .arg(card.period.text(), locale.toString(card.period.first(), QLocale::ShortFormat),
                                    locale.toString(card.period.last(), QLocale::ShortFormat));
    if (!city || card.rows.size() == 1) {
        m_summary->setText(tr("This database has no goals yet. Bring in your city's measures and figures with File > "
                              "Import figures (Ctrl+I): a spreadsheet with its mapping, or CivicStat's own CSV files."));
        m_statusIcon->clear();
        return;
    }
    m_statusIcon->setPixmap(statusIcon(city->status).pixmap(QSize(32, 32)));
    if (city->score)
        m_summary->setText(tr("%1: citywide score %2 for %3. %4")
                               .arg(statusLabel(city->status), formatScore(*city->score), period,
                                    measureCountsSentence(city->counts, card.period.kind())));
    else
        m_summary->setText(tr("No measure has both data and a target for %1.").arg(period));
    if (const QString toDate = scoredToDateNote(card); !toDate.isEmpty())
        m_summary->setText(m_summary->text() + QLatin1Char('\n') + toDate);

    std::vector<const ScorecardRow *> goals;
    for (const ScorecardRow &row : card.rows) {
        if (row.level == Level::Goal)
            goals.push_back(&row);
    }
    // Worst first (worstfirst.h), ties in the city's own order.
    std::stable_sort(goals.begin(), goals.end(),
                     [](const ScorecardRow *a, const ScorecardRow *b) { return isWorseThan(*a, *b); });
    const int columns = goals.size() > 4 ? 3 : 2;
    m_columns = columns;
    for (std::size_t i = 0; i < goals.size(); ++i) {
        auto *tile = new GoalTile(*goals[i], snapshot.trendOf(Level::Goal, goals[i]->code));
        connect(tile, &GoalTile::activated, this, &OverviewPanel::goalActivated);
        connect(tile, &GoalTile::arrowPressed, this, [this, tile](Qt::Key key) { moveFocusFrom(tile, key); });
        m_grid->addWidget(tile, int(i) / columns, int(i) % columns);
        m_tiles.push_back(tile);
    }
    // Spare height goes below the tiles, not into them.
    const int rows = (int(goals.size()) + columns - 1) / columns;
    for (int row = 0; row <= rows; ++row)
        m_grid->setRowStretch(row, row == rows ? 1 : 0);
}

// Arrows move through the grid as it is drawn: left and right along the
// reading (worst-first) order, up and down a row; at an edge the focus stays.
void OverviewPanel::moveFocusFrom(const GoalTile *tile, Qt::Key key)
{
    const auto at = std::find(m_tiles.begin(), m_tiles.end(), tile);
    if (at == m_tiles.end())
        return;
    const int step = key == Qt::Key_Left ? -1 : key == Qt::Key_Right ? 1 : key == Qt::Key_Up ? -m_columns : m_columns;
    const int target = int(at - m_tiles.begin()) + step;
    if (target >= 0 && target < int(m_tiles.size()))
        m_tiles[std::size_t(target)]->setFocus(Qt::OtherFocusReason);
}

QString OverviewPanel::headline() const { return m_summary->text(); }

} // namespace civicstat
