#include "mappingbuilderdialog.h"

#include "importmapping.h"
#include "mappingbuilder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

namespace civicstat {

namespace {

struct FieldInfo {
    const char *field;
    const char *label;
    bool required;
};

const FieldInfo fieldInfos[] = {
    {"goal_code", QT_TRANSLATE_NOOP("MappingBuilderDialog", "Goal code"), true},
    {"goal_name", QT_TRANSLATE_NOOP("MappingBuilderDialog", "Goal name"), true},
    {"objective_code", QT_TRANSLATE_NOOP("MappingBuilderDialog", "Objective code"), true},
    {"objective_name", QT_TRANSLATE_NOOP("MappingBuilderDialog", "Objective name"), true},
    {"department_code", QT_TRANSLATE_NOOP("MappingBuilderDialog", "Department code"), true},
    {"department_name", QT_TRANSLATE_NOOP("MappingBuilderDialog", "Department name"), true},
    {"measure_code", QT_TRANSLATE_NOOP("MappingBuilderDialog", "Measure code"), true},
    {"measure_name", QT_TRANSLATE_NOOP("MappingBuilderDialog", "Measure name"), true},
    {"direction", QT_TRANSLATE_NOOP("MappingBuilderDialog", "Better is (Increase/Decrease, or higher/lower)"), false},
    {"unit", QT_TRANSLATE_NOOP("MappingBuilderDialog", "Unit"), false},
    {"aggregation", QT_TRANSLATE_NOOP("MappingBuilderDialog", "Aggregation (sum, mean, last, ...)"), false},
    {"frequency", QT_TRANSLATE_NOOP("MappingBuilderDialog", "Frequency (monthly, quarterly, annual)"), false},
    {"definition", QT_TRANSLATE_NOOP("MappingBuilderDialog", "Definition"), false},
};

QComboBox *columnChooser(const QStringList &columns, bool editable)
{
    auto *combo = new QComboBox;
    // Long column names must not widen the dialog beyond the screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    combo->addItem(QString());
    combo->addItems(columns);
    combo->setEditable(editable);
    return combo;
}

} // namespace

MappingBuilderDialog::MappingBuilderDialog(const QStringList &columns, const QString &sheet, QWidget *parent)
    : QDialog(parent)
    , m_columns(columns)
    , m_sheet(sheet)
    , m_layout(new QComboBox)
    , m_period(columnChooser(columns, false))
    , m_value(columnChooser(columns, false))
    , m_dateFormat(new QComboBox)
    , m_member(columnChooser(columns, false))
    , m_dimension(new QLineEdit)
    , m_name(new QLineEdit)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Build a mapping"));
    auto *intro = new QLabel(tr("For each field, choose the column that holds it, or type a fixed text (for example "
                                "one goal for the whole file). Fields in bold are needed."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Mapping name:"), m_name);
    for (const FieldInfo &info : fieldInfos) {
        QComboBox *combo = columnChooser(columns, true);
        combo->setToolTip(tr("A column of the file, or a fixed text typed here"));
        auto *label = new QLabel(tr(info.label) + QLatin1Char(':'));
        label->setBuddy(combo);
        if (info.required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        form->addRow(label, combo);
        m_fields.insert(QLatin1String(info.field), combo);
    }
    m_layout->addItem(tr("Long: a period column and a value column"));
    m_layout->addItem(tr("Wide: FY 24 Actual, FY 24 Target, FY 25 Q1, ..."));
    m_layout->addItem(tr("Wide: months, Jul-10, Aug-10, ..."));
    m_layout->setToolTip(tr("Long: one row per figure. Wide: one row per measure, one column per period"));
    m_dateFormat->addItems({QString(), QStringLiteral("M/d/yyyy"), QStringLiteral("d/M/yyyy"),
                            QStringLiteral("yyyy-MM-dd"), QStringLiteral("MMM-yy"), QStringLiteral("MMM yyyy")});
    m_dateFormat->setToolTip(tr("How dates in the period column are written; empty for periods like 2024-03 or FY2024"));
    m_dimension->setPlaceholderText(tr("neighbourhood, council district, precinct..."));
    form->addRow(tr("Figures are laid out:"), m_layout);
    form->addRow(tr("Period column:"), m_period);
    form->addRow(tr("Dates written as:"), m_dateFormat);
    form->addRow(tr("Value column:"), m_value);
    form->addRow(tr("Each row is for the member in:"), m_member);
    form->addRow(tr("Members are a:"), m_dimension);
    auto *fields = new QWidget;
    fields->setLayout(form);
    auto *scroll = new QScrollArea;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save the mapping..."));
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 640);
    connect(buttons, &QDialogButtonBox::accepted, this, &MappingBuilderDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &MappingBuilderDialog::layoutChanged);
    layoutChanged();
}

void MappingBuilderDialog::layoutChanged()
{
    const bool longLayout = m_layout->currentIndex() == 0;
    m_period->setEnabled(longLayout);
    m_value->setEnabled(longLayout);
    m_dateFormat->setEnabled(longLayout);
}

bool MappingBuilderDialog::saveTo(const QString &path)
{
    MappingChoices choices;
    choices.name = m_name->text().trimmed();
    choices.sheet = m_sheet;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        choices.fields.insert(it.key(), it.value()->currentText().trimmed());
    choices.layout = m_layout->currentIndex() == 0 ? MappingChoices::Layout::Long
        : m_layout->currentIndex() == 1          ? MappingChoices::Layout::WideFiscalYears
                                                 : MappingChoices::Layout::WideMonths;
    choices.periodColumn = m_period->currentText();
    choices.valueColumn = m_value->currentText();
    choices.dateFormat = m_dateFormat->currentText();
    choices.memberColumn = m_member->currentText();
    choices.dimension = m_dimension->text().trimmed().isEmpty() ? tr("member") : m_dimension->text().trimmed();
    const QByteArray json = mappingJsonFrom(choices, m_columns);
    QString error;
    if (!ImportMapping::fromJson(json, path, &error)) {
        m_problem->setText(tr("Not yet a usable mapping: %1").arg(error));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        m_problem->setText(tr("Cannot save \"%1\": %2").arg(path, file.errorString()));
        return false;
    }
    m_savedPath = path;
    return true;
}

void MappingBuilderDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the mapping"), QString(),
                                                      tr("CivicStat mappings (*.json)"));
    if (!path.isEmpty() && saveTo(path))
        accept();
}

} // namespace civicstat
