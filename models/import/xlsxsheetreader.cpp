// Reading a sheet: the shared strings and styles its cells use, and its rows as text (xlsxworkbookreader.h).
#include "xlsxworkbookreader.h"

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

namespace civicstat::xlsx {

namespace {

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

} // namespace

bool WorkbookReader::readSharedParts()
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

bool WorkbookReader::readSheet(const SheetEntry &entry, Sheet *sheet)
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
                        .arg(entry.name, reference.toString(), QString::number(rowNumber)));
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
                        .arg(columnLetters(column) + QString::number(rowNumber), entry.name, value,
                             QString::number(m_sharedStrings.size())));
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

bool WorkbookReader::cellText(const QString &type, int style, const QString &value, const QString *inlineText, QString *text) const
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

bool WorkbookReader::tooManyCells(const QString &sheet, int rowNumber, int column)
{
    m_error = QCoreApplication::translate("XlsxFile",
        "The file %1 is too large to read: by row %2 of sheet \"%3\" it holds more than %4 cells, the most "
        "CivicStat reads from one file (rows times columns, each row as wide as its last cell with a value: "
        "row %2 reaches column %5). Delete the rows and columns the import does not need, or the stray "
        "values far to the right, save it and import it again.")
                  .arg(displayPath(m_path), QString::number(rowNumber), sheet, QLocale().toString(m_limits.cells),
                       columnLetters(column));
    return false;
}

} // namespace civicstat::xlsx
