#include "passphrasesource.h"

#include "storeerror.h"
#include "storefactory.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace civicstat::cli {

namespace {

struct PassphraseText {
    Q_DECLARE_TR_FUNCTIONS(Passphrase)
};

QString &currentPassphraseFile()
{
    static QString file;
    return file;
}

} // namespace

QString readPassphraseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Io,
            PassphraseText::tr("Cannot read the passphrase file %1: %2.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    // The first line is the passphrase; a trailing newline from an editor or "echo" is not part of it.
    QString words = QString::fromUtf8(file.readLine());
    while (words.endsWith(QLatin1Char('\n')) || words.endsWith(QLatin1Char('\r')))
        words.chop(1);
    if (words.isEmpty())
        throw StoreError(StoreError::Kind::InvalidData,
            PassphraseText::tr("The passphrase file %1 is empty: its first line must be the passphrase.")
                .arg(QDir::toNativeSeparators(path)));
    return words;
}

// Reads one line from the terminal with echo off, so that the passphrase never shows on screen.
QString askOnTerminal(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios before {};
    const bool terminal = tcgetattr(STDIN_FILENO, &before) == 0;
    if (terminal) {
        termios silent = before;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(char(c));
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    err << '\n' << Qt::flush;
    const QString words = QString::fromUtf8(line);
    line.fill('\0');
    return words;
}

QCommandLineOption passphraseFileOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
        PassphraseText::tr("For a sealed database: read its passphrase from the first line "
                           "of FILE instead of asking on the terminal."),
        QStringLiteral("FILE"));
}

void takePassphraseFile(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    currentPassphraseFile() = parser.value(option);
}

QString passphraseFor(const QString &path, bool confirm)
{
    QString file = currentPassphraseFile();
    if (file.isEmpty())
        file = qEnvironmentVariable("CIVICSTAT_PASSPHRASE_FILE");
    if (!file.isEmpty())
        return readPassphraseFile(file);
    if (!isatty(STDIN_FILENO))
        throw StoreError(StoreError::Kind::PassphraseNeeded,
            PassphraseText::tr("%1 is sealed: a passphrase is needed. Run the command in a terminal to "
                               "type it, or name a file holding it with --passphrase-file FILE or the "
                               "environment variable CIVICSTAT_PASSPHRASE_FILE.")
                .arg(QDir::toNativeSeparators(path)));
    const QString words = askOnTerminal(PassphraseText::tr("Passphrase for %1: ").arg(QDir::toNativeSeparators(path)));
    if (confirm && askOnTerminal(PassphraseText::tr("The same passphrase again: ")) != words)
        throw StoreError(StoreError::Kind::InvalidData,
            PassphraseText::tr("The two passphrases differ. Nothing was written; try again."));
    return words;
}

QString serverPasswordFor(const QString &location)
{
    // A command that opens the same server twice (init's check, then its write) asks once.
    static QHash<QString, QString> typedThisRun;
    if (const auto typed = typedThisRun.constFind(location); typed != typedThisRun.cend())
        return *typed;
    const ServerAccount account = serverAccountOf(location);
    if (!isatty(STDIN_FILENO))
        throw StoreError(StoreError::Kind::PasswordNeeded,
            PassphraseText::tr("The PostgreSQL server at %1 wants a password for user \"%2\" (database \"%3\"), "
                               "and there is no terminal to type it on. Keep it in ~/.pgpass (a line "
                               "%1:%3:%2:PASSWORD, readable only by you: chmod 600 ~/.pgpass), or set the "
                               "PGPASSWORD environment variable for this command, then run it again.")
                .arg(account.server, account.user, account.database));
    const QString typed = askOnTerminal(PassphraseText::tr("Password for user %1 on %2/%3: ")
                                            .arg(account.user, account.server, account.database));
    typedThisRun.insert(location, typed);
    return typed;
}

std::unique_ptr<KpiStore> openDatabase(const QString &path, StoreOpenMode mode)
{
    if (isServerLocation(path))
        return signedIn(path, [&](const QString &password) {
            return openStore(path, StoreOpenOptions {mode, QString(), password});
        });
    if (!isSealedStore(path))
        return openStore(path, mode);
    return openStore(path, StoreOpenOptions { mode, passphraseFor(path, false), QString() });
}

} // namespace civicstat::cli
