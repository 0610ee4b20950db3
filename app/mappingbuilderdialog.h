// Builds a mapping with drop-downs over the columns the file has: each field
// from a column or a typed fixed text; the words of a direction column; the
// figures in a long layout, or a wide one whose periods are read from the
// column names and listed for the user to see. It saves an ordinary mapping
// file (mappingbuilder.h does the writing).
#pragma once

#include "mappingbuilder.h"
#include "tabulardata.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTreeWidget;

namespace civicstat {

class MeasureDirectionsTable;

class MappingBuilderDialog final : public QDialog
{
    Q_OBJECT

public:
    // `sheet` is the file as read, its first row the header; `workbookSheet`
    // names it in the mapping (empty for CSV files).
    MappingBuilderDialog(const Sheet &sheet, const QString &workbookSheet, QWidget *parent = nullptr);

    QString savedPath() const { return m_savedPath; }
    // Writes the mapping to `path`; false with a message shown when it cannot.
    bool saveTo(const QString &path);
    QComboBox *fieldChooser(const QString &field) const { return m_fields.value(field); }
    QComboBox *layoutChooser() const { return m_layout; }
    QComboBox *periodChooser() const { return m_period; }
    QComboBox *valueChooser() const { return m_value; }
    QComboBox *memberChooser() const { return m_member; }
    QComboBox *dimensionChooser() const { return m_dimension; }
    // For the direction column's words: word -> its chooser.
    QComboBox *directionWordChooser(const QString &word) const { return m_directionWords.value(word); }
    QTreeWidget *wideColumns() const { return m_wideColumns; }
    // "decide per measure": the measures found, each with its direction to choose.
    MeasureDirectionsTable *measureDirections() const { return m_measureDirections; }
    QString problemText() const;

private:
    void save();
    MappingChoices choices() const;
    // The labels of what must still be chosen before the mapping can be saved.
    QStringList stillNeeded() const;
    void layoutChanged();
    void directionColumnChanged();
    // Each drop-down lists the columns that can fill its field (mappingcandidates.h), for the layout chosen.
    void refreshColumnChoosers();
    bool directionPerMeasure() const;

    Sheet m_sheet;
    QString m_workbookSheet;
    QStringList m_columns;
    QHash<QString, QComboBox *> m_fields;
    QGroupBox *m_directionBox;
    QFormLayout *m_directionForm;
    QHash<QString, QComboBox *> m_directionWords;
    QGroupBox *m_measureDirectionsBox;
    QLabel *m_measureDirectionsNote;
    MeasureDirectionsTable *m_measureDirections;
    QComboBox *m_layout;
    QComboBox *m_period;
    QComboBox *m_value;
    QComboBox *m_dateFormat;
    QTreeWidget *m_wideColumns;
    QLabel *m_wideNote;
    QComboBox *m_member;
    QComboBox *m_dimension;
    QLineEdit *m_name;
    QLabel *m_problem;
    QString m_savedPath;
};

} // namespace civicstat
