#include "overviewpanel.h"

#include "goaloverviewmodel.h"
#include "scorecard.h"
#include "statuspresentation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace civicstat {

OverviewPanel::OverviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new GoalOverviewModel(this))
    , m_title(new QLabel(this))
    , m_statusIcon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_table(new QTableView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.25);
    m_summary->setFont(summaryFont);
    m_summary->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setText(
        tr("Each goal's score is the weighted mean of its objectives' scores, and each objective's is the mean of "
           "its measures' (actual against target, so 1.00 means on target). Hover over a goal for details."));

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("goalTable"));
    m_table->setAccessibleName(tr("Goals and their status"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setIconSize(QSize(20, 20));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(GoalOverviewModel::NameColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto *headline = new QHBoxLayout;
    headline->addWidget(m_statusIcon);
    headline->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(headline);
    layout->addWidget(m_explanation);
    layout->addWidget(m_table, 1);
}

void OverviewPanel::showScorecard(const Scorecard &card)
{
    m_model->setScorecard(card);
    m_title->setText(tr("%1: citywide overview").arg(card.cityName));
    const ScorecardRow *city = card.rows.empty() ? nullptr : &card.rows.front();
    if (!city) {
        m_summary->setText(tr("This database has no goals yet. Import a structure file to add them."));
        m_statusIcon->clear();
        return;
    }
    m_statusIcon->setPixmap(statusIcon(city->status).pixmap(QSize(32, 32)));
    const QString period = tr("%1 (%2 to %3)")
                               .arg(card.period.text(), QLocale().toString(card.period.first(), QLocale::ShortFormat),
                                    QLocale().toString(card.period.last(), QLocale::ShortFormat));
    if (city->score)
        m_summary->setText(tr("%1, citywide score %2 for %3. %4 of %5 measures on track.")
                               .arg(statusLabel(city->status))
                               .arg(formatScore(*city->score))
                               .arg(period)
                               .arg(city->counts.onTrack)
                               .arg(city->counts.total()));
    else
        m_summary->setText(tr("No measure has both data and a target for %1.").arg(period));
}

QString OverviewPanel::headline() const { return m_summary->text(); }

} // namespace civicstat
