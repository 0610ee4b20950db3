// A mapping: how a spreadsheet as a city keeps it becomes CivicStat structure
// and observations (docs/import-formats.md, "Mappings"). It is read from and
// written to a JSON file so that the load built once in the wizard can run
// unattended from the command line. Parsing only: mappedimport.h applies it.
#pragma once

#include "domain.h"
#include "period.h"
#include "valueparsing.h"

#include <QHash>
#include <QRegularExpression>
#include <optional>
#include <vector>

namespace civicstat {

// Where one field's text comes from, in the order it is worked out:
// a constant `value`; or the cell of `column` (or of `lookup` keyed by `key`,
// or the parts of `join` put together with `separator`: empty when a part is),
// cut by `pattern`'s first group, turned into a code by `slug`, translated by
// `map`, given `prefix`; `otherwise` (another rule), then `fallback`, when the result is empty.
struct FieldRule {
    QString value;
    bool hasValue = false;
    QString column;
    QRegularExpression pattern;
    bool slug = false;
    QHash<QString, QString> map; // keys lower-case and simplified; "" maps blank cells
    bool hasMap = false;
    QString prefix;
    QString fallback;
    QString lookup;                  // name of a lookup table
    std::shared_ptr<FieldRule> key;  // the key into it
    QString lookupColumn;            // the column of the lookup table to take
    std::shared_ptr<FieldRule> otherwise; // worked out when this one gives nothing
    std::vector<FieldRule> join;          // parts of one code: DEPT_CD and DIV_CD give AE-4CUS
    QString separator;
    bool isSet() const { return hasValue || !column.isEmpty() || !lookup.isEmpty() || !join.empty(); }
};

struct WideColumnRule {
    QRegularExpression header; // matched against each header cell
    QString period;            // period text with \1, \2 from the header's groups and {COLUMN} from the row's cells;
                               // or empty with a format
    QString periodFormat;      // a date format for the whole header ("MMM-yy")
    // actual, target, numerator, denominator, note (the figure's), commentary
    // (the period's, signed with the file's name), target_note (the period's target's)
    QString role;
    // Only rows whose whenColumn holds one of whenValues (any case) read the
    // column through this rule: a quarterly row reads QTR1..QTR4, a monthly one OCT..SEP.
    QString whenColumn;
    QStringList whenValues;
    QStringList missing; // words that mean missing in these columns only, besides the conventions'
    // "trailing_zeros": "missing": of the cells a row reads through this rule,
    // in their periods' order, the zeros after the row's last non-zero figure
    // are not reported yet (an export made before the year ended fills the
    // months to come with 0). Default ("figures"): a zero is a figure.
    bool trailingZerosMissing = false;
    bool periodFromRow() const { return period.contains(QLatin1Char('{')); }
};

struct LookupTable {
    QString file; // relative to the mapping file
    QString key;  // key column
    QHash<QString, QHash<QString, QString>> rows; // key -> column -> value, filled when loaded
};

struct ImportMapping {
    QString name;
    QString sheet;     // XLSX sheet; empty: the first
    int headerRow = 1; // 1-based
    std::optional<int> fiscalYearStartMonth; // the city's, set by the import; none: the database's
    std::vector<std::pair<QString, QStringList>> skipRows; // column, values that exclude the row
    bool skipInvalidValues = false; // refuse a bad value (reported) instead of the whole import
    // A code described differently on two rows (another name, goal, department,
    // objective, direction or aggregation) stops the import, unless the mapping
    // says to keep the first row's description (each difference reported).
    bool keepFirstOfConflicts = false;
    ValueConventions conventions;
    QHash<QString, LookupTable> lookups;
    QHash<QString, FieldRule> fields; // goal_code, goal_name, ..., see docs
    enum class Layout { Long, Wide };
    Layout layout = Layout::Wide;
    std::vector<WideColumnRule> wideColumns;
    // Long layout: each a FieldRule over the row.
    QHash<QString, FieldRule> longValues; // period, value, target, numerator, denominator, note, commentary, target_note
    PeriodKind periodKind = PeriodKind::Month; // what a date in a period cell stands for
    FieldRule dimension;
    FieldRule member;
    // The grain of the targets the import makes: one word for the whole
    // mapping, or a rule giving month, quarter or year per row; none: the
    // measure's frequency.
    std::optional<Frequency> targetPer;
    FieldRule targetPerRule;

    // Reads a mapping; on failure returns nullopt and sets `error` to what is
    // wrong and where ("fields.direction.map: ..."). Lookup tables are read
    // from files beside `mappingPath`, within the default InputLimits.
    static std::optional<ImportMapping> fromJson(const QByteArray &json, const QString &mappingPath, QString *error);
};

// The bytes of a mapping file; nullopt with *error (naming the file, what is
// wrong and what to do) when it cannot be read or is over maxMappingFileBytes.
std::optional<QByteArray> readMappingFile(const QString &path, QString *error);

// Upper-case letters and digits joined by "-": "Major felony crime" -> "MAJOR-FELONY-CRIME".
QString slugOf(const QString &text);

// A period text of a mapping: any form Period::parse reads, or a month of a
// fiscal year, FY2016-OCT (October 2015 when the year starts in October).
std::optional<Period> parseMappedPeriod(const QString &text, int fiscalYearStartMonth);

} // namespace civicstat
