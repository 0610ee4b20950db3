#include "publishcommand.h"

#include "commandline.h"
#include "storeerror.h"
#include "storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace civicstat::cli {

namespace {
struct PublishCommandText { Q_DECLARE_TR_FUNCTIONS(PublishCommand) };
} // namespace

int runPublish(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(PublishCommandText::tr(
        "Copies SOURCE.db to SHARED.db (for example a file on a network share that others open read-only) with "
        "SQLite's online backup, beside SHARED.db, checks the copy and renames it into place in one step: anyone "
        "opening SHARED.db gets the old complete database or the new one, never half of either. SOURCE.db may be "
        "in use meanwhile. Exit codes: 0 published, 3 SOURCE.db cannot be opened, 4 SHARED.db cannot be written "
        "(it is left as it was)."));
    parser.addPositionalArgument(QStringLiteral("SOURCE.db"), PublishCommandText::tr("The database to publish."));
    parser.addPositionalArgument(QStringLiteral("SHARED.db"), PublishCommandText::tr("The shared file to replace."));
    int code = Success;
    if (!parseCommand(parser, arguments, 2, out, err, code))
        return code;
    const QString source = parser.positionalArguments().at(0);
    const QString target = parser.positionalArguments().at(1);
    try {
        publishStore(source, target);
    } catch (const StoreError &error) {
        err << error.message() << '\n';
        return error.kind() == StoreError::Kind::Io || error.kind() == StoreError::Kind::Corrupt ? CannotWrite
                                                                                                   : CannotOpen;
    }
    out << PublishCommandText::tr("Published %1 as %2.")
               .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(target))
        << '\n';
    return Success;
}

} // namespace civicstat::cli
