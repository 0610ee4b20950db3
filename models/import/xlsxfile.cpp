#include "xlsxfile.h"

#include "xlsxworkbookreader.h"

#include <QCoreApplication>

namespace civicstat {
namespace {

using namespace xlsx;

QString quotedList(const std::vector<SheetEntry> &sheets)
{
    QStringList names;
    for (const auto &sheet : sheets)
        names << QLatin1Char('"') + sheet.name + QLatin1Char('"');
    return names.join(QLatin1String(", "));
}

} // namespace

QStringList xlsxSheetNames(const QString &path, QString *error, const InputLimits &limits)
{
    WorkbookReader reader(path, limits);
    if (!reader.open()) {
        if (error)
            *error = reader.error();
        return {};
    }
    if (error)
        error->clear();
    QStringList names;
    for (const auto &sheet : reader.workbook().sheets)
        names << sheet.name;
    return names;
}

TabularFile readXlsxFile(const QString &path, const QString &sheetName, const InputLimits &limits)
{
    TabularFile result;
    WorkbookReader reader(path, limits);
    if (!reader.open()) {
        result.error = reader.error();
        return result;
    }
    const auto &sheets = reader.workbook().sheets;
    if (sheets.empty()) {
        result.error = QCoreApplication::translate("XlsxFile",
            "The file %1 has no worksheets to read. Open it in Excel and check that the data is on "
            "a worksheet rather than only in a chart.")
                           .arg(displayPath(path));
        return result;
    }

    std::vector<const SheetEntry *> wanted;
    if (sheetName.isEmpty()) {
        for (const auto &sheet : sheets)
            wanted.push_back(&sheet);
    } else {
        for (const auto sensitivity : { Qt::CaseSensitive, Qt::CaseInsensitive }) {
            for (const auto &sheet : sheets) {
                if (sheet.name.compare(sheetName, sensitivity) == 0) {
                    wanted.push_back(&sheet);
                    break;
                }
            }
            if (!wanted.empty())
                break;
        }
        if (wanted.empty()) {
            result.error = QCoreApplication::translate(
                "XlsxFile", "The file %1 has no sheet named \"%2\". Its sheets are: %3. Choose one of these.")
                               .arg(displayPath(path), sheetName, quotedList(sheets));
            return result;
        }
    }

    if (!reader.readSharedParts()) {
        result.error = reader.error();
        return result;
    }
    for (const SheetEntry *entry : wanted) {
        Sheet sheet;
        if (!reader.readSheet(*entry, &sheet)) {
            result.sheets.clear();
            result.error = reader.error();
            return result;
        }
        result.sheets.push_back(std::move(sheet));
    }
    return result;
}

} // namespace civicstat
