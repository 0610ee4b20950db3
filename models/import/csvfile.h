// Reads a CSV file into a TabularFile (tabulardata.h) for mapped imports. It
// works out the encoding (UTF-8 with or without a byte-order mark, UTF-16 LE
// or BE with or without one, otherwise Windows-1252) and the delimiter (',',
// ';' or tab), then parses the text per RFC 4180 with CsvReader into one sheet
// named after the file, each row with the line it starts on (quotes in the
// wrong place are read as written and listed on the sheet). Lines with
// nothing on them are not rows.
//
// It does not give cells any meaning: no header row, no trimming, no numbers
// or dates; a mapping does that. It does not guess other 8-bit encodings
// (ISO-8859-1 text reads the same as Windows-1252 except for 0x80-0x9F, which
// are control characters in ISO-8859-1 and unused in real files), and it reads
// the whole file into memory: a file larger than InputLimits::fileBytes, or
// past its other limits (inputlimits.h), is refused with a message instead.
#pragma once

#include "tabulardata.h"

#include <QByteArray>
#include <QString>

namespace civicstat {

// Reads the file at path; TabularFile::error is set when it is missing,
// unreadable, or cannot be parsed (naming the file and what to do).
TabularFile readCsvFile(const QString &path, const InputLimits &limits = {});

// Reads CSV bytes as if they came from the file called name (used for the
// sheet name and in messages).
TabularFile readCsvBytes(const QByteArray &bytes, const QString &name, const InputLimits &limits = {});

// The refusal of a file larger than InputLimits::fileBytes: names it, the limit and what to do.
QString fileTooLargeMessage(const QString &fileName, const InputLimits &limits = {});

// Windows-1252 to text from a built-in table: the 0x80-0x9F block as Windows
// maps it (the five unassigned bytes become the C1 controls, as Windows and
// ICU do) and Latin-1 for the rest. Used when QStringDecoder has no
// Windows-1252 (Qt built without ICU).
QString decodeWindows1252(const QByteArray &bytes);

} // namespace civicstat
