// Builds a mapping with drop-downs over the columns the file has: each field
// from a column or a typed fixed text, the figures in a long or a wide layout.
// It saves an ordinary mapping file (mappingbuilder.h does the writing).
#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;

namespace civicstat {

class MappingBuilderDialog final : public QDialog
{
    Q_OBJECT

public:
    MappingBuilderDialog(const QStringList &columns, const QString &sheet, QWidget *parent = nullptr);

    QString savedPath() const { return m_savedPath; }
    // Writes the mapping to `path`; false with a message shown when it cannot.
    bool saveTo(const QString &path);
    QComboBox *fieldChooser(const QString &field) const { return m_fields.value(field); }
    QComboBox *periodChooser() const { return m_period; }
    QComboBox *valueChooser() const { return m_value; }

private:
    void save();
    void layoutChanged();

    QStringList m_columns;
    QString m_sheet;
    QHash<QString, QComboBox *> m_fields;
    QComboBox *m_layout;
    QComboBox *m_period;
    QComboBox *m_value;
    QComboBox *m_dateFormat;
    QComboBox *m_member;
    QLineEdit *m_dimension;
    QLineEdit *m_name;
    QLabel *m_problem;
    QString m_savedPath;
};

} // namespace civicstat
