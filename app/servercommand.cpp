#include "servercommand.h"

#include "commandline.h"
#include "passphrasesource.h"
#include "storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace civicstat::cli {

namespace {
struct ServerCommandText { Q_DECLARE_TR_FUNCTIONS(ServerCommand) };

const QStringList kinds = {QStringLiteral("viewer"), QStringLiteral("editor"), QStringLiteral("administrator")};
const QStringList clearances
    = {QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("confidential"), QStringLiteral("restricted")};

bool refuseNonServer(const QString &location, QTextStream &err)
{
    if (isServerLocation(location))
        return false;
    err << ServerCommandText::tr("\"%1\" is not a PostgreSQL address. Give one that starts with postgresql://, "
                                 "for example postgresql://civicstat@db.example.org/kpis.")
               .arg(location)
        << '\n';
    return true;
}

// Typed twice on the terminal, so that a typo does not lock the user out.
// Empty: keep the current password (the server refuses a new user without one).
QString passwordTyped(const QString &login, QTextStream &err)
{
    const QString first = askOnTerminal(
        ServerCommandText::tr("Password for %1 (empty keeps the current one): ").arg(login));
    if (first.isEmpty())
        return {};
    if (askOnTerminal(ServerCommandText::tr("The same password again: ")) != first) {
        err << ServerCommandText::tr("The two passwords differ; nothing was changed. Run the command again.") << '\n';
        return QStringLiteral("\n"); // cannot be a typed line: tells the caller to stop
    }
    return first;
}
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
    const ServerInitReport report
        = signedIn(location, [&](const QString &password) { return initializeServer(location, password); });
    if (report.fromVersion == report.toVersion)
        out << ServerCommandText::tr("%1 is already a CivicStat database (format %2); nothing was changed.")
                   .arg(report.database, QString::number(report.toVersion));
    else if (report.fromVersion == 0)
        out << ServerCommandText::tr("Set up CivicStat's tables (format %1) in %2. It opens by its address now, "
                                     "like a file; bring figures in with \"civicstat import\".")
                   .arg(report.toVersion)
                   .arg(report.database);
    else
        out << ServerCommandText::tr("Upgraded %1 from format %2 to format %3.")
                   .arg(report.database, QString::number(report.fromVersion), QString::number(report.toVersion));
    out << '\n';
    return Success;
}

int runServerUser(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ServerCommandText::tr(
        "Creates or changes a CivicStat user of a PostgreSQL database: a login role that is a viewer (reads what "
        "their clearance allows), an editor (also writes figures and commentary for their departments) or an "
        "administrator (everything their clearance allows). The server enforces it, for every program that "
        "connects. Run it as the user who ran server-init. The password is asked on the terminal, or read from "
        "the first line of --password-file; never give it on the command line."));
    parser.addPositionalArgument(QStringLiteral("URL"), ServerCommandText::tr("The PostgreSQL database."));
    parser.addPositionalArgument(QStringLiteral("NAME"), ServerCommandText::tr("The user's login name."));
    const QCommandLineOption role(QStringLiteral("role"),
        ServerCommandText::tr("viewer, editor or administrator."), QStringLiteral("ROLE"));
    const QCommandLineOption departments(QStringLiteral("departments"),
        ServerCommandText::tr("Department codes, separated by commas: whose figures and commentary an editor may "
                              "write."), QStringLiteral("CODES"));
    const QCommandLineOption clearance(QStringLiteral("clearance"),
        ServerCommandText::tr("The highest classification the user reads: public, internal, confidential or "
                              "restricted (default: public for viewers, internal otherwise)."), QStringLiteral("LEVEL"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        ServerCommandText::tr("Read the password from the first line of FILE instead of asking."), QStringLiteral("FILE"));
    parser.addOptions({role, departments, clearance, passwordFile});
    int code = Success;
    if (!parseCommand(parser, arguments, 2, out, err, code))
        return code;
    const QString location = parser.positionalArguments().at(0);
    if (refuseNonServer(location, err))
        return Usage;
    ServerUser user;
    user.login = parser.positionalArguments().at(1);
    user.kind = parser.value(role);
    if (!kinds.contains(user.kind)) {
        err << ServerCommandText::tr("Give the user's role with --role viewer, --role editor or --role "
                                     "administrator.") << '\n';
        return Usage;
    }
    user.clearance = parser.isSet(clearance) ? parser.value(clearance)
                                             : user.kind == QLatin1String("viewer") ? QStringLiteral("public")
                                                                                    : QStringLiteral("internal");
    if (!clearances.contains(user.clearance)) {
        err << ServerCommandText::tr("\"%1\" is not a clearance: give public, internal, confidential or restricted.")
                   .arg(user.clearance) << '\n';
        return Usage;
    }
    for (const QString &code : parser.value(departments).split(QLatin1Char(','), Qt::SkipEmptyParts))
        user.departments << code.trimmed();
    if (parser.isSet(passwordFile)) {
        user.password = readPassphraseFile(parser.value(passwordFile));
    } else {
        user.password = passwordTyped(user.login, err);
        if (user.password == QLatin1String("\n"))
            return Usage;
    }
    const ServerUserReport report = signedIn(
        location, [&](const QString &signInPassword) { return setUpServerUser(location, user, signInPassword); });
    user.password.fill(QLatin1Char('\0'));
    const QString what = user.departments.isEmpty()
        ? ServerCommandText::tr("%1 with clearance %2").arg(user.kind, user.clearance)
        : ServerCommandText::tr("%1 for %2 with clearance %3")
              .arg(user.kind, user.departments.join(QStringLiteral(", ")), user.clearance);
    out << (report.created ? ServerCommandText::tr("Created the user %1 in %2: %3.")
                           : ServerCommandText::tr("Changed the user %1 in %2: now %3."))
               .arg(user.login, report.database, what)
        << '\n';
    return Success;
}

} // namespace civicstat::cli
