// Times a briefing book from an open database to a closed PDF, in two parts
// (gathering the content, laying out and painting the pages), and prints
// pages per second. Run by hand; asserts nothing (docs/performance.md).
// Usage: civicstat_briefing_benchmark DATABASE [SCOPE] [RUNS]
#include "briefingprinter.h"
#include "storefactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

using namespace civicstat;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        out << "Usage: civicstat_briefing_benchmark DATABASE [SCOPE] [RUNS]\n";
        return 2;
    }
    BriefingRequest request;
    request.scope = *Scope::parse(args.value(2, QStringLiteral("citywide")));
    const int runs = args.value(3, QStringLiteral("5")).toInt();
    const QString pdf = QDir::temp().filePath(QStringLiteral("civicstat-briefing-benchmark.pdf"));
    std::vector<qint64> open, gather, write, total;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto store = openStore(args.at(1));
        open.push_back(timer.nsecsElapsed());
        const BriefingBook book = assembleConsistentBriefing(*store, request);
        gather.push_back(timer.nsecsElapsed() - open.back());
        pages = writeBriefingPdf(book, pdf).pages;
        total.push_back(timer.nsecsElapsed());
        write.push_back(total.back() - gather.back() - open.back());
    }
    const auto median = [](std::vector<qint64> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2] / 1e6;
    };
    out << args.at(1).section(QLatin1Char('/'), -1) << ", " << args.value(2, QStringLiteral("citywide"))
        << ", internal: " << pages << " pages; median of " << runs << " runs: open " << median(open) << " ms, gather "
        << median(gather) << " ms, lay out and paint " << median(write) << " ms, total " << median(total)
        << " ms, " << QString::number(pages / (median(total) / 1000.0), 'f', 1) << " pages/s\n";
    QFile::remove(pdf);
    return 0;
}
