// The one exception the core throws when a database or input file cannot be
// used. Its message is written for the person at the keyboard: it names the
// file and says what to do. Callers at the edge (command line, window) catch it.
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

    StoreError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace civicstat
