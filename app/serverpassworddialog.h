// Asks for a server password (File > Open server database, a recent server)
// and opens the database with it. It names the user, server and database,
// says why a password is asked again (the last one was refused), and offers
// to remember the password in the desktop's keychain; where no keychain runs,
// that box is disabled and its tooltip says why.
#pragma once

#include "kpistore.h"
#include "storeerror.h"

#include <memory>
#include <optional>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace civicstat {

class PasswordVault;

class ServerPasswordDialog final : public QDialog {
    Q_OBJECT

public:
    ServerPasswordDialog(const QString &location, PasswordVault &vault, QWidget *parent = nullptr);
    // Shows why the password is asked (again): the server's answer to the last one.
    void showProblem(const QString &problem);
    QString problem() const;
    // The opened store after the dialog was accepted; null otherwise.
    std::unique_ptr<KpiStore> takeStore() { return std::move(m_store); }
    // A problem that another password cannot solve; the dialog was closed.
    const std::optional<StoreError> &failure() const { return m_failure; }
    // True when the password was to be remembered and the keychain did not take it.
    bool rememberFailed() const { return m_rememberFailed; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }

    void accept() override;

private:
    QString m_location;
    PasswordVault &m_vault;
    std::unique_ptr<KpiStore> m_store;
    std::optional<StoreError> m_failure;
    bool m_rememberFailed = false;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QWidget *m_problemRow;
    QPushButton *m_open;
};

// Opens the server database at `location`: with libpq's own sources first
// (~/.pgpass, PGPASSWORD, the address), then with a password remembered in the
// vault (forgotten if the server refuses it), then asking in the dialog.
// Null when the user cancelled; throws StoreError for any other problem.
std::unique_ptr<KpiStore> openServerAskingPassword(const QString &location, PasswordVault &vault, QWidget *parent);

} // namespace civicstat
