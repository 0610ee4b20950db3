#include "importmapping.h"

#include "csvfile.h"
#include "csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace civicstat {

namespace {

struct ImportMappingText { Q_DECLARE_TR_FUNCTIONS(ImportMapping) };

const QStringList fieldNames = {
    QStringLiteral("goal_code"),       QStringLiteral("goal_name"),     QStringLiteral("objective_code"),
    QStringLiteral("objective_name"),  QStringLiteral("department_code"), QStringLiteral("department_name"),
    QStringLiteral("measure_code"),    QStringLiteral("measure_name"),  QStringLiteral("unit"),
    QStringLiteral("direction"),       QStringLiteral("aggregation"),   QStringLiteral("frequency"),
    QStringLiteral("classification"),  QStringLiteral("definition"),    QStringLiteral("methodology"),
    QStringLiteral("source"),          QStringLiteral("steward"),       QStringLiteral("tolerance")};
const QStringList longValueNames = {QStringLiteral("period"),    QStringLiteral("value"),
                                    QStringLiteral("target"),    QStringLiteral("numerator"),
                                    QStringLiteral("denominator"), QStringLiteral("note"),
                                    QStringLiteral("commentary"), QStringLiteral("target_note")};
const QStringList roles = {QStringLiteral("actual"), QStringLiteral("target"), QStringLiteral("numerator"),
                           QStringLiteral("denominator"), QStringLiteral("note"), QStringLiteral("commentary"),
                           QStringLiteral("target_note")};

QString mapKey(const QString &text) { return cleanText(text).toLower(); }

bool readField(const QJsonValue &json, const QString &where, FieldRule &rule, QString *error)
{
    if (json.isString()) { // shorthand: a column name
        rule.column = json.toString();
        return true;
    }
    if (!json.isObject()) {
        *error = ImportMappingText::tr("%1: give a column name or an object with \"column\", \"value\" or \"lookup\"")
                     .arg(where);
        return false;
    }
    const QJsonObject o = json.toObject();
    static const QStringList known = {QStringLiteral("value"), QStringLiteral("column"), QStringLiteral("pattern"),
                                      QStringLiteral("slug"), QStringLiteral("map"), QStringLiteral("prefix"),
                                      QStringLiteral("default"), QStringLiteral("lookup"), QStringLiteral("key"),
                                      QStringLiteral("lookup_column"), QStringLiteral("otherwise"),
                                      QStringLiteral("join"), QStringLiteral("separator")};
    for (const QString &k : o.keys()) {
        if (!known.contains(k)) {
            *error = ImportMappingText::tr("%1: unknown key \"%2\"; the keys of a field are: %3")
                         .arg(where, k, known.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (o.contains(QStringLiteral("value"))) {
        rule.value = o.value(QStringLiteral("value")).toVariant().toString();
        rule.hasValue = true;
    }
    rule.column = o.value(QStringLiteral("column")).toString();
    if (o.contains(QStringLiteral("pattern"))) {
        rule.pattern = QRegularExpression(o.value(QStringLiteral("pattern")).toString());
        if (!rule.pattern.isValid() || rule.pattern.captureCount() < 1) {
            *error = ImportMappingText::tr("%1.pattern: not a regular expression with one group in parentheses: %2")
                         .arg(where, rule.pattern.errorString());
            return false;
        }
    }
    rule.slug = o.value(QStringLiteral("slug")).toBool();
    if (o.contains(QStringLiteral("map"))) {
        rule.hasMap = true;
        const QJsonObject map = o.value(QStringLiteral("map")).toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            rule.map.insert(mapKey(it.key()), it.value().isNull() ? QString() : it.value().toVariant().toString());
    }
    rule.prefix = o.value(QStringLiteral("prefix")).toString();
    rule.fallback = o.value(QStringLiteral("default")).toVariant().toString();
    rule.lookup = o.value(QStringLiteral("lookup")).toString();
    if (!rule.lookup.isEmpty()) {
        rule.key = std::make_shared<FieldRule>();
        if (!readField(o.value(QStringLiteral("key")), where + QStringLiteral(".key"), *rule.key, error))
            return false;
        rule.lookupColumn = o.value(QStringLiteral("lookup_column")).toString();
        if (rule.lookupColumn.isEmpty()) {
            *error
                = ImportMappingText::tr("%1: a lookup needs \"lookup_column\", the column of the lookup table to take")
                      .arg(where);
            return false;
        }
    }
    if (o.contains(QStringLiteral("join"))) {
        const QJsonArray parts = o.value(QStringLiteral("join")).toArray();
        if (parts.size() < 2) {
            *error = ImportMappingText::tr("%1.join: give a list of two or more parts, each a column name or a field")
                         .arg(where);
            return false;
        }
        for (qsizetype i = 0; i < parts.size(); ++i) {
            FieldRule part;
            if (!readField(parts.at(i), QStringLiteral("%1.join[%2]").arg(where, QString::number(i)), part, error))
                return false;
            rule.join.push_back(part);
        }
        rule.separator = o.value(QStringLiteral("separator")).toString(QStringLiteral("-"));
    }
    if (o.contains(QStringLiteral("otherwise"))) {
        rule.otherwise = std::make_shared<FieldRule>();
        if (!readField(o.value(QStringLiteral("otherwise")), where + QStringLiteral(".otherwise"), *rule.otherwise, error))
            return false;
    }
    if (!rule.isSet()) {
        *error = ImportMappingText::tr(
            "%1: say where the field comes from with \"column\", \"value\", \"lookup\" or \"join\"")
                     .arg(where);
        return false;
    }
    return true;
}

bool loadLookup(LookupTable &table, const QString &name, const QString &mappingPath, QString *error)
{
    const QString path = QFileInfo(mappingPath).dir().filePath(table.file);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportMappingText::tr(
            "lookups.%1: cannot read \"%2\" (%3). The file is named relative to the mapping file.")
                     .arg(name, path, file.errorString());
        return false;
    }
    const InputLimits limits;
    const auto bytes = readAtMost(file, limits.fileBytes);
    if (!bytes) {
        *error = ImportMappingText::tr("lookups.%1: %2").arg(name, file.error() != QFileDevice::NoError
                                                     ? file.errorString()
                                                     : fileTooLargeMessage(path, limits));
        return false;
    }
    const auto text = decodeUtf8(*bytes);
    if (!text) {
        *error = ImportMappingText::tr("lookups.%1: \"%2\" is not UTF-8 text").arg(name, path);
        return false;
    }
    CsvReader reader(*text, QLatin1Char(','), limits);
    CsvRecord header;
    if (!reader.next(header) || !header.fields.contains(table.key)) {
        *error = ImportMappingText::tr("lookups.%1: \"%2\" has no column \"%3\"").arg(name, path, table.key);
        return false;
    }
    const int keyColumn = int(header.fields.indexOf(table.key));
    CsvRecord record;
    while (reader.next(record)) {
        const bool blank = record.fields.size() == 1 && record.fields.constFirst().isEmpty();
        if (blank)
            continue;
        if (!record.quoteProblems.empty()) {
            const CsvQuoteProblem &quote = record.quoteProblems.front();
            *error = ImportMappingText::tr("lookups.%1: \"%2\", line %3: %4")
                         .arg(name, path, QString::number(quote.line), quote.reason);
            return false;
        }
        if (record.fields.size() != header.fields.size()) {
            *error = ImportMappingText::tr("lookups.%1: \"%2\", line %3 has %4 cells but the header has %5")
                         .arg(name, path)
                         .arg(record.line)
                         .arg(record.fields.size())
                         .arg(header.fields.size());
            return false;
        }
        QHash<QString, QString> row;
        for (int i = 0; i < header.fields.size() && i < record.fields.size(); ++i)
            row.insert(header.fields.at(i), record.fields.at(i));
        table.rows.insert(cleanText(record.fields.value(keyColumn)), row);
    }
    if (const auto &quote = reader.error()) {
        *error = ImportMappingText::tr("lookups.%1: \"%2\": %3").arg(name, path, quote->reason);
        return false;
    }
    if (const auto &limit = reader.limitExceeded()) {
        *error = ImportMappingText::tr("lookups.%1: \"%2\": %3").arg(name, path, limit->reason);
        return false;
    }
    return true;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

std::optional<Period> parseMappedPeriod(const QString &text, int fiscalYearStartMonth)
{
    if (const auto period = Period::parse(text, fiscalYearStartMonth))
        return period;
    static const QRegularExpression fiscalMonth(QStringLiteral("^FY(\\d{4})-([A-Za-z]{3})$"));
    const auto match = fiscalMonth.match(cleanText(text));
    if (!match.hasMatch())
        return std::nullopt;
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const int month = int(months.indexOf(match.captured(2).toLower())) + 1;
    if (month == 0)
        return std::nullopt;
    const int fiscalYear = match.captured(1).toInt();
    // FY2016 ends in 2016: its months from the start month on fall in 2015 (unless it starts in January).
    const int year = fiscalYearStartMonth > 1 && month >= fiscalYearStartMonth ? fiscalYear - 1 : fiscalYear;
    return Period::month(year, month);
}

QString slugOf(const QString &text)
{
    QString slug;
    bool dash = false;
    for (const QChar c : cleanText(text).toUpper()) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            slug += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return slug; // never cut: two long names may differ only at the end
}

std::optional<QByteArray> readMappingFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportMappingText::tr("Cannot read the mapping \"%1\": %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    auto json = readAtMost(file, maxMappingFileBytes);
    if (!json) {
        *error = file.error() != QFileDevice::NoError
            ? ImportMappingText::tr("Cannot read the mapping \"%1\": %2.").arg(path, file.errorString())
            : ImportMappingText::tr("The mapping \"%1\" is over %2, far larger than any mapping: check that you chose the mapping "
                 "file (.mapping.json) and not the data.")
                  .arg(path, byteSizeText(maxMappingFileBytes));
    }
    return json;
}

std::optional<ImportMapping> ImportMapping::fromJson(const QByteArray &json, const QString &mappingPath, QString *error)
{
    if (json.size() > maxMappingFileBytes) {
        *error = ImportMappingText::tr("the mapping is over %1, far larger than any mapping: check that it is the mapping file "
                    "(.mapping.json) and not the data")
                     .arg(byteSizeText(maxMappingFileBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = ImportMappingText::tr("not a JSON object (%1 at character %2)")
                     .arg(parseError.errorString(), QString::number(parseError.offset));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("civicstat_mapping")).toInt() != 1) {
        *error = ImportMappingText::tr("\"civicstat_mapping\": 1 is missing; is this a CivicStat mapping file?");
        return std::nullopt;
    }
    ImportMapping m;
    m.name = root.value(QStringLiteral("name")).toString();
    m.sheet = root.value(QStringLiteral("sheet")).toString();
    m.headerRow = root.value(QStringLiteral("header_row")).toInt(1);
    if (root.contains(QStringLiteral("fiscal_year_start_month"))) {
        const int month = root.value(QStringLiteral("fiscal_year_start_month")).toInt(0);
        if (month < 1 || month > 12) {
            *error
                = ImportMappingText::tr("fiscal_year_start_month: a month number from 1 to 12 (10 for October), not %1")
                      .arg(root.value(QStringLiteral("fiscal_year_start_month")).toVariant().toString());
            return std::nullopt;
        }
        m.fiscalYearStartMonth = month;
    }
    m.skipInvalidValues = root.value(QStringLiteral("invalid_values")).toString() == QLatin1String("skip");
    const QString conflicts = root.value(QStringLiteral("conflicts")).toString(QStringLiteral("fail"));
    if (conflicts != QLatin1String("fail") && conflicts != QLatin1String("keep_first")) {
        *error = ImportMappingText::tr("conflicts: \"%1\" is neither \"fail\" nor \"keep_first\"").arg(conflicts);
        return std::nullopt;
    }
    m.keepFirstOfConflicts = conflicts == QLatin1String("keep_first");
    for (const QJsonValue &skip : root.value(QStringLiteral("skip_rows")).toArray())
        m.skipRows.push_back({skip.toObject().value(QStringLiteral("column")).toString(),
                              stringList(skip.toObject().value(QStringLiteral("values")))});

    const QJsonObject conventions = root.value(QStringLiteral("conventions")).toObject();
    if (!conventions.value(QStringLiteral("decimal_separator")).toString().isEmpty())
        m.conventions.decimalSeparator = conventions.value(QStringLiteral("decimal_separator")).toString().front();
    if (conventions.contains(QStringLiteral("thousands_separator")))
    {
        const QString separator = conventions.value(QStringLiteral("thousands_separator")).toString();
        m.conventions.thousandsSeparator = separator.isEmpty() ? QChar() : separator.front();
    }
    if (conventions.contains(QStringLiteral("missing")))
        m.conventions.missing = stringList(conventions.value(QStringLiteral("missing")));
    if (conventions.contains(QStringLiteral("currency_symbols")))
        m.conventions.currencySymbols = stringList(conventions.value(QStringLiteral("currency_symbols")));
    m.conventions.percentFractions = conventions.value(QStringLiteral("percent_fractions")).toBool();
    if (conventions.contains(QStringLiteral("date_formats")))
        m.conventions.dateFormats = stringList(conventions.value(QStringLiteral("date_formats")));
    if (m.conventions.decimalSeparator == m.conventions.thousandsSeparator) {
        *error = ImportMappingText::tr("conventions: the decimal and thousands separators must differ");
        return std::nullopt;
    }

    const QJsonObject lookups = root.value(QStringLiteral("lookups")).toObject();
    for (auto it = lookups.begin(); it != lookups.end(); ++it) {
        LookupTable table;
        table.file = it.value().toObject().value(QStringLiteral("file")).toString();
        table.key = it.value().toObject().value(QStringLiteral("key")).toString();
        if (!loadLookup(table, it.key(), mappingPath, error))
            return std::nullopt;
        m.lookups.insert(it.key(), table);
    }

    const QJsonObject fields = root.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!fieldNames.contains(it.key())) {
            *error = ImportMappingText::tr("fields.%1: unknown field; the fields are: %2")
                         .arg(it.key(), fieldNames.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        FieldRule rule;
        if (!readField(it.value(), QStringLiteral("fields.") + it.key(), rule, error))
            return std::nullopt;
        if (!rule.lookup.isEmpty() && !m.lookups.contains(rule.lookup)) {
            *error = ImportMappingText::tr("fields.%1: no lookup table named \"%2\" in \"lookups\"")
                         .arg(it.key(), rule.lookup);
            return std::nullopt;
        }
        m.fields.insert(it.key(), rule);
    }
    for (const char *required : {"goal_code", "goal_name", "objective_code", "objective_name", "department_code",
                                 "department_name", "measure_code", "measure_name"}) {
        if (!m.fields.contains(QLatin1String(required))) {
            *error = ImportMappingText::tr("fields.%1 is missing: every mapping says where codes and names come from")
                         .arg(QLatin1String(required));
            return std::nullopt;
        }
    }

    const QJsonObject values = root.value(QStringLiteral("values")).toObject();
    const QString layout = values.value(QStringLiteral("layout")).toString();
    if (layout == QLatin1String("wide")) {
        m.layout = Layout::Wide;
        int index = 0;
        for (const QJsonValue &c : values.value(QStringLiteral("columns")).toArray()) {
            const QJsonObject o = c.toObject();
            WideColumnRule rule;
            rule.header = QRegularExpression(o.value(QStringLiteral("header")).toString());
            rule.period = o.value(QStringLiteral("period")).toString();
            rule.periodFormat = o.value(QStringLiteral("period_format")).toString();
            rule.role = o.value(QStringLiteral("role")).toString(QStringLiteral("actual"));
            rule.missing = stringList(o.value(QStringLiteral("missing")));
            const QString where = QStringLiteral("values.columns[%1]").arg(index++);
            if (o.contains(QStringLiteral("trailing_zeros"))) {
                const QString zeros = o.value(QStringLiteral("trailing_zeros")).toString();
                if (zeros != QLatin1String("missing") && zeros != QLatin1String("figures")) {
                    *error = ImportMappingText::tr(
                        "%1.trailing_zeros: \"%2\" is neither \"missing\" (zeros after a row's last non-zero "
                        "figure are not reported yet) nor \"figures\" (the default: a zero is a figure)")
                                 .arg(where, o.value(QStringLiteral("trailing_zeros")).toVariant().toString());
                    return std::nullopt;
                }
                rule.trailingZerosMissing = zeros == QLatin1String("missing");
            }
            if (o.contains(QStringLiteral("when"))) {
                rule.whenColumn = o.value(QStringLiteral("when")).toObject().value(QStringLiteral("column")).toString();
                rule.whenValues = stringList(o.value(QStringLiteral("when")).toObject().value(QStringLiteral("values")));
                if (rule.whenColumn.isEmpty() || rule.whenValues.isEmpty()) {
                    *error = ImportMappingText::tr(
                        "%1.when: give the \"column\" and the \"values\" of the rows that read these columns")
                                 .arg(where);
                    return std::nullopt;
                }
            }
            if (!rule.header.isValid()) {
                *error = ImportMappingText::tr("%1.header: %2").arg(where, rule.header.errorString());
                return std::nullopt;
            }
            if (!roles.contains(rule.role)) {
                *error = ImportMappingText::tr("%1.role: \"%2\" is not one of %3")
                             .arg(where, rule.role, roles.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            if (rule.period.isEmpty() == rule.periodFormat.isEmpty()) {
                *error = ImportMappingText::tr(
                    "%1: give either \"period\" (text with \\1 for the header's groups) or \"period_format\"")
                             .arg(where);
                return std::nullopt;
            }
            m.wideColumns.push_back(rule);
        }
        if (m.wideColumns.empty()) {
            *error = ImportMappingText::tr("values.columns: a wide layout needs at least one column rule");
            return std::nullopt;
        }
    } else if (layout == QLatin1String("long")) {
        m.layout = Layout::Long;
        for (const QString &name : longValueNames) {
            if (!values.contains(name))
                continue;
            FieldRule rule;
            if (!readField(values.value(name), QStringLiteral("values.") + name, rule, error))
                return std::nullopt;
            m.longValues.insert(name, rule);
        }
        if (!m.longValues.contains(QStringLiteral("period"))
            || (!m.longValues.contains(QStringLiteral("value")) && !m.longValues.contains(QStringLiteral("numerator")))) {
            *error = ImportMappingText::tr(
                "values: a long layout needs \"period\" and \"value\" (or numerator and denominator)");
            return std::nullopt;
        }
    } else {
        *error = ImportMappingText::tr(
            "values.layout: \"%1\" is neither \"long\" (a period column and a value column) nor \"wide\" "
            "(one column per period)")
                     .arg(layout);
        return std::nullopt;
    }
    const QString kind = values.value(QStringLiteral("period_kind")).toString(QStringLiteral("month"));
    static const QHash<QString, PeriodKind> kinds = {
        {QStringLiteral("day"), PeriodKind::Day},         {QStringLiteral("week"), PeriodKind::IsoWeek},
        {QStringLiteral("month"), PeriodKind::Month},     {QStringLiteral("quarter"), PeriodKind::FiscalQuarter},
        {QStringLiteral("year"), PeriodKind::FiscalYear}};
    if (!kinds.contains(kind)) {
        *error = ImportMappingText::tr("values.period_kind: use day, week, month, quarter or year");
        return std::nullopt;
    }
    m.periodKind = kinds.value(kind);
    if (values.contains(QStringLiteral("dimension")) != values.contains(QStringLiteral("member"))) {
        *error = ImportMappingText::tr("values: give both \"dimension\" and \"member\", or neither");
        return std::nullopt;
    }
    if (values.contains(QStringLiteral("member"))) {
        if (!readField(values.value(QStringLiteral("dimension")), QStringLiteral("values.dimension"), m.dimension, error)
            || !readField(values.value(QStringLiteral("member")), QStringLiteral("values.member"), m.member, error))
            return std::nullopt;
    }
    const QJsonValue targetPer = root.value(QStringLiteral("target_per"));
    if (targetPer.isString()) {
        m.targetPer = targetPerFromText(targetPer.toString());
        if (!m.targetPer) {
            *error = ImportMappingText::tr(
                "target_per: \"%1\" is not month, quarter or year (the period each target is for); "
                "to read it from a column, write {\"column\": \"...\"}")
                         .arg(targetPer.toString());
            return std::nullopt;
        }
    } else if (!targetPer.isUndefined()
               && !readField(targetPer, QStringLiteral("target_per"), m.targetPerRule, error)) {
        return std::nullopt;
    }
    return m;
}

} // namespace civicstat
