// Reading numbers and periods as cities write them in spreadsheets: "30,000",
// "64.98%", "$1,200", "(15)", non-breaking spaces, and the words that mean a
// figure is missing ("N/A", "No Data", "-"), which are never read as zero.
// Pure functions; the mapping (importmapping.h) says which conventions apply.
#pragma once

#include "period.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace civicstat {

struct ValueConventions {
    QChar decimalSeparator = QLatin1Char('.');
    QChar thousandsSeparator = QLatin1Char(','); // QChar() for none
    QStringList missing = {QString(), QStringLiteral("N/A"), QStringLiteral("NA"), QStringLiteral("No Data"),
                           QStringLiteral("-"), QStringLiteral("--")}; // compared without case and blanks
    QStringList currencySymbols = {QStringLiteral("$"), QStringLiteral("\u20ac"), QStringLiteral("\u00a3")};
    // Qt date formats tried in order for dates in cells: "yyyy-MM-dd", "M/d/yyyy", "d/M/yyyy", "MMM-yy", "MMM yyyy".
    QStringList dateFormats = {QStringLiteral("yyyy-MM-dd")};
    // For measures in %: a plain number from 0 to 1 (no % sign) is a fraction, 0.75 being 75%.
    bool percentFractions = false;
};

struct ParsedValue {
    enum class Kind { Missing, Number, Invalid };
    Kind kind = Kind::Missing;
    double number = 0.0;
    QString reason; // for Invalid: what was wrong and how to fix it
};

// A cell as a number. A trailing % is dropped (64.98% is 64.98), currency signs
// and grouping are removed, (15) is -15; missing words give Kind::Missing.
ParsedValue parseCellNumber(const QString &cell, const ValueConventions &conventions);
bool isMissing(const QString &cell, const ValueConventions &conventions);

// A cell as a period: any CivicStat period text (2024-03, FY2024-Q3, ...), or a
// date in one of the conventions' formats, taken as the period of `kind`
// containing it. Two-digit years are 20yy.
std::optional<Period> parseCellPeriod(const QString &cell, const ValueConventions &conventions, PeriodKind kind,
                                      int fiscalYearStartMonth);

// Text cleaned of the spreadsheet's invisible noise: non-breaking and repeated spaces, trimmed.
QString cleanText(const QString &cell);

} // namespace civicstat
