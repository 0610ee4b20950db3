// Opening a workbook: its parts, relationships and sheets (xlsxworkbookreader.h).
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

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

namespace {

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

} // namespace

bool WorkbookReader::open()
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

bool WorkbookReader::readRelationships(const QString &source, std::vector<std::pair<QString, Relationship>> *out)
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

bool WorkbookReader::readPart(const QString &part, QByteArray *bytes)
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

QString WorkbookReader::xmlProblem(const QXmlStreamReader &xml)
{
    return QCoreApplication::translate("XlsxFile", "XML error at line %1: %2")
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

bool WorkbookReader::damaged(const QString &part, const QString &detail)
{
    m_error = QCoreApplication::translate("XlsxFile",
        "The file %1 is damaged: its part %2 cannot be read (%3). Open it in Excel, which may "
        "repair it, and save it again.")
                  .arg(displayPath(m_path), part, detail);
    return false;
}

bool WorkbookReader::tooLarge(const QString &part)
{
    m_error = QCoreApplication::translate("XlsxFile",
        "The file %1 is too large to read: its part %2 unpacks to more than CivicStat reads (%3 a part, "
        "%4 for the whole workbook). Save the sheet you need as a CSV file and import that.")
                  .arg(displayPath(m_path), part, byteSizeText(m_limits.partBytes),
                      byteSizeText(m_limits.packageBytes));
    return false;
}

} // namespace civicstat::xlsx
