// civicstat: the desktop application, or with a command, the command line.
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {

void describeApplication(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("CivicStat"));
    app.setOrganizationDomain(QStringLiteral("civicstat.invalid"));
    app.setApplicationName(QStringLiteral("CivicStat"));
    app.setApplicationVersion(QStringLiteral(CIVICSTAT_VERSION));
}

// The user's language, where a translation has it: Qt's own strings (standard
// buttons, dialogs) from Qt's installed catalogue, CivicStat's from the one
// built into the executable (translations/*.ts). English otherwise.
void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("civicstat"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
}

int runCommand(QCoreApplication &app)
{
    describeApplication(app);
    installTranslators(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return civicstat::cli::run(app.arguments(), out, err);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (civicstat::cli::commandPaints(arguments)) {
        // Fonts and PDF need a GUI application, never a display: a scheduled job has none.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runCommand(app);
    }
    if (civicstat::cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        return runCommand(app);
    }

    QApplication app(argc, argv);
    describeApplication(app);
    installTranslators(app);
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/org.civicstat.CivicStat.svg")));
    app.setDesktopFileName(QStringLiteral("org.civicstat.CivicStat"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Performance management for city governments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("DATABASE"),
                                 QApplication::translate("main", "The KPI database to open (default: the demo city)."),
                                 QStringLiteral("[DATABASE]"));
    parser.process(app);

    civicstat::MainWindow window;
    const QString path = parser.positionalArguments().value(0);
    // Loading starts before the window is first shown, so the two overlap. A file that
    // cannot be opened leaves the window on its start page, saying why.
    if (path.isEmpty())
        window.openDemoCity(true);
    else
        window.openDatabase(path, true);
    window.show();
    return app.exec();
}
