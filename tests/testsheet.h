// A one-sheet file from rows of cells, as the readers would give it, for the
// tests of mapped imports and of the mapping builder.
#pragma once

#include "tabulardata.h"

namespace civicstat::test {

inline TabularFile fileOf(const std::vector<QStringList> &rows)
{
    Sheet sheet;
    sheet.name = QStringLiteral("Sheet1");
    sheet.rows = rows;
    for (std::size_t i = 0; i < rows.size(); ++i)
        sheet.lines.push_back(int(i) + 1); // a row a line, from the header's 1
    TabularFile file;
    file.sheets.push_back(sheet);
    return file;
}

} // namespace civicstat::test
