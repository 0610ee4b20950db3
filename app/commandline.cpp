#include "commandline.h"

#include "briefingcommand.h"
#include "checkcommand.h"
#include "democity.h"
#include "exportcommand.h"
#include "passphrasesource.h"
#include "offlinecommand.h"
#include "publishcommand.h"
#include "sealcommand.h"
#include "importcommand.h"
#include "publishcommand.h"
#include "scorecard.h"
#include "importreport.h"
#include "period.h"
#include "scorecardexport.h"
#include "servercommand.h"
#include "storefactory.h"
#include "storeerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace civicstat::cli {

namespace {

struct CommandLineText { Q_DECLARE_TR_FUNCTIONS(CommandLine) };

const QStringList commands = {QStringLiteral("init"), QStringLiteral("scorecard"), QStringLiteral("import"), QStringLiteral("undo-import"),
                              QStringLiteral("settings"), QStringLiteral("demo"), QStringLiteral("check"),
                              QStringLiteral("briefing"), QStringLiteral("export"),
                              QStringLiteral("publish"), QStringLiteral("seal"), QStringLiteral("server-init"), QStringLiteral("server-user"),
                              QStringLiteral("snapshot"), QStringLiteral("sync")};

QString overview()
{
    return CommandLineText::tr(
        "Usage: civicstat [DATABASE]\n"
        "       civicstat COMMAND [OPTIONS]\n\n"
        "Without a command, opens the desktop application on DATABASE (or the demo city).\n\n"
        "Commands:\n"
        "  init DATABASE        create an empty database (set the fiscal year before importing)\n"
        "  scorecard DATABASE   print the scorecard of a period (table, CSV or JSON)\n"
        "  export DATABASE --out FILE.csv|FILE.xlsx  the scorecard for spreadsheets, for an audience\n"
        "  import DATABASE FILE bring in a CSV file, or a CSV or XLSX file through a mapping, all or nothing\n"
        "  undo-import DATABASE take back the latest import: its figures go, those it replaced return\n"
        "  settings DATABASE    show or change the city settings\n"
        "  demo OUT.db          write the demo city to a new database\n"
        "  check DATABASE       is the database sound? Its counts and a digest of its figures\n"
        "  briefing DATABASE    write a briefing book (PDF) for the public or for internal use\n"
        "  publish SOURCE SHARED  replace a shared file with a consistent copy, in one step\n"
        "  seal PLAIN SEALED    write an encrypted copy that opens only with its passphrase\n"
        "  server-init URL      set up (or upgrade) CivicStat's tables in a PostgreSQL database\n"
        "  server-user URL NAME --role viewer|editor|administrator  add or change a user of a server database\n"
        "  snapshot SOURCE OUT.db  an offline copy of a scope, holding only what its audience may see\n"
        "  sync OUT.db          send the comments written in an offline copy back to its source\n\n"
        "DATABASE is a file, or a PostgreSQL database: postgresql://USER@HOST:PORT/NAME.\n"
        "A sealed database's passphrase is asked on the terminal, or read from --passphrase-file FILE or the file "
        "named by CIVICSTAT_PASSPHRASE_FILE.\n"
        "Run \"civicstat COMMAND --help\" for a command's options.\n"
        "Exit codes: 0 success, 1 invalid data (nothing written; for check, damage found), 2 usage, 3 the "
        "database cannot be opened, 4 the output file cannot be written.\n");
}

int exitCodeFor(const StoreError &error)
{
    return error.kind() == StoreError::Kind::InvalidData ? InvalidData : CannotOpen;
}

// Qt writes the usage line with the program's file name only; say the command too.
QString helpFor(const QCommandLineParser &parser, const QStringList &arguments)
{
    QString help = parser.helpText();
    const qsizetype end = help.indexOf(QLatin1Char(' '), 7); // after "Usage: "
    if (help.startsWith(QLatin1String("Usage: ")) && end > 0)
        help.replace(7, end - 7, QStringLiteral("civicstat ") + arguments.value(0).section(QLatin1Char(' '), 1, 1));
    return help;
}

} // namespace

// Parses a command's arguments; returns false (with the exit code set) when
// the command should stop: on --help, or on a usage error.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, int positionals, QTextStream &out,
           QTextStream &err, int &exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        QStringList { QStringLiteral("h"), QStringLiteral("help") }, CommandLineText::tr("Show this help."));
    parser.addOption(help);
    const QCommandLineOption passphraseFile = passphraseFileOption();
    parser.addOption(passphraseFile);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << CommandLineText::tr("Run with --help for usage.") << '\n';
        exitCode = Usage;
        return false;
    }
    takePassphraseFile(parser, passphraseFile);
    if (parser.isSet(help)) {
        out << helpFor(parser, arguments);
        exitCode = Success;
        return false;
    }
    const int given = int(parser.positionalArguments().size());
    if (given < positionals) {
        err << CommandLineText::tr("Missing arguments.") << '\n' << helpFor(parser, arguments);
        exitCode = Usage;
        return false;
    }
    return true;
}

std::optional<QString> unusableScopeOrPeriod(const KpiStore &store, const Scope &scope, const QString &periodText)
{
    if (auto unknown = unknownScope(store.structure(), scope))
        return unknown;
    return unreadablePeriod(periodText, store.citySettings().fiscalYearStartMonth);
}

namespace {

int scorecard(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineText::tr("Prints the scorecard of a scope and everything below it for one period."));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), CommandLineText::tr("The KPI database."));
    const QCommandLineOption period(QStringLiteral("period"),
        CommandLineText::tr("Month (2024-03), quarter (2024-Q1, FY2024-Q3), year (2024, FY2024), week "
                            "(2024-W10), day or \"latest\" (the default: the latest month with data)."),
        QStringLiteral("P"), QStringLiteral("latest"));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   CommandLineText::tr("citywide (default), goal:CODE, objective:CODE or dept:CODE."),
                                   QStringLiteral("SCOPE"), QStringLiteral("citywide"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLineText::tr("table (default), csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({period, scope, format});
    int code = Success;
    if (!parseCommand(parser, arguments, 1, out, err, code))
        return code;
    const auto parsedScope = Scope::parse(parser.value(scope));
    if (!parsedScope) {
        err << CommandLineText::tr("\"%1\" is not a scope. Use citywide, goal:CODE, objective:CODE or dept:CODE.")
                   .arg(parser.value(scope))
            << '\n';
        return Usage;
    }
    const QString formatName = parser.value(format).toLower();
    if (formatName != QLatin1String("table") && formatName != QLatin1String("csv") && formatName != QLatin1String("json")) {
        err << CommandLineText::tr("\"%1\" is not a format. Use table, csv or json.").arg(parser.value(format)) << '\n';
        return Usage;
    }
    const auto store = openDatabase(parser.positionalArguments().at(0));
    if (const auto unknown = unusableScopeOrPeriod(*store, *parsedScope, parser.value(period))) {
        err << *unknown << '\n'; // what the user typed
        return Usage;
    }
    const Scorecard card = loadScorecard(*store, parser.value(period), *parsedScope);
    if (formatName == QLatin1String("csv"))
        out << QString::fromUtf8(scorecardCsv(card));
    else if (formatName == QLatin1String("json"))
        out << QString::fromUtf8(scorecardJson(card));
    else
        out << scorecardTable(card);
    return Success;
}

int settings(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineText::tr("Shows the city settings, shows one, or changes one.\nKeys: %1.")
            .arg(CitySettings::keys().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), CommandLineText::tr("The KPI database."));
    parser.addPositionalArgument(
        QStringLiteral("KEY"), CommandLineText::tr("The setting to show or change."), QStringLiteral("[KEY"));
    parser.addPositionalArgument(
        QStringLiteral("VALUE"), CommandLineText::tr("Its new value."), QStringLiteral("[VALUE]]"));
    int code = Success;
    if (!parseCommand(parser, arguments, 1, out, err, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 3) {
        err << CommandLineText::tr("Too many arguments.") << '\n';
        return Usage;
    }
    const auto store = openDatabase(positional.at(0));
    CitySettings current = store->citySettings();
    if (positional.size() == 1) {
        for (const QString &key : CitySettings::keys())
            out << key << " = " << *current.value(key) << '\n';
        return Success;
    }
    const QString key = positional.at(1);
    if (!current.value(key)) {
        err << CommandLineText::tr("Unknown setting \"%1\". The settings are: %2.")
                   .arg(key, CitySettings::keys().join(QStringLiteral(", ")))
            << '\n';
        return Usage;
    }
    if (positional.size() == 2) {
        out << *current.value(key) << '\n';
        return Success;
    }
    if (const auto problem = current.set(key, positional.at(2))) {
        err << *problem << '\n';
        return InvalidData;
    }
    const CitySettings saved = store->changeCitySettings(SettingsChange(store->citySettings(), current));
    out << key << " = " << *saved.value(key) << '\n';
    return Success;
}

// A server database set up by server-init is empty until something is written to it.
bool holdsCity(const QString &location)
{
    const auto store = openDatabase(location, StoreOpenMode::CreateIfMissing);
    return store->latestChangeId() > 0 || !store->structure().measures.empty();
}

int init(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineText::tr("Creates an empty CivicStat database, so that the city's name and fiscal "
                            "year can be set before anything is imported. An existing file is never "
                            "overwritten."));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), CommandLineText::tr("The new database file."));
    const QCommandLineOption city(QStringLiteral("city"), CommandLineText::tr("The city's name (default: My city)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption fiscalStart(QStringLiteral("fiscal-year-start"),
        CommandLineText::tr("The month number the fiscal year starts in, 1 to 12 (default 7, July; "
                            "10 for October, 1 for a calendar fiscal year)."),
        QStringLiteral("MONTH"));
    parser.addOptions({city, fiscalStart});
    int code = Success;
    if (!parseCommand(parser, arguments, 1, out, err, code))
        return code;
    const QString path = parser.positionalArguments().at(0);
    if (QFileInfo::exists(path) || (isServerLocation(path) && holdsCity(path))) {
        err << CommandLineText::tr(
            "\"%1\" already exists and is never overwritten. Choose another name, or change its settings "
            "with \"civicstat settings\".")
                   .arg(path)
            << '\n';
        return Usage;
    }
    CitySettings settings;
    const std::pair<QString, const QCommandLineOption *> given[] = {
        {QStringLiteral("city_name"), &city}, {QStringLiteral("fiscal_year_start_month"), &fiscalStart}};
    for (const auto &[key, option] : given) {
        if (!parser.isSet(*option))
            continue;
        if (const auto problem = settings.set(key, parser.value(*option))) {
            err << *problem << ' ' << CommandLineText::tr("No database was created.") << '\n';
            return InvalidData;
        }
    }
    try {
        openDatabase(path, StoreOpenMode::CreateIfMissing)->saveCitySettings(settings);
    } catch (const StoreError &) {
        if (!isServerLocation(path))
            QFile::remove(path); // a database without the settings asked for is not what was asked
        throw;
    }
    const Period year = Period::fiscalYear(Period::fiscalYearContaining(QDate::currentDate(), settings.fiscalYearStartMonth),
                                           settings.fiscalYearStartMonth);
    const QLocale c = QLocale::c();
    out << CommandLineText::tr("Created %1 for %2. The fiscal year starts in %3: %4 runs from %5 to %6.")
               .arg(path, settings.cityName, c.monthName(settings.fiscalYearStartMonth), year.text(),
                    c.toString(year.first(), QStringLiteral("d MMMM yyyy")), c.toString(year.last(), QStringLiteral("d MMMM yyyy")))
        << '\n';
    return Success;
}

int undoImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineText::tr("Undoes the latest import not yet undone: the figures and comments it added go, "
                            "those it replaced come back. Goals, objectives, measures and targets it "
                            "created stay. Run it again to undo the import before."));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), CommandLineText::tr("The KPI database."));
    int code = Success;
    if (!parseCommand(parser, arguments, 1, out, err, code))
        return code;
    const auto store = openDatabase(parser.positionalArguments().at(0));
    const UndoneImport undone = store->undoLastImport();
    out << CommandLineText::tr("Undid import %1 (%2, %3): %4 removed, %5 put back.")
               .arg(QString::number(undone.importId), undone.fileName, undone.importedAt,
                    countPhrase(undone.removed, CommandLineText::tr("%1 figure"), CommandLineText::tr("%1 figures")),
                    QString::number(undone.restored));
    if (undone.comments > 0)
        out << ' '
            << CommandLineText::tr("%1 it brought were taken away.")
                   .arg(countPhrase(undone.comments, CommandLineText::tr("%1 comment"), CommandLineText::tr("%1 comments")));
    out << '\n';
    return Success;
}

int demo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineText::tr("Writes the fictional demo city of Riverton to a new database. The same "
                            "scale and seed always give the same figures."));
    parser.addPositionalArgument(
        QStringLiteral("OUT"), CommandLineText::tr("The new database file (never overwritten)."));
    const QCommandLineOption scale(QStringLiteral("scale"),
        CommandLineText::tr("demo (120 measures, 5 years; the default) or large (2,000 measures, 10 years, "
                            "about 3.3 million observations)."),
        QStringLiteral("SCALE"), QStringLiteral("demo"));
    const QCommandLineOption seed(QStringLiteral("seed"), CommandLineText::tr("Random seed (default 2026)."),
        QStringLiteral("N"), QStringLiteral("2026"));
    parser.addOptions({scale, seed});
    int code = Success;
    if (!parseCommand(parser, arguments, 1, out, err, code))
        return code;
    DemoOptions options;
    const QString scaleName = parser.value(scale).toLower();
    if (scaleName == QLatin1String("large"))
        options.scale = DemoOptions::Scale::Large;
    else if (scaleName != QLatin1String("demo")) {
        err << CommandLineText::tr("\"%1\" is not a scale. Use demo or large.").arg(parser.value(scale)) << '\n';
        return Usage;
    }
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err << CommandLineText::tr("\"%1\" is not a seed. Use a whole number.").arg(parser.value(seed)) << '\n';
        return Usage;
    }
    const QString path = parser.positionalArguments().at(0);
    if (QFileInfo::exists(path) || (isServerLocation(path) && holdsCity(path))) {
        err << CommandLineText::tr(
            "\"%1\" already exists and is never overwritten. Choose another name, or delete it first.")
                   .arg(path)
            << '\n';
        return Usage;
    }
    QElapsedTimer timer;
    timer.start();
    const DemoSummary summary = writeDemoCity(path, options);
    out << CommandLineText::tr("Wrote %1: %2 measures, %3 observations in %4 s.")
               .arg(path, QString::number(summary.measures), QString::number(summary.observations),
                    QString::number(timer.elapsed() / 1000.0, 'f', 1))
        << '\n';
    return Success;
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString first = arguments.first();
    if (commands.contains(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v"))
        return true;
    // A word that is neither a file nor a database's name is a mistyped command, not a database to open.
    const bool looksLikeDatabase = first.endsWith(QLatin1String(".db"), Qt::CaseInsensitive)
        || first.endsWith(QLatin1String(".sqlite"), Qt::CaseInsensitive) || first.contains(QLatin1Char('/'));
    return !first.startsWith(QLatin1Char('-')) && !looksLikeDatabase && !QFileInfo::exists(first);
}

bool commandPaints(const QStringList &arguments)
{
    return arguments.value(0) == QLatin1String("briefing");
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "civicstat " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out << overview();
        return Success;
    }
    const QStringList rest = QStringList{arguments.value(0) + QLatin1Char(' ') + command} + arguments.mid(2);
    try {
        if (command == QLatin1String("init"))
            return init(rest, out, err);
        if (command == QLatin1String("scorecard"))
            return scorecard(rest, out, err);
        if (command == QLatin1String("import"))
            return runImport(rest, out, err);
        if (command == QLatin1String("undo-import"))
            return undoImport(rest, out, err);
        if (command == QLatin1String("settings"))
            return settings(rest, out, err);
        if (command == QLatin1String("demo"))
            return demo(rest, out, err);
        if (command == QLatin1String("check"))
            return runCheck(rest, out, err);
        if (command == QLatin1String("briefing"))
            return runBriefing(rest, out, err);
        if (command == QLatin1String("export"))
            return runExport(rest, out, err);
        if (command == QLatin1String("publish"))
            return runPublish(rest, out, err);
        if (command == QLatin1String("seal"))
            return runSeal(rest, out, err);
        if (command == QLatin1String("server-init"))
            return runServerInit(rest, out, err);
        if (command == QLatin1String("server-user"))
            return runServerUser(rest, out, err);
        if (command == QLatin1String("snapshot"))
            return runSnapshot(rest, out, err);
        if (command == QLatin1String("sync"))
            return runSync(rest, out, err);
    } catch (const StoreError &error) {
        err << error.message() << '\n';
        return exitCodeFor(error);
    }
    err << CommandLineText::tr("Unknown command \"%1\".").arg(command) << "\n\n" << overview();
    return Usage;
}

} // namespace civicstat::cli
