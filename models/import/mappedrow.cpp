#include "mappedrow.h"

#include "valueparsing.h"

namespace civicstat {

QString RowView::evaluate(const FieldRule &rule) const
{
    QString text;
    if (rule.hasValue && rule.column.isEmpty() && rule.lookup.isEmpty()) {
        text = rule.value;
    } else if (!rule.lookup.isEmpty()) {
        const LookupTable &table = m_mapping.lookups[rule.lookup];
        text = cleanText(table.rows.value(evaluate(*rule.key)).value(rule.lookupColumn));
    } else if (!rule.join.empty()) {
        QStringList parts;
        for (const FieldRule &part : rule.join)
            parts << evaluate(part);
        if (!parts.contains(QString())) // a code missing a part would merge measures
            text = parts.join(rule.separator);
    } else {
        text = cleanText(cell(rule.column));
    }
    if (rule.pattern.pattern().size() > 0 && !text.isEmpty()) {
        const auto match = rule.pattern.match(text);
        text = match.hasMatch() ? match.captured(1) : QString();
    }
    if (rule.slug)
        text = slugOf(text);
    if (rule.hasMap) {
        const QString key = text.toLower();
        if (rule.map.contains(key))
            text = rule.map.value(key);
        else if (rule.map.contains(QStringLiteral("*")))
            text = rule.map.value(QStringLiteral("*")); // everything not listed
    }
    if (!text.isEmpty())
        text = rule.prefix + text;
    if (text.isEmpty() && rule.otherwise)
        text = evaluate(*rule.otherwise);
    return text.isEmpty() ? rule.fallback : text;
}

} // namespace civicstat
