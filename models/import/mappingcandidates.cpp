#include "mappingcandidates.h"

#include "mappingbuilder.h"
#include "valueparsing.h"

namespace civicstat {

namespace {

// A column holds numbers when its sampled cells are numbers or missing
// ("NA", blank), and at least one is a number.
bool holdsNumbers(const Sheet &sheet, int index, int sampleRows)
{
    const ValueConventions conventions;
    bool anyNumber = false;
    const std::size_t end = std::min(sheet.rows.size(), std::size_t(sampleRows) + 1);
    for (std::size_t r = 1; r < end; ++r) {
        const QStringList &row = sheet.rows[r];
        if (index >= row.size())
            continue;
        const ParsedValue value = parseCellNumber(row.at(index), conventions);
        if (value.kind == ParsedValue::Kind::Invalid)
            return false;
        anyNumber = anyNumber || value.kind == ParsedValue::Kind::Number;
    }
    return anyNumber;
}

} // namespace

FieldContent contentOfField(const QString &field)
{
    return field == QLatin1String("value") ? FieldContent::Numbers : FieldContent::Text;
}

ColumnCandidates columnCandidates(const Sheet &sheet, FieldContent content, bool wideLayout, int sampleRows)
{
    ColumnCandidates candidates;
    if (sheet.rows.empty())
        return candidates;
    const QStringList &header = sheet.rows.front();
    for (int index = 0; index < header.size(); ++index) {
        const QString name = cleanText(header.at(index));
        if (name.isEmpty())
            continue; // a column without a name cannot be named in a mapping
        if (wideLayout && guessWideColumn(name)) {
            ++candidates.periodColumnsLeftOut;
            continue;
        }
        if (content == FieldContent::Numbers && !holdsNumbers(sheet, index, sampleRows)) {
            candidates.notNumbers << name;
            continue;
        }
        candidates.offered << name;
    }
    return candidates;
}

} // namespace civicstat
