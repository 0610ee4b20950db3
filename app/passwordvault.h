// Where the window remembers server passwords the user asked it to keep: the
// desktop's keychain (KeychainVault) or, in tests, memory. Entries are keyed
// by ServerAccount::key() ("user@host:port/database"); the key never holds
// the password.
#pragma once

#include <QString>
#include <optional>

namespace civicstat {

class PasswordVault
{
public:
    virtual ~PasswordVault() = default;
    // False where nothing can be remembered safely (no keychain runs); then
    // unavailableReason() says why, for the user.
    virtual bool available() = 0;
    virtual QString unavailableReason() const = 0;
    // The remembered password, or nothing (none, or the keychain did not answer).
    virtual std::optional<QString> read(const QString &key) = 0;
    // False when the keychain refused or did not answer.
    virtual bool write(const QString &key, const QString &password) = 0;
    virtual void forget(const QString &key) = 0;
};

} // namespace civicstat
