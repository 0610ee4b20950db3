// The File menu's work on database files: a new database, opening one (also
// from the recent list, signing in to a server, the demo city), importing
// figures into it, undoing the last import, and the briefing book builder; and
// the start page shown in their place while no database is open.
#include "mainwindow.h"

#include "appsettings.h"
#include "briefingbuilderdialog.h"
#include "changewatcher.h"
#include "democity.h"
#include "importwizard.h"
#include "keychainvault.h"
#include "passphrasedialog.h"
#include "serverpassworddialog.h"
#include "periodselector.h"
#include "startpage.h"
#include "storefactory.h"
#include "storeerror.h"
#include "windowerrortext.h"
#include "undocommands.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>

namespace civicstat {

namespace {

// "4 figures go and 1 figure it replaced comes back", or in the past tense.
QString figuresPhrase(qint64 removed, qint64 restored, bool done = false)
{
    const QString gone = removed == 1 ? (done ? MainWindow::tr("1 figure was removed") : MainWindow::tr("1 figure goes"))
                                      : (done ? MainWindow::tr("%1 figures were removed") : MainWindow::tr("%1 figures go")).arg(removed);
    if (restored == 0)
        return gone + QLatin1Char('.');
    const QString back = restored == 1
        ? (done ? MainWindow::tr("1 figure it had replaced was put back") : MainWindow::tr("1 figure it replaced comes back"))
        : (done ? MainWindow::tr("%1 figures it had replaced were put back") : MainWindow::tr("%1 figures it replaced come back"))
              .arg(restored);
    return MainWindow::tr("%1 and %2.").arg(gone, back);
}

} // namespace

void MainWindow::importFigures()
{
    if (m_path.isEmpty())
        return;
    if (const auto reason = m_store->readOnlyReason()) {
        QMessageBox::information(this, tr("Import figures"), *reason);
        return;
    }
    ImportWizard wizard(m_path, this, m_store.get());
    connect(&wizard, &ImportWizard::importFinished, this, [this, &wizard](bool written) {
        if (!written)
            return;
        // The wizard wrote it with progress and cancel; the stack's command takes it back and redoes it.
        m_undo->push(new ImportFiguresCommand(editContext(), wizard.writtenBatch(), wizard.importId()));
    });
    wizard.exec();
}

void MainWindow::undoLastImport()
{
    if (!m_store)
        return;
    const auto next = m_store->importToUndo();
    if (!next) {
        QMessageBox::information(this, tr("Undo the last import"),
                                 tr("There is no import to undo in %1.").arg(QFileInfo(m_path).fileName()));
        return;
    }
    const QDateTime when = QDateTime::fromString(next->importedAt, Qt::ISODate).toLocalTime();
    const QString question =
        tr("Take back the import of %1 (%2)?").arg(next->fileName.isEmpty() ? tr("an unnamed file") : next->fileName,
                                                  QLocale().toString(when, QLocale::ShortFormat))
        + QLatin1Char('\n') + figuresPhrase(next->removed, next->restored)
        + (next->comments > 0 ? QLatin1Char(' ') + (next->comments == 1 ? tr("The comment it brought goes with them.")
                                                                      : tr("The %1 comments it brought go with them.").arg(next->comments))
                              : QString())
        + QLatin1Char('\n') + tr("Goals, objectives and measures it created stay.") + QLatin1Char('\n')
        + tr("Taking an import back cannot itself be undone: import the file again to restore it.");
    if (QMessageBox::question(this, tr("Undo the last import"), question) != QMessageBox::Yes)
        return;
    m_undo->push(new UndoLastImportCommand(editContext(), next->importId, [this](const UndoneImport &undone) {
        const QString done = tr("Undid the import of %1.").arg(undone.fileName) + QLatin1Char(' ')
            + figuresPhrase(undone.removed, undone.restored, true)
            + (undone.comments > 0 ? QLatin1Char(' ') + (undone.comments == 1 ? tr("The comment it brought went with them.")
                                                                           : tr("The %1 comments it brought went with them.").arg(undone.comments))
                                   : QString());
        m_statusText->setText(done);
        QMessageBox::information(this, tr("Undo the last import"), done);
    }));
}

void MainWindow::openBriefingBuilder(bool readyToPrint)
{
    if (!m_store)
        return;
    BriefingBuilderDialog dialog(*m_store, m_snapshot ? m_snapshot->period().text() : QString(), this);
    if (readyToPrint)
        dialog.readyToPrint();
    dialog.exec();
}

void MainWindow::newDatabase()
{
    const QString start = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    QFileDialog dialog(this, tr("New database"), start, tr("CivicStat databases (*.db)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("db"));
    dialog.setOption(QFileDialog::DontConfirmOverwrite); // an existing file is never overwritten: see below
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo::exists(path)) {
        QMessageBox::information(this, tr("New database"),
                                 tr("%1 already exists, and is left as it is. Choose another name, or open it with "
                                    "File > Open database.")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    try {
        openStore(path, StoreOpenMode::CreateIfMissing);
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("New database"), windowText(error));
        return;
    }
    if (openDatabase(path).isEmpty())
        importFigures(); // an empty database's next step
}

void MainWindow::chooseDatabase()
{
    const QString start = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a CivicStat database"), start,
                                                      tr("CivicStat databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

QString MainWindow::openDemoCity(bool quiet)
{
    const QString path = m_demoPath.isEmpty() ? appsettings::demoDatabasePath() : m_demoPath;
    if (!QFileInfo::exists(path)) {
        // Written once, on first use; a second or two with the window waiting.
        m_statusText->setText(tr("Writing the demo city to %1...").arg(QDir::toNativeSeparators(path)));
        QApplication::setOverrideCursor(Qt::BusyCursor);
        try {
            QDir().mkpath(QFileInfo(path).absolutePath());
            writeDemoCity(path, DemoOptions{});
        } catch (const StoreError &error) {
            QApplication::restoreOverrideCursor();
            const QString problem = windowText(error);
            if (!m_store)
                showStartPage(path, problem);
            else if (!quiet)
                QMessageBox::warning(this, tr("Open the demo city"), problem);
            return problem;
        }
        QApplication::restoreOverrideCursor();
    }
    return openDatabase(path, quiet);
}

void MainWindow::showStartPage(const QString &location, const QString &problem)
{
    const QString failed = location; // a copy: `location` may be m_path, cleared below
    // What could not be read is closed, so that no command works on it behind the page.
    m_loader.waitForFinished();
    delete m_changeWatcher;
    m_changeWatcher = nullptr;
    m_store.reset();
    m_workerStore.reset();
    m_path.clear();
    m_snapshot.reset();
    m_undo->clear();
    for (QAction *action : m_needDatabase)
        action->setEnabled(false);
    m_periodSelector->setEnabled(false); // no city, no periods to step through
    updateOfflineBanner();
    setWindowTitle(tr("CivicStat"));
    m_busy->hide();
    m_statusText->setText(problem.isEmpty() ? QString() : tr("No database is open."));
    if (problem.isEmpty())
        m_startPage->showWelcome();
    else // a server's address is not a file to name
        m_startPage->showProblem(isServerLocation(failed) ? QString() : failed, problem);
    m_splitter->hide();
    m_startPage->show();
    m_startPage->openButton()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setPasswordVault(std::unique_ptr<PasswordVault> vault) { m_passwordVault = std::move(vault); }

PasswordVault &MainWindow::passwordVault()
{
    // Asking the keychain whether it runs costs a D-Bus round trip: only when a server first wants a password.
    if (!m_passwordVault)
        m_passwordVault = std::make_unique<KeychainVault>();
    return *m_passwordVault;
}

std::unique_ptr<KpiStore> MainWindow::openSigningIn(const QString &location)
{
    return isServerLocation(location) ? openServerAskingPassword(location, passwordVault(), this)
                                      : openStoreAskingPassphrase(location, this);
}

void MainWindow::chooseServerDatabase()
{
    const QString start = isServerLocation(m_path) ? m_store->location() : QStringLiteral("postgresql://");
    bool ok = false;
    const QString address = QInputDialog::getText(
        this, tr("Open a server database"),
        tr("The database's address, postgresql://USER@HOST:PORT/NAME (without the password: it is asked for next if the server wants one):"),
        QLineEdit::Normal, start, &ok)
                                .trimmed();
    if (!ok || address.isEmpty())
        return;
    if (!isServerLocation(address)) {
        QMessageBox::information(this, tr("Open a server database"),
                                 tr("\"%1\" is not a PostgreSQL address: it starts with postgresql://. To open a file, "
                                    "use File > Open database.")
                                     .arg(address));
        return;
    }
    openDatabase(address);
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = appsettings::recentDatabases();
    const QString entry = isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(entry);
    recent.prepend(entry);
    appsettings::setRecentDatabases(recent.mid(0, 8));
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = appsettings::recentDatabases();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace civicstat
