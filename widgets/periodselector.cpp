#include "periodselector.h"

#include "measureseries.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace civicstat {

PeriodSelector::PeriodSelector(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_previous(new QToolButton(this))
    , m_label(new QLabel(this))
    , m_next(new QToolButton(this))
    , m_latestButton(new QToolButton(this))
{
    m_kind->addItem(tr("Month"), int(PeriodKind::Month));
    m_kind->addItem(tr("Quarter"), int(PeriodKind::FiscalQuarter));
    m_kind->addItem(tr("Fiscal year"), int(PeriodKind::FiscalYear));
    m_kind->setToolTip(tr("Show months, fiscal quarters or fiscal years"));
    m_kind->setAccessibleName(tr("Period length"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous period (Ctrl+[)"));
    m_previous->setShortcut(QKeySequence(QStringLiteral("Ctrl+[")));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next period (Ctrl+])"));
    m_next->setShortcut(QKeySequence(QStringLiteral("Ctrl+]")));
    m_latestButton->setText(tr("Latest"));
    m_latestButton->setToolTip(tr("Go to the most recent period with data"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Period:"), this));
    layout->addWidget(m_kind);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    layout->addWidget(m_latestButton);
    fixLabelWidth();
    connect(m_kind, &QComboBox::activated, this, &PeriodSelector::changeKind);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_latestButton, &QToolButton::clicked, this, [this] {
        choose(periodContaining(m_latest.last(), PeriodKind(m_kind->currentData().toInt()), m_fiscalStart));
    });
}

void PeriodSelector::setContext(const Period &latestMonth, int fiscalYearStartMonth)
{
    m_latest = latestMonth;
    m_fiscalStart = fiscalYearStartMonth;
    fixLabelWidth();
}

QString PeriodSelector::labelText(const Period &period)
{
    const QLocale locale;
    //: A period and its first and last days: "2026-09  (1 Sep 2026 – 30 Sep 2026)"
    return tr("%1  (%2 \u2013 %3)")
        .arg(period.text(), locale.toString(period.first(), QStringLiteral("d MMM yyyy")),
             locale.toString(period.last(), QStringLiteral("d MMM yyyy")));
}

void PeriodSelector::fixLabelWidth()
{
    // The arrows beside the label must not move under the pointer as the text
    // changes ("May" is narrower than "Sep"): the label is as wide as the widest
    // text of two years of each kind of period.
    const QDate latest = m_latest.isValid() ? m_latest.last() : QDate::currentDate();
    int widest = 0;
    for (PeriodKind kind : {PeriodKind::Month, PeriodKind::FiscalQuarter, PeriodKind::FiscalYear}) {
        Period period = periodContaining(latest, kind, m_fiscalStart);
        for (int step = 0; step < 24 && period.isValid(); ++step, period = period.shifted(-1))
            widest = std::max(widest, m_label->fontMetrics().horizontalAdvance(labelText(period)));
    }
    // Digits of other years may be wider in a proportional font.
    m_label->setFixedWidth(widest + 2 * m_label->fontMetrics().horizontalAdvance(QLatin1Char('0')));
}

void PeriodSelector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        fixLabelWidth();
}

void PeriodSelector::setPeriod(const Period &period)
{
    m_period = period;
    const int index = m_kind->findData(int(period.kind()));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
    showPeriod();
}

void PeriodSelector::changeKind(int index)
{
    const auto kind = PeriodKind(m_kind->itemData(index).toInt());
    const QDate day = std::min(m_period.last(), m_latest.last());
    choose(periodContaining(day, kind, m_fiscalStart));
}

void PeriodSelector::step(int steps) { choose(m_period.shifted(steps)); }

void PeriodSelector::choose(const Period &period)
{
    if (!period.isValid() || period == m_period)
        return;
    m_period = period;
    showPeriod();
    emit periodChanged(period);
}

void PeriodSelector::showPeriod()
{
    m_label->setText(labelText(m_period));
    m_next->setEnabled(m_period.last() < m_latest.last());
}

} // namespace civicstat
