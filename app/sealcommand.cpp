#include "sealcommand.h"

#include "commandline.h"
#include "passphrasesource.h"
#include "storeerror.h"
#include "storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace civicstat::cli {

namespace {
struct SealCommandText {
    Q_DECLARE_TR_FUNCTIONS(SealCommand)
};
} // namespace

int runSeal(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SealCommandText::tr(
        "Writes an encrypted (sealed) copy of PLAIN.db to SEALED.db, for carrying a database that is not public "
        "on a laptop or a stick. Opening SEALED.db needs the passphrase, asked twice on the terminal without "
        "showing it (or read from --passphrase-file); it must have at least 10 characters. PLAIN.db is not "
        "changed. Exit codes: 0 sealed, 1 the passphrase is too short or the two differ, 3 PLAIN.db cannot be "
        "opened, 4 SEALED.db exists already or cannot be written."));
    parser.addPositionalArgument(QStringLiteral("PLAIN.db"), SealCommandText::tr("The database to seal."));
    parser.addPositionalArgument(QStringLiteral("SEALED.db"), SealCommandText::tr("The sealed copy to write."));
    int code = Success;
    if (!parseCommand(parser, arguments, 2, out, err, code))
        return code;
    const QString plain = parser.positionalArguments().at(0);
    const QString sealed = parser.positionalArguments().at(1);
    if (QFileInfo::exists(sealed)) {
        err << SealCommandText::tr("%1 exists already. Choose a new name, or remove it first.")
                   .arg(QDir::toNativeSeparators(sealed))
            << '\n';
        return CannotWrite;
    }
    if (isSealedStore(plain)) {
        err << SealCommandText::tr("%1 is sealed already.").arg(QDir::toNativeSeparators(plain)) << '\n';
        return InvalidData;
    }
    try {
        openStore(plain).reset(); // a CivicStat database, checked before asking for a passphrase
        sealDatabase(plain, sealed, passphraseFor(sealed, true));
    } catch (const StoreError &error) {
        err << error.message() << '\n';
        switch (error.kind()) {
        case StoreError::Kind::InvalidData:
            return InvalidData;
        case StoreError::Kind::Io:
            return CannotWrite;
        default:
            return CannotOpen;
        }
    }
    out << SealCommandText::tr("Sealed %1 as %2. Keep the passphrase apart from the file: without it, nobody can "
                               "open the copy, you included.")
               .arg(QDir::toNativeSeparators(plain), QDir::toNativeSeparators(sealed))
        << '\n';
    return Success;
}

} // namespace civicstat::cli
