// Reads an XLSX package's workbook: its sheets, relationships, shared strings
// and styles (xlsxworkbookreader.cpp), and one sheet's cells as text
// (xlsxsheetreader.cpp), within the input limits. Private to civicstat_import;
// xlsxfile.h is its public face.
#pragma once

#include "inputlimits.h"
#include "tabulardata.h"
#include "xlsxpackage.h"

#include <QStringList>
#include <QStringView>
#include <QXmlStreamReader>
#include <optional>
#include <vector>

namespace civicstat::xlsx {

// A path as the user's system writes it, for messages.
QString displayPath(const QString &path);
// An XML boolean attribute: "1" or "true".
bool isTrue(QStringView value);

struct Relationship {
    QString type; // the last segment of the type URI: "worksheet", "styles", ...
    QString target; // the part's name in the package
};

struct SheetEntry {
    QString name;
    QString part; // empty when the relationship is missing
};

struct Workbook {
    QString part;
    bool date1904 = false;
    QString sharedStringsPart;
    QString stylesPart;
    std::vector<SheetEntry> sheets; // worksheets only, in workbook order
};
class WorkbookReader final {
public:
    WorkbookReader(const QString &path, const InputLimits &limits)
        : m_path(path)
        , m_limits(limits)
    {
    }

    // Opens the package and reads the workbook part and its relationships.
    bool open();

    const Workbook &workbook() const { return m_workbook; }
    const QString &error() const { return m_error; }

    // Everything a worksheet's cells refer to: shared strings and cell styles.
    bool readSharedParts();

    // One worksheet's cells as rows of text.
    bool readSheet(const SheetEntry &entry, Sheet *sheet);

private:
    // False only for a shared-string index that does not exist.
    bool cellText(const QString &type, int style, const QString &value, const QString *inlineText, QString *text) const;

    // The relationships of a part (empty source: of the package), with
    // targets resolved to part names.
    bool readRelationships(const QString &source, std::vector<std::pair<QString, Relationship>> *out);

    bool readPart(const QString &part, QByteArray *bytes);

    static QString xmlProblem(const QXmlStreamReader &xml);

    bool damaged(const QString &part, const QString &detail);

    bool tooLarge(const QString &part);

    bool tooManyCells(const QString &sheet, int rowNumber, int column);

    QString m_path;
    InputLimits m_limits;
    QString m_error;
    std::optional<ZipPackage> m_zip;
    qint64 m_cells = 0; // of every sheet read, each row as wide as its last cell
    Workbook m_workbook;
    QStringList m_sharedStrings;
    std::vector<bool> m_dateStyles;    // by cell style (cellXfs) index
    std::vector<bool> m_percentStyles; // likewise: shown as a percentage
};

} // namespace civicstat::xlsx
