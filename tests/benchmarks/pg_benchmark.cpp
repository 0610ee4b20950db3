// The citywide scorecard on the same city in an SQLite file and on a
// PostgreSQL server: time to open, and the median of 20 loads of a month's
// and a fiscal year's scorecard. Prints figures; asserts nothing.
// Usage: civicstat_pg_benchmark CITY.db postgresql://USER@HOST/NAME
// (both written by "civicstat demo", the server one after "civicstat server-init").
#include "scorecard.h"
#include "storefactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace civicstat;

namespace {

double medianMilliseconds(const std::function<void()> &work, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "Usage: civicstat_pg_benchmark CITY.db postgresql://USER@HOST/NAME\n";
        return 2;
    }
    const Scope citywide;
    out << "backend     open (ms)  month (ms)  fiscal year (ms)  rows\n";
    for (const QString &location : {args.at(1), args.at(2)}) {
        QElapsedTimer timer;
        timer.start();
        const auto store = openStore(location);
        const double opened = double(timer.nsecsElapsed()) / 1e6;
        std::size_t rows = 0;
        const double month = medianMilliseconds([&] { rows = loadScorecard(*store, QStringLiteral("latest"), citywide).rows.size(); }, 20);
        const double year = medianMilliseconds([&] { loadScorecard(*store, QStringLiteral("FY2026"), citywide); }, 20);
        out << (isServerLocation(location) ? "postgresql" : "sqlite    ") << QStringLiteral("  %1  %2  %3  %4\n")
                   .arg(opened, 9, 'f', 1)
                   .arg(month, 10, 'f', 1)
                   .arg(year, 16, 'f', 1)
                   .arg(rows);
        out.flush();
    }
    return 0;
}
