#include "xlsxcells.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace civicstat::xlsx {

// ---------------------------------------------------------------------------
// Text, numbers and dates.

namespace {
int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    return -1;
}

} // namespace

// OOXML writes characters that XML cannot hold as _xHHHH_ (a carriage return is
// _x000D_, a literal "_x" is _x005F_x).
QString decodeEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < n && text.at(i + 1) == QLatin1Char('x')
            && text.at(i + 6) == QLatin1Char('_')) {
            int value = 0;
            bool hex = true;
            for (int k = 2; k < 6 && hex; ++k) {
                const int d = hexDigit(text.at(i + k));
                hex = d >= 0;
                value = value * 16 + d;
            }
            if (hex) {
                out += QChar(char16_t(value));
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

// At most 15 significant digits, plain decimal unless the magnitude is 1e21 or
// more or under 1e-6; no trailing zeros.
QString numberText(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    // d.dddddddddddddde±XX: the 15 significant digits and the exponent.
    const QString e = QString::number(value, 'e', 14);
    const qsizetype ePos = e.indexOf(QLatin1Char('e'));
    const int exponent = e.mid(ePos + 1).toInt();
    if (exponent >= 21 || exponent < -6)
        return QString::number(value, 'g', 15);
    QString digits;
    for (qsizetype i = 0; i < ePos; ++i) {
        if (e.at(i).isDigit())
            digits += e.at(i);
    }
    while (digits.size() > 1 && digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    QString out = value < 0 ? QStringLiteral("-") : QString();
    const int n = int(digits.size());
    if (exponent < 0) {
        out += QLatin1String("0.") + QString(-exponent - 1, QLatin1Char('0')) + digits;
    } else if (exponent >= n - 1) {
        out += digits + QString(exponent - (n - 1), QLatin1Char('0'));
    } else {
        out += digits.left(exponent + 1) + QLatin1Char('.') + digits.mid(exponent + 1);
    }
    return out;
}

// An Excel serial date as ISO text; nullopt when it is no date Excel can show.
std::optional<QString> dateText(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) // 9999-12-31 is 2958465
        return std::nullopt;
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 days = seconds / 86400;
    const int secondOfDay = int(seconds % 86400);
    const QString time = QTime::fromMSecsSinceStartOfDay(secondOfDay * 1000).toString(QStringLiteral("HH:mm:ss"));
    if (days == 0)
        return time; // a time of day on its own
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days < 60) {
        date = QDate(1899, 12, 31).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        date = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, kept by Excel
    } else {
        date = QDate(1899, 12, 30).addDays(days).toString(Qt::ISODate);
    }
    if (date.size() != 10) // beyond year 9999 in the 1904 system
        return std::nullopt;
    return secondOfDay == 0 ? date : date + QLatin1Char('T') + time;
}

// Whether a number format code shows a date or time: d, m, y, h or s outside
// quoted text, escapes and [bracketed] colours, locales and conditions. An
// elapsed-time format ([h]:mm, [mm]:ss) is a duration, not a point in time: its
// value stays a number of days.
bool formatCodeIsDate(const QString &code)
{
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype close = code.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0)
                return false;
            i = close;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is literal, a space width or a fill
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i + 1);
            if (close < 0)
                return false;
            const QString inside = code.mid(i + 1, close - i - 1).toLower();
            if (!inside.isEmpty() && std::all_of(inside.cbegin(), inside.cend(), [](QChar ch) {
                    return ch == QLatin1Char('h') || ch == QLatin1Char('m') || ch == QLatin1Char('s');
                }))
                return false;
            i = close;
        } else {
            switch (c.toLower().unicode()) {
            case 'd':
            case 'm':
            case 'y':
            case 'h':
            case 's':
                return true;
            default:
                break;
            }
        }
    }
    return false;
}

bool builtInFormatIsDate(int id)
{
    // 46 is [h]:mm:ss, an elapsed time (a duration in days), not a date or a time of day.
    return (id >= 14 && id <= 22) || id == 45 || id == 47;
}

// "C5" -> 2 (0-based column); -1 when there are no column letters or too many.
int columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t u = reference.at(i).unicode();
        int letter;
        if (u >= 'A' && u <= 'Z')
            letter = u - 'A' + 1;
        else if (u >= 'a' && u <= 'z')
            letter = u - 'a' + 1;
        else
            break;
        column = column * 26 + letter;
        if (column > maxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

// 2 -> "C", for messages.
QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}

} // namespace civicstat::xlsx
