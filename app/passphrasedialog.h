// Asks for a sealed database's passphrase (docs/offline-encryption.md) and
// opens it. A wrong passphrase (or a changed file: the encryption cannot tell
// which) is said in the dialog, which stays open for another try or Cancel.
#pragma once

#include "kpistore.h"
#include "storeerror.h"

#include <memory>
#include <optional>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace civicstat {

class PassphraseDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PassphraseDialog(const QString &path, QWidget *parent = nullptr);
    // The opened store after the dialog was accepted; null otherwise.
    std::unique_ptr<KpiStore> takeStore() { return std::move(m_store); }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QString problem() const;
    // A problem that another passphrase cannot solve; the dialog was closed.
    const std::optional<StoreError> &failure() const { return m_failure; }

    void accept() override;

private:
    QString m_path;
    std::unique_ptr<KpiStore> m_store;
    std::optional<StoreError> m_failure;
    QLineEdit *m_passphrase;
    QLabel *m_problem;
    QWidget *m_problemRow;
    QPushButton *m_open;
};

// Opens the database at `path`, asking for the passphrase when it is sealed.
// Null when the user cancelled; throws StoreError for any other problem.
std::unique_ptr<KpiStore> openStoreAskingPassphrase(const QString &path, QWidget *parent);

} // namespace civicstat
