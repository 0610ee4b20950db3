#include "valueparsing.h"

#include "measureseries.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace civicstat {

namespace {
struct ValueParsingText { Q_DECLARE_TR_FUNCTIONS(ValueParsing) };

// A date that reads as one (-0224-02-21, year 0) may still be outside every period.
std::optional<Period> validPeriodContaining(QDate date, PeriodKind kind, int fiscalYearStartMonth)
{
    const Period period = periodContaining(date, kind, fiscalYearStartMonth);
    return period.isValid() ? std::optional<Period>(period) : std::nullopt;
}
} // namespace

QString cleanText(const QString &cell)
{
    QString text = cell;
    text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
    return text.simplified();
}

bool isMissing(const QString &cell, const ValueConventions &conventions)
{
    const QString text = cleanText(cell);
    for (const QString &word : conventions.missing) {
        if (text.compare(word.simplified(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ParsedValue parseCellNumber(const QString &cell, const ValueConventions &conventions)
{
    ParsedValue result;
    if (isMissing(cell, conventions))
        return result;
    QString text = cleanText(cell);
    bool negative = false;
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    if (text.endsWith(QLatin1Char('%')))
        text = text.chopped(1).trimmed();
    for (const QString &symbol : conventions.currencySymbols) {
        if (text.startsWith(symbol))
            text = text.mid(symbol.size()).trimmed();
        else if (text.startsWith(QLatin1Char('-') + symbol))
            text = QLatin1Char('-') + text.mid(symbol.size() + 1).trimmed();
        if (text.endsWith(symbol))
            text = text.chopped(symbol.size()).trimmed();
    }
    if (!conventions.thousandsSeparator.isNull()) {
        // Grouping must look like grouping (1,234,567), or "1,5" typed for 1.5 would read as 15.
        static const QRegularExpression grouped(QStringLiteral("^[+-]?\\d{1,3}(G\\d{3})+(D\\d*)?$"));
        QString shape = text;
        shape.replace(conventions.thousandsSeparator, QLatin1Char('G')).replace(conventions.decimalSeparator, QLatin1Char('D'));
        if (text.contains(conventions.thousandsSeparator)) {
            if (!QRegularExpression(grouped).match(shape).hasMatch() && !cleanText(cell).contains(QRegularExpression(QStringLiteral("[A-Za-z]")))) {
                result.kind = ParsedValue::Kind::Invalid;
                result.reason
                    = ValueParsingText::tr("\"%1\" is not a number: its \"%2\" is not a thousands separator here")
                          .arg(cleanText(cell), conventions.thousandsSeparator);
                return result;
            }
            text.remove(conventions.thousandsSeparator);
        }
    }
    if (conventions.decimalSeparator != QLatin1Char('.'))
        text.replace(conventions.decimalSeparator, QLatin1Char('.'));
    text.remove(QLatin1Char(' '));
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value)) {
        result.kind = ParsedValue::Kind::Invalid;
        result.reason = ValueParsingText::tr("text, not a number, nor one of the words that mean missing (%1)")
                            .arg(conventions.missing.filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(", ")));
        return result;
    }
    result.kind = ParsedValue::Kind::Number;
    result.number = negative ? -value : value;
    return result;
}

std::optional<Period> parseCellPeriod(const QString &cell, const ValueConventions &conventions, PeriodKind kind,
                                      int fiscalYearStartMonth)
{
    const QString text = cleanText(cell);
    if (text.isEmpty())
        return std::nullopt;
    if (const auto period = Period::parse(text, fiscalYearStartMonth))
        return period;
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (const QString &format : conventions.dateFormats) {
        QDate date = english.toDate(text, format);
        if (!date.isValid())
            continue;
        if (!format.contains(QLatin1String("yyyy")) && date.year() < 1950)
            date = date.addYears(100); // "Jul-10" is 2010, not 1910
        if (const auto period = validPeriodContaining(date, kind, fiscalYearStartMonth))
            return period;
    }
    // A date with a time, as spreadsheets store date cells: 2023-07-15T00:00:00.
    const QDateTime stamp = QDateTime::fromString(text, Qt::ISODate);
    if (stamp.isValid())
        return validPeriodContaining(stamp.date(), kind, fiscalYearStartMonth);
    return std::nullopt;
}

} // namespace civicstat
