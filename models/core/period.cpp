#include "period.h"


namespace civicstat {

namespace {

QDate isoWeekMonday(int isoYear, int week)
{
    const QDate jan4(isoYear, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
}

// 28 December always falls in the last ISO week of its year.
int isoWeeksIn(int isoYear) { return QDate(isoYear, 12, 28).weekNumber(); }

QDate fiscalYearFirstDay(int fiscalYear, int startMonth)
{
    return startMonth == 1 ? QDate(fiscalYear, 1, 1) : QDate(fiscalYear - 1, startMonth, 1);
}

bool validFiscalStart(int month) { return month >= 1 && month <= 12; }

// Period texts and the database format write four-digit years.
bool validYear(int year) { return year >= 1 && year <= 9999; }

} // namespace

int granularityOf(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Day: return 1;
    case PeriodKind::IsoWeek: return 2;
    case PeriodKind::Month: return 3;
    case PeriodKind::CalendarQuarter:
    case PeriodKind::FiscalQuarter: return 4;
    case PeriodKind::CalendarYear:
    case PeriodKind::FiscalYear: return 5;
    }
    return 0;
}

int Period::granularity() const { return granularityOf(m_kind); }

Period Period::day(QDate date)
{
    Period p;
    if (!date.isValid() || !validYear(date.year()))
        return p;
    p.m_kind = PeriodKind::Day;
    p.m_year = date.year();
    p.m_first = p.m_last = date;
    return p;
}

Period Period::isoWeek(int isoYear, int week)
{
    Period p;
    if (!validYear(isoYear) || week < 1 || week > isoWeeksIn(isoYear))
        return p;
    p.m_kind = PeriodKind::IsoWeek;
    p.m_year = isoYear;
    p.m_index = week;
    p.m_first = isoWeekMonday(isoYear, week);
    p.m_last = p.m_first.addDays(6);
    return p;
}

Period Period::month(int year, int month)
{
    Period p;
    if (month < 1 || month > 12 || !validYear(year))
        return p;
    p.m_kind = PeriodKind::Month;
    p.m_year = year;
    p.m_index = month;
    p.m_first = QDate(year, month, 1);
    p.m_last = p.m_first.addMonths(1).addDays(-1);
    return p;
}

Period Period::calendarQuarter(int year, int quarter)
{
    Period p;
    if (quarter < 1 || quarter > 4 || !validYear(year))
        return p;
    p.m_kind = PeriodKind::CalendarQuarter;
    p.m_year = year;
    p.m_index = quarter;
    p.m_first = QDate(year, 3 * (quarter - 1) + 1, 1);
    p.m_last = p.m_first.addMonths(3).addDays(-1);
    return p;
}

Period Period::fiscalQuarter(int fiscalYear, int quarter, int fiscalStartMonth)
{
    Period p;
    if (quarter < 1 || quarter > 4 || fiscalYear < 2 || !validYear(fiscalYear) || !validFiscalStart(fiscalStartMonth))
        return p;
    p.m_kind = PeriodKind::FiscalQuarter;
    p.m_year = fiscalYear;
    p.m_index = quarter;
    p.m_fiscalStartMonth = fiscalStartMonth;
    p.m_first = fiscalYearFirstDay(fiscalYear, fiscalStartMonth).addMonths(3 * (quarter - 1));
    p.m_last = p.m_first.addMonths(3).addDays(-1);
    return p;
}

Period Period::calendarYear(int year)
{
    Period p;
    if (!validYear(year))
        return p;
    p.m_kind = PeriodKind::CalendarYear;
    p.m_year = year;
    p.m_first = QDate(year, 1, 1);
    p.m_last = QDate(year, 12, 31);
    return p;
}

Period Period::fiscalYear(int fiscalYear, int fiscalStartMonth)
{
    Period p;
    if (fiscalYear < 2 || !validYear(fiscalYear) || !validFiscalStart(fiscalStartMonth))
        return p;
    p.m_kind = PeriodKind::FiscalYear;
    p.m_year = fiscalYear;
    p.m_fiscalStartMonth = fiscalStartMonth;
    p.m_first = fiscalYearFirstDay(fiscalYear, fiscalStartMonth);
    p.m_last = p.m_first.addYears(1).addDays(-1);
    return p;
}

Period Period::monthContaining(QDate date) { return month(date.year(), date.month()); }

int Period::fiscalYearContaining(QDate date, int fiscalStartMonth)
{
    if (fiscalStartMonth == 1)
        return date.year();
    return date.month() >= fiscalStartMonth ? date.year() + 1 : date.year();
}

Period Period::endingOn(QDate last, int granularity, int fiscalStartMonth)
{
    Period p;
    if (!last.isValid())
        return p;
    const int months = granularity == 4 ? 3 : 12;
    // Whether a year starting in `startMonth` has periods of this length that end with last's month.
    const auto endsAMonth = [&](int startMonth) { return (last.month() - startMonth + 1 + 12) % months == 0; };
    switch (granularity) {
    case 1: p = day(last); break;
    case 2: {
        int isoYear = 0;
        const int week = last.weekNumber(&isoYear);
        p = isoWeek(isoYear, week);
        break;
    }
    case 3: p = monthContaining(last); break;
    case 4:
    case 5: {
        const int start = fiscalStartMonth != 1 && validFiscalStart(fiscalStartMonth) && endsAMonth(fiscalStartMonth)
            ? fiscalStartMonth
            : endsAMonth(1) ? 1
                            : last.month() % months + 1;
        if (start == 1) {
            p = granularity == 4 ? calendarQuarter(last.year(), (last.month() - 1) / 3 + 1) : calendarYear(last.year());
        } else {
            const int year = fiscalYearContaining(last, start);
            p = granularity == 4 ? fiscalQuarter(year, (last.month() - start + 12) % 12 / 3 + 1, start)
                                 : fiscalYear(year, start);
        }
        break;
    }
    default: break;
    }
    return p.isValid() && p.last() == last ? p : Period{};
}

namespace {

// Reads `count` digits at `at`; -1 when they are not all digits. Imports parse
// millions of periods: plain character checks, no regular expressions.
int digits(const QString &text, qsizetype at, int count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(at + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

std::optional<Period> Period::parse(const QString &input, int fiscalStartMonth)
{
    const QString text = input.trimmed().toUpper();
    const qsizetype n = text.size();
    const bool fiscal = text.startsWith(QLatin1String("FY"));
    const qsizetype at = fiscal ? 2 : 0;
    const int year = digits(text, at, 4);
    Period result;
    if (year >= 0) {
        const qsizetype rest = n - at - 4;
        if (rest == 0) {
            result = fiscal ? fiscalYear(year, fiscalStartMonth) : calendarYear(year);
        } else if (text.at(at + 4) == QLatin1Char('-')) {
            const QChar tag = rest >= 2 ? text.at(at + 5) : QChar();
            if (rest == 3 && tag == QLatin1Char('Q') && digits(text, at + 6, 1) >= 0) {
                const int quarter = digits(text, at + 6, 1);
                result = fiscal ? fiscalQuarter(year, quarter, fiscalStartMonth) : calendarQuarter(year, quarter);
            } else if (!fiscal && rest == 4 && tag == QLatin1Char('W') && digits(text, 6, 2) >= 0) {
                result = isoWeek(year, digits(text, 6, 2));
            } else if (!fiscal && rest == 3 && digits(text, 5, 2) >= 0) {
                result = month(year, digits(text, 5, 2));
            } else if (!fiscal && rest == 6 && text.at(7) == QLatin1Char('-') && digits(text, 5, 2) >= 0
                       && digits(text, 8, 2) >= 0) {
                result = day(QDate(year, digits(text, 5, 2), digits(text, 8, 2)));
            }
        }
    }
    if (!result.isValid())
        return std::nullopt;
    return result;
}

namespace {

// Appends `value` as `width` digits. Imports write millions of periods: no QString::arg.
void appendDigits(QString &out, int value, int width)
{
    QChar buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

} // namespace

QString Period::text() const
{
    if (!isValid())
        return {};
    QString out;
    out.reserve(10);
    switch (m_kind) {
    case PeriodKind::Day:
        appendDigits(out, m_first.year(), 4);
        out += QLatin1Char('-');
        appendDigits(out, m_first.month(), 2);
        out += QLatin1Char('-');
        appendDigits(out, m_first.day(), 2);
        break;
    case PeriodKind::IsoWeek:
        appendDigits(out, m_year, 4);
        out += QLatin1String("-W");
        appendDigits(out, m_index, 2);
        break;
    case PeriodKind::Month:
        appendDigits(out, m_year, 4);
        out += QLatin1Char('-');
        appendDigits(out, m_index, 2);
        break;
    case PeriodKind::CalendarQuarter:
        appendDigits(out, m_year, 4);
        out += QLatin1String("-Q");
        appendDigits(out, m_index, 1);
        break;
    case PeriodKind::FiscalQuarter:
        out += QLatin1String("FY");
        appendDigits(out, m_year, 4);
        out += QLatin1String("-Q");
        appendDigits(out, m_index, 1);
        break;
    case PeriodKind::CalendarYear: appendDigits(out, m_year, 4); break;
    case PeriodKind::FiscalYear:
        out += QLatin1String("FY");
        appendDigits(out, m_year, 4);
        break;
    }
    return out;
}

Period Period::shifted(int steps) const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case PeriodKind::Day: return day(m_first.addDays(steps));
    case PeriodKind::IsoWeek: {
        int isoYear = 0;
        const int week = m_first.addDays(7 * steps).weekNumber(&isoYear);
        return isoWeek(isoYear, week);
    }
    case PeriodKind::Month: return monthContaining(m_first.addMonths(steps));
    case PeriodKind::CalendarQuarter: {
        const QDate moved = m_first.addMonths(3 * steps);
        return calendarQuarter(moved.year(), (moved.month() - 1) / 3 + 1);
    }
    case PeriodKind::FiscalQuarter: {
        const int zeroBased = (m_year * 4 + m_index - 1) + steps;
        return fiscalQuarter(zeroBased / 4, zeroBased % 4 + 1, m_fiscalStartMonth);
    }
    case PeriodKind::CalendarYear: return calendarYear(m_year + steps);
    case PeriodKind::FiscalYear: return fiscalYear(m_year + steps, m_fiscalStartMonth);
    }
    return {};
}

Period Period::previous() const { return shifted(-1); }

Period Period::yearEarlier() const
{
    switch (m_kind) {
    case PeriodKind::Day: return day(m_first.addYears(-1));
    case PeriodKind::IsoWeek: return isoWeek(m_year - 1, qMin(m_index, isoWeeksIn(m_year - 1)));
    case PeriodKind::Month: return shifted(-12);
    case PeriodKind::CalendarQuarter:
    case PeriodKind::FiscalQuarter: return shifted(-4);
    case PeriodKind::CalendarYear:
    case PeriodKind::FiscalYear: return shifted(-1);
    }
    return {};
}

} // namespace civicstat
