// Reads the worksheets of an Excel workbook (.xlsx, Office Open XML) into rows
// of text cells, for mapped imports and their previews. It unpacks the file
// with Debian's minizip and reads the XML parts with QXmlStreamReader.
//
// What a cell becomes:
//  - text (shared strings, rich-text runs joined, inline strings, formula text
//    results): as stored, whitespace kept, _xHHHH_ escapes decoded;
//  - booleans: "TRUE" / "FALSE"; errors: their text ("#N/A", "#DIV/0!");
//  - numbers: at most 15 significant digits, as Excel shows them, in plain
//    decimal without trailing zeros or exponent: "30000", "0.6498", and
//    91.370000000000005 becomes "91.37" (Excel keeps 15 digits; the last two
//    of 17 stored digits are binary noise). Only magnitudes of 1e21 or more,
//    or under 1e-6, keep an exponent: "1.5e+21", "2.5e-07";
//  - date-styled numbers (built-in formats 14-22, 45 and 47, or a custom format
//    with d, m, y, h or s outside quotes and brackets): ISO "2023-07-15", or
//    "2023-07-15T13:30:00" when the value has a time of day (rounded to the
//    second), or "13:30:00" for a time alone (a value under one day). The 1900
//    date system keeps Excel's leap-year bug (serial 60 is the fictitious
//    "1900-02-29"); workbooks marked date1904 count from 1904-01-01. A date
//    outside 1900-9999 stays a number, and so does an elapsed-time format
//    such as [h]:mm or built-in 46, [h]:mm:ss (a duration in days, not a date);
//  - a shared-string cell without an index (<c t="s"/>): an empty cell.
// Part names written with backslashes (xl\workbook.xml, by some exporters)
// are found as if written with slashes.
// Rows and columns: a cell missing from a row (C5 after A5) is an empty string
// so that columns line up; empty cells at the end of a row are dropped; rows
// with no value at all are left out, and Sheet::lines gives each row's number
// as Excel shows it (1-based), so gaps stay visible.
// Sheets: worksheets in workbook order, hidden ones included; chart sheets are
// not listed.
//
// It does not evaluate formulas (it reads the result Excel saved), apply
// number formats beyond telling dates apart (no thousands separators, percent
// signs or currency: 0.5 styled as 50% reads "0.5"), expand merged cells, or
// read .xls, .xlsb, .ods or password-protected workbooks (each gives an error
// that says what to do).
// Limits (inputlimits.h): a file, a part unpacked, all parts read, the package's
// entries, the sheets listed, the shared strings and the cells of the sheets
// read (each row as wide as its last cell with a value) are bounded; past one,
// the file is refused with a message naming the part, sheet or row.
#pragma once

#include "tabulardata.h"

#include <QString>
#include <QStringList>

namespace civicstat {

// The names of the worksheets in workbook order; empty with *error set (naming
// the file and what to do) when the file cannot be read as a workbook.
QStringList xlsxSheetNames(const QString &path, QString *error = nullptr, const InputLimits &limits = {});

// Every worksheet when sheetName is empty, otherwise only that one (matched
// exactly, else ignoring case as Excel does). On failure the result has no
// sheets and TabularFile::error says why, naming the file; an unknown sheet
// name lists the sheets the workbook has. encoding and delimiter stay unset.
TabularFile readXlsxFile(const QString &path, const QString &sheetName = QString(), const InputLimits &limits = {});

} // namespace civicstat
