// One measure's history as a time chart: the actual as a line with a marker
// per period whose colour and shape follow its status, the target as a dashed
// step line (two for a range), the tolerance band shaded, a tooltip per point
// and buttons that limit the time span shown. It draws the SeriesPoints it is
// given (measureSeries() in models/ computes them); it decides no status,
// target or tolerance of its own and reads no database.
//
// Series carry object names so that tests and callers can find them:
// "actual" (one line per run of periods with figures), "target" (or
// "targetLow" and "targetHigh" for a range), "toleranceBand" (QAreaSeries),
// and "status:on_track", "status:at_risk", "status:off_track",
// "status:no_target" (QScatterSeries, present when a point has that status),
// "viewedPeriod" (QAreaSeries: the period being viewed, shaded top to bottom).
// It opens on the last 24 periods (Span::Recent); "All" shows every year.
#pragma once

#include "chartimage.h"
#include "measureseries.h"

#include <QHash>
#include <QWidget>
#include <vector>

class QAbstractButton;
class QAreaSeries;
class QMenu;
class QToolButton;
class QButtonGroup;
class QDateTimeAxis;
class QLabel;
class QValueAxis;
class QChart;
class QChartView;

namespace civicstat {

class MeasureChart final : public QWidget {
    Q_OBJECT

public:
    enum class Span { OneYear, ThreeYears, FiveYears, All, Recent };
    Q_ENUM(Span)

    explicit MeasureChart(QWidget *parent = nullptr);

    // How many periods Span::Recent shows: two years of months.
    static constexpr int recentPeriods = 24;

    // `points` oldest first, as measureSeries() returns them; `viewed` (the
    // period the window shows) is shaded and always inside the span shown.
    void setSeries(const Measure &measure, const std::vector<SeriesPoint> &points,
                   std::optional<Period> viewed = std::nullopt);
    // What the chart says in place of an empty history.
    void setEmptyText(const QString &text);
    void setSpan(Span span);
    Span span() const { return m_span; }

    // Puts the caller's controls (the page's "Show by") at the start of the
    // chart's row of buttons, so that the controls take one line, not two.
    void insertControls(std::initializer_list<QWidget *> controls);

    QChartView *chartView() const { return m_view; }
    // "Save chart as PNG...", "Save chart as SVG...": behind the Save chart button and the chart's context menu.
    QToolButton *saveButton() const { return m_saveButton; }
    QMenu *saveMenu() const { return m_saveMenu; }
    const Measure &measure() const { return m_measure; }
    // The point of the series shaded as the period being viewed; -1: none.
    int viewedIndex() const { return m_viewedIndex; }
    // The tooltip text of the point at `index` in the series given to setSeries (for tests).
    QString pointToolTip(int index) const;

signals:
    // The user asked to save the chart as an image; the window chooses the file.
    void saveRequested(civicstat::ChartImageFormat format);
    // The user chose a span with its button (for the window to remember).
    void spanChosen(civicstat::MeasureChart::Span span);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateRanges();
    int firstShownIndex() const;
    // measurechartannotations.cpp
    void addViewedMark();
    void updateViewedMark(double low, double high);
    void placeLegend();
    void showPointToolTip(const QPointF &point, bool hovering);

    Measure m_measure;
    std::vector<SeriesPoint> m_points;
    QHash<qint64, int> m_indexByX; // msecs since epoch of a period's last day -> index in m_points
    Span m_span = Span::Recent;
    int m_viewedIndex = -1;
    std::vector<qreal> m_left, m_right; // the x of each period's edges, halfway to its neighbours
    bool m_darkTheme = false;

    QWidget *m_spanBar;
    QButtonGroup *m_spanButtons;
    QChartView *m_view;
    QToolButton *m_saveButton;
    QMenu *m_saveMenu;
    QLabel *m_empty;
    QDateTimeAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QAreaSeries *m_viewedMark = nullptr;
};

} // namespace civicstat
