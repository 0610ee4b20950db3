#include "citysettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace civicstat {

CitySettingsDialog::CitySettingsDialog(const CitySettings &settings, bool readOnly, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_name(new QLineEdit(settings.cityName, this))
    , m_fiscalStart(new QComboBox(this))
    , m_tolerance(new QDoubleSpinBox(this))
    , m_cap(new QDoubleSpinBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("City settings"));
    for (int month = 1; month <= 12; ++month)
        m_fiscalStart->addItem(QLocale().standaloneMonthName(month), month);
    m_fiscalStart->setCurrentIndex(settings.fiscalYearStartMonth - 1);
    m_fiscalStart->setToolTip(tr("The month the fiscal year starts. FY2024 is named by the year it ends."));
    m_tolerance->setRange(0, 99);
    m_tolerance->setSuffix(QStringLiteral(" %"));
    m_tolerance->setDecimals(1);
    m_tolerance->setValue(settings.defaultTolerance * 100);
    m_tolerance->setToolTip(tr("How far short of its target a measure may be and still count as at risk rather "
                               "than off track, for measures without a tolerance of their own"));
    m_cap->setRange(1, 10);
    m_cap->setDecimals(2);
    m_cap->setSingleStep(0.05);
    m_cap->setValue(settings.scoreCap);
    m_cap->setToolTip(tr("The highest score one measure can have, so that one measure far above target cannot hide "
                         "others below it"));
    m_threshold->setRange(0.01, 0.99);
    m_threshold->setDecimals(2);
    m_threshold->setSingleStep(0.01);
    m_threshold->setValue(settings.atRiskThreshold);
    m_threshold->setToolTip(tr("Objectives, goals and the city are at risk from this score up to 1.00, and off track "
                               "below it"));
    m_name->setToolTip(tr("Shown in titles and reports"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight)"));

    auto *form = new QFormLayout;
    form->addRow(tr("City &name:"), m_name);
    form->addRow(tr("&Fiscal year starts in:"), m_fiscalStart);
    form->addRow(tr("Default &tolerance:"), m_tolerance);
    form->addRow(tr("Score &cap:"), m_cap);
    form->addRow(tr("&At-risk threshold:"), m_threshold);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    if (readOnly) {
        auto *note = new QLabel(tr("This database is open read-only: the settings can be read but not changed."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
        for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_fiscalStart, m_tolerance, m_cap, m_threshold})
            w->setEnabled(false);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CitySettingsDialog::accept()
{
    CitySettings next = m_settings;
    const QLocale c = QLocale::c();
    const std::pair<const char *, QString> values[] = {
        {"city_name", m_name->text()},
        {"fiscal_year_start_month", QString::number(m_fiscalStart->currentData().toInt())},
        {"default_tolerance", c.toString(m_tolerance->value() / 100.0, 'g', 6)},
        {"score_cap", c.toString(m_cap->value(), 'g', 6)},
        {"at_risk_threshold", c.toString(m_threshold->value(), 'g', 6)},
    };
    for (const auto &[key, value] : values) {
        if (const auto problem = next.set(QString::fromLatin1(key), value)) {
            m_problem->setText(*problem);
            return;
        }
    }
    m_settings = next;
    QDialog::accept();
}

} // namespace civicstat
