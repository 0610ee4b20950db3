// The window's passphrase dialog for a sealed database: it hides what is
// typed, says when the passphrase is wrong and stays open for another try,
// opens the store with the right one, and hands back problems another try
// cannot solve. The main window opens a sealed demo city through it.
// With CIVICSTAT_SCREENSHOTS=DIR it saves the dialog, after a wrong try, there.
#include "appsettings.h"
#include "democity.h"
#include "mainwindow.h"
#include "passphrasedialog.h"
#include "storefactory.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace civicstat;

namespace {

const QString passphrase = QStringLiteral("river lantern seventeen");

QPushButton *openButton(const PassphraseDialog &dialog)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Open"))
            return button;
    }
    return nullptr;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class PassphraseDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appsettings::setCommentAuthor(QStringLiteral("Ana Ruiz"));
        QVERIFY(m_dir.isValid());
        m_plain = m_dir.filePath(QStringLiteral("demo.db"));
        m_sealed = m_dir.filePath(QStringLiteral("field.db"));
        writeDemoCity(m_plain, DemoOptions {});
        sealDatabase(m_plain, m_sealed, passphrase, SealingCost::minimal());
    }

    void aWrongPassphrase_isSaid_andTheDialogStaysForAnotherTry()
    {
        const QByteArray before = bytesOf(m_sealed);
        PassphraseDialog dialog(m_sealed);
        dialog.show();
        QCOMPARE(dialog.passphraseEdit()->echoMode(), QLineEdit::Password);
        QPushButton *open = openButton(dialog);
        QVERIFY(open);
        QVERIFY(!open->isEnabled());
        QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("river lantern"));
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problem().startsWith(m_sealed
                     + QStringLiteral(" could not be opened: the passphrase is "
                                      "wrong, or the file was changed or damaged "
                                      "after it was sealed. Nothing was changed.")),
            qPrintable(dialog.problem()));
        QCOMPARE(dialog.passphraseEdit()->selectedText(), QStringLiteral("river lantern"));
        QCOMPARE(bytesOf(m_sealed), before);
        QVERIFY(!dialog.takeStore());
        if (const QString shots = qEnvironmentVariable("CIVICSTAT_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("passphrase-dialog.png"))));

        QTest::keyClicks(dialog.passphraseEdit(), passphrase); // replaces the selected wrong one
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.passphraseEdit()->text().isEmpty());
        const auto store = dialog.takeStore();
        QVERIFY(store);
        QCOMPARE(store->citySettings().cityName, openStore(m_plain)->citySettings().cityName);
    }

    void aCutHeader_closesTheDialogWithItsOwnProblem()
    {
        const QString cut = m_dir.filePath(QStringLiteral("cut.db"));
        QFile file(cut);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytesOf(m_sealed).left(30));
        file.close();
        PassphraseDialog dialog(cut);
        dialog.show();
        QTest::keyClicks(dialog.passphraseEdit(), passphrase);
        QTest::mouseClick(openButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.failure());
        QCOMPARE(dialog.failure()->kind(), StoreError::Kind::Corrupt);
        QVERIFY(dialog.failure()->message().contains(QStringLiteral("ends inside its header")));
    }

    void theWindow_opensASealedFile_afterAskingForItsPassphrase()
    {
        MainWindow window;
        QString seenProblem;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<PassphraseDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->passphraseEdit()->setText(QStringLiteral("not the passphrase"));
            dialog->accept();
            seenProblem = dialog->problem();
            dialog->passphraseEdit()->setText(passphrase);
            dialog->accept();
        });
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        QCOMPARE(window.openDatabase(m_sealed, true), QString());
        QVERIFY(seenProblem.contains(QStringLiteral("the passphrase is wrong")));
        QVERIFY(shown.wait(30000));
        QVERIFY(window.snapshot());
        // Sealed from the demo city, it is still the made-up city, and says so.
        QCOMPARE(window.windowTitle(), QStringLiteral("field.db (demonstration city, made-up figures) - CivicStat"));
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("field.db*") }, QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("field.db") });
    }

    void cancelling_leavesTheWindowAsItWas()
    {
        MainWindow window;
        QTimer::singleShot(0, [] {
            if (auto *dialog = qobject_cast<PassphraseDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        QCOMPARE(window.openDatabase(m_sealed, true), QStringLiteral("Opening %1 was cancelled.").arg(m_sealed));
        QVERIFY(!window.snapshot());
        QCOMPARE(window.windowTitle().contains(QLatin1String("field.db")), false);
    }

private:
    QTemporaryDir m_dir;
    QString m_plain;
    QString m_sealed;
};

QTEST_MAIN(PassphraseDialogTest)
#include "tst_passphrasedialog.moc"
