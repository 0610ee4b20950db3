// Chooses the period every screen shows: its kind (month, quarter, fiscal
// year) and which one, with previous/next steps and a way back to the latest.
// The steps stay where they are whatever period is shown.
#pragma once

#include "period.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace civicstat {

class PeriodSelector final : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodSelector(QWidget *parent = nullptr);

    // The latest month with data, and the city's fiscal-year start.
    void setContext(const Period &latestMonth, int fiscalYearStartMonth);
    void setPeriod(const Period &period); // without emitting periodChanged
    const Period &period() const { return m_period; }

    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    static QString labelText(const Period &period);

signals:
    void periodChanged(const civicstat::Period &period);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fixLabelWidth();
    void changeKind(int index);
    void step(int steps);
    void choose(const Period &period);
    void showPeriod();

    QComboBox *m_kind;
    QToolButton *m_previous;
    QLabel *m_label;
    QToolButton *m_next;
    QToolButton *m_latestButton;
    Period m_period;
    Period m_latest;
    int m_fiscalStart = 7;
};

} // namespace civicstat
