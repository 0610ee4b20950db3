// "Decide per measure" in the mapping builder: the measures found in the file,
// each with a "Better is" drop-down that starts unchosen, so that no measure
// gets a direction the user never gave it ("Streets rated filthy (%)" is not
// higher is better). The choices go into the mapping as a map over the
// measure name column (fields.direction.map).
#pragma once

#include <QHash>
#include <QStringList>
#include <QTableWidget>

class QComboBox;

namespace civicstat {

// Fills a drop-down with the directions a mapping can give (label, mapping
// value: higher, lower, band, "" for none); with `unchosenFirst`, an empty
// first item whose data is invalid, meaning "not chosen yet".
void addDirectionChoices(QComboBox *combo, bool unchosenFirst);

class MeasureDirectionsTable final : public QTableWidget
{
    Q_OBJECT

public:
    explicit MeasureDirectionsTable(QWidget *parent = nullptr);

    // One row per measure name; a choice already made for a name is kept.
    void setMeasures(const QStringList &names);
    QStringList measures() const { return m_names; }
    QComboBox *chooser(const QString &measure) const;
    // Measure name -> higher, lower, band or "" (no direction), for the chosen ones.
    QHash<QString, QString> chosen() const;
    // The measures whose direction is still to choose, in the file's order.
    QStringList undecided() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList m_names;
};

} // namespace civicstat
