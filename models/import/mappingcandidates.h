// Which columns of a file the mapping builder offers for each field: a field
// is filled from a column that can hold it, so the period columns a wide
// layout reads as figures are never offered as names, and a field of numbers
// is offered only the columns that hold numbers in the rows sampled. The
// builder shows the reason for what it leaves out beside the drop-down.
#pragma once

#include "tabulardata.h"

#include <QStringList>

namespace civicstat {

enum class FieldContent { Text, Numbers };

struct ColumnCandidates {
    QStringList offered;      // in the file's order
    int periodColumnsLeftOut = 0; // read as figures by the wide layout
    QStringList notNumbers;   // left out of a field of numbers: a word among their sampled cells, or no number at all
};

// How many rows below the header are looked at to decide whether a column holds numbers.
inline constexpr int candidateSampleRows = 200;

// `wideLayout`: the figures are read from columns named as periods (guessWideColumn),
// which then fill no field.
ColumnCandidates columnCandidates(const Sheet &sheet, FieldContent content, bool wideLayout,
                                  int sampleRows = candidateSampleRows);

// What a field needs: the builder's value column needs numbers, every other field text.
FieldContent contentOfField(const QString &field);

} // namespace civicstat
