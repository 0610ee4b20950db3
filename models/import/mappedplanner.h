// The planner behind planMappedImport(): it reads one sheet through a mapping
// and turns its rows into an import plan. Private to civicstat_import; split
// into reading the rows (mappedplanner.cpp) and building the batch from what
// they said (mappedplannerbatch.cpp).
#pragma once

#include "codedescriptions.h"
#include "mappedimport.h"
#include "mappednarrative.h"
#include "mappedrow.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>

namespace civicstat::mappedplanning {

struct MappedImportText { Q_DECLARE_TR_FUNCTIONS(MappedImport) };

// A header and the rules that read it, in the mapping's order: a row reads
// the cell through the first whose `when` it meets.
struct ValueColumn {
    struct Reading {
        const WideColumnRule *rule = nullptr;
        Period period;      // when the period is the header's alone
        QString periodText; // when it takes the row's cells: the header's groups filled in
    };
    int index = 0;
    QString header;
    std::vector<Reading> readings;
};

// Which figure a cell is for. Texts are shared with the row's, so a key costs
// no allocation: a wide file makes one per cell.
struct FigureKey {
    QString measure;
    QString dimension;
    QString member;
    qint64 firstDay;
    PeriodKind kind;
    bool operator==(const FigureKey &other) const
    {
        return firstDay == other.firstDay && kind == other.kind && measure == other.measure
            && member == other.member && dimension == other.dimension;
    }
};

inline size_t qHash(const FigureKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.measure, key.dimension, key.member, key.firstDay, int(key.kind));
}

struct Figure {
    std::optional<double> actual;
    std::optional<double> numerator;
    std::optional<double> denominator;
    QString note;
    int line = 0;
};

class Planner
{
public:
    Planner(const QString &fileName, const ImportMapping &mapping, const Structure &existing,
            const CitySettings &settings, DuplicatePolicy policy, MappedImportPlan &plan)
        : m_fileName(fileName), m_mapping(mapping), m_existing(existing), m_policy(policy),
          m_plan(plan), m_fiscalStart(mapping.fiscalYearStartMonth.value_or(settings.fiscalYearStartMonth)),
          m_narrative(QFileInfo(fileName).fileName())
    {
    }

    void run(const Sheet &sheet);

private:
    void fileProblem(const QString &reason);

    void problem(int line, const QString &column, const QString &value, const QString &reason);

    bool checkColumns();

    // The columns a period text takes from the row: FY{CFY}-Q1 takes CFY.
    static QStringList rowColumnsOf(const QString &periodText);

    void matchWideColumns(const QStringList &header);

    bool skipped(const RowView &row) const;

    QString field(const RowView &row, const char *name) const;

    QString fieldColumn(const char *name) const;

    std::optional<double> number(const QString &cell, int line, const QString &column);

    void readRow(const QStringList &cells, int line);

    static bool isPlainColumn(const FieldRule &rule);

    // "trailing_zeros": "missing": of the cells a row reads through such a
    // rule, taken in their periods' order, the zeros after the last non-zero
    // number are not reported yet. Blank cells and words are neither.
    template<typename Reads>
    void markTrailingZeros(Reads &reads) const
    {
        QHash<const WideColumnRule *, std::vector<std::size_t>> byRule;
        for (std::size_t i = 0; i < reads.size(); ++i) {
            if (reads[i].reading->rule->trailingZerosMissing && reads[i].period)
                byRule[reads[i].reading->rule].push_back(i);
        }
        for (auto it = byRule.begin(); it != byRule.end(); ++it) {
            std::vector<std::size_t> &order = it.value();
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                const Period &pa = *reads[a].period;
                const Period &pb = *reads[b].period;
                return pa.first() != pb.first() ? pa.first() < pb.first() : pa.last() < pb.last();
            });
            for (auto i = order.rbegin(); i != order.rend(); ++i) {
                const ParsedValue v = parseCellNumber(reads[*i].cell, m_mapping.conventions);
                if (v.kind == ParsedValue::Kind::Number && v.number != 0.0)
                    break; // the row's last figure: what comes before it stands
                if (v.kind == ParsedValue::Kind::Number)
                    reads[*i].notReported = true;
            }
        }
    }

    // A word the mapping leaves unknown is refused, never taken as the default.
    template<typename Parse>
    auto word(const RowView &row, int line, const char *name, Parse parse, const QString &what,
              const QString &accepted) -> decltype(parse(QString()))
    {
        const QString text = field(row, name);
        if (text.isEmpty())
            return std::nullopt;
        const auto value = parse(text);
        if (value)
            return value;
        const QString column = fieldColumn(name);
        const QString raw = column.isEmpty() ? text : cleanText(row.cell(column));
        const QString made
            = raw == text ? QString() : MappedImportText::tr("the mapping makes it \"%1\", which is ").arg(text);
        problem(line, columnOf(name), raw,
            MappedImportText::tr("%1not %2 CivicStat knows; use %3, or map the word to one of them in fields.%4.map")
                .arg(made, what, accepted, QLatin1String(name)));
        return std::nullopt;
    }

    // Where a field comes from, for a message: its column, or the mapping's field when it is a constant.
    QString columnOf(const char *name) const;

    // The same code means the same thing on every row (codedescriptions.h).
    // False when a difference stops the import.
    bool consistent(const RowView &row, int line, std::optional<Direction> direction,
                    std::optional<Aggregation> aggregation);

    void conflict(int line, const char *field, const QString &code, const QString &value, const QString &reason);

    const ValueColumn::Reading *readingFor(const ValueColumn &column, const RowView &row) const;

    static QString periodOfRow(QString text, const RowView &row);

    // The grain of the row's targets: the mapping's word, or the row's own.
    void readTargetPer(const RowView &row, int line);

    void addStructure(const RowView &row, const QString &measureCode, const QString &measureName,
                      std::optional<Direction> direction, std::optional<Aggregation> aggregation,
                      std::optional<Frequency> frequency, std::optional<Classification> classification);

    void addValue(const QString &measure, const QString &dimension, const QString &member, const Period &period,
                  const QString &role, const QString &cell, int line, const QString &column,
                  std::optional<Direction> direction);

    Figure &figureFor(const QString &measure, const QString &dimension, const QString &member, const Period &period, int line);

    void finish();

    // The counts of measures that will not score as imported: figures by member only, no target.
    void countMeasuresThatCannotScore();

    static int decimalsShown(double value);

    QString m_fileName;
    const ImportMapping &m_mapping;
    const Structure &m_existing;
    DuplicatePolicy m_policy;
    MappedImportPlan &m_plan;
    int m_fiscalStart;
    std::optional<Frequency> m_rowTargetPer;
    QString m_sheet;
    QHash<QString, int> m_columns;
    std::vector<ValueColumn> m_valueColumns;
    QHash<QString, int> m_goals;
    QSet<QString> m_departments;
    QSet<QString> m_objectives;
    QHash<QString, bool> m_measures; // code -> has a direction
    QHash<QString, QString> m_measureUnits;
    QHash<QString, int> m_newMeasures; // code -> place in the batch's measures
    CodeDescriptions m_descriptions;
    QSet<QString> m_conflictsReported;
    QStringList m_header;
    bool m_csvRecords = false;
    QSet<int> m_badlyQuotedRecords; // lines their records start on
    QHash<QString, int> m_targets;
    QHash<FigureKey, int> m_figureIndex;
    QSet<QString> m_dimensionsNamed;
    std::vector<std::pair<Observation, Figure>> m_figures;
    Figure m_scratch;
    NarrativeCollector m_narrative;
};

} // namespace civicstat::mappedplanning
