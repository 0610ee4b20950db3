// Measures what a desktop user waits for: launch to the first painted citywide
// overview, and the latency of 100 scripted drill-down clicks (navigate, then
// paint). Prints figures; asserts nothing.
// Usage: QT_QPA_PLATFORM=offscreen civicstat_desktop_benchmark DATABASE
#include "mainwindow.h"
#include "overviewpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QStandardPaths>
#include <QTextStream>
#include <algorithm>

using namespace civicstat;

namespace {

// Notes the time of the first paint of a widget after it is armed.
class PaintClock final : public QObject
{
public:
    PaintClock(const QElapsedTimer &clock, QObject *parent) : QObject(parent), m_clock(clock) {}
    void arm() { m_armed = true; }
    qint64 paintedAt = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_armed && paintedAt < 0 && event->type() == QEvent::Paint)
            paintedAt = m_clock.nsecsElapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_armed = false;
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const std::size_t index = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "Usage: civicstat_desktop_benchmark DATABASE\n";
        return 2;
    }
    MainWindow window;
    window.resize(1280, 800);
    PaintClock paint(clock, &window);
    window.overview()->installEventFilter(&paint);
    QObject::connect(&window, &MainWindow::snapshotShown, &window, [&paint] { paint.arm(); });
    // As main() does: loading starts before the window is first shown.
    if (!window.openDatabase(args.at(1), true).isEmpty())
        return 3;
    window.show();
    while (paint.paintedAt < 0)
        app.processEvents(QEventLoop::WaitForMoreEvents);
    const double firstPaintMs = paint.paintedAt / 1e6;

    // 100 clicks: city -> goal -> objective -> measure -> back to the city, over every goal in turn.
    const auto snapshot = window.snapshot();
    const Structure &s = snapshot->structure();
    std::vector<Location> script;
    for (std::size_t g = 0; script.size() < 100; ++g) {
        const Goal &goal = s.goals[g % s.goals.size()];
        script.push_back({Level::Goal, goal.code});
        for (const Objective &o : s.objectives) {
            if (o.goalId != goal.id)
                continue;
            script.push_back({Level::Objective, o.code});
            for (const Measure &m : s.measures) {
                if (m.objectiveId == o.id) {
                    script.push_back({Level::Measure, m.code});
                    break;
                }
            }
            break;
        }
        script.push_back({Level::Citywide, QStringLiteral("CITY")});
    }
    script.resize(100);
    std::vector<double> latencies;
    QMap<int, std::vector<double>> byLevel;
    for (const Location &location : script) {
        QElapsedTimer click;
        click.start();
        window.navigateTo(location);
        window.repaint(); // synchronous: the click is done when the new page is painted
        latencies.push_back(click.nsecsElapsed() / 1e6);
        byLevel[int(location.level)].push_back(latencies.back());
    }
    const char *levelNames[] = {"overview", "goal scorecard", "department scorecard", "objective scorecard", "measure page"};
    for (auto it = byLevel.cbegin(); it != byLevel.cend(); ++it)
        QTextStream(stdout) << QStringLiteral("  %1: %2 clicks, p50 %3 ms, p95 %4 ms\n")
                                   .arg(QLatin1String(levelNames[it.key()]))
                                   .arg(it->size())
                                   .arg(percentile(*it, 0.5), 0, 'f', 2)
                                   .arg(percentile(*it, 0.95), 0, 'f', 2);
    QTextStream(stdout) << QStringLiteral("database: %1\nmeasures: %2\n"
                                          "launch to first painted overview: %3 ms\n"
                                          "drill-down clicks: %4, p50 %5 ms, p95 %6 ms, max %7 ms\n")
                               .arg(args.at(1))
                               .arg(s.measures.size())
                               .arg(firstPaintMs, 0, 'f', 1)
                               .arg(latencies.size())
                               .arg(percentile(latencies, 0.5), 0, 'f', 2)
                               .arg(percentile(latencies, 0.95), 0, 'f', 2)
                               .arg(*std::max_element(latencies.begin(), latencies.end()), 0, 'f', 2);
    return 0;
}
