#include "checkcommand.h"

#include "commandline.h"
#include "databasecheck.h"
#include "passphrasesource.h"
#include "storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace civicstat::cli {

int runCheck(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CheckCommand",
        "Checks DATABASE with SQLite's integrity check, without changing it (after a crash or a power cut, what an "
        "interrupted write began is rolled back first, as any opening does). A sound database gets its numbers "
        "of measures, observations and imports and a digest of its figures: two databases with the same digest "
        "hold the same figures. Exit codes: 0 sound, 1 damaged (SQLite's findings are printed), 3 it cannot be "
        "opened."));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), QCoreApplication::translate("CheckCommand", "The KPI database."));
    int code = Success;
    if (!parseCommand(parser, arguments, 1, out, err, code))
        return code;
    const QString location = parser.positionalArguments().at(0);
    const DatabaseCheck check
        = signedIn(location, [&](const QString &password) { return checkStore(location, password); });
    out << databaseCheckReport(check);
    return check.isSound() ? Success : InvalidData;
}

} // namespace civicstat::cli
