// CSV bytes as the import reads any CSV file: encoding, delimiter, records,
// quotes in the wrong place, and each record's width against the header.
#include "fuzzsupport.h"

#include "csvfile.h"

using namespace civicstat;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const TabularFile file = readCsvBytes(fuzz::bytesOf(data, size), QStringLiteral("fuzz.csv"));
    if (file.error) {
        FUZZ_CHECK(file.sheets.empty());
        FUZZ_CHECK(file.error->contains(QLatin1String("fuzz.csv"))); // every refusal names the file
        return 0;
    }
    FUZZ_CHECK(file.sheets.size() == 1);
    const Sheet &sheet = file.sheets.front();
    FUZZ_CHECK(sheet.rows.size() == sheet.lines.size());
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        FUZZ_CHECK(!sheet.rows[r].isEmpty());
        FUZZ_CHECK(r == 0 ? sheet.lines[r] >= 1 : sheet.lines[r] > sheet.lines[r - 1]);
        const auto width = recordWidthProblem(sheet.rows[r], sheet.rows.front());
        FUZZ_CHECK(width.has_value() == (sheet.rows[r].size() != sheet.rows.front().size()));
    }
    for (const CsvQuoteProblem &quote : sheet.quoteProblems)
        FUZZ_CHECK(quote.line >= quote.recordLine && quote.recordLine >= 1 && !quote.reason.isEmpty());
    return 0;
}
