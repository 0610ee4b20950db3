#include "citysettings.h"

#include <QCoreApplication>
#include <cmath>

namespace civicstat {

namespace {

struct CitySettingsText { Q_DECLARE_TR_FUNCTIONS(CitySettings) };

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) // "nan" and "inf" parse, and pass no range check
        return std::nullopt;
    return value;
}

} // namespace

QStringList CitySettings::keys()
{
    return {QStringLiteral("city_name"), QStringLiteral("fiscal_year_start_month"),
            QStringLiteral("default_tolerance"), QStringLiteral("score_cap"), QStringLiteral("at_risk_threshold")};
}

std::optional<QString> CitySettings::value(const QString &key) const
{
    if (key == QLatin1String("city_name"))
        return cityName;
    if (key == QLatin1String("fiscal_year_start_month"))
        return QString::number(fiscalYearStartMonth);
    if (key == QLatin1String("default_tolerance"))
        return QString::number(defaultTolerance);
    if (key == QLatin1String("score_cap"))
        return QString::number(scoreCap);
    if (key == QLatin1String("at_risk_threshold"))
        return QString::number(atRiskThreshold);
    return std::nullopt;
}

std::optional<QString> CitySettings::set(const QString &key, const QString &text)
{
    if (key == QLatin1String("city_name")) {
        if (text.trimmed().isEmpty())
            return CitySettingsText::tr("city_name cannot be empty.");
        cityName = text.trimmed();
        return std::nullopt;
    }
    if (key == QLatin1String("fiscal_year_start_month")) {
        bool ok = false;
        const int month = text.trimmed().toInt(&ok);
        if (!ok || month < 1 || month > 12)
            return CitySettingsText::tr(
                "fiscal_year_start_month must be a month number from 1 to 12 (7 for July), not \"%1\".")
                .arg(text);
        fiscalYearStartMonth = month;
        return std::nullopt;
    }
    const auto number = parseNumber(text);
    if (key == QLatin1String("default_tolerance")) {
        if (!number || *number < 0 || *number >= 1)
            return CitySettingsText::tr(
                "default_tolerance must be a fraction from 0 to below 1 (0.10 for 10%), not \"%1\".")
                .arg(text);
        defaultTolerance = *number;
        return std::nullopt;
    }
    if (key == QLatin1String("score_cap")) {
        if (!number || *number < 1 || *number > 10)
            return CitySettingsText::tr("score_cap must be a number from 1 to 10 (1.25 by default), not \"%1\".")
                .arg(text);
        scoreCap = *number;
        return std::nullopt;
    }
    if (key == QLatin1String("at_risk_threshold")) {
        if (!number || *number <= 0 || *number >= 1)
            return CitySettingsText::tr(
                "at_risk_threshold must be a score between 0 and 1 (0.90 by default), not \"%1\".")
                .arg(text);
        atRiskThreshold = *number;
        return std::nullopt;
    }
    return CitySettingsText::tr("Unknown setting \"%1\". The settings are: %2.")
        .arg(key, keys().join(QStringLiteral(", ")));
}

bool CitySettings::sameValue(const CitySettings &other, const QString &key) const
{
    if (key == QLatin1String("city_name"))
        return cityName == other.cityName;
    if (key == QLatin1String("fiscal_year_start_month"))
        return fiscalYearStartMonth == other.fiscalYearStartMonth;
    if (key == QLatin1String("default_tolerance"))
        return defaultTolerance == other.defaultTolerance;
    if (key == QLatin1String("score_cap"))
        return scoreCap == other.scoreCap;
    if (key == QLatin1String("at_risk_threshold"))
        return atRiskThreshold == other.atRiskThreshold;
    return true;
}

void CitySettings::copyValue(const CitySettings &from, const QString &key)
{
    if (key == QLatin1String("city_name"))
        cityName = from.cityName;
    else if (key == QLatin1String("fiscal_year_start_month"))
        fiscalYearStartMonth = from.fiscalYearStartMonth;
    else if (key == QLatin1String("default_tolerance"))
        defaultTolerance = from.defaultTolerance;
    else if (key == QLatin1String("score_cap"))
        scoreCap = from.scoreCap;
    else if (key == QLatin1String("at_risk_threshold"))
        atRiskThreshold = from.atRiskThreshold;
}

SettingsChange::SettingsChange(const CitySettings &before, const CitySettings &after)
    : m_before(before), m_after(after)
{
    for (const QString &key : CitySettings::keys()) {
        if (!before.sameValue(after, key))
            m_keys.append(key);
    }
}

SettingsChange SettingsChange::reversed() const { return SettingsChange(m_after, m_before); }

std::optional<QString> SettingsChange::conflictWith(const CitySettings &current) const
{
    QStringList changedSince;
    for (const QString &key : m_keys) {
        if (!current.sameValue(m_before, key))
            changedSince.append(CitySettingsText::tr("%1 is now \"%2\", not \"%3\"")
                                    .arg(key, *current.value(key), *m_before.value(key)));
    }
    if (changedSince.isEmpty())
        return std::nullopt;
    return CitySettingsText::tr(
        "The settings were changed since, by another program or person: %1. Nothing was changed; "
        "look at the settings as they are now before changing them again.")
        .arg(changedSince.join(QStringLiteral("; ")));
}

CitySettings SettingsChange::appliedTo(const CitySettings &current) const
{
    CitySettings result = current;
    for (const QString &key : m_keys)
        result.copyValue(m_after, key);
    return result;
}

} // namespace civicstat
