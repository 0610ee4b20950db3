// A reporting period (day, ISO week, month, calendar or fiscal quarter,
// calendar or fiscal year) with its first and last day, parsed from and
// written to the text forms of the database format. Fiscal periods need the
// city's fiscal-year start month. `latest` is resolved by the store, not here.
#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace civicstat {

enum class PeriodKind { Day, IsoWeek, Month, CalendarQuarter, FiscalQuarter, CalendarYear, FiscalYear };

class Period final
{
public:
    Period() = default;

    static Period day(QDate date);
    static Period isoWeek(int isoYear, int week);
    static Period month(int year, int month);
    static Period calendarQuarter(int year, int quarter);
    static Period fiscalQuarter(int fiscalYear, int quarter, int fiscalStartMonth);
    static Period calendarYear(int year);
    static Period fiscalYear(int fiscalYear, int fiscalStartMonth);
    static Period monthContaining(QDate date);
    static int fiscalYearContaining(QDate date, int fiscalStartMonth);
    // The period of a grain (1 day ... 5 year, as granularity()) that ends on
    // `last`, for figures read by their last day and grain alone. Of a calendar
    // and a fiscal quarter or year with the same days, the city's fiscal one
    // (with a July start, FY2024-Q3 rather than 2024-Q1); invalid when no
    // period of that grain ends on that day.
    static Period endingOn(QDate last, int granularity, int fiscalStartMonth);

    // Accepts `2024-03-15`, `2024-W10`, `2024-03`, `2024-Q1`, `FY2024-Q3`,
    // `2024` and `FY2024` (case and surrounding blanks ignored).
    static std::optional<Period> parse(const QString &text, int fiscalStartMonth);

    bool isValid() const { return m_first.isValid(); }
    PeriodKind kind() const { return m_kind; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    // 1 day, 2 week, 3 month, 4 quarter, 5 year: an observation counts for a
    // period only when its own granularity is no coarser.
    int granularity() const;
    QString text() const;

    Period previous() const;
    Period yearEarlier() const;
    // Same kind, shifted by `steps` periods (negative: earlier).
    Period shifted(int steps) const;

    bool operator==(const Period &other) const
    {
        return m_kind == other.m_kind && m_first == other.m_first && m_last == other.m_last;
    }
    bool operator!=(const Period &other) const { return !(*this == other); }

private:
    PeriodKind m_kind = PeriodKind::Month;
    int m_year = 0;  // calendar, ISO or fiscal year, by kind
    int m_index = 0; // month, quarter or week number; 0 for years and days
    int m_fiscalStartMonth = 1;
    QDate m_first;
    QDate m_last;
};

int granularityOf(PeriodKind kind);

} // namespace civicstat
