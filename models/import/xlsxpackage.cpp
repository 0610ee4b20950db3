#include "xlsxpackage.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>

namespace civicstat::xlsx {

ZipPackage::ZipPackage(const QString &path) : m_zip(unzOpen64(QFile::encodeName(path).constData()))
{
    if (!m_zip)
        return;
    for (int more = unzGoToFirstFile(m_zip); more == UNZ_OK; more = unzGoToNextFile(m_zip)) {
        char name[1024];
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            continue;
        const QByteArray stored(name);
        if (stored.contains('\\'))
            m_backslashNames.insert(QString::fromUtf8(stored).replace(QLatin1Char('\\'), QLatin1Char('/')).toLower(), stored);
    }
}

bool ZipPackage::locate(const QString &name) const
{
    // Part names are case-insensitive in the Open Packaging Conventions.
    if (unzLocateFile(m_zip, name.toUtf8().constData(), 2) == UNZ_OK)
        return true;
    const auto stored = m_backslashNames.constFind(name.toLower());
    return stored != m_backslashNames.constEnd() && unzLocateFile(m_zip, stored->constData(), 2) == UNZ_OK;
}

ZipPackage::~ZipPackage()
{
    if (m_zip)
        unzClose(m_zip);
}

bool ZipPackage::contains(const QString &name) const
{
    return locate(name);
}

ZipPackage::Result ZipPackage::read(const QString &name, QByteArray *out, QString *detail) const
{
    out->clear();
    if (!locate(name))
        return Result::Missing;
    unz_file_info64 info {};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
        *detail = QCoreApplication::translate("XlsxFile", "its directory entry is unreadable");
        return Result::Damaged;
    }
    if (info.flag & 1u) {
        *detail = QCoreApplication::translate("XlsxFile", "it is encrypted");
        return Result::Damaged;
    }
    if (info.uncompressed_size > quint64(maxPartSize))
        return Result::TooLarge;
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
        *detail = QCoreApplication::translate("XlsxFile", "it uses a compression method that cannot be read");
        return Result::Damaged;
    }
    // The declared size may be wrong in a damaged file: reserve a bounded amount.
    out->reserve(qsizetype(std::min<quint64>(info.uncompressed_size, quint64(64) << 20)));
    char buffer[65536];
    for (;;) {
        const int n = unzReadCurrentFile(m_zip, buffer, sizeof buffer);
        if (n < 0) {
            unzCloseCurrentFile(m_zip);
            out->clear();
            *detail = QCoreApplication::translate("XlsxFile", "its compressed data is corrupt");
            return Result::Damaged;
        }
        if (n == 0)
            break;
        if (out->size() + n > maxPartSize) {
            unzCloseCurrentFile(m_zip);
            out->clear();
            return Result::TooLarge;
        }
        out->append(buffer, n);
    }
    if (unzCloseCurrentFile(m_zip) != UNZ_OK) {
        out->clear();
        *detail = QCoreApplication::translate("XlsxFile", "its checksum does not match its contents");
        return Result::Damaged;
    }
    return Result::Ok;
}

} // namespace civicstat::xlsx
