// The measure page on a laptop, on the demo city at 1024x700 and 1280x800: the
// chart takes most of the page, its legend's labels are whole, it opens on the
// last 24 periods with the period being viewed marked, comments are shown whole,
// Ctrl+Tab moves between the tabs, and a screen reader hears the latest value,
// target and status.
#include "appsettings.h"
#include "breakdownchart.h"
#include "commentarylist.h"
#include "democity.h"
#include "mainwindow.h"
#include "windowfixtures.h"
#include "measurechart.h"
#include "measurepanel.h"
#include "statustext.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace civicstat;
using windowtest::openAndWait;

namespace {

const QString measureCode = QStringLiteral("FD-01");

QChart *chartOf(const MeasurePanel *page) { return page->chart()->chartView()->chart(); }

qreal xOf(QDate day) { return qreal(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch()); }

// Every text the legend draws (a label too long for its room is drawn cut, "Tolerance b...").
QStringList legendTextsDrawn(QChart *chart)
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

// The legend's texts wholly or partly outside the legend, which clips them (a
// column of entries beside a short chart runs off its bottom).
QStringList legendTextsOutside(QChart *chart)
{
    QStringList outside;
    const QRectF area = chart->legend()->rect();
    QList<QGraphicsItem *> items = chart->legend()->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem *item = items.takeFirst();
        items += item->childItems();
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()
            && !area.contains(text->mapRectToItem(chart->legend(), text->boundingRect())))
            outside << text->toPlainText();
    }
    return outside;
}

QToolButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QToolButton *b : parent->findChildren<QToolButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class MeasurePageTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    // The window at `size` on the demo city's measure page.
    bool showMeasure(MainWindow &window, QSize size)
    {
        window.resize(size);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !openAndWait(window, m_demo))
            return false;
        window.navigateTo({Level::Measure, measureCode});
        QTest::qWait(50); // the layout settles
        return window.measurePage()->isVisible();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appsettings::setCommentAuthor(QStringLiteral("Ana Ruiz"));
        appsettings::setChartSpan(-1);
        appsettings::setMeasureTabsShare(0.0);
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        writeDemoCity(m_demo, DemoOptions{});
    }

    void laptopSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1280x800") << QSize(1280, 800);
    }

    void chart_takesMostOfThePage_data() { laptopSizes_data(); }
    void chart_takesMostOfThePage()
    {
        QFETCH(QSize, size);
        MainWindow window;
        QVERIFY(showMeasure(window, size));
        const MeasurePanel *page = window.measurePage();
        const QWidget *chart = page->chart()->chartView();
        qInfo("page %dx%d, chart %dx%d", page->width(), page->height(), chart->width(), chart->height());
        QVERIFY2(chart->width() >= 0.55 * page->width(), qPrintable(QString::number(chart->width())));
        QVERIFY2(chart->height() >= 0.55 * page->height(), qPrintable(QString::number(chart->height())));
    }

    void legend_everyLabelDrawnWhole_data() { laptopSizes_data(); }
    void legend_everyLabelDrawnWhole()
    {
        QFETCH(QSize, size);
        MainWindow window;
        QVERIFY(showMeasure(window, size));
        QChart *chart = chartOf(window.measurePage());
        const QStringList drawn = legendTextsDrawn(chart);
        int shown = 0;
        for (QLegendMarker *marker : chart->legend()->markers()) {
            if (!marker->isVisible())
                continue;
            ++shown;
            QVERIFY2(drawn.contains(marker->label()),
                     qPrintable(marker->label() + QLatin1String(" is drawn as: ") + drawn.join(QLatin1String(" | "))));
        }
        QVERIFY2(shown >= 4, qPrintable(drawn.join(QLatin1String(" | "))));
    }

    void chart_showsTheLast24Periods_withTheViewedOneMarked()
    {
        MainWindow window;
        QVERIFY(showMeasure(window, QSize(1280, 800)));
        const MeasurePanel *page = window.measurePage();
        const std::vector<SeriesPoint> &points = page->data().points;
        QVERIFY(points.size() > 30);
        QCOMPARE(page->chart()->span(), MeasureChart::Span::Recent);
        const auto *x = qobject_cast<QDateTimeAxis *>(chartOf(page)->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        // From half a period before the 24th-last point to half a period after the last.
        const SeriesPoint &first = points[points.size() - 24];
        QVERIFY2(x->min().date() > points[points.size() - 25].period.last(), qPrintable(x->min().toString()));
        QVERIFY2(x->min().date() < first.period.last(), qPrintable(x->min().toString()));
        QVERIFY2(x->max().date() > points.back().period.last(), qPrintable(x->max().toString()));
        QVERIFY2(x->max().date() < points.back().period.last().addDays(20), qPrintable(x->max().toString()));

        // The period the window shows is shaded, with its name in the legend.
        const Period viewed = window.snapshot()->period();
        const int index = page->chart()->viewedIndex();
        QVERIFY(index >= 0);
        QCOMPARE(points[index].period, viewed);
        QAreaSeries *mark = nullptr;
        for (QAbstractSeries *s : chartOf(page)->series()) {
            if (s->objectName() == QLatin1String("viewedPeriod"))
                mark = qobject_cast<QAreaSeries *>(s);
        }
        QVERIFY(mark);
        QCOMPARE(mark->name(), QStringLiteral("Viewing %1").arg(viewed.text()));
        const QList<QPointF> top = mark->upperSeries()->points();
        QCOMPARE(top.size(), 2);
        QVERIFY(top[0].x() < xOf(viewed.last()) && xOf(viewed.last()) < top[1].x());
        QVERIFY(top[0].x() > xOf(viewed.first().addMonths(-1)));
        QVERIFY(top[1].x() < xOf(viewed.last().addMonths(1)));

        // "All years" shows the first period, and is remembered for the next window.
        QToolButton *all = buttonNamed(page->chart(), QStringLiteral("All years"));
        QVERIFY(all);
        all->click();
        QVERIFY(x->min().date() < points.front().period.last());
        QCOMPARE(appsettings::chartSpan(), int(MeasureChart::Span::All));
        MainWindow next;
        QVERIFY(showMeasure(next, QSize(1024, 700)));
        QCOMPARE(next.measurePage()->chart()->span(), MeasureChart::Span::All);
        appsettings::setChartSpan(-1);
    }

    void comment_long_shownWholeAndWrapped_data() { laptopSizes_data(); }
    void comment_long_shownWholeAndWrapped()
    {
        QFETCH(QSize, size);
        const QString copy = m_dir.filePath(QStringLiteral("comments-%1.db").arg(size.width()));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_demo, copy));
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(openAndWait(window, copy));
        window.navigateTo({Level::Measure, measureCode});
        const QString body = QStringLiteral(
            "Two dispatchers joined in August and the new routing went live on the 14th; response times "
            "should recover through the autumn, but the north station is still short of one crew until "
            "the budget amendment passes in October.");
        emit window.measurePage()->commentaryAdded(QStringLiteral("2026-09"), body);
        QTest::qWait(50);
        CommentaryList *list = window.measurePage()->commentaryList();
        QVERIFY(list->count() >= 1);
        QLabel *label = list->bodyLabel(0);
        QCOMPARE(label->text(), body);
        QVERIFY(label->wordWrap());
        QVERIFY(label->isVisible());
        const int line = label->fontMetrics().lineSpacing();
        QVERIFY2(label->width() < label->fontMetrics().horizontalAdvance(body), "the comment fits one line: no wrap tested");
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
        QVERIFY(label->height() >= 2 * line);
        QVERIFY2(list->headingLabel(0)->text().startsWith(QStringLiteral("2026-09 · Ana Ruiz · ")),
                 qPrintable(list->headingLabel(0)->text()));
        QVERIFY(!list->emptyLabel()->isVisible());
    }

    // The tabs' share of the divided height: half for the breakdown's bars and
    // table, one line when there is no comment, the rest the chart's.
    void breakdownTab_getsRoomForItsBarsAndTable_data() { laptopSizes_data(); }
    void breakdownTab_getsRoomForItsBarsAndTable()
    {
        QFETCH(QSize, size);
        appsettings::setMeasureTabsShare(0.0);
        MainWindow window;
        QVERIFY(showMeasure(window, size));
        window.navigateTo({Level::Measure, QStringLiteral("PD-01")}); // by neighbourhood
        MeasurePanel *page = window.measurePage();
        page->tabs()->setCurrentWidget(page->breakdown());
        QTest::qWait(50);
        const QList<int> sizes = page->splitter()->sizes();
        qInfo("chart %d, tabs %d", sizes.value(0), sizes.value(1));
        QVERIFY2(sizes.value(1) >= 0.45 * (sizes.value(0) + sizes.value(1)), qPrintable(QString::number(sizes.value(1))));
        const QTableView *table = page->breakdown()->table();
        QVERIFY(table->isVisible() && table->model()->rowCount() >= 5);
        QVERIFY2(table->viewport()->height() >= 5 * table->rowHeight(0), qPrintable(QString::number(table->viewport()->height())));
        QVERIFY(page->breakdown()->chartView()->width() >= 280);
        // The history chart above keeps room for its whole legend.
        const QStringList cut = legendTextsOutside(chartOf(page));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(" | "))));
        // Back on the commentary the chart has most of the height again.
        page->tabs()->setCurrentIndex(0);
        QVERIFY(page->splitter()->sizes().value(0) >= 0.6 * page->splitter()->height());
    }

    void noComment_takesOneLine_data() { laptopSizes_data(); }
    void noComment_takesOneLine()
    {
        QFETCH(QSize, size);
        appsettings::setMeasureTabsShare(0.0);
        MainWindow window;
        QVERIFY(showMeasure(window, size));
        MeasurePanel *page = window.measurePage();
        for (const Measure &m : window.snapshot()->structure().measures) {
            window.navigateTo({Level::Measure, m.code});
            if (page->data().commentary.empty())
                break;
        }
        QVERIFY(page->data().commentary.empty());
        page->tabs()->setCurrentIndex(0);
        QTest::qWait(50);
        QLabel *none = page->commentaryList()->emptyLabel();
        QVERIFY(none->isVisible());
        QCOMPARE(none->text(), QStringLiteral("No comments for this measure yet."));
        QVERIFY2(none->visibleRegion().boundingRect().height() >= none->fontMetrics().height(), "the line is cut");
        const int tabsHeight = page->splitter()->sizes().value(1);
        const int oneLine = page->tabs()->tabBar()->height() + page->addCommentButton()->height()
            + 2 * none->fontMetrics().lineSpacing() + 30;
        QVERIFY2(tabsHeight <= oneLine, qPrintable(QStringLiteral("%1 > %2").arg(tabsHeight).arg(oneLine)));
        QVERIFY(page->chart()->chartView()->height() >= 0.75 * page->splitter()->height());
    }

    void dividerDragged_keptByTheNextWindow()
    {
        appsettings::setMeasureTabsShare(0.0);
        {
            MainWindow window;
            QVERIFY(showMeasure(window, QSize(1280, 800)));
            MeasurePanel *page = window.measurePage();
            page->tabs()->setCurrentIndex(1); // About: the default share, 30%
            QTest::qWait(50);
            QSplitterHandle *handle = page->splitter()->handle(1);
            const int before = page->splitter()->sizes().value(1);
            const QPoint middle = handle->rect().center();
            QTest::mousePress(handle, Qt::LeftButton, {}, middle);
            QTest::mouseMove(handle, middle - QPoint(0, 120));
            QTest::mouseRelease(handle, Qt::LeftButton, {}, middle - QPoint(0, 120));
            const int after = page->splitter()->sizes().value(1);
            QVERIFY2(after >= before + 100, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
            QVERIFY(appsettings::measureTabsShare() > 0.4);
        }
        MainWindow next;
        QVERIFY(showMeasure(next, QSize(1024, 700)));
        MeasurePanel *page = next.measurePage();
        QCOMPARE(page->chosenTabsShare(), appsettings::measureTabsShare());
        page->tabs()->setCurrentIndex(1);
        QTest::qWait(50);
        const QList<int> sizes = page->splitter()->sizes();
        QVERIFY2(qAbs(double(sizes.value(1)) / (sizes.value(0) + sizes.value(1)) - page->chosenTabsShare()) < 0.03,
                 qPrintable(QStringLiteral("%1 / %2").arg(sizes.value(1)).arg(sizes.value(0))));
        appsettings::setMeasureTabsShare(0.0);
    }

    void ctrlTab_movesBetweenTheTabs()
    {
        MainWindow window;
        QVERIFY(showMeasure(window, QSize(1024, 700)));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        MeasurePanel *page = window.measurePage();
        QTabWidget *tabs = page->tabs();
        tabs->setCurrentIndex(0);
        page->chart()->chartView()->setFocus();
        QVERIFY(page->chart()->chartView()->hasFocus());
        QTest::keyClick(page->chart()->chartView(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        // From the first tab backwards to the last.
        tabs->setCurrentIndex(0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
    }

    void chart_accessibleDescription_saysValueTargetAndStatus()
    {
        MainWindow window;
        QVERIFY(showMeasure(window, QSize(1280, 800)));
        const MeasurePanel *page = window.measurePage();
        QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(page->chart()->chartView());
        QVERIFY(chart);
        const QString description = chart->text(QAccessible::Description);
        QVERIFY2(chart->text(QAccessible::Name).contains(page->data().measure.name), qPrintable(chart->text(QAccessible::Name)));
        // The sentence the page's status line gives, from models/ (value, target, status in words).
        QVERIFY2(description.contains(page->data().explanation), qPrintable(description + QLatin1String("\n") + page->data().explanation));
        const SeriesPoint &current = page->data().current;
        QVERIFY(current.actual);
        QVERIFY2(description.contains(statusLabel(current.status)), qPrintable(description));
        QVERIFY2(description.contains(formatValue(*current.actual, page->data().measure.unit, page->data().measure.decimals)),
                 qPrintable(description));
        QVERIFY2(description.contains(QLatin1String("target")), qPrintable(description));
    }
};

QTEST_MAIN(MeasurePageTest)
#include "tst_measurepage.moc"
