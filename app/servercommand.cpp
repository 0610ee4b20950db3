#include "servercommand.h"

#include "commandline.h"
#include "storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace civicstat::cli {

namespace {
struct ServerCommandText { Q_DECLARE_TR_FUNCTIONS(ServerCommand) };
} // namespace

int runServerInit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ServerCommandText::tr(
        "Sets up CivicStat's tables in an empty PostgreSQL database, or upgrades those of an older CivicStat, in "
        "one transaction: all of it or nothing. Run it once, as a user who may create tables in the database, "
        "before anyone opens it; running it again changes nothing. URL is postgresql://USER@HOST:PORT/DATABASE "
        "(a password is best kept in ~/.pgpass, not on the command line)."));
    parser.addPositionalArgument(QStringLiteral("URL"), ServerCommandText::tr("The PostgreSQL database."));
    int code = Success;
    if (!parseCommand(parser, arguments, 1, out, err, code))
        return code;
    const QString location = parser.positionalArguments().at(0);
    if (!isServerLocation(location)) {
        err << ServerCommandText::tr("\"%1\" is not a PostgreSQL address. Give one that starts with postgresql://, "
                                     "for example postgresql://civicstat@db.example.org/kpis. A database file needs "
                                     "no setting up: \"civicstat init\" creates one.")
                   .arg(location)
            << '\n';
        return Usage;
    }
    const ServerInitReport report = initializeServer(location);
    if (report.fromVersion == report.toVersion)
        out << ServerCommandText::tr("%1 is already a CivicStat database (format %2); nothing was changed.")
                   .arg(report.database)
                   .arg(report.toVersion);
    else if (report.fromVersion == 0)
        out << ServerCommandText::tr("Set up CivicStat's tables (format %1) in %2. It opens by its address now, "
                                     "like a file; bring figures in with \"civicstat import\".")
                   .arg(report.toVersion)
                   .arg(report.database);
    else
        out << ServerCommandText::tr("Upgraded %1 from format %2 to format %3.")
                   .arg(report.database)
                   .arg(report.fromVersion)
                   .arg(report.toVersion);
    out << '\n';
    return Success;
}

} // namespace civicstat::cli
