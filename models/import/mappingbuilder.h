// Writes a mapping file from the choices made over a file's columns in the
// import wizard: each field from a column or a fixed text, and the figures in
// a long layout (a period column and a value column) or a wide one (one
// column per period, read from the header's own words). The result is an
// ordinary mapping file (importmapping.h) that can be edited further by hand.
#pragma once

#include "domain.h"
#include "tabulardata.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace civicstat {

// What a column of a wide file holds, worked out from its header:
// "FY 24 Actual" -> FY2024, actual; "FY 25 Q1" -> FY2025-Q1; "Jan-24" -> 2024-01.
struct WideColumnGuess {
    QString period; // CivicStat period text (FY2024, 2024-01, ...)
    QString role;   // actual or target
    int style = -1; // which header style matched; the mapping keeps its pattern,
                    // so next year's columns of the same style are read too
};
std::optional<WideColumnGuess> guessWideColumn(const QString &header, int fiscalYearStartMonth = 7);

// The direction a spreadsheet's word for it stands for: "Increase", "Up",
// "Higher is better" -> higher; nullopt for words that give none ("N/A", blank).
std::optional<Direction> guessDirection(const QString &word);

// The different texts of a column below the header row, in the order met, at most `limit`.
QStringList distinctValues(const Sheet &sheet, const QString &column, int limit = 24);

struct MappingChoices {
    QString name;
    QString sheet;
    // Field name (goal_code, measure_name, direction, ...) -> a column of the file, or any other text as a fixed value.
    QHash<QString, QString> fields;
    // When direction is a column: each of its words -> higher, lower, band, or empty for none.
    // Left empty, the usual words (Increase, Decrease, Maintain) are mapped.
    QHash<QString, QString> directionWords;
    enum class Layout { Long, Wide };
    Layout layout = Layout::Long;
    QString periodColumn;  // long
    QString valueColumn;   // long
    QString dateFormat;    // long: how dates in the period column are written, empty for CivicStat periods
    QString memberColumn;  // optional: each row is this member's figure
    QString dimension;     // the member's dimension: a column, or a name such as "neighbourhood"
};

// `columns` are the file's header cells: a field whose source is one of them
// reads that column. A wide layout gets a rule for each header style found
// among the columns (guessWideColumn).
QByteArray mappingJsonFrom(const MappingChoices &choices, const QStringList &columns);

} // namespace civicstat
