#include "mappingbuilder.h"

#include "valueparsing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace civicstat {

namespace {

// A header style of wide files, as it goes into a mapping: `period` with \1,
// \2 from the header's groups, or a date `format` for the whole header.
struct HeaderStyle {
    const char *header;
    const char *period;
    const char *format;
    const char *role;
};

// Most specific first: "FY 24 Q1" before "FY 24".
const HeaderStyle headerStyles[] = {
    {"(?i)FY ?(\\d\\d) ?Q([1-4])(?: Actuals?)?", "FY20\\1-Q\\2", nullptr, "actual"},
    {"(?i)FY ?(\\d{4}) ?Q([1-4])(?: Actuals?)?", "FY\\1-Q\\2", nullptr, "actual"},
    {"(?i)FY ?(\\d\\d)(?: Actuals?)?", "FY20\\1", nullptr, "actual"},
    {"(?i)FY ?(\\d{4})(?: Actuals?)?", "FY\\1", nullptr, "actual"},
    {"(?i)FY ?(\\d\\d) (?:Targets?|Goals?)", "FY20\\1", nullptr, "target"},
    {"(?i)FY ?(\\d{4}) (?:Targets?|Goals?)", "FY\\1", nullptr, "target"},
    {"(?i)(?:CY ?)?(\\d{4}) ?-?Q([1-4])", "\\1-Q\\2", nullptr, "actual"},
    {"(?i)Q([1-4]) (\\d{4})", "\\2-Q\\1", nullptr, "actual"},
    {"(\\d{4}-\\d\\d)", "\\1", nullptr, "actual"},
    {"(?i)(?:CY ?)?((?:19|20)\\d\\d)(?: Actuals?)?", "\\1", nullptr, "actual"},
    {"(?i)(?:CY ?)?((?:19|20)\\d\\d) (?:Targets?|Goals?)", "\\1", nullptr, "target"},
    {"[A-Z][a-z]{2}-\\d\\d", nullptr, "MMM-yy", "actual"},
    {"[A-Z][a-z]{2} \\d{4}", nullptr, "MMM yyyy", "actual"},
    {"[A-Z][a-z]{3,8} \\d{4}", nullptr, "MMMM yyyy", "actual"},
};

const QRegularExpression &compiledHeader(int style)
{
    static const std::vector<QRegularExpression> compiled = [] {
        std::vector<QRegularExpression> all;
        for (const HeaderStyle &s : headerStyles)
            all.emplace_back(QRegularExpression::anchoredPattern(QLatin1String(s.header)));
        return all;
    }();
    return compiled[std::size_t(style)];
}

QJsonObject ruleOf(const HeaderStyle &style)
{
    QJsonObject rule{{QStringLiteral("header"), QLatin1String(style.header)}, {QStringLiteral("role"), QLatin1String(style.role)}};
    if (style.format)
        rule[QStringLiteral("period_format")] = QLatin1String(style.format);
    else
        rule[QStringLiteral("period")] = QLatin1String(style.period);
    return rule;
}

QJsonValue source(const QString &text, const QStringList &columns)
{
    if (columns.contains(text))
        return text;
    return QJsonObject{{QStringLiteral("value"), text}};
}

QJsonObject directionMap(const QHash<QString, QString> &words)
{
    QJsonObject map;
    if (words.isEmpty()) {
        map = {{QStringLiteral("Increase"), QStringLiteral("higher")},
               {QStringLiteral("Decrease"), QStringLiteral("lower")},
               {QStringLiteral("Maintain"), QStringLiteral("band")}};
    }
    for (auto it = words.cbegin(); it != words.cend(); ++it)
        map[it.key()] = it.value().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(it.value());
    map[QString()] = QJsonValue::Null; // a blank cell: no direction
    return map;
}

} // namespace

std::optional<WideColumnGuess> guessWideColumn(const QString &header, int fiscalYearStartMonth)
{
    const QString name = cleanText(header);
    for (int style = 0; style < int(std::size(headerStyles)); ++style) {
        const QRegularExpressionMatch match = compiledHeader(style).match(name);
        if (!match.hasMatch())
            continue;
        const HeaderStyle &s = headerStyles[style];
        std::optional<Period> period;
        if (s.format) {
            ValueConventions dates;
            dates.dateFormats = {QLatin1String(s.format)};
            period = parseCellPeriod(name, dates, PeriodKind::Month, fiscalYearStartMonth);
        } else {
            QString text = QLatin1String(s.period);
            for (int g = match.lastCapturedIndex(); g >= 1; --g)
                text.replace(QStringLiteral("\\%1").arg(g), match.captured(g));
            period = Period::parse(text, fiscalYearStartMonth);
        }
        if (!period)
            return std::nullopt; // "Feb-30", "2024-13": looks like a period, is none
        return WideColumnGuess{period->text(), QLatin1String(s.role), style};
    }
    return std::nullopt;
}

std::optional<Direction> guessDirection(const QString &word)
{
    const QString w = cleanText(word).toLower();
    static const QStringList higher = {"increase", "increasing", "up", "higher", "higher is better", "more",
                                       "maximize", "maximise", "high", "above"};
    static const QStringList lower = {"decrease", "decreasing", "down", "lower", "lower is better", "less",
                                      "minimize", "minimise", "reduce", "low", "below"};
    static const QStringList band = {"maintain", "stable", "steady", "within range", "target range", "band", "hold"};
    if (higher.contains(w))
        return Direction::Higher;
    if (lower.contains(w))
        return Direction::Lower;
    if (band.contains(w))
        return Direction::Band;
    return std::nullopt;
}

QStringList distinctValues(const Sheet &sheet, const QString &column, int limit)
{
    QStringList values;
    if (sheet.rows.empty())
        return values;
    const QStringList &header = sheet.rows.front();
    const auto at = std::find_if(header.cbegin(), header.cend(), [&](const QString &cell) { return cleanText(cell) == column; });
    if (at == header.cend())
        return values;
    const int index = int(at - header.cbegin());
    for (std::size_t r = 1; r < sheet.rows.size() && values.size() < limit; ++r) {
        const QStringList &row = sheet.rows[r];
        const QString value = index < row.size() ? cleanText(row.at(index)) : QString();
        if (!value.isEmpty() && !values.contains(value, Qt::CaseInsensitive)) // a mapping's words ignore case
            values << value;
    }
    return values;
}

QByteArray mappingJsonFrom(const MappingChoices &choices, const QStringList &columns)
{
    QJsonObject fields;
    for (auto it = choices.fields.cbegin(); it != choices.fields.cend(); ++it) {
        if (it.value().trimmed().isEmpty())
            continue;
        if (it.key() == QLatin1String("direction") && columns.contains(it.value())) {
            fields[it.key()] = QJsonObject{{QStringLiteral("column"), it.value()},
                                           {QStringLiteral("map"), directionMap(choices.directionWords)}};
            continue;
        }
        // A code read from the same column as its name ("Streets rated clean")
        // becomes a code-like text (STREETS-RATED-CLEAN), as in the examples.
        const QString nameField = QString(it.key()).replace(QLatin1String("_code"), QLatin1String("_name"));
        if (it.key().endsWith(QLatin1String("_code")) && columns.contains(it.value())
            && choices.fields.value(nameField).trimmed() == it.value()) {
            fields[it.key()] = QJsonObject{{QStringLiteral("column"), it.value()}, {QStringLiteral("slug"), true}};
            continue;
        }
        fields[it.key()] = source(it.value(), columns);
    }
    QJsonObject values;
    switch (choices.layout) {
    case MappingChoices::Layout::Long:
        values[QStringLiteral("layout")] = QStringLiteral("long");
        values[QStringLiteral("period")] = choices.periodColumn;
        values[QStringLiteral("value")] = choices.valueColumn;
        break;
    case MappingChoices::Layout::Wide: {
        values[QStringLiteral("layout")] = QStringLiteral("wide");
        std::vector<int> styles;
        for (const QString &column : columns) {
            const auto guess = guessWideColumn(column);
            if (guess && std::find(styles.begin(), styles.end(), guess->style) == styles.end())
                styles.push_back(guess->style);
        }
        std::sort(styles.begin(), styles.end()); // the engine takes the first rule a header matches
        QJsonArray rules;
        for (const int style : styles)
            rules.append(ruleOf(headerStyles[style]));
        values[QStringLiteral("columns")] = rules;
        break;
    }
    }
    if (!choices.memberColumn.isEmpty()) {
        values[QStringLiteral("member")] = choices.memberColumn;
        // The member column's own name typed as the kind ("District") names the
        // kind; read as a column it would make each member a kind of its own.
        values[QStringLiteral("dimension")] = choices.dimension == choices.memberColumn
            ? QJsonValue(QJsonObject{{QStringLiteral("value"), choices.dimension}})
            : source(choices.dimension, columns);
    }
    QJsonObject root{{QStringLiteral("civicstat_mapping"), 1}, {QStringLiteral("name"), choices.name},
                     {QStringLiteral("header_row"), 1}, {QStringLiteral("fields"), fields},
                     {QStringLiteral("values"), values}};
    if (!choices.sheet.isEmpty())
        root[QStringLiteral("sheet")] = choices.sheet;
    if (!choices.dateFormat.isEmpty())
        root[QStringLiteral("conventions")] = QJsonObject{{QStringLiteral("date_formats"), QJsonArray{choices.dateFormat}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace civicstat
