// Writes a mapping file from the choices made over a file's columns in the
// import wizard: each field from a column or a fixed text, and the figures in
// a long layout (a period column and a value column) or a wide one (one of a
// few common header styles). The result is an ordinary mapping file
// (importmapping.h) that can be edited further by hand.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace civicstat {

struct MappingChoices {
    QString name;
    QString sheet;
    // Field name (goal_code, measure_name, direction, ...) -> a column of the file, or any other text as a fixed value.
    QHash<QString, QString> fields;
    enum class Layout { Long, WideFiscalYears, WideMonths };
    Layout layout = Layout::Long;
    QString periodColumn;  // long
    QString valueColumn;   // long
    QString dateFormat;    // long: how dates in the period column are written, empty for CivicStat periods
    QString memberColumn;  // optional: each row is this member's figure
    QString dimension;     // the member's dimension, e.g. "neighbourhood"
};

// `columns` are the file's header cells: a field whose source is one of them reads that column.
QByteArray mappingJsonFrom(const MappingChoices &choices, const QStringList &columns);

} // namespace civicstat
