// One measure's figures by member (neighbourhood, demographic group) for one
// period: a horizontal bar per member, largest first, beside a table of the
// same figures with their numerators and denominators, and a chooser of the
// dimension when the figures span several. It shows the figures by member it is
// given; it scores nothing and reads no database.
#pragma once

#include "chartimage.h"
#include "kpistore.h"

#include <QWidget>
#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QScrollArea;
class QStandardItemModel;
class QTableView;

namespace civicstat {

class BreakdownChart final : public QWidget {
    Q_OBJECT

public:
    enum Column { MemberColumn, ValueColumn, NumeratorColumn, DenominatorColumn, ColumnCount };

    explicit BreakdownChart(QWidget *parent = nullptr);

    void setFigures(const Measure &measure, const QString &periodText, const std::vector<Observation> &figures);

    QTableView *table() const { return m_table; }
    QChartView *chartView() const { return m_view; }
    // Lists the dimensions in the order the figures first name them; shown when there are several.
    QComboBox *dimensionChooser() const { return m_chooser; }
    // The chart's title in a saved file: "Traffic deaths by neighbourhood, 2026-09".
    QString title() const;

signals:
    // "Save chart as PNG...", "Save chart as SVG...": the chart's context menu (right click or the menu key).
    void saveRequested(civicstat::ChartImageFormat format);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDimension(int index);

    Measure m_measure;
    QString m_periodText;
    std::vector<Observation> m_figures;
    bool m_darkTheme = false;

    QWidget *m_chooserBar;
    QComboBox *m_chooser;
    QWidget *m_content;
    QScrollArea *m_chartScroll;
    QChartView *m_view;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QLabel *m_empty;
};

} // namespace civicstat
