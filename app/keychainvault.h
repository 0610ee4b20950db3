// PasswordVault in the desktop's keychain through QtKeychain (the Secret
// Service of GNOME Keyring or KWallet on Linux). Its insecure fallback, a
// plain-text settings file, stays off: where no keychain runs, the vault is
// unavailable and nothing is remembered. QtKeychain's jobs answer over D-Bus
// asynchronously; each is waited for in a local event loop for at most
// `timeoutMs`, so a hung keychain cannot freeze the window for longer.
#pragma once

#include "passwordvault.h"

#include <optional>

namespace civicstat {

class KeychainVault final : public PasswordVault
{
public:
    explicit KeychainVault(int timeoutMs = 3000);

    bool available() override;
    QString unavailableReason() const override { return m_unavailableReason; }
    std::optional<QString> read(const QString &key) override;
    bool write(const QString &key, const QString &password) override;
    void forget(const QString &key) override;

private:
    int m_timeoutMs;
    std::optional<bool> m_available; // asked once per session
    QString m_unavailableReason;
};

} // namespace civicstat
