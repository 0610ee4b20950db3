// Series, measures and member figures the chart tests draw, and ways to read the charts back.
#pragma once

#include "breakdownchart.h"
#include "chartimage.h"
#include "measurechart.h"
#include "statuspresentation.h"

#include <cmath>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QSignalSpy>
#include <QScatterSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QXmlStreamReader>

namespace civicstat::test {

inline qreal xOf(QDate day)
{
    return qreal(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
}
inline qreal xOf(const Period &p)
{
    return xOf(p.last());
}

template<typename T> QList<T *> seriesNamed(QChart *chart, const QString &objectName)
{
    QList<T *> found;
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == objectName) {
            auto *typed = qobject_cast<T *>(s);
            if (typed)
                found << typed;
        }
    }
    return found;
}

// The value of a step line at `x`, where x lies inside one horizontal step.
inline double stepValueAt(const QXYSeries *series, qreal x)
{
    const QList<QPointF> points = series->points();
    for (int i = 0; i + 1 < points.size(); ++i) {
        if (points[i].x() <= x && x <= points[i + 1].x() && points[i].y() == points[i + 1].y())
            return points[i].y();
    }
    return std::nan("");
}

// Jan 2022 to Dec 2024, "higher is better" in %, target 90 then 95 from July
// 2023, 10% tolerance. No figures for May 2022 and for May and June 2023.
inline Measure percentMeasure()
{
    Measure m;
    m.code = QStringLiteral("PCT");
    m.name = QStringLiteral("Calls answered in time");
    m.unit = QStringLiteral("%");
    m.direction = Direction::Higher;
    m.decimals = 1;
    Target first;
    first.effectiveFrom = QDate(2022, 1, 1);
    first.value = 90.0;
    Target second;
    second.effectiveFrom = QDate(2023, 7, 1);
    second.value = 95.0;
    m.targets = { first, second };
    return m;
}

inline std::vector<SeriesPoint> percentSeries(const Measure &m)
{
    std::vector<SeriesPoint> points;
    for (int i = 0; i < 36; ++i) {
        SeriesPoint p;
        p.period = Period::month(2022 + i / 12, i % 12 + 1);
        p.target = m.targets[p.period.last() >= m.targets[1].effectiveFrom ? 1 : 0];
        p.tolerance = 0.10;
        if (i != 4 && i != 16 && i != 17) {
            // 80..97.5 in steps that land on each side of both targets and bounds.
            p.actual = i % 7 == 3 ? 78.0 + i % 3 : 84.0 + (i * 5 % 14) * 1.0 + 0.5;
            p.status = statusOf(m.direction, *p.actual, *p.target, p.tolerance);
        } else {
            p.status = Status::NoData;
        }
        p.provisional = i == 35;
        points.push_back(p);
    }
    return points;
}

QChart *chartOf(const MeasureChart &w)
{
    return w.chartView()->chart();
}

// Every text a chart's legend draws (a label too long for its room is drawn cut, "Tolerance b...").
inline QStringList legendTextsDrawn(QChart *chart)
{
    QStringList texts;
    QList<QGraphicsItem *> items = chart->legend()->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem *item = items.takeFirst();
        items += item->childItems();
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts << text->toPlainText();
    }
    return texts;
}

inline Observation figure(const QString &dimension, const QString &member, double value, std::optional<double> numerator = {},
    std::optional<double> denominator = {})
{
    Observation f;
    f.dimensionCode = dimension;
    f.dimensionName = dimension == QLatin1String("neighbourhood") ? QStringLiteral("Neighbourhood")
                                                                  : QStringLiteral("Race and ethnicity");
    f.memberCode = member.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    f.memberName = member;
    f.value = value;
    f.numerator = numerator;
    f.denominator = denominator;
    return f;
}

// Two dimensions, interleaved, no member in value order.
inline std::vector<Observation> twoDimensions()
{
    return {
        figure(QStringLiteral("neighbourhood"), QStringLiteral("Northside"), 71.25, 285, 400),
        figure(QStringLiteral("race_ethnicity"), QStringLiteral("Asian"), 88.0),
        figure(QStringLiteral("neighbourhood"), QStringLiteral("Harbour & Mill"), 93.5, 187, 200),
        figure(QStringLiteral("race_ethnicity"), QStringLiteral("Black"), 79.5),
        figure(QStringLiteral("race_ethnicity"), QStringLiteral("Hispanic or Latino"), 91.0),
        figure(QStringLiteral("neighbourhood"), QStringLiteral("Eastgate"), 80.0, 160, 200),
        figure(QStringLiteral("race_ethnicity"), QStringLiteral("White"), 84.5),
    };
}

inline QStringList column(const QTableView *table, int column)
{
    QStringList values;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        values << table->model()->index(row, column).data().toString();
    return values;
}

} // namespace civicstat::test
