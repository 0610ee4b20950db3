// The ZIP package of an XLSX workbook, through Debian's minizip (never
// QuaZip: its copies of minizip's functions crash libxlsxwriter in the same
// process). It finds and unpacks parts; it knows nothing of their XML.
#pragma once

#include "inputlimits.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <unzip.h>

namespace civicstat::xlsx {

class ZipPackage final {
public:
    // TooLarge: the part, or all the parts read so far with it, unpack to
    // more than InputLimits::partBytes or packageBytes.
    enum class Result { Ok, Missing, Damaged, TooLarge };

    ZipPackage(const QString &path, const InputLimits &limits);
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    // More entries than InputLimits::zipEntries: nothing is read from such a package.
    bool hasTooManyEntries() const { return m_tooManyEntries; }

    bool contains(const QString &name) const;

    // The whole of one entry, checked against its CRC.
    Result read(const QString &name, QByteArray *out, QString *detail);

private:
    bool locate(const QString &name) const;

    unzFile m_zip = nullptr;
    InputLimits m_limits;
    bool m_tooManyEntries = false;
    qint64 m_unpacked = 0; // bytes of all the parts read
    // Every entry by its name as the Open Packaging Conventions compare them
    // (case-insensitive; backslashes, written by some exporters, as slashes),
    // so that finding a part does not scan the whole directory each time.
    QHash<QString, unz64_file_pos> m_entries;
};

} // namespace civicstat::xlsx
