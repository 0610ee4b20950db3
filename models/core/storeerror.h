// The one exception the core throws when a database or input file cannot be
// used. Its message is written for the person at the keyboard: it names the
// file and says what to do. Callers at the edge (command line, window) catch it.
// Where what to do means running a command, the window and the terminal have
// different commands: such an error carries its situation (what happened, the
// file named) and a Remedy, and each edge words the remedy in its own commands.
#pragma once

#include <QString>
#include <stdexcept>

namespace civicstat {

class StoreError final : public std::runtime_error
{
public:
    enum class Kind {
        Missing,      // the file does not exist
        NotCivicStat, // not SQLite, or SQLite without CivicStat's tables
        Corrupt,      // SQLite reports damage
        NewerVersion, // written by a newer CivicStat: opened read-only
        ReadOnly,     // a write was attempted on a read-only database
        Busy,         // locked by another program
        Io,           // disk full, permission denied, other I/O
        InvalidData,  // a value breaks a rule of the format
        Cancelled,    // the user stopped a long write; it was rolled back
        PassphraseNeeded,   // a sealed file was opened without a passphrase: ask for one and open again
        PassphraseRejected, // a sealed file did not decrypt: wrong passphrase, or changed or damaged since sealed
        PasswordNeeded,     // a server wants a password and none was given: ask for one and open again
        PasswordRejected,   // a server refused the password it was given
    };

    // What the reader may do next when that is to make or choose another database.
    enum class Remedy {
        None,              // the message's own advice names no command
        CreateOrChoose,    // no usable database there: create one, or choose another file
        ImportInstead,     // a spreadsheet or another program's file: import its data into a database
        TakeOfflineCopy,   // the operation needs an offline copy: take one
        SetUpServer,       // a server database must be set up or upgraded for CivicStat by someone who may
    };

    StoreError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message), m_situation(message)
    {
    }
    // `situation` says what happened and names no command; message() adds the command line's remedy.
    StoreError(Kind kind, const QString &situation, Remedy remedy)
        : StoreError(kind, remedy == Remedy::None ? situation : situation + QLatin1Char(' ') + commandLineRemedy(remedy))
    {
        m_situation = situation;
        m_remedy = remedy;
    }

    // For a remedy whose command line words need details (an address): `commandLineWords` says it there.
    StoreError(Kind kind, const QString &situation, Remedy remedy, const QString &commandLineWords)
        : StoreError(kind, situation + QLatin1Char(' ') + commandLineWords)
    {
        m_situation = situation;
        m_remedy = remedy;
    }

    Kind kind() const { return m_kind; }
    // The whole text for the command line (and any caller that does not choose its own remedy).
    const QString &message() const { return m_message; }
    // What happened, without the remedy; the whole message when it has no Remedy.
    const QString &situation() const { return m_situation; }
    Remedy remedy() const { return m_remedy; }

    // The remedy in the command line's words: "civicstat init", "civicstat import", ...
    static QString commandLineRemedy(Remedy remedy);

private:
    Kind m_kind;
    QString m_message;
    QString m_situation;
    Remedy m_remedy = Remedy::None;
};

} // namespace civicstat
