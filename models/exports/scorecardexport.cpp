#include "scorecardexport.h"

#include "statustext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace civicstat {

namespace {

struct ScorecardExportText { Q_DECLARE_TR_FUNCTIONS(ScorecardExport) };

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString optionalNumber(const std::optional<double> &value, int decimals = 4)
{
    return value ? plainNumber(*value, decimals) : QString();
}

bool isBand(const ScorecardRow &row) { return row.level == Level::Measure && row.direction == Direction::Band; }

QString targetValue(const ScorecardRow &row)
{
    return row.target && !isBand(row) ? plainNumber(row.target->value) : QString();
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString plainNumber(double value, int maxDecimals)
{
    QString text = QString::number(value, 'f', maxDecimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

QByteArray scorecardCsv(const Scorecard &card) { return scorecardCsv(card, nullptr); }

QByteArray scorecardCsv(const Scorecard &card, const std::function<QString(const ScorecardRow &)> &notShown)
{
    QStringList lines;
    lines << QStringLiteral("level,code,name,period,actual,target,status,score,target_low,target_high,unit,"
                            "previous_actual,year_earlier_actual,trend,on_track,at_risk,off_track,no_data,"
                            "no_target,department,owner,classification,coverage");
    if (notShown)
        lines.first() += QStringLiteral(",period_first_day,period_last_day,not_shown");
    const QString period = card.period.text();
    const QString coverage = coverageRatio(card.coverage);
    for (const ScorecardRow &row : card.rows) {
        const bool measure = row.level == Level::Measure;
        QStringList f;
        f << toText(row.level) << csvField(row.code) << csvField(row.name) << period
          << optionalNumber(row.actual) << targetValue(row) << toText(row.status) << optionalNumber(row.score)
          << (isBand(row) && row.target ? plainNumber(row.target->bandLow) : QString())
          << (isBand(row) && row.target ? plainNumber(row.target->bandHigh) : QString())
          << csvField(row.unit) << optionalNumber(row.previousActual) << optionalNumber(row.yearEarlierActual)
          << toText(row.trendFromPrevious) << QString::number(row.counts.onTrack)
          << QString::number(row.counts.atRisk) << QString::number(row.counts.offTrack)
          << QString::number(row.counts.noData) << QString::number(row.counts.noTarget)
          << csvField(row.department) << csvField(row.owner)
          << (measure ? toText(row.classification) : QString()) << coverage;
        if (notShown)
            f << card.period.first().toString(Qt::ISODate) << card.period.last().toString(Qt::ISODate)
              << csvField(notShown(row));
        lines << f.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray scorecardJson(const Scorecard &card)
{
    QJsonArray rows;
    for (const ScorecardRow &row : card.rows) {
        QJsonObject o;
        o[QStringLiteral("level")] = toText(row.level);
        o[QStringLiteral("code")] = row.code;
        o[QStringLiteral("name")] = row.name;
        o[QStringLiteral("depth")] = row.depth;
        o[QStringLiteral("status")] = toText(row.status);
        o[QStringLiteral("score")] = jsonNumber(row.score);
        QJsonObject counts;
        counts[QStringLiteral("on_track")] = row.counts.onTrack;
        counts[QStringLiteral("at_risk")] = row.counts.atRisk;
        counts[QStringLiteral("off_track")] = row.counts.offTrack;
        counts[QStringLiteral("no_data")] = row.counts.noData;
        counts[QStringLiteral("no_target")] = row.counts.noTarget;
        o[QStringLiteral("counts")] = counts;
        if (!row.owner.isEmpty())
            o[QStringLiteral("owner")] = row.owner;
        if (!row.department.isEmpty())
            o[QStringLiteral("department")] = row.department;
        if (row.level == Level::Measure) {
            o[QStringLiteral("actual")] = jsonNumber(row.actual);
            o[QStringLiteral("unit")] = row.unit;
            o[QStringLiteral("direction")] = toText(row.direction);
            o[QStringLiteral("classification")] = toText(row.classification);
            if (row.target) {
                if (isBand(row)) {
                    o[QStringLiteral("target_low")] = row.target->bandLow;
                    o[QStringLiteral("target_high")] = row.target->bandHigh;
                } else {
                    o[QStringLiteral("target")] = row.target->value;
                }
                o[QStringLiteral("tolerance")] = row.tolerance;
            }
            o[QStringLiteral("previous_actual")] = jsonNumber(row.previousActual);
            o[QStringLiteral("year_earlier_actual")] = jsonNumber(row.yearEarlierActual);
            o[QStringLiteral("trend")] = toText(row.trendFromPrevious);
            o[QStringLiteral("trend_from_year_earlier")] = toText(row.trendFromYearEarlier);
        }
        rows.append(o);
    }
    QJsonObject root;
    root[QStringLiteral("city")] = card.cityName;
    root[QStringLiteral("period")] = card.period.text();
    root[QStringLiteral("period_first_day")] = card.period.first().toString(Qt::ISODate);
    root[QStringLiteral("period_last_day")] = card.period.last().toString(Qt::ISODate);
    root[QStringLiteral("previous_period")] = card.previous.text();
    root[QStringLiteral("year_earlier_period")] = card.yearEarlier.text();
    // "3/12" with "year to date, 3 of 12 months": an open period is scored to date.
    root[QStringLiteral("coverage")] = coverageRatio(card.coverage);
    root[QStringLiteral("scored_to_date")] = coverageText(card.coverage, card.period.kind());
    root[QStringLiteral("scored_through")] = card.coverage.through.toString(Qt::ISODate);
    root[QStringLiteral("data_as_of")] = card.asOf ? card.asOf->toString(Qt::ISODate) : QString();
    root[QStringLiteral("rows")] = rows;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString scorecardTable(const Scorecard &card)
{
    const QStringList header = { ScorecardExportText::tr("Code"), ScorecardExportText::tr("Name"),
        ScorecardExportText::tr("Actual"), ScorecardExportText::tr("Target"), ScorecardExportText::tr("Status"),
        ScorecardExportText::tr("Score"), ScorecardExportText::tr("On/At/Off/No data") };
    std::vector<QStringList> cells;
    for (const ScorecardRow &row : card.rows) {
        QString target = targetValue(row);
        if (isBand(row) && row.target)
            target = plainNumber(row.target->bandLow) + QStringLiteral("..") + plainNumber(row.target->bandHigh);
        QString actual = row.actual ? plainNumber(*row.actual, row.decimals) : QString();
        if (!actual.isEmpty() && !row.unit.isEmpty())
            actual += (row.unit == QLatin1String("%") ? QString() : QStringLiteral(" ")) + row.unit;
        const StatusCounts &c = row.counts;
        cells.push_back({QString(row.depth * 2, QLatin1Char(' ')) + row.code, row.name.left(48), actual, target,
                         statusSymbol(row.status) + QLatin1Char(' ') + statusLabel(row.status),
                         row.score ? formatScore(*row.score) : QString(),
                         row.level == Level::Measure ? QString()
                                                     : QStringLiteral("%1/%2/%3/%4")
                                                           .arg(c.onTrack)
                                                           .arg(c.atRisk)
                                                           .arg(c.offTrack)
                                                           .arg(c.noData + c.noTarget)});
    }
    std::vector<int> widths(std::size_t(header.size()), 0);
    for (int i = 0; i < header.size(); ++i)
        widths[std::size_t(i)] = int(header[i].size());
    for (const QStringList &line : cells) {
        for (int i = 0; i < line.size(); ++i)
            widths[std::size_t(i)] = std::max(widths[std::size_t(i)], int(line[i].size()));
    }
    const auto format = [&widths](const QStringList &line) {
        QStringList padded;
        for (int i = 0; i < line.size(); ++i)
            padded << (i >= 2 && i != 4 ? line[i].rightJustified(widths[std::size_t(i)])
                                        : line[i].leftJustified(widths[std::size_t(i)]));
        return padded.join(QStringLiteral("  ")).trimmed();
    };
    QString out = ScorecardExportText::tr("%1 scorecard, %2 (%3 to %4)")
                      .arg(card.cityName, card.period.text(), card.period.first().toString(Qt::ISODate),
                           card.period.last().toString(Qt::ISODate));
    const QString toDate = coverageText(card.coverage, card.period.kind());
    if (!toDate.isEmpty())
        out += ScorecardExportText::tr(", %1: scored through %2")
                   .arg(toDate, card.coverage.through.toString(Qt::ISODate));
    if (card.asOf)
        out += ScorecardExportText::tr("; data as of %1").arg(card.asOf->toString(Qt::ISODate));
    out += QStringLiteral("\n\n");
    out += format(header) + QLatin1Char('\n');
    for (const QStringList &line : cells)
        out += format(line) + QLatin1Char('\n');
    return out;
}

} // namespace civicstat
