// The city-wide settings stored in every KPI database, their defaults and the
// rules that keep them valid. Knows nothing of where they are stored.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace civicstat {

struct CitySettings {
    QString cityName = QStringLiteral("My city");
    int fiscalYearStartMonth = 7; // FY2024 = July 2023 to June 2024
    double defaultTolerance = 0.10;
    double scoreCap = 1.25;
    double atRiskThreshold = 0.90;

    static QStringList keys();
    // The value of `key` as text, or nullopt for an unknown key.
    std::optional<QString> value(const QString &key) const;
    // Sets `key` from text; returns an error message (naming the key, the
    // value and what is allowed) and leaves the settings unchanged on failure.
    std::optional<QString> set(const QString &key, const QString &text);
};

} // namespace civicstat
