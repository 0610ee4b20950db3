#include "xlsxfile.h"

#include "xlsxcells.h"
#include "xlsxpackage.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace civicstat {
namespace {

using namespace xlsx;

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Excel's limits; anything beyond them is a damaged reference, not a big sheet.
constexpr int maxRows = 1048576;



// The text of a string item (<si> of the shared strings, <is> of an inline
// string) with the reader on its start: plain <t>, or rich-text runs <r><t>
// joined; phonetic guides (<rPh>) are not part of the text.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("t")) {
            text += xml.readElementText();
        } else if (xml.name() == QLatin1String("r")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("t"))
                    text += xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return decodeEscapes(text);
}

// The relationship id of a <sheet>: r:id in whatever namespace the file uses
// (transitional or strict OOXML).
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return QString();
}

// Whether the current element is SpreadsheetML's own (transitional or strict
// OOXML, or no namespace from lax writers), not an extension's element of the
// same name such as <x15:workbookPr>.
bool inMainNamespace(const QXmlStreamReader &xml)
{
    const QStringView ns = xml.namespaceUri();
    return ns.isEmpty() || ns == QLatin1String("http://schemas.openxmlformats.org/spreadsheetml/2006/main")
        || ns == QLatin1String("http://purl.oclc.org/ooxml/spreadsheetml/main");
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

// ---------------------------------------------------------------------------
// The workbook.

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
    bool open()
    {
        const QFileInfo info(m_path);
        if (!info.exists()) {
            m_error = QCoreApplication::translate(
                "XlsxFile", "The file %1 does not exist. Check the name and folder, or choose the file again.")
                          .arg(displayPath(m_path));
            return false;
        }
        QFile file(m_path);
        if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
            m_error = QCoreApplication::translate(
                "XlsxFile", "The file %1 cannot be opened (%2). Check that it is a file you are allowed to read.")
                          .arg(displayPath(m_path),
                              info.isDir() ? QCoreApplication::translate("XlsxFile", "it is a folder")
                                           : file.errorString());
            return false;
        }
        const QByteArray magic = file.read(8);
        file.close();
        if (info.size() > m_limits.fileBytes) {
            m_error = QCoreApplication::translate("XlsxFile",
                "The file %1 is too large to read: it is over %2, the most CivicStat reads from one file. "
                "Save the sheet you need as a CSV file, split it by year if it is still this large, and import "
                "each part.")
                          .arg(displayPath(m_path), byteSizeText(m_limits.fileBytes));
            return false;
        }
        if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
            m_error = QCoreApplication::translate("XlsxFile",
                "The file %1 is an Excel 97-2003 workbook (.xls) or a password-protected workbook, "
                "which cannot be read. Open it in Excel and save it as an Excel Workbook (.xlsx) "
                "without a password.")
                          .arg(displayPath(m_path));
            return false;
        }
        m_zip.emplace(m_path, m_limits);
        if (m_zip->hasTooManyEntries()) {
            m_error = QCoreApplication::translate("XlsxFile",
                "The file %1 cannot be read: its package lists more than %2 entries, far more than any "
                "workbook has, so it is damaged or not a workbook. Open it in Excel and save it again as an "
                "Excel Workbook (.xlsx).")
                          .arg(displayPath(m_path), QLocale().toString(m_limits.zipEntries));
            return false;
        }
        if (!m_zip->isOpen() && magic.startsWith("PK\x03\x04")) {
            m_error = QCoreApplication::translate("XlsxFile",
                "The file %1 is damaged or incomplete: it starts as a ZIP package, as .xlsx "
                "files do, but its table of contents is missing or unreadable. Copy or "
                "download it again, or open it in Excel, which may repair it.")
                          .arg(displayPath(m_path));
            return false;
        }
        if (!m_zip->isOpen()) {
            m_error = QCoreApplication::translate("XlsxFile",
                "The file %1 is not an Excel workbook (.xlsx): it is not a ZIP package as .xlsx files "
                "are. If it holds comma-separated values, import it as a CSV file; otherwise open it "
                "in Excel and save it as an Excel Workbook (.xlsx).")
                          .arg(displayPath(m_path));
            return false;
        }

        // The package's relationships name the workbook part (xl/workbook.xml as a rule).
        QString workbookPart;
        std::vector<std::pair<QString, Relationship>> packageRels;
        if (!readRelationships(QString(), &packageRels))
            return false;
        for (const auto &rel : packageRels) {
            if (rel.second.type == QLatin1String("officeDocument")) {
                workbookPart = rel.second.target;
                break;
            }
        }
        if (workbookPart.isEmpty() && m_zip->contains(QStringLiteral("xl/workbook.xml")))
            workbookPart = QStringLiteral("xl/workbook.xml");
        if (workbookPart.endsWith(QLatin1String(".bin"), Qt::CaseInsensitive)) {
            m_error = QCoreApplication::translate("XlsxFile",
                "The file %1 is an Excel binary workbook (.xlsb), which cannot be read. Open it in "
                "Excel and save it as an Excel Workbook (.xlsx).")
                          .arg(displayPath(m_path));
            return false;
        }
        if (workbookPart.isEmpty() || !m_zip->contains(workbookPart)) {
            m_error = QCoreApplication::translate("XlsxFile",
                "The file %1 is a ZIP package but not an Excel workbook: it has no workbook part. "
                "Check that you chose the right file, or open it in Excel and save it as an Excel "
                "Workbook (.xlsx).")
                          .arg(displayPath(m_path));
            return false;
        }
        m_workbook.part = workbookPart;

        std::vector<std::pair<QString, Relationship>> workbookRels;
        if (!readRelationships(workbookPart, &workbookRels))
            return false;
        QHash<QString, Relationship> byId;
        for (const auto &rel : workbookRels) {
            byId.insert(rel.first, rel.second);
            if (rel.second.type == QLatin1String("sharedStrings"))
                m_workbook.sharedStringsPart = rel.second.target;
            else if (rel.second.type == QLatin1String("styles"))
                m_workbook.stylesPart = rel.second.target;
        }

        QByteArray bytes;
        if (!readPart(workbookPart, &bytes))
            return false;
        QXmlStreamReader xml(bytes);
        int sheetsListed = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || !inMainNamespace(xml))
                continue;
            const auto attributes = xml.attributes();
            if (xml.name() == QLatin1String("workbookPr")) {
                m_workbook.date1904 = isTrue(attributes.value(QLatin1String("date1904")));
            } else if (xml.name() == QLatin1String("sheet")) {
                if (++sheetsListed > m_limits.sheets) {
                    m_error = QCoreApplication::translate("XlsxFile",
                        "The file %1 cannot be read: its workbook part %2 lists more than %3 sheets, the most "
                        "CivicStat reads. Copy the sheets you need into a new workbook and import that.")
                                  .arg(displayPath(m_path), workbookPart, QLocale().toString(m_limits.sheets));
                    return false;
                }
                const auto rel = byId.constFind(relationshipId(attributes));
                // Chart, dialog and macro sheets hold no cells.
                if (rel != byId.constEnd() && rel->type != QLatin1String("worksheet"))
                    continue;
                m_workbook.sheets.push_back({ attributes.value(QLatin1String("name")).toString(),
                    rel != byId.constEnd() ? rel->target : QString() });
            }
        }
        if (xml.hasError())
            return damaged(workbookPart, xmlProblem(xml));
        return true;
    }

    const Workbook &workbook() const { return m_workbook; }
    const QString &error() const { return m_error; }

    // Everything a worksheet's cells refer to: shared strings and cell styles.
    bool readSharedParts()
    {
        QByteArray bytes;
        QString part = m_workbook.sharedStringsPart;
        if (part.isEmpty() && m_zip->contains(QStringLiteral("xl/sharedStrings.xml")))
            part = QStringLiteral("xl/sharedStrings.xml");
        if (!part.isEmpty()) {
            if (!readPart(part, &bytes))
                return false;
            QXmlStreamReader xml(bytes);
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    if (xml.name() == QLatin1String("sst")) {
                        // The count in the header is a hint: no more than the part's bytes can hold (<si/> each).
                        const qint64 unique = xml.attributes().value(QLatin1String("uniqueCount")).toLongLong();
                        if (unique > 0)
                            m_sharedStrings.reserve(qsizetype(std::min({unique, qint64(bytes.size() / 5), m_limits.cells})));
                    } else if (xml.name() == QLatin1String("si")) {
                        if (m_sharedStrings.size() >= m_limits.cells) {
                            m_error = QCoreApplication::translate("XlsxFile",
                                "The file %1 is too large to read: its part %2 holds more than %3 texts, more than "
                                "the %3 cells CivicStat reads from one file. Save the sheet you need as a CSV file "
                                "and import that.")
                                          .arg(displayPath(m_path), part, QLocale().toString(m_limits.cells));
                            return false;
                        }
                        m_sharedStrings.append(readStringItem(xml));
                    }
                }
            }
            if (xml.hasError())
                return damaged(part, xmlProblem(xml));
        }

        part = m_workbook.stylesPart;
        if (part.isEmpty() && m_zip->contains(QStringLiteral("xl/styles.xml")))
            part = QStringLiteral("xl/styles.xml");
        if (!part.isEmpty()) {
            if (!readPart(part, &bytes))
                return false;
            // <numFmts> and <cellXfs> are children of <styleSheet>; <numFmt> and
            // <xf> elsewhere (conditional formats' <dxf>, <cellStyleXfs>) are not
            // what a cell's s attribute indexes.
            QHash<int, QString> customFormats;
            std::vector<int> cellFormats;
            QXmlStreamReader xml(bytes);
            enum class Section { Other, NumFmts, CellXfs } section = Section::Other;
            int depth = 0;
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::EndElement) {
                    if (--depth == 1)
                        section = Section::Other;
                    continue;
                }
                if (token != QXmlStreamReader::StartElement)
                    continue;
                ++depth;
                if (depth == 2) {
                    section = xml.name() == QLatin1String("numFmts") ? Section::NumFmts
                        : xml.name() == QLatin1String("cellXfs")     ? Section::CellXfs
                                                                     : Section::Other;
                } else if (depth == 3 && section == Section::NumFmts && xml.name() == QLatin1String("numFmt")) {
                    const auto attributes = xml.attributes();
                    customFormats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                        attributes.value(QLatin1String("formatCode")).toString());
                } else if (depth == 3 && section == Section::CellXfs && xml.name() == QLatin1String("xf")) {
                    cellFormats.push_back(xml.attributes().value(QLatin1String("numFmtId")).toInt());
                }
            }
            if (xml.hasError())
                return damaged(part, xmlProblem(xml));
            // Each custom format is looked at once, however many styles use it.
            QHash<int, std::pair<bool, bool>> customIsDateOrPercent;
            for (auto custom = customFormats.cbegin(); custom != customFormats.cend(); ++custom) {
                // Custom codes show a % outside quotes.
                customIsDateOrPercent.insert(custom.key(),
                    { formatCodeIsDate(*custom),
                        QString(*custom).remove(QRegularExpression(QStringLiteral("\"[^\"]*\""))).contains(QLatin1Char('%')) });
            }
            m_dateStyles.reserve(cellFormats.size());
            m_percentStyles.reserve(cellFormats.size());
            for (const int id : cellFormats) {
                const auto custom = customIsDateOrPercent.constFind(id);
                const bool isCustom = custom != customIsDateOrPercent.constEnd();
                m_dateStyles.push_back(isCustom ? custom->first : builtInFormatIsDate(id));
                // Built-in 9 and 10 are 0% and 0.00%.
                m_percentStyles.push_back(isCustom ? custom->second : (id == 9 || id == 10));
            }
        }
        return true;
    }

    // One worksheet's cells as rows of text.
    bool readSheet(const SheetEntry &entry, Sheet *sheet)
    {
        sheet->name = entry.name;
        if (entry.part.isEmpty())
            return damaged(m_workbook.part,
                QCoreApplication::translate("XlsxFile", "sheet \"%1\" has no part in the package").arg(entry.name));
        QByteArray bytes;
        if (!readPart(entry.part, &bytes))
            return false;

        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheetData"))
                break;
        }
        int lastRow = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("row")) {
                xml.skipCurrentElement();
                continue;
            }
            bool ok = false;
            const auto rowAttributes = xml.attributes();
            const QStringView rowAttribute = rowAttributes.value(QLatin1String("r"));
            int rowNumber = rowAttribute.isEmpty() ? lastRow + 1 : rowAttribute.toInt(&ok);
            if (!rowAttribute.isEmpty() && (!ok || rowNumber < 1 || rowNumber > maxRows)) {
                return damaged(entry.part,
                    QCoreApplication::translate("XlsxFile", "sheet \"%1\" has a row numbered \"%2\"")
                        .arg(entry.name, rowAttribute.toString()));
            }
            lastRow = rowNumber;

            QStringList row;
            int nextColumn = 0;
            while (xml.readNextStartElement()) {
                if (xml.name() != QLatin1String("c")) {
                    xml.skipCurrentElement();
                    continue;
                }
                const auto attributes = xml.attributes();
                const QStringView reference = attributes.value(QLatin1String("r"));
                const int column = reference.isEmpty() ? nextColumn : columnOfReference(reference);
                if (column < 0 || column >= maxColumns) {
                    return damaged(entry.part,
                        QCoreApplication::translate("XlsxFile", "sheet \"%1\" has a cell reference \"%2\" in row %3")
                            .arg(entry.name, reference.toString())
                            .arg(rowNumber));
                }
                nextColumn = column + 1;
                const QString type = attributes.value(QLatin1String("t")).toString();
                const int style = attributes.value(QLatin1String("s")).toInt();

                QString value;
                QString inlineText;
                bool hasInline = false;
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("v")) {
                        value = xml.readElementText();
                    } else if (xml.name() == QLatin1String("is")) {
                        inlineText = readStringItem(xml);
                        hasInline = true;
                    } else {
                        xml.skipCurrentElement(); // <f>: the formula; its result is in <v>
                    }
                }

                QString text;
                if (!cellText(type, style, value, hasInline ? &inlineText : nullptr, &text)) {
                    return damaged(entry.part,
                        QCoreApplication::translate(
                            "XlsxFile", "cell %1 of sheet \"%2\" refers to shared string %3, but there are only %4")
                            .arg(columnLetters(column) + QString::number(rowNumber), entry.name, value)
                            .arg(m_sharedStrings.size()));
                }
                if (text.isEmpty())
                    continue;
                if (row.size() <= column) {
                    // Every row is kept as wide as its last cell: count what the padding costs before paying it.
                    m_cells += column + 1 - row.size();
                    if (m_cells > m_limits.cells)
                        return tooManyCells(entry.name, rowNumber, column);
                    row.resize(column + 1);
                }
                row[column] = text;
            }
            if (!row.isEmpty()) {
                sheet->rows.push_back(std::move(row));
                sheet->lines.push_back(rowNumber);
            }
        }
        if (xml.hasError())
            return damaged(entry.part, xmlProblem(xml));
        return true;
    }

private:
    // False only for a shared-string index that does not exist.
    bool cellText(const QString &type, int style, const QString &value, const QString *inlineText, QString *text) const
    {
        if (type == QLatin1String("s")) {
            if (value.isEmpty()) { // <c t="s"/>, written by some exporters for an empty cell
                text->clear();
                return true;
            }
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= m_sharedStrings.size())
                return false;
            *text = m_sharedStrings.at(index);
        } else if (type == QLatin1String("inlineStr")) {
            *text = inlineText ? *inlineText : decodeEscapes(value);
        } else if (type == QLatin1String("str")) {
            *text = decodeEscapes(value);
        } else if (type == QLatin1String("b")) {
            *text = isTrue(value)                                                  ? QStringLiteral("TRUE")
                : (value == QLatin1String("0") || value == QLatin1String("false")) ? QStringLiteral("FALSE")
                                                                                   : value;
        } else if (type == QLatin1String("d")) {
            // An ISO 8601 date (strict OOXML and some writers).
            const QDateTime dateTime = QDateTime::fromString(value, Qt::ISODate);
            if (!dateTime.isValid())
                *text = value;
            else if (dateTime.time() == QTime(0, 0))
                *text = dateTime.date().toString(Qt::ISODate);
            else
                *text = dateTime.date().toString(Qt::ISODate) + QLatin1Char('T')
                    + dateTime.time().toString(QStringLiteral("HH:mm:ss"));
        } else if (type.isEmpty() || type == QLatin1String("n")) {
            if (value.isEmpty()) {
                text->clear();
                return true;
            }
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok || !std::isfinite(number)) {
                *text = value;
                return true;
            }
            if (style >= 0 && size_t(style) < m_dateStyles.size() && m_dateStyles[size_t(style)]) {
                if (const auto date = dateText(number, m_workbook.date1904)) {
                    *text = *date;
                    return true;
                }
            }
            // A cell shown as 75% holds 0.75: give it as shown, so that it reads as 75 like the typed "75%".
            if (style >= 0 && size_t(style) < m_percentStyles.size() && m_percentStyles[size_t(style)]) {
                *text = numberText(number * 100.0) + QLatin1Char('%');
                return true;
            }
            *text = numberText(number);
        } else {
            *text = value; // "e" (an error such as #N/A) and anything newer
        }
        return true;
    }

    // The relationships of a part (empty source: of the package), with
    // targets resolved to part names.
    bool readRelationships(const QString &source, std::vector<std::pair<QString, Relationship>> *out)
    {
        const qsizetype slash = source.lastIndexOf(QLatin1Char('/'));
        const QString folder = slash < 0 ? QString() : source.left(slash + 1);
        const QString relsPart = folder + QLatin1String("_rels/") + source.mid(slash + 1) + QLatin1String(".rels");
        QByteArray bytes;
        QString detail;
        switch (m_zip->read(relsPart, &bytes, &detail)) {
        case ZipPackage::Result::Ok:
            break;
        case ZipPackage::Result::Missing:
            return true; // a part without relationships
        case ZipPackage::Result::Damaged:
            return damaged(relsPart, detail);
        case ZipPackage::Result::TooLarge:
            return tooLarge(relsPart);
        }
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship"))
                continue;
            const auto attributes = xml.attributes();
            if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            QString target = attributes.value(QLatin1String("Target")).toString().replace(QLatin1Char('\\'), QLatin1Char('/'));
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : folder + target;
            target = QDir::cleanPath(target);
            const QString typeUri = attributes.value(QLatin1String("Type")).toString();
            out->push_back({ attributes.value(QLatin1String("Id")).toString(),
                { typeUri.mid(typeUri.lastIndexOf(QLatin1Char('/')) + 1), target } });
        }
        if (xml.hasError())
            return damaged(relsPart, xmlProblem(xml));
        return true;
    }

    bool readPart(const QString &part, QByteArray *bytes)
    {
        QString detail;
        switch (m_zip->read(part, bytes, &detail)) {
        case ZipPackage::Result::Ok:
            return true;
        case ZipPackage::Result::Missing:
            return damaged(part, QCoreApplication::translate("XlsxFile", "the part is missing"));
        case ZipPackage::Result::Damaged:
            return damaged(part, detail);
        case ZipPackage::Result::TooLarge:
            return tooLarge(part);
        }
        return false;
    }

    static QString xmlProblem(const QXmlStreamReader &xml)
    {
        return QCoreApplication::translate("XlsxFile", "XML error at line %1: %2")
            .arg(xml.lineNumber())
            .arg(xml.errorString());
    }

    bool damaged(const QString &part, const QString &detail)
    {
        m_error = QCoreApplication::translate("XlsxFile",
            "The file %1 is damaged: its part %2 cannot be read (%3). Open it in Excel, which may "
            "repair it, and save it again.")
                      .arg(displayPath(m_path), part, detail);
        return false;
    }

    bool tooLarge(const QString &part)
    {
        m_error = QCoreApplication::translate("XlsxFile",
            "The file %1 is too large to read: its part %2 unpacks to more than CivicStat reads (%3 a part, "
            "%4 for the whole workbook). Save the sheet you need as a CSV file and import that.")
                      .arg(displayPath(m_path), part, byteSizeText(m_limits.partBytes),
                          byteSizeText(m_limits.packageBytes));
        return false;
    }

    bool tooManyCells(const QString &sheet, int rowNumber, int column)
    {
        m_error = QCoreApplication::translate("XlsxFile",
            "The file %1 is too large to read: by row %2 of sheet \"%3\" it holds more than %4 cells, the most "
            "CivicStat reads from one file (rows times columns, each row as wide as its last cell with a value: "
            "row %2 reaches column %5). Delete the rows and columns the import does not need, or the stray "
            "values far to the right, save it and import it again.")
                      .arg(displayPath(m_path))
                      .arg(rowNumber)
                      .arg(sheet, QLocale().toString(m_limits.cells), columnLetters(column));
        return false;
    }

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
