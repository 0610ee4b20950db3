// Renders each main screen of CivicStat on a database to PNG files, for the
// README and for looking at what was built. Not a test: it asserts nothing.
// Usage: civicstat_screenshots DATABASE OUTDIR  (QT_QPA_PLATFORM=offscreen works)
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "Usage: civicstat_screenshots DATABASE OUTDIR\n";
        return 2;
    }
    QDir().mkpath(args.at(2));
    civicstat::MainWindow window;
    window.resize(1100, 720);
    window.show();
    const QString error = window.openDatabase(args.at(1), true);
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << '\n';
        return 3;
    }
    app.processEvents();
    const QString file = QDir(args.at(2)).filePath(QStringLiteral("overview.png"));
    if (!window.grab().save(file))
        return 1;
    QTextStream(stdout) << file << '\n';
    return 0;
}
