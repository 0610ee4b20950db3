#include "serverpassworddialog.h"

#include "problemrow.h"

#include "passwordvault.h"
#include "storefactory.h"
#include "windowerrortext.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace civicstat {

ServerPasswordDialog::ServerPasswordDialog(const QString &location, PasswordVault &vault, QWidget *parent)
    : QDialog(parent)
    , m_location(location)
    , m_vault(vault)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember this password in the desktop's keychain"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Server password"));
    const ServerAccount account = serverAccountOf(location);
    auto *explanation = new QLabel(
        tr("The PostgreSQL server <b>%1</b> asks for the password of user <b>%2</b> to open the database <b>%3</b>.")
            .arg(account.server.toHtmlEscaped(), account.user.toHtmlEscaped(), account.database.toHtmlEscaped()),
        this);
    explanation->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Password for %1").arg(account.user));
    if (m_vault.available()) {
        m_remember->setToolTip(tr("Kept encrypted by the desktop's keychain, under \"civicstat\" and %1; "
                                  "CivicStat never writes it to a file.")
                                   .arg(account.key()));
    } else {
        m_remember->setEnabled(false);
        m_remember->setToolTip(m_vault.unavailableReason());
    }
    m_problemRow = makeProblemRow(m_problem, QStringLiteral("serverPasswordProblem"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);
    m_open->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &text) { m_open->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerPasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(m_problemRow);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void ServerPasswordDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problemRow->show();
    adjustSize(); // the wrapped message needs the height
}

QString ServerPasswordDialog::problem() const { return m_problemRow->isHidden() ? QString() : m_problem->text(); }

void ServerPasswordDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString problem;
    try {
        m_store = openStore(m_location, StoreOpenOptions {StoreOpenMode::Existing, QString(), m_password->text()});
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::PasswordRejected) {
            // Another password cannot help a server that is down or a database that is missing: the caller says so.
            QApplication::restoreOverrideCursor();
            m_failure = error;
            QDialog::reject();
            return;
        }
        problem = windowText(error);
    }
    if (problem.isEmpty() && m_remember->isChecked())
        m_rememberFailed = !m_vault.write(serverAccountOf(m_location).key(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty()) {
        showProblem(problem);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    QDialog::accept();
}

std::unique_ptr<KpiStore> openServerAskingPassword(const QString &location, PasswordVault &vault, QWidget *parent)
{
    QString problem;
    try {
        return openStore(location); // ~/.pgpass, PGPASSWORD or the address, as for psql
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::PasswordRejected)
            problem = windowText(error);
        else if (error.kind() != StoreError::Kind::PasswordNeeded)
            throw;
    }
    const QString key = serverAccountOf(location).key();
    if (vault.available()) { // also when ~/.pgpass holds a stale password: the remembered one wins over it
        if (std::optional<QString> remembered = vault.read(key)) {
            try {
                auto store = openStore(location, StoreOpenOptions {StoreOpenMode::Existing, QString(), *remembered});
                remembered->fill(QLatin1Char('\0'));
                return store;
            } catch (const StoreError &error) {
                if (error.kind() != StoreError::Kind::PasswordRejected)
                    throw;
                vault.forget(key);
                problem = ServerPasswordDialog::tr("The password remembered in the desktop's keychain was refused, "
                                                   "and is forgotten now. %1")
                              .arg(windowText(error));
            }
        }
    }
    ServerPasswordDialog dialog(location, vault, parent);
    if (!problem.isEmpty())
        dialog.showProblem(problem);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (const auto failure = dialog.failure())
        throw *failure;
    if (accepted && dialog.rememberFailed())
        QMessageBox::information(parent, ServerPasswordDialog::tr("Server password"),
                                 ServerPasswordDialog::tr("The database is open, but the desktop's keychain did not "
                                                          "take the password: it will be asked for next time."));
    return accepted ? dialog.takeStore() : nullptr;
}

} // namespace civicstat
