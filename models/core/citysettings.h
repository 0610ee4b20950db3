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
    // Compares the stored values themselves, not their display text (0.1 and
    // 0.1000001 differ).
    bool sameValue(const CitySettings &other, const QString &key) const;
    void copyValue(const CitySettings &from, const QString &key);
};

// What one edit of the settings changed: only the keys whose values differ
// between before and after. Applying it to the settings as they are now
// touches only those keys, and is refused when one of them no longer holds
// its value from before (someone else changed it since), so an undo never
// writes a whole old row over another person's change.
class SettingsChange final
{
public:
    SettingsChange(const CitySettings &before, const CitySettings &after);

    QStringList keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    SettingsChange reversed() const;
    // The message naming each changed key that `current` holds with another
    // value than before this change, and that value; nullopt when none does.
    std::optional<QString> conflictWith(const CitySettings &current) const;
    // `current` with this change's keys set to their values after it.
    CitySettings appliedTo(const CitySettings &current) const;

private:
    CitySettings m_before;
    CitySettings m_after;
    QStringList m_keys;
};

} // namespace civicstat
