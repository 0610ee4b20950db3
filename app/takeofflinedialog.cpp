#include "takeofflinedialog.h"

#include "storeerror.h"
#include "windowerrortext.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace civicstat {

TakeOfflineDialog::TakeOfflineDialog(const KpiStore &source, const QString &holder, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_holder(holder)
    , m_scope(new QComboBox(this))
    , m_audience(new QComboBox(this))
    , m_output(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_passphraseAgain(new QLineEdit(this))
    , m_sealingNote(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Take offline"));
    const Structure structure = source.structure();
    m_scope->addItem(tr("The whole city"), QStringLiteral("citywide"));
    for (const Goal &goal : structure.goals)
        m_scope->addItem(tr("Goal %1: %2").arg(goal.code, goal.name), QStringLiteral("goal:") + goal.code);
    for (const Department &department : structure.departments)
        m_scope->addItem(tr("Department %1: %2").arg(department.code, department.name),
                         QStringLiteral("dept:") + department.code);
    m_audience->addItem(tr("Internal: public and internal measures"), QStringLiteral("internal"));
    m_audience->addItem(tr("Public: public measures only, no figures by member"), QStringLiteral("public"));
    const QFileInfo sourceFile(source.location());
    m_output->setText(sourceFile.absoluteDir().filePath(sourceFile.completeBaseName() + tr("-offline") +
                                                        QStringLiteral(".db")));
    auto *browse = new QPushButton(tr("Choose..."), this);
    connect(browse, &QPushButton::clicked, this, &TakeOfflineDialog::chooseOutput);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);

    auto *intro = new QLabel(tr("An offline copy holds the chosen part of the city as its audience may see it: "
                                "a measure the audience may not see leaves no trace in the file. Comments written in "
                                "it are sent back later with Send comments back."),
                             this);
    intro->setWordWrap(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->hide();
    m_message->setWordWrap(true);
    m_message->hide();
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseAgain->setEchoMode(QLineEdit::Password);
    m_sealingNote->setWordWrap(true);
    const auto showSealing = [this] {
        const bool sealed = m_audience->currentData().toString() != QLatin1String("public");
        m_passphrase->setEnabled(sealed);
        m_passphraseAgain->setEnabled(sealed);
        m_sealingNote->setText(sealed ? tr("A copy for internal use is sealed: it opens only with this passphrase "
                                           "(at least 10 characters). Keep the passphrase apart from the laptop; "
                                           "nobody can recover a forgotten one.")
                                      : tr("A public copy is not sealed: it holds nothing that is not public."));
    };
    connect(m_audience, &QComboBox::currentIndexChanged, this, showSealing);
    showSealing();
    auto *form = new QFormLayout;
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("&Audience:"), m_audience);
    auto *outputLabel = new QLabel(tr("&Copy:"), this);
    outputLabel->setBuddy(m_output); // a row of several widgets gets no buddy by itself
    form->addRow(outputLabel, outputRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("Passphrase a&gain:"), m_passphraseAgain);
    form->addRow(QString(), m_sealingNote);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Take offline"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (takeCopy().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

void TakeOfflineDialog::chooseOutput()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Offline copy"), m_output->text(),
                                                      tr("CivicStat databases (*.db)"));
    if (!path.isEmpty())
        m_output->setText(path);
}

QString TakeOfflineDialog::takeCopy()
{
    SnapshotRequest request;
    request.output = m_output->text().trimmed();
    request.scope = Scope::parse(m_scope->currentData().toString()).value_or(Scope{});
    request.edition.audience = audienceFromText(m_audience->currentData().toString()).value_or(Audience::Internal);
    request.holder = m_holder;
    request.progress = [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return true;
    };
    m_message->hide();
    if (request.output.isEmpty()) {
        m_message->setText(tr("Say where to write the copy."));
        m_message->show();
        return m_message->text();
    }
    if (mustBeSealed(request.edition)) {
        if (m_passphrase->text() != m_passphraseAgain->text()) {
            m_message->setText(tr("The two passphrases differ. Type the same passphrase twice."));
            m_message->show();
            return m_message->text();
        }
        request.passphrase = m_passphrase->text(); // an empty one is refused by takeSnapshot, with the reason
    }
    m_progress->show();
    m_buttons->setEnabled(false);
    QString problem;
    try {
        m_summary = takeSnapshot(m_source, request);
    } catch (const StoreError &error) {
        problem = windowText(error);
    }
    m_buttons->setEnabled(true);
    if (!problem.isEmpty()) {
        m_progress->hide();
        m_message->setText(problem);
        m_message->show();
    }
    return problem;
}

} // namespace civicstat
