// Periods and numbers as cities write them in cells: Period::parse, the
// mapping's periods (FY2016-OCT), parseCellNumber and parseCellPeriod under
// different conventions. The first byte chooses the fiscal-year start month,
// the second the conventions and the period kind; the rest is the cell (UTF-8).
#include "fuzzsupport.h"

#include "importmapping.h"
#include "valueparsing.h"

#include <cmath>

using namespace civicstat;

namespace {

// A period that parsing gave must be whole, and read back from its own text.
void checkPeriod(const Period &period, int fiscalStart)
{
    FUZZ_CHECK(period.isValid() && period.first() <= period.last());
    const auto again = Period::parse(period.text(), fiscalStart);
    FUZZ_CHECK(again && *again == period);
    for (const int steps : { -13, -1, 1, 4, 12 }) {
        const Period moved = period.shifted(steps);
        if (!moved.isValid())
            continue;
        FUZZ_CHECK(moved.kind() == period.kind());
        FUZZ_CHECK(steps < 0 ? moved.last() < period.first() : moved.first() > period.last());
    }
    const Period earlier = period.yearEarlier();
    FUZZ_CHECK(!earlier.isValid() || earlier.last() < period.first());
}

ValueConventions conventionsFor(std::uint8_t choice)
{
    ValueConventions conventions;
    if (choice & 1) { // 1.234,5 as in much of Europe
        conventions.decimalSeparator = QLatin1Char(',');
        conventions.thousandsSeparator = QLatin1Char('.');
    }
    if (choice & 2)
        conventions.thousandsSeparator = QChar();
    conventions.percentFractions = choice & 4;
    if (choice & 8)
        conventions.dateFormats = { QStringLiteral("M/d/yyyy"), QStringLiteral("d/M/yyyy"), QStringLiteral("MMM-yy"),
                                    QStringLiteral("MMM yyyy"), QStringLiteral("yyyy-MM-dd") };
    return conventions;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const int fiscalStart = data[0] % 12 + 1;
    const std::uint8_t choice = data[1];
    const QString cell = QString::fromUtf8(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    if (const auto period = Period::parse(cell, fiscalStart))
        checkPeriod(*period, fiscalStart);
    if (const auto period = parseMappedPeriod(cell, fiscalStart))
        FUZZ_CHECK(period->isValid() && period->first() <= period->last());

    const ValueConventions conventions = conventionsFor(choice);
    const ParsedValue value = parseCellNumber(cell, conventions);
    if (value.kind == ParsedValue::Kind::Number)
        FUZZ_CHECK(std::isfinite(value.number));
    else if (value.kind == ParsedValue::Kind::Invalid)
        FUZZ_CHECK(!value.reason.isEmpty());
    FUZZ_CHECK((value.kind == ParsedValue::Kind::Missing) == isMissing(cell, conventions));

    static const PeriodKind kinds[] = { PeriodKind::Day, PeriodKind::IsoWeek, PeriodKind::Month,
                                        PeriodKind::FiscalQuarter, PeriodKind::FiscalYear };
    if (const auto period = parseCellPeriod(cell, conventions, kinds[(choice >> 4) % 5], fiscalStart))
        FUZZ_CHECK(period->isValid() && period->first() <= period->last());
    slugOf(cell);
    return 0;
}
