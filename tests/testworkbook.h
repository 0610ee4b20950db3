// Small XLSX packages written with minizip's zip.h, for the tests of the
// workbook reader and of its limits: any entries, or a minimal workbook whose
// sheets are given as the XML of their rows.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <zip.h>

#include <utility>
#include <vector>

namespace civicstat::test {

using ZipEntries = std::vector<std::pair<QByteArray, QByteArray>>;

inline bool writeZip(const QString &path, const ZipEntries &entries, int method = Z_DEFLATED)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &entry : entries) {
        zip_fileinfo info {};
        ok = ok
            && zipOpenNewFileInZip64(zip, entry.first.constData(), &info, nullptr, 0, nullptr, 0, nullptr, method,
                   method == 0 ? 0 : Z_DEFAULT_COMPRESSION, 0)
                == ZIP_OK
            && zipWriteInFileInZip(zip, entry.second.constData(), unsigned(entry.second.size())) == ZIP_OK
            && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

inline QByteArray worksheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + rows + "</sheetData></worksheet>";
}

// A workbook whose sheets "Sheet1", "Sheet2", ... hold the given rows (the
// XML inside <sheetData>), each in its own part, with no shared strings or styles.
inline ZipEntries minimalWorkbook(const std::vector<QByteArray> &sheetRows)
{
    const QByteArray relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    QByteArray sheets;
    QByteArray relationships;
    ZipEntries parts;
    for (std::size_t i = 0; i < sheetRows.size(); ++i) {
        const QByteArray n = QByteArray::number(qulonglong(i + 1));
        sheets += "<sheet name=\"Sheet" + n + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        relationships += "<Relationship Id=\"rId" + n + "\" Type=\"" + relType + "worksheet\" Target=\"worksheets/sheet"
            + n + ".xml\"/>";
        parts.push_back({ "xl/worksheets/sheet" + n + ".xml", worksheetXml(sheetRows[i]) });
    }
    ZipEntries entries {
        { "_rels/.rels",
            "<?xml version=\"1.0\"?><Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + relType + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" },
        { "xl/workbook.xml",
            "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + sheets + "</sheets></workbook>" },
        { "xl/_rels/workbook.xml.rels",
            "<?xml version=\"1.0\"?><Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationships + "</Relationships>" },
    };
    entries.insert(entries.end(), parts.begin(), parts.end());
    return entries;
}

} // namespace civicstat::test
