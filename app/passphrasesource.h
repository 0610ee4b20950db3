// Where a command gets a sealed database's passphrase (docs/cli.md): the file
// named by --passphrase-file, else the file named by CIVICSTAT_PASSPHRASE_FILE,
// else typed on the terminal without echo. Never from the command line itself,
// where other users could read it in the process list.
#pragma once

#include "kpistore.h"
#include "storeerror.h"

#include <memory>
#include <QString>

class QCommandLineOption;
class QCommandLineParser;

namespace civicstat::cli {

QCommandLineOption passphraseFileOption();
// Remembers the current command's --passphrase-file (parseCommand calls it).
void takePassphraseFile(const QCommandLineParser &parser, const QCommandLineOption &option);

// Opens the database as openStore() does; for a sealed file, with the
// passphrase from the sources above. Throws StoreError.
std::unique_ptr<KpiStore> openDatabase(const QString &path, StoreOpenMode mode = StoreOpenMode::Existing);

// The passphrase from --passphrase-file or the environment, or, when neither
// names a file, typed on the terminal (asked twice when `confirm`). Throws
// StoreError when there is no way to get one.
QString passphraseFor(const QString &path, bool confirm);

// A server's password, typed on the terminal without echo as psql asks for it,
// after the server said it needs one (PasswordNeeded). With no terminal,
// throws StoreError(PasswordNeeded) naming ~/.pgpass and PGPASSWORD instead.
// What was typed is kept in memory for the rest of the command, not asked twice.
QString serverPasswordFor(const QString &location);

// Runs `work(password)` with an empty password (libpq's own sources: the
// address, PGPASSWORD, ~/.pgpass); when the server wants one, asks
// (serverPasswordFor) and runs it once more with what was typed.
template<typename Work>
auto signedIn(const QString &location, Work work) -> decltype(work(QString()))
{
    try {
        return work(QString());
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::PasswordNeeded)
            throw;
        QString password = serverPasswordFor(location);
        auto result = work(password);
        password.fill(QLatin1Char('\0'));
        return result;
    }
}

// The first line of the file (a passphrase or a server password). Throws StoreError.
QString readPassphraseFile(const QString &path);
// One line typed on the terminal with echo off, after the prompt on stderr.
QString askOnTerminal(const QString &prompt);

} // namespace civicstat::cli
