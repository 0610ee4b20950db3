// The ZIP package of an XLSX workbook, through Debian's minizip (never
// QuaZip: its copies of minizip's functions crash libxlsxwriter in the same
// process). It finds and unpacks parts; it knows nothing of their XML.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <unzip.h>

namespace civicstat::xlsx {

// A part larger than this once unpacked is refused rather than exhausting memory.
constexpr qint64 maxPartSize = qint64(1) << 30;

class ZipPackage final {
public:
    enum class Result { Ok, Missing, Damaged, TooLarge };

    explicit ZipPackage(const QString &path);
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    bool isOpen() const { return m_zip != nullptr; }

    bool contains(const QString &name) const;

    // The whole of one entry, checked against its CRC.
    Result read(const QString &name, QByteArray *out, QString *detail) const;

private:
    bool locate(const QString &name) const;

    unzFile m_zip = nullptr;
    // Entries some exporters name with backslashes (xl\workbook.xml): their
    // name with slashes, lower-cased, to the name as stored.
    QHash<QString, QByteArray> m_backslashNames;
};

} // namespace civicstat::xlsx
