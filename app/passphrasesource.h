// Where a command gets a sealed database's passphrase (docs/cli.md): the file
// named by --passphrase-file, else the file named by CIVICSTAT_PASSPHRASE_FILE,
// else typed on the terminal without echo. Never from the command line itself,
// where other users could read it in the process list.
#pragma once

#include "kpistore.h"

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

// The first line of the file (a passphrase or a server password). Throws StoreError.
QString readPassphraseFile(const QString &path);
// One line typed on the terminal with echo off, after the prompt on stderr.
QString askOnTerminal(const QString &prompt);

} // namespace civicstat::cli
