#include "xlsxpackage.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>

namespace civicstat::xlsx {

namespace {

QString entryKey(const QString &name)
{
    return QString(name).replace(QLatin1Char('\\'), QLatin1Char('/')).toLower();
}

// Deflate cannot shrink data by more than about 1032 to 1: an entry claiming
// more than that of its compressed size is lying about its size.
constexpr quint64 mostDeflateRatio = 1032;

} // namespace

ZipPackage::ZipPackage(const QString &path, const InputLimits &limits)
    : m_zip(unzOpen64(QFile::encodeName(path).constData())), m_limits(limits)
{
    if (!m_zip)
        return;
    int entries = 0;
    for (int more = unzGoToFirstFile(m_zip); more == UNZ_OK; more = unzGoToNextFile(m_zip)) {
        if (++entries > m_limits.zipEntries) {
            m_tooManyEntries = true;
            return;
        }
        char name[1024];
        unz_file_info64 info {};
        unz64_file_pos position {};
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK
            || unzGetFilePos64(m_zip, &position) != UNZ_OK)
            continue;
        // The first of two entries of the same name wins, as in minizip's own search.
        const QString key = entryKey(QString::fromUtf8(name));
        if (!m_entries.contains(key))
            m_entries.insert(key, position);
    }
}

bool ZipPackage::locate(const QString &name) const
{
    if (m_tooManyEntries)
        return false;
    const auto entry = m_entries.constFind(entryKey(name));
    if (entry == m_entries.constEnd())
        return false;
    unz64_file_pos position = *entry;
    return unzGoToFilePos64(m_zip, &position) == UNZ_OK;
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

ZipPackage::Result ZipPackage::read(const QString &name, QByteArray *out, QString *detail)
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
    const quint64 budget = quint64(std::min(m_limits.partBytes, m_limits.packageBytes - m_unpacked));
    if (info.uncompressed_size > budget)
        return Result::TooLarge;
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
        *detail = QCoreApplication::translate("XlsxFile", "it uses a compression method that cannot be read");
        return Result::Damaged;
    }
    // The declared size may be wrong in a damaged file: reserve no more than its compressed data can hold.
    out->reserve(qsizetype(std::min({info.uncompressed_size, info.compressed_size * mostDeflateRatio + 65536, budget})));
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
        if (quint64(out->size()) + quint64(n) > budget) {
            unzCloseCurrentFile(m_zip);
            out->clear();
            return Result::TooLarge;
        }
        out->append(buffer, n);
    }
    m_unpacked += out->size();
    if (unzCloseCurrentFile(m_zip) != UNZ_OK) {
        out->clear();
        *detail = QCoreApplication::translate("XlsxFile", "its checksum does not match its contents");
        return Result::Damaged;
    }
    return Result::Ok;
}

} // namespace civicstat::xlsx
