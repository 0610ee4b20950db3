#include "columnchooser.h"

#include <QComboBox>
#include <QCoreApplication>

#include <algorithm>

namespace civicstat {

namespace {

struct ColumnChooserText { Q_DECLARE_TR_FUNCTIONS(ColumnChooser) };

// The index of the first column in the drop-down (the test reads it too).
const char *const firstColumnProperty = "civicstatFirstColumn";
const char *const baseToolTipProperty = "civicstatBaseToolTip";

} // namespace

QComboBox *columnChooser(const QStringList &columns, bool editable, const QStringList &fixed)
{
    auto *combo = new QComboBox;
    // Long column names must not widen the dialog beyond the screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    combo->addItem(QString());
    if (!fixed.isEmpty()) { // first, or a file of 112 columns hides them at the end
        combo->addItems(fixed);
        combo->insertSeparator(combo->count());
    }
    combo->setProperty(firstColumnProperty, combo->count());
    combo->addItems(columns);
    combo->setEditable(editable);
    combo->setMaxVisibleItems(15); // a file of 112 columns must not fill the screen
    return combo;
}

void addWholeFileChoice(QComboBox *chooser, const QString &text, const QVariant &data)
{
    const int first = chooser->property(firstColumnProperty).toInt();
    const bool separated = first > 1; // the whole-file choices end with a separator
    chooser->insertItem(separated ? first - 1 : first, text, data);
    chooser->setProperty(firstColumnProperty, first + 1);
}

void setBaseToolTip(QComboBox *chooser, const QString &text)
{
    chooser->setProperty(baseToolTipProperty, text);
    chooser->setToolTip(text);
}

void listColumnsThatFit(QComboBox *chooser, const Sheet &sheet, FieldContent content, bool wideLayout)
{
    const ColumnCandidates candidates = columnCandidates(sheet, content, wideLayout);
    const QString current = chooser->currentText();
    const int first = chooser->property(firstColumnProperty).toInt();
    const QSignalBlocker quiet(chooser); // the choice stays what it was
    while (chooser->count() > first)
        chooser->removeItem(first);
    chooser->addItems(candidates.offered);
    if (chooser->isEditable())
        chooser->setCurrentText(current);
    else
        chooser->setCurrentIndex(std::max(0, chooser->findText(current)));
    QStringList why{chooser->property(baseToolTipProperty).toString()};
    if (candidates.periodColumnsLeftOut > 0)
        why << ColumnChooserText::tr("Not listed: the %1 columns named as periods, which hold the figures.")
                   .arg(candidates.periodColumnsLeftOut);
    if (!candidates.notNumbers.isEmpty())
        why << ColumnChooserText::tr("Only columns holding numbers in the first %1 rows are listed; not: %2.")
                   .arg(candidateSampleRows)
                   .arg(candidates.notNumbers.join(QStringLiteral(", ")));
    why.removeAll(QString());
    chooser->setToolTip(why.join(QLatin1Char('\n')));
}

} // namespace civicstat
