// The command-line interface of the civicstat binary: scorecard, import,
// settings and demo (docs/cli.md). Each command parses its own options and
// calls the core; exit codes are the contract scripts rely on.
#pragma once

#include <QStringList>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace civicstat {
class KpiStore;
struct Scope;
}

namespace civicstat::cli {

enum ExitCode { Success = 0, InvalidData = 1, Usage = 2, CannotOpen = 3, CannotWrite = 4 };

// True when `arguments` (argv without the program name) ask for a command
// rather than the desktop application.
bool wantsCommandLine(const QStringList &arguments);
// True for a command that paints (a briefing book): it needs a QGuiApplication.
bool commandPaints(const QStringList &arguments);
// Runs the command; `arguments` includes the program name first.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
// Adds --help and parses; false (with `exitCode` set) when the command should
// stop: after --help, or on a usage error, which it reports.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, int positionals, QTextStream &out,
                  QTextStream &err, int &exitCode);
// Why the scope code or the period the user typed cannot be used with this
// database (a usage error, exit 2, for every command that takes them); nullopt when both can.
std::optional<QString> unusableScopeOrPeriod(const KpiStore &store, const Scope &scope, const QString &periodText);

} // namespace civicstat::cli
