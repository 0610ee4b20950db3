// A file of rows and cells as a reader found it, before any meaning is given
// to it: one sheet for a CSV file, one per worksheet for XLSX. Cells are text
// exactly as stored (XLSX numbers in their shortest decimal form, date-styled
// numbers as ISO dates), so that a mapping can report the raw value it could
// not understand. Readers: csvfile.h (CSV), xlsxfile.h (XLSX).
#pragma once

#include "csvreader.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace civicstat {

struct Sheet {
    QString name;
    std::vector<QStringList> rows;
    std::vector<int> lines; // where each row starts: the CSV line, or the XLSX row number
    // CSV only. Its records must each have as many fields as the header, and
    // its quotes in the wrong place are listed (csvreader.h): an import refuses
    // either, a preview shows the rows as read.
    bool csvRecords = false;
    std::vector<CsvQuoteProblem> quoteProblems;
};

struct TabularFile {
    std::vector<Sheet> sheets;
    QString encoding;  // CSV: "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QChar delimiter;   // CSV: ',', ';' or '\t'
    std::optional<QString> error; // set when the file cannot be read; names the file and what to do
    int errorLine = 0;            // the line the error is on, when it is one line's
};

// What a file holds, told by its first bytes whatever its name ends with: a
// ZIP package (.xlsx, .xlsm, or a workbook saved under another name) or an
// OLE2 compound file (.xls, a password-protected workbook) is a workbook;
// anything else is read as text.
enum class FileKind { Workbook, Text };
FileKind fileKindOf(const QString &path);

// Reads a workbook (the named sheet, or every sheet) or else a CSV file. Text
// with control characters that text never holds (a NUL, say) is refused as a
// binary file rather than read as rows of junk. A file past the limits
// (inputlimits.h) is refused with a message naming it, the place and the limit.
TabularFile readTabularFile(const QString &path, const QString &sheet = QString(), const InputLimits &limits = {});

} // namespace civicstat
