#include "mappingbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace civicstat {

namespace {

QJsonValue source(const QString &text, const QStringList &columns)
{
    if (columns.contains(text))
        return text;
    return QJsonObject{{QStringLiteral("value"), text}};
}

QJsonObject wideRule(const char *header, const char *periodKey, const char *period, const char *role)
{
    return {{QStringLiteral("header"), QLatin1String(header)},
            {QLatin1String(periodKey), QLatin1String(period)},
            {QStringLiteral("role"), QLatin1String(role)}};
}

} // namespace

QByteArray mappingJsonFrom(const MappingChoices &choices, const QStringList &columns)
{
    QJsonObject fields;
    for (auto it = choices.fields.cbegin(); it != choices.fields.cend(); ++it) {
        if (it.value().trimmed().isEmpty())
            continue;
        if (it.key() == QLatin1String("direction") && columns.contains(it.value())) {
            // The usual words of spreadsheets, so that the file works as it is.
            fields[it.key()] = QJsonObject{{QStringLiteral("column"), it.value()},
                                           {QStringLiteral("map"),
                                            QJsonObject{{QStringLiteral("Increase"), QStringLiteral("higher")},
                                                        {QStringLiteral("Decrease"), QStringLiteral("lower")},
                                                        {QStringLiteral("Maintain"), QStringLiteral("band")},
                                                        {QString(), QJsonValue::Null}}}};
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
    case MappingChoices::Layout::WideFiscalYears:
        values[QStringLiteral("layout")] = QStringLiteral("wide");
        values[QStringLiteral("columns")] = QJsonArray{
            wideRule("FY ?(\\d\\d) Actual", "period", "FY20\\1", "actual"),
            wideRule("FY ?(\\d\\d) Target", "period", "FY20\\1", "target"),
            wideRule("FY ?(\\d\\d) Q(\\d)", "period", "FY20\\1-Q\\2", "actual")};
        break;
    case MappingChoices::Layout::WideMonths:
        values[QStringLiteral("layout")] = QStringLiteral("wide");
        values[QStringLiteral("columns")] = QJsonArray{wideRule("[A-Z][a-z]{2}-\\d\\d", "period_format", "MMM-yy", "actual")};
        break;
    }
    if (!choices.memberColumn.isEmpty()) {
        values[QStringLiteral("member")] = choices.memberColumn;
        values[QStringLiteral("dimension")] = QJsonObject{{QStringLiteral("value"), choices.dimension}};
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
