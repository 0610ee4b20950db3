#include "tabulardata.h"

#include "csvfile.h"
#include "xlsxfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace civicstat {

namespace {

// Tab, line feed and carriage return are text; the other C0 controls never are.
bool isBinaryControl(QChar c)
{
    return c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r');
}

// The first control character of a file read as CSV, as a refusal naming its line.
std::optional<QString> binaryContent(const Sheet &sheet, const QString &path)
{
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        for (const QString &cell : sheet.rows[r]) {
            const auto control = std::find_if(cell.cbegin(), cell.cend(), isBinaryControl);
            if (control == cell.cend())
                continue;
            return QCoreApplication::translate("TabularData",
                                               "%1 is not a text file: line %2 holds the control character U+%3, "
                                               "which text never does. It is neither a workbook nor comma-separated "
                                               "values; check that you chose the right file, or open it in the "
                                               "program that made it and save it as CSV or as an Excel Workbook "
                                               "(.xlsx).")
                .arg(QFileInfo(path).fileName(), QString::number(sheet.lines.size() > r ? sheet.lines[r] : int(r) + 1),
                     QStringLiteral("%1").arg(control->unicode(), 4, 16, QLatin1Char('0')));
        }
    }
    return std::nullopt;
}

} // namespace

FileKind fileKindOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Text; // the reader says why it cannot be read
    const QByteArray magic = file.read(8);
    return magic.startsWith("PK\x03\x04") || magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") ? FileKind::Workbook
                                                                                                  : FileKind::Text;
}

TabularFile readTabularFile(const QString &path, const QString &sheet, const InputLimits &limits)
{
    if (fileKindOf(path) == FileKind::Workbook)
        return readXlsxFile(path, sheet, limits);
    TabularFile file = readCsvFile(path, limits);
    if (!file.error && !file.sheets.empty()) {
        if (auto binary = binaryContent(file.sheets.front(), path)) {
            file.sheets.clear();
            file.error = binary;
        }
    }
    return file;
}

} // namespace civicstat
