#include "statustext.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace civicstat {

namespace {
struct StatusText { Q_DECLARE_TR_FUNCTIONS(Status) };
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

} // namespace civicstat
