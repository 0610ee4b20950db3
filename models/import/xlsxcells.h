// Cell text of an XLSX worksheet as Excel shows it: numbers in their shortest
// decimal form, date serials as ISO dates (1900 and 1904 systems), which
// number formats are dates, _xHHHH_ escapes, and A1-style column references.
// Pure functions; xlsxfile.cpp reads the package and the XML.
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace civicstat::xlsx {

constexpr int maxColumns = 16384; // A..XFD

QString decodeEscapes(const QString &text);
QString numberText(double value);
std::optional<QString> dateText(double serial, bool date1904);
bool formatCodeIsDate(const QString &code);
bool builtInFormatIsDate(int id);
int columnOfReference(QStringView reference); // "C5" -> 2; -1 when not a reference
QString columnLetters(int column);             // 2 -> "C"

} // namespace civicstat::xlsx
