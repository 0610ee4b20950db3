// Edits the city settings (name, fiscal-year start, default tolerance, score
// cap, at-risk threshold). Validation is the core's (CitySettings::set); the
// dialog only collects values and explains each one.
#pragma once

#include "citysettings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace civicstat {

class CitySettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    CitySettingsDialog(const CitySettings &settings, bool readOnly, QWidget *parent = nullptr);
    CitySettings settings() const { return m_settings; }

    void accept() override;

private:
    CitySettings m_settings;
    QLineEdit *m_name;
    QComboBox *m_fiscalStart;
    QDoubleSpinBox *m_tolerance;
    QDoubleSpinBox *m_cap;
    QDoubleSpinBox *m_threshold;
    QLabel *m_problem;
};

} // namespace civicstat
