#include "statustext.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace civicstat {

namespace {
struct StatusText { Q_DECLARE_TR_FUNCTIONS(Status) };

QString thisPeriod(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Day: return StatusText::tr("this day");
    case PeriodKind::IsoWeek: return StatusText::tr("this week");
    case PeriodKind::Month: return StatusText::tr("this month");
    case PeriodKind::CalendarQuarter:
    case PeriodKind::FiscalQuarter: return StatusText::tr("this quarter");
    case PeriodKind::CalendarYear: return StatusText::tr("this year");
    case PeriodKind::FiscalYear: return StatusText::tr("this fiscal year");
    }
    return {};
}
} // namespace

QString statusLabel(Status status)
{
    switch (status) {
    case Status::OnTrack: return StatusText::tr("On track");
    case Status::AtRisk: return StatusText::tr("At risk");
    case Status::OffTrack: return StatusText::tr("Off track");
    case Status::NoData: return StatusText::tr("No data");
    case Status::NoTarget: return StatusText::tr("No target");
    }
    return {};
}

QChar statusSymbol(Status status)
{
    switch (status) {
    case Status::OnTrack: return QChar(0x25CF);  // black circle
    case Status::AtRisk: return QChar(0x25B2);   // black up-pointing triangle
    case Status::OffTrack: return QChar(0x25C6); // black diamond
    case Status::NoData: return QChar(0x25CB);   // white circle
    case Status::NoTarget: return QChar(0x2013); // en dash
    }
    return QChar(' ');
}

QString formatValue(double value, const QString &unit, int decimals)
{
    const QString number = QLocale().toString(value, 'f', decimals);
    if (unit.isEmpty() || unit == QLatin1String("count"))
        return number; // "322", not "322 count"
    if (unit == QLatin1String("%"))
        return number + unit;
    if (unit == QLatin1String("$"))
        return value < 0 ? QLatin1Char('-') + unit + number.mid(1) : unit + number;
    return number + QLatin1Char(' ') + unit;
}

QString formatScore(double score)
{
    return QString::number(std::floor(score * 100.0 + 1e-9) / 100.0, 'f', 2);
}

QString measureCountsSentence(const StatusCounts &counts, PeriodKind kind)
{
    const QString scored = StatusText::tr("%1 of %2 measures on track, %3 at risk, %4 off track")
                               .arg(QString::number(counts.onTrack), QString::number(counts.total()),
                                    QString::number(counts.atRisk), QString::number(counts.offTrack));
    const int unscored = counts.noData + counts.noTarget;
    if (unscored == 0)
        return scored + QLatin1Char('.');
    return StatusText::tr("%1, %2 without figures or target %3.").arg(scored, QString::number(unscored), thisPeriod(kind));
}

} // namespace civicstat
