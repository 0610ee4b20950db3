// The mapping builder's drop-downs over a file's columns: an empty first item,
// the whole-file choices of the field (higher, lower, ...), then the columns
// that can fill the field (mappingcandidates.h), which change with the layout.
// The tooltip says what the drop-down leaves out and why.
#pragma once

#include "mappingcandidates.h"

class QComboBox;

namespace civicstat {

QComboBox *columnChooser(const QStringList &columns, bool editable, const QStringList &fixed = {});

// Adds a whole-file choice after the others, above the columns.
void addWholeFileChoice(QComboBox *chooser, const QString &text, const QVariant &data);

// What the tooltip says before the reasons for the columns left out.
void setBaseToolTip(QComboBox *chooser, const QString &text);

// Lists the columns that can fill the chooser's field; the text chosen stays.
void listColumnsThatFit(QComboBox *chooser, const Sheet &sheet, FieldContent content, bool wideLayout);

} // namespace civicstat
