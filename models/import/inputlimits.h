// How much of a file the readers accept before they refuse it with a message,
// so that a small or damaged file can never make them allocate without bound
// (a 2 KB workbook whose rows each reach column XFD, a zip entry that unpacks
// to gigabytes, a line of a million commas). Each limit is far beyond any real
// city file (docs/reliability.md, "Bounded input", gives the largest real
// figures beside them); tests pass smaller ones to reach each refusal cheaply.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

class QIODevice;

namespace civicstat {

struct InputLimits {
    // A CSV or XLSX file, or a mapping's lookup table, on disk.
    qint64 fileBytes = qint64(256) << 20;
    // Cells a file may hold, counted as the readers keep them: every row as
    // wide as its last cell with a value (rows x columns used), summed over
    // the sheets read. Also the most shared strings a workbook may list.
    qint64 cells = 10'000'000;
    // The cells of one CSV record: as many columns as Excel has (A to XFD).
    int recordFields = 16384;
    // The characters of one CSV field; Excel holds at most 32,767 in a cell.
    qsizetype fieldChars = 100'000;
    // One XLSX part once unpacked, and all the parts read from one workbook.
    qint64 partBytes = qint64(256) << 20;
    qint64 packageBytes = qint64(1) << 30;
    // Entries of the ZIP package, and sheets the workbook lists.
    int zipEntries = 10'000;
    int sheets = 1'000;
};

// A mapping file (JSON).
constexpr qint64 maxMappingFileBytes = qint64(4) << 20;

// The rest of the device, read in chunks; nullopt when it holds more than
// maxBytes (a file larger than it claimed, or a device such as /dev/zero that
// never ends) or a read fails (then QFileDevice::error() is set).
std::optional<QByteArray> readAtMost(QIODevice &device, qint64 maxBytes);

// A number of bytes for messages: "256 MB", "1 GB", "4 MB" (binary units, as file managers show them).
QString byteSizeText(qint64 bytes);

} // namespace civicstat
