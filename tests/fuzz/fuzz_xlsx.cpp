// Any bytes as an XLSX workbook, read the way the import wizard does: the
// sheet names first, then every sheet, then the first by name. Mutations land
// on the ZIP package itself (directory, headers, compressed data); the XML
// inside is fuzzed by fuzz_xlsxparts, whose packages are always sound.
#include "fuzzsupport.h"

#include "xlsxfile.h"

using namespace civicstat;

namespace {

void checkRead(const TabularFile &file, const QString &path)
{
    if (file.error) {
        FUZZ_CHECK(file.sheets.empty());
        FUZZ_CHECK(file.error->contains(path)); // every refusal names the file
        return;
    }
    for (const Sheet &sheet : file.sheets) {
        FUZZ_CHECK(sheet.rows.size() == sheet.lines.size());
        for (std::size_t r = 0; r < sheet.rows.size(); ++r)
            FUZZ_CHECK(!sheet.rows[r].isEmpty() && !sheet.rows[r].constLast().isEmpty() && sheet.lines[r] >= 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::writtenFile(QStringLiteral("fuzz.xlsx"), fuzz::bytesOf(data, size));
    QString error;
    const QStringList names = xlsxSheetNames(path, &error);
    FUZZ_CHECK(names.isEmpty() || error.isEmpty());
    checkRead(readXlsxFile(path), path);
    if (!names.isEmpty())
        checkRead(readXlsxFile(path, names.front()), path);
    return 0;
}
