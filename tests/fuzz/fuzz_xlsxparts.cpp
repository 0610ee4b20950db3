// The XML of a workbook's parts (workbook, relationships, shared strings,
// styles, worksheets), packed by the harness into a sound ZIP package so that
// mutations reach the XML readers rather than failing the package's checksums.
// An input is a list of parts, each a line "=== name" followed by its text:
//   === xl/workbook.xml
//   <workbook ...><sheets><sheet name="Data" r:id="rId1"/></sheets></workbook>
#include "fuzzsupport.h"

#include "xlsxfile.h"

#include <zip.h>

using namespace civicstat;

namespace {

const QByteArray partMark = "=== ";

// The parts of the input, in order; text before the first mark is ignored.
std::vector<std::pair<QByteArray, QByteArray>> partsOf(const QByteArray &input)
{
    std::vector<std::pair<QByteArray, QByteArray>> parts;
    qsizetype at = input.startsWith(partMark) ? 0 : input.indexOf("\n" + partMark);
    while (at >= 0) {
        if (input.at(at) == '\n')
            ++at;
        const qsizetype nameEnd = input.indexOf('\n', at);
        if (nameEnd < 0)
            break;
        const qsizetype next = input.indexOf("\n" + partMark, nameEnd);
        parts.push_back({ input.mid(at + partMark.size(), nameEnd - at - partMark.size()),
            input.mid(nameEnd + 1, next < 0 ? -1 : next - nameEnd - 1) });
        at = next;
    }
    return parts;
}

bool writePackage(const QString &path, const std::vector<std::pair<QByteArray, QByteArray>> &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    for (const auto &[name, text] : parts) {
        zip_fileinfo info {};
        // Stored, not deflated: packing costs nothing, and the reader's work is on the XML.
        if (zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, 0, 0, 0) != ZIP_OK
            || zipWriteInFileInZip(zip, text.constData(), unsigned(text.size())) != ZIP_OK
            || zipCloseFileInZip(zip) != ZIP_OK)
            break;
    }
    return zipClose(zip, nullptr) == ZIP_OK;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::scratch().filePath(QStringLiteral("parts.xlsx"));
    QFile::remove(path);
    if (!writePackage(path, partsOf(fuzz::bytesOf(data, size))))
        return 0;
    QString error;
    const QStringList names = xlsxSheetNames(path, &error);
    FUZZ_CHECK(names.isEmpty() || error.isEmpty());
    const TabularFile file = readXlsxFile(path, names.isEmpty() ? QString() : names.back());
    if (file.error) {
        FUZZ_CHECK(file.sheets.empty() && file.error->contains(path));
        return 0;
    }
    for (const Sheet &sheet : file.sheets) {
        FUZZ_CHECK(sheet.rows.size() == sheet.lines.size());
        for (std::size_t r = 0; r < sheet.rows.size(); ++r)
            FUZZ_CHECK(!sheet.rows[r].isEmpty() && !sheet.rows[r].constLast().isEmpty() && sheet.lines[r] >= 1);
    }
    return 0;
}
