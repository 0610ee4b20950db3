#include "passphrasedialog.h"

#include "problemrow.h"

#include "storeerror.h"
#include "windowerrortext.h"
#include "storefactory.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace civicstat {

PassphraseDialog::PassphraseDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_passphrase(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Sealed database"));
    auto *explanation = new QLabel(tr("<b>%1</b> is sealed: it is encrypted, and opens only with its passphrase.")
                                       .arg(QDir::toNativeSeparators(path).toHtmlEscaped()),
        this);
    explanation->setWordWrap(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_problemRow = makeProblemRow(m_problem, QStringLiteral("passphraseProblem"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);
    m_open->setEnabled(false);
    connect(m_passphrase, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_open->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_problemRow);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString PassphraseDialog::problem() const
{
    return m_problemRow->isHidden() ? QString() : m_problem->text();
}

void PassphraseDialog::accept()
{
    // Deriving the key takes about a second by design (docs/offline-encryption.md).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString problem;
    try {
        m_store = openStore(m_path, StoreOpenOptions { StoreOpenMode::Existing, m_passphrase->text(), QString() });
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::PassphraseRejected) {
            // Another try cannot help a newer format or a cut header: the caller says so.
            QApplication::restoreOverrideCursor();
            m_failure = error;
            QDialog::reject();
            return;
        }
        problem = windowText(error);
    }
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problemRow->show();
        adjustSize(); // the wrapped message needs the height
        m_passphrase->selectAll();
        m_passphrase->setFocus();
        return;
    }
    m_passphrase->clear();
    QDialog::accept();
}

std::unique_ptr<KpiStore> openStoreAskingPassphrase(const QString &path, QWidget *parent)
{
    if (!isSealedStore(path))
        return openStore(path);
    PassphraseDialog dialog(path, parent);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (const auto failure = dialog.failure())
        throw *failure;
    return accepted ? dialog.takeStore() : nullptr;
}

} // namespace civicstat
