#include "mappingbuilderdialog.h"

#include "appsettings.h"
#include "columnchooser.h"
#include "importmapping.h"
#include "mappingbuilder.h"
#include "measuredirectionstable.h"
#include "valueparsing.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace civicstat {

namespace {

struct FieldInfo {
    const char *field;
    const char *label;
    bool required;
    QStringList fixed = {}; // whole-file values offered before the columns
};

const FieldInfo fieldInfos[] = {
    { "goal_code", QT_TRANSLATE_NOOP("civicstat::MappingBuilderDialog", "Goal code"), true },
    { "goal_name", QT_TRANSLATE_NOOP("civicstat::MappingBuilderDialog", "Goal name"), true },
    { "objective_code", QT_TRANSLATE_NOOP("civicstat::MappingBuilderDialog", "Objective code"), true },
    { "objective_name", QT_TRANSLATE_NOOP("civicstat::MappingBuilderDialog", "Objective name"), true },
    { "department_code", QT_TRANSLATE_NOOP("civicstat::MappingBuilderDialog", "Department code"), true },
    { "department_name", QT_TRANSLATE_NOOP("civicstat::MappingBuilderDialog", "Department name"), true },
    { "measure_code", QT_TRANSLATE_NOOP("civicstat::MappingBuilderDialog", "Measure code"), true },
    { "measure_name", QT_TRANSLATE_NOOP("civicstat::MappingBuilderDialog", "Measure name"), true },
    { "direction", QT_TRANSLATE_NOOP("civicstat::MappingBuilderDialog", "Better is"), true,
        { "higher", "lower", "band" } },
    { "unit", QT_TRANSLATE_NOOP("civicstat::MappingBuilderDialog", "Unit"), false },
    { "aggregation", QT_TRANSLATE_NOOP("civicstat::MappingBuilderDialog", "Over longer periods, take the"), false,
        { "mean", "sum", "last", "min", "max" } },
    { "frequency", QT_TRANSLATE_NOOP("civicstat::MappingBuilderDialog", "Reported"), false,
        { "monthly", "quarterly", "annual", "weekly", "daily" } },
    { "definition", QT_TRANSLATE_NOOP("civicstat::MappingBuilderDialog", "Definition"), false },
};

// Data of the direction drop-down's "decide per measure" item.
const QString perMeasure = QStringLiteral("per-measure");
// How many measure names "decide per measure" lists at most.
const int measuresListed = 500;

// In a scrolled form, turning the wheel over a drop-down must scroll the form,
// never silently change the drop-down's choice; the keyboard and a click still do.
class WheelGuard final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        Q_UNUSED(watched);
        if (event->type() == QEvent::Wheel) {
            event->ignore();
            return true;
        }
        return false;
    }
};

QStringList headerOf(const Sheet &sheet)
{
    QStringList columns;
    if (!sheet.rows.empty()) {
        for (const QString &cell : sheet.rows.front()) {
            const QString name = cleanText(cell);
            if (!name.isEmpty())
                columns << name;
        }
    }
    return columns;
}

} // namespace

MappingBuilderDialog::MappingBuilderDialog(const Sheet &sheet, const QString &workbookSheet, QWidget *parent)
    : QDialog(parent)
    , m_sheet(sheet)
    , m_workbookSheet(workbookSheet)
    , m_columns(headerOf(sheet))
    , m_directionBox(new QGroupBox(tr("What the words in the direction column mean")))
    , m_directionForm(new QFormLayout(m_directionBox))
    , m_measureDirectionsBox(new QGroupBox(tr("Which way is better, measure by measure")))
    , m_measureDirectionsNote(new QLabel)
    , m_measureDirections(new MeasureDirectionsTable)
    , m_layout(new QComboBox)
    , m_period(columnChooser(m_columns, false))
    , m_value(columnChooser(m_columns, false))
    , m_dateFormat(new QComboBox)
    , m_wideColumns(new QTreeWidget)
    , m_wideNote(new QLabel)
    , m_member(columnChooser(m_columns, false))
    , m_dimension(columnChooser(m_columns, true))
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
        const bool direction = qstrcmp(info.field, "direction") == 0;
        QComboBox *combo = columnChooser(m_columns, true, info.fixed);
        setBaseToolTip(combo, info.fixed.isEmpty() ? tr("A column of the file, or a fixed text typed here")
                                                   : tr("One of the first choices for the whole file, or a column"));
        if (direction) {
            // Never a default: a measure where lower is better must not silently become "higher".
            addWholeFileChoice(combo, tr("decide per measure"), perMeasure);
            setBaseToolTip(combo, tr("A column saying which way is better (Desired Outcome: Increase, Decrease...); "
                                     "higher, lower or band for every measure of the file; or decide per measure"));
        }
        auto *label = new QLabel(tr(info.label) + QLatin1Char(':'));
        label->setBuddy(combo);
        if (info.required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        form->addRow(label, combo);
        m_fields.insert(QLatin1String(info.field), combo);
        if (direction) {
            form->addRow(m_directionBox);
            form->addRow(m_measureDirectionsBox);
        }
    }
    m_measureDirectionsNote->setWordWrap(true);
    auto *measureDirectionsLayout = new QVBoxLayout(m_measureDirectionsBox);
    measureDirectionsLayout->addWidget(m_measureDirectionsNote);
    measureDirectionsLayout->addWidget(m_measureDirections);
    setBaseToolTip(m_value, tr("The column holding the figures"));
    setBaseToolTip(m_period, tr("The column saying which period each row is for"));
    setBaseToolTip(m_member, tr("A column naming each row's member (a district, a precinct); "
                                                  "empty when each row is for the measure as a whole"));
    m_layout->addItem(tr("Long: a period column and a value column"));
    m_layout->addItem(tr("Wide: a column per period (FY 24 Actual, FY 25 Q1, Jan-24, 2023, ...)"));
    m_layout->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_layout->setMinimumContentsLength(24);
    m_dateFormat->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_layout->setToolTip(tr("Long: one row per figure. Wide: one row per measure, one column per period"));
    m_dateFormat->addItems({QString(), QStringLiteral("M/d/yyyy"), QStringLiteral("d/M/yyyy"),
                            QStringLiteral("yyyy-MM-dd"), QStringLiteral("MMM-yy"), QStringLiteral("MMM yyyy")});
    m_dateFormat->setToolTip(tr("How dates in the period column are written; empty for periods like 2024-03 or FY2024"));
    m_dimension->lineEdit()->setPlaceholderText(tr("a column, or a name: neighbourhood, council district..."));
    setBaseToolTip(m_dimension, tr("A column naming each row's kind of member (Geographic Unit), or one name for all"));
    form->addRow(tr("Figures are laid out:"), m_layout);
    form->addRow(tr("Period column:"), m_period);
    form->addRow(tr("Dates written as:"), m_dateFormat);
    form->addRow(tr("Value column:"), m_value);
    m_wideColumns->setHeaderLabels({tr("Column"), tr("Period"), tr("Holds")});
    m_wideColumns->setRootIsDecorated(false);
    m_wideColumns->setAccessibleName(tr("How each column is read"));
    m_wideColumns->setMinimumHeight(140);
    m_wideColumns->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_wideNote->setWordWrap(true);
    form->addRow(m_wideNote);
    form->addRow(m_wideColumns);
    form->addRow(tr("Each row is for the member in:"), m_member);
    form->addRow(tr("Members are a:"), m_dimension);
    auto *fields = new QWidget;
    fields->setLayout(form);
    auto *scroll = new QScrollArea;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save the mapping..."));
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(680, 720);
    auto *wheelGuard = new WheelGuard(this);
    for (QComboBox *combo : fields->findChildren<QComboBox *>()) {
        combo->setFocusPolicy(Qt::StrongFocus);
        combo->installEventFilter(wheelGuard);
    }
    m_name->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &MappingBuilderDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &MappingBuilderDialog::layoutChanged);
    connect(m_fields.value(QStringLiteral("direction")), &QComboBox::currentTextChanged, this,
            &MappingBuilderDialog::directionColumnChanged);
    connect(m_fields.value(QStringLiteral("measure_name")), &QComboBox::currentTextChanged, this,
            &MappingBuilderDialog::directionColumnChanged);
    // A file whose headers are mostly periods is wide; start there.
    int periodColumns = 0;
    for (const QString &column : m_columns)
        periodColumns += guessWideColumn(column) ? 1 : 0;
    m_layout->setCurrentIndex(periodColumns >= 2 ? 1 : 0);
    layoutChanged();
    directionColumnChanged();
}

void MappingBuilderDialog::layoutChanged()
{
    const bool longLayout = m_layout->currentIndex() == 0;
    // Only the rows of the chosen layout are shown.
    auto *form = qobject_cast<QFormLayout *>(m_period->parentWidget()->layout());
    for (QWidget *longOnly : {static_cast<QWidget *>(m_period), static_cast<QWidget *>(m_value),
                              static_cast<QWidget *>(m_dateFormat)})
        form->setRowVisible(longOnly, longLayout);
    form->setRowVisible(m_wideColumns, !longLayout);
    form->setRowVisible(m_wideNote, !longLayout);
    refreshColumnChoosers();
    if (longLayout)
        return;
    m_wideColumns->clear();
    QStringList others;
    for (const QString &column : m_columns) {
        const auto guess = guessWideColumn(column);
        if (!guess) {
            others << column;
            continue;
        }
        const QString holds = guess->role == QLatin1String("target") ? tr("target") : tr("actual figure");
        new QTreeWidgetItem(m_wideColumns, {column, guess->period, holds});
    }
    const int read = m_wideColumns->topLevelItemCount();
    m_wideNote->setText(read == 0 ? tr("No column name reads as a period (FY 24 Actual, FY 25 Q1, Jan-24, 2023-07, "
                                       "2023, ...). Choose the long layout, or rename the columns.")
                                  : (read == 1 ? tr("1 column reads as figures, listed below")
                                                : tr("%1 columns read as figures, listed below").arg(read))
                                        + tr("; the other columns are the fields above. Next year's columns of the "
                                             "same style are read too."));
}

void MappingBuilderDialog::refreshColumnChoosers()
{
    const bool wide = m_layout->currentIndex() == 1;
    for (QComboBox *chooser : m_fields)
        listColumnsThatFit(chooser, m_sheet, FieldContent::Text, wide);
    for (QComboBox *chooser : {m_period, m_member, m_dimension})
        listColumnsThatFit(chooser, m_sheet, FieldContent::Text, wide);
    listColumnsThatFit(m_value, m_sheet, contentOfField(QStringLiteral("value")), wide);
}

bool MappingBuilderDialog::directionPerMeasure() const
{
    const QComboBox *direction = m_fields.value(QStringLiteral("direction"));
    return direction->currentText() == direction->itemText(direction->findData(perMeasure));
}

void MappingBuilderDialog::directionColumnChanged()
{
    const bool perMeasure = directionPerMeasure();
    m_measureDirectionsBox->setVisible(perMeasure);
    if (perMeasure) {
        const QString nameColumn = m_fields.value(QStringLiteral("measure_name"))->currentText().trimmed();
        const bool named = m_columns.contains(nameColumn);
        m_measureDirections->setMeasures(named ? distinctValues(m_sheet, nameColumn, measuresListed) : QStringList());
        m_measureDirections->setVisible(named);
        m_measureDirectionsNote->setText(
            named ? tr("%1 measures in \"%2\". Choose for each which way is better; none is chosen for you.")
                        .arg(m_measureDirections->rowCount())
                        .arg(nameColumn)
                  : tr("Choose the column of measure names (Measure name, above) to list the measures."));
    }
    QHash<QString, QVariant> chosenBefore; // the words' choices survive a change of another field
    for (auto it = m_directionWords.cbegin(); it != m_directionWords.cend(); ++it)
        chosenBefore.insert(it.key(), it.value()->currentData());
    while (m_directionForm->rowCount() > 0)
        m_directionForm->removeRow(0);
    m_directionWords.clear();
    const QString column = m_fields.value(QStringLiteral("direction"))->currentText().trimmed();
    const QStringList words = m_columns.contains(column) ? distinctValues(m_sheet, column) : QStringList();
    m_directionBox->setVisible(!words.isEmpty());
    for (const QString &word : words) {
        auto *choice = new QComboBox;
        addDirectionChoices(choice, true);
        if (const auto guess = guessDirection(word)) {
            const char *guessed = *guess == Direction::Higher ? "higher" : *guess == Direction::Lower ? "lower" : "band";
            choice->setCurrentIndex(choice->findData(QLatin1String(guessed)));
        }
        if (chosenBefore.contains(word))
            choice->setCurrentIndex(std::max(0, choice->findData(chosenBefore.value(word))));
        m_directionForm->addRow(tr("\"%1\":").arg(word), choice);
        m_directionWords.insert(word, choice);
    }
}

QString MappingBuilderDialog::problemText() const { return m_problem->text(); }

MappingChoices MappingBuilderDialog::choices() const
{
    MappingChoices choices;
    choices.name = m_name->text().trimmed();
    choices.sheet = m_workbookSheet;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        choices.fields.insert(it.key(), it.value()->currentText().trimmed());
    for (auto it = m_directionWords.cbegin(); it != m_directionWords.cend(); ++it)
        choices.directionWords.insert(it.key(), it.value()->currentData().toString());
    if (directionPerMeasure()) { // a map over the measure name column: one direction per name
        choices.fields.insert(QStringLiteral("direction"), choices.fields.value(QStringLiteral("measure_name")));
        choices.directionWords = m_measureDirections->chosen();
    }
    choices.layout = m_layout->currentIndex() == 0 ? MappingChoices::Layout::Long : MappingChoices::Layout::Wide;
    choices.periodColumn = m_period->currentText();
    choices.valueColumn = m_value->currentText();
    choices.dateFormat = m_dateFormat->currentText();
    choices.memberColumn = m_member->currentText();
    choices.dimension = m_dimension->currentText().trimmed().isEmpty() ? tr("member") : m_dimension->currentText().trimmed();
    return choices;
}

QStringList MappingBuilderDialog::stillNeeded() const
{
    QStringList needed;
    for (const FieldInfo &info : fieldInfos) {
        if (info.required && m_fields.value(QLatin1String(info.field))->currentText().trimmed().isEmpty())
            needed << tr(info.label);
    }
    QStringList unknownWords;
    for (auto it = m_directionWords.cbegin(); it != m_directionWords.cend(); ++it) {
        if (!it.value()->currentData().isValid())
            unknownWords << QLatin1Char('"') + it.key() + QLatin1Char('"');
    }
    unknownWords.sort();
    if (!unknownWords.isEmpty())
        needed << tr("what %1 in the direction column mean").arg(unknownWords.join(QStringLiteral(", ")));
    if (directionPerMeasure()) {
        const QStringList undecided = m_measureDirections->undecided();
        if (m_measureDirections->rowCount() == 0)
            needed << tr("the column of measure names, to decide per measure");
        else if (undecided.size() == 1)
            needed << tr("which way is better for 1 measure: %1").arg(undecided.constFirst());
        else if (!undecided.isEmpty()) {
            // The first few by name: the whole list of a large file would push the form off a laptop's screen.
            const int named = 6;
            QString names = undecided.mid(0, named).join(QStringLiteral("; "));
            if (undecided.size() > named)
                names = tr("%1 and %2 more (marked \"(choose)\" in the list)").arg(names).arg(undecided.size() - named);
            needed << tr("which way is better for %1 measures: %2").arg(undecided.size()).arg(names);
        }
    }
    if (m_layout->currentIndex() == 0) {
        if (m_period->currentText().isEmpty())
            needed << tr("Period column");
        if (m_value->currentText().isEmpty())
            needed << tr("Value column");
    } else if (m_wideColumns->topLevelItemCount() == 0) {
        needed << tr("columns named as periods (or choose the long layout)");
    }
    return needed;
}

bool MappingBuilderDialog::saveTo(const QString &path)
{
    if (const QStringList needed = stillNeeded(); !needed.isEmpty()) {
        m_problem->setText(tr("Still to choose: %1.").arg(needed.join(QStringLiteral(", "))));
        return false;
    }
    const QByteArray json = mappingJsonFrom(choices(), m_columns);
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
    // Say what is missing before asking where to save, not after.
    if (const QStringList needed = stillNeeded(); !needed.isEmpty()) {
        m_problem->setText(tr("Still to choose: %1.").arg(needed.join(QStringLiteral(", "))));
        return;
    }
    QFileDialog dialog(this, tr("Save the mapping"), appsettings::mappingFolder(), tr("CivicStat mappings (*.json)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("json")); // the wizard's Browse... lists *.json files
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (!saveTo(path))
        return;
    appsettings::setMappingFolder(QFileInfo(path).absolutePath());
    accept();
}

} // namespace civicstat
