#include "measuredirectionstable.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>

namespace civicstat {

namespace {

// The directions as the drop-downs list them: (label, mapping value).
const std::pair<const char *, const char *> directionOptions[] = {
    {QT_TRANSLATE_NOOP("civicstat::MeasureDirectionsTable", "higher is better"), "higher"},
    {QT_TRANSLATE_NOOP("civicstat::MeasureDirectionsTable", "lower is better"), "lower"},
    {QT_TRANSLATE_NOOP("civicstat::MeasureDirectionsTable", "best within a range"), "band"},
    {QT_TRANSLATE_NOOP("civicstat::MeasureDirectionsTable", "no direction"), ""},
};

} // namespace

void addDirectionChoices(QComboBox *combo, bool unchosenFirst)
{
    if (unchosenFirst)
        combo->addItem(MeasureDirectionsTable::tr("(choose)"), QVariant());
    for (const auto &[label, value] : directionOptions)
        combo->addItem(MeasureDirectionsTable::tr(label), QLatin1String(value));
}

MeasureDirectionsTable::MeasureDirectionsTable(QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({tr("Measure"), tr("Better is")});
    setAccessibleName(tr("Which way is better, measure by measure"));
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab moves through the drop-downs and on, never traps
    setMinimumHeight(180);
}

void MeasureDirectionsTable::setMeasures(const QStringList &names)
{
    if (names == m_names)
        return;
    const QHash<QString, QString> before = chosen();
    m_names = names;
    setRowCount(0);
    setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        auto *name = new QTableWidgetItem(names.at(row));
        name->setToolTip(names.at(row));
        setItem(row, 0, name);
        auto *choice = new QComboBox;
        addDirectionChoices(choice, true);
        choice->setAccessibleName(tr("Better is, for %1").arg(names.at(row)));
        choice->setFocusPolicy(Qt::StrongFocus);
        choice->installEventFilter(this); // the wheel scrolls the list, never changes a choice
        if (before.contains(names.at(row)))
            choice->setCurrentIndex(choice->findData(before.value(names.at(row))));
        setCellWidget(row, 1, choice);
    }
}

bool MeasureDirectionsTable::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && qobject_cast<QComboBox *>(watched)) {
        QCoreApplication::sendEvent(viewport(), event);
        return true;
    }
    return QTableWidget::eventFilter(watched, event);
}

QComboBox *MeasureDirectionsTable::chooser(const QString &measure) const
{
    const int row = int(m_names.indexOf(measure));
    return row < 0 ? nullptr : qobject_cast<QComboBox *>(cellWidget(row, 1));
}

QHash<QString, QString> MeasureDirectionsTable::chosen() const
{
    QHash<QString, QString> directions;
    for (const QString &name : m_names) {
        const QComboBox *choice = chooser(name);
        if (choice && choice->currentData().isValid())
            directions.insert(name, choice->currentData().toString());
    }
    return directions;
}

QStringList MeasureDirectionsTable::undecided() const
{
    QStringList names;
    for (const QString &name : m_names) {
        const QComboBox *choice = chooser(name);
        if (!choice || !choice->currentData().isValid())
            names << name;
    }
    return names;
}

} // namespace civicstat
