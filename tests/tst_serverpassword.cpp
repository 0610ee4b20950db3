// The window's sign-in to a server that asks for passwords (offscreen): a
// password remembered in the vault opens with no dialog; a remembered one the
// server refuses is forgotten and the dialog says why; ticking Remember keeps
// the typed one; where no keychain runs the box is disabled and says why. The
// real QtKeychain vault with no D-Bus, or one that never answers, reports
// itself unavailable in seconds.
// With CIVICSTAT_SCREENSHOTS set, the dialog is saved there as
// server-password.png (docs/screenshots).
#include "keychainvault.h"
#include "mainwindow.h"
#include "passwordvault.h"
#include "pgserver.h"
#include "serverpassworddialog.h"
#include "storeerror.h"
#include "storefactory.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QHash>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>
#include <functional>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace civicstat;

namespace {

const QString database = QStringLiteral("tempting");
const QString alicePassword = QStringLiteral("right-horse-battery");

class MemoryVault final : public PasswordVault
{
public:
    explicit MemoryVault(bool available = true) : m_available(available) {}
    bool available() override { return m_available; }
    QString unavailableReason() const override { return QStringLiteral("No keychain in this test."); }
    std::optional<QString> read(const QString &key) override
    {
        ++reads;
        if (!entries.contains(key))
            return std::nullopt;
        return entries.value(key);
    }
    bool write(const QString &key, const QString &password) override
    {
        entries.insert(key, password);
        return true;
    }
    void forget(const QString &key) override { entries.remove(key); }

    QHash<QString, QString> entries;
    int reads = 0;

private:
    bool m_available;
};

// Runs `step` on the password dialog as soon as it shows (it runs its own event
// loop), as often as it shows up again; counts how many times it was seen.
class DialogDriver final
{
public:
    explicit DialogDriver(std::function<void(ServerPasswordDialog &, int)> step) : m_step(std::move(step))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<ServerPasswordDialog *>(widget);
                if (dialog && dialog->isVisible() && dialog != m_handled) {
                    m_handled = dialog;
                    m_step(*dialog, ++seen);
                    m_handled = dialog->isVisible() ? nullptr : dialog; // still open: the next step drives it again
                }
            }
        });
        m_timer.start(20);
    }
    int seen = 0;

private:
    std::function<void(ServerPasswordDialog &, int)> m_step;
    QTimer m_timer;
    ServerPasswordDialog *m_handled = nullptr;
};

} // namespace

class TestServerPassword : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgTestServer> m_server;
    QTemporaryDir m_home;

    QString aliceUrl() const
    {
        return QStringLiteral("postgresql://alice@/%1?host=%2").arg(database, m_server->socketFolder());
    }
    QString aliceKey() const { return serverAccountOf(aliceUrl()).key(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QStandardPaths::setTestModeEnabled(true); // the window's settings are the test's own
        m_server = std::make_unique<PgTestServer>(PgTestServer::SignIn::Passwords);
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
        const QString url = m_server->createDatabase(database);
        initializeServer(url);
        setUpServerUser(url, {QStringLiteral("alice"), QStringLiteral("viewer"), QStringLiteral("public"), {}, alicePassword});
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", QFile::encodeName(m_home.filePath(QStringLiteral("no-such-pgpass"))));
    }

    void account_keyNamesUserServerAndDatabase_neverThePassword()
    {
        QCOMPARE(aliceKey(), QStringLiteral("alice@%1:5432/%2").arg(m_server->socketFolder(), database));
    }

    void rememberedPassword_opensWithNoDialog()
    {
        MemoryVault vault;
        vault.entries.insert(aliceKey(), alicePassword);
        DialogDriver driver([](ServerPasswordDialog &dialog, int) { dialog.reject(); });
        auto store = openServerAskingPassword(aliceUrl(), vault, nullptr);
        QVERIFY(store);
        QCOMPARE(driver.seen, 0);
        QCOMPARE(vault.reads, 1);
        QVERIFY(store->connectedAs()->startsWith(QLatin1String("alice")));
    }

    void stalePgpass_givesWayToTheRememberedPassword()
    {
        QTemporaryDir folder;
        QFile pgpass(folder.filePath(QStringLiteral("pgpass")));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write("*:*:*:alice:changed-long-ago\n");
        pgpass.close();
        pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", QFile::encodeName(pgpass.fileName()));
        MemoryVault vault;
        vault.entries.insert(aliceKey(), alicePassword);
        DialogDriver driver([](ServerPasswordDialog &dialog, int) { dialog.reject(); });
        auto store = openServerAskingPassword(aliceUrl(), vault, nullptr);
        qputenv("PGPASSFILE", before);
        QVERIFY(store);
        QCOMPARE(driver.seen, 0);
    }

    void refusedRememberedPassword_isForgotten_andTheDialogSaysWhy()
    {
        MemoryVault vault;
        vault.entries.insert(aliceKey(), QStringLiteral("changed-since"));
        QString problemShown;
        bool forgottenWhileAsking = false;
        DialogDriver driver([&](ServerPasswordDialog &dialog, int) {
            problemShown = dialog.problem();
            forgottenWhileAsking = !vault.entries.contains(aliceKey());
            dialog.passwordEdit()->setText(alicePassword);
            dialog.rememberBox()->setChecked(true);
            dialog.accept();
        });
        auto store = openServerAskingPassword(aliceUrl(), vault, nullptr);
        QVERIFY(store);
        QCOMPARE(driver.seen, 1);
        QVERIFY(forgottenWhileAsking);
        QVERIFY2(problemShown.contains(QLatin1String("keychain was refused")), qPrintable(problemShown));
        QVERIFY2(problemShown.contains(QLatin1String("\"alice\"")), qPrintable(problemShown));
        // Remember was ticked: the password that worked is kept, under the account's key.
        QCOMPARE(vault.entries.value(aliceKey()), alicePassword);
        QCOMPARE(vault.entries.size(), 1);
    }

    void wrongTypedPassword_keepsTheDialogOpenWithTheReason_andNothingIsRememberedUnticked()
    {
        MemoryVault vault;
        QStringList problems;
        bool rememberEnabled = false;
        DialogDriver driver([&](ServerPasswordDialog &dialog, int time) {
            problems << dialog.problem();
            rememberEnabled = dialog.rememberBox()->isEnabled();
            dialog.passwordEdit()->setText(time == 1 ? QStringLiteral("typo") : alicePassword);
            dialog.accept();
            if (time == 1)
                problems << dialog.problem(); // refused: still open, saying so
        });
        auto store = openServerAskingPassword(aliceUrl(), vault, nullptr);
        QVERIFY(store);
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).isEmpty()); // the first time, only the question
        QVERIFY2(problems.at(1).contains(QLatin1String("refused the password of user \"alice\"")), qPrintable(problems.at(1)));
        QVERIFY(rememberEnabled);
        QVERIFY(vault.entries.isEmpty());
    }

    void cancelled_opensNothing()
    {
        MemoryVault vault;
        DialogDriver driver([](ServerPasswordDialog &dialog, int) { dialog.reject(); });
        QVERIFY(!openServerAskingPassword(aliceUrl(), vault, nullptr));
        QCOMPARE(driver.seen, 1);
    }

    void noKeychain_disablesRemember_andSaysWhy()
    {
        MemoryVault vault(false);
        ServerPasswordDialog dialog(aliceUrl(), vault);
        QVERIFY(!dialog.rememberBox()->isEnabled());
        QCOMPARE(dialog.rememberBox()->toolTip(), QStringLiteral("No keychain in this test."));
    }

    void window_opensAServerWithTheRememberedPassword()
    {
        auto vault = std::make_unique<MemoryVault>();
        vault->entries.insert(aliceKey(), alicePassword);
        MainWindow window;
        window.setPasswordVault(std::move(vault));
        QCOMPARE(window.openDatabase(aliceUrl(), true), QString());
        QCOMPARE(window.windowTitle(), aliceUrl() + QStringLiteral(" - CivicStat"));
    }

    void realKeychain_withoutDBus_isUnavailableWithinSeconds()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/civicstat-test-bus");
        KeychainVault vault(3000);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(vault.available(), false);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!vault.unavailableReason().isEmpty());
        QVERIFY(!vault.read(QStringLiteral("anyone@anywhere:5432/db")));
        QVERIFY(!vault.write(QStringLiteral("anyone@anywhere:5432/db"), QStringLiteral("secret")));
        qInfo("no keychain: unavailable after %lld ms: %s", clock.elapsed(), qPrintable(vault.unavailableReason()));
        ServerPasswordDialog dialog(aliceUrl(), vault);
        QVERIFY(!dialog.rememberBox()->isEnabled());
        QCOMPARE(dialog.rememberBox()->toolTip(), vault.unavailableReason());
    }

    void hungKeychain_isGivenUpWithinTheTimeout()
    {
        // A "bus" that accepts the connection and never says a word, like a hung D-Bus daemon.
        QTemporaryDir folder;
        const QByteArray busPath = QFile::encodeName(folder.filePath(QStringLiteral("bus")));
        const int silentBus = socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, busPath.constData(), sizeof address.sun_path);
        QVERIFY(bind(silentBus, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        QVERIFY(listen(silentBus, 4) == 0); // connections wait in the backlog, unanswered
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + busPath);
        KeychainVault vault(1000);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(vault.available(), false);
        qInfo("hung keychain: given up after %lld ms: %s", clock.elapsed(), qPrintable(vault.unavailableReason()));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!vault.unavailableReason().isEmpty());
        close(silentBus);
    }

    // Under dbus-run-session with an unlocked gnome-keyring-daemon (tests/keychain-session.sh).
    void realKeychain_remembersReadsAndForgets()
    {
        if (qEnvironmentVariable("CIVICSTAT_REAL_KEYCHAIN") != QLatin1String("1"))
            QSKIP("Runs under tests/keychain-session.sh, with a keychain of its own.");
        KeychainVault vault(5000);
        QVERIFY2(vault.available(), qPrintable(vault.unavailableReason()));
        const QString key = aliceKey();
        QVERIFY(vault.write(key, alicePassword));
        QCOMPARE(vault.read(key).value_or(QString()), alicePassword);
        // The window's whole flow with it: the remembered password opens with no dialog.
        DialogDriver driver([](ServerPasswordDialog &dialog, int) { dialog.reject(); });
        QVERIFY(openServerAskingPassword(aliceUrl(), vault, nullptr));
        QCOMPARE(driver.seen, 0);
        vault.forget(key);
        QVERIFY(!vault.read(key));
    }

    void screenshot()
    {
        const QString folder = qEnvironmentVariable("CIVICSTAT_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("Set CIVICSTAT_SCREENSHOTS to save the dialog's picture.");
        MemoryVault vault;
        ServerPasswordDialog dialog(QStringLiteral("postgresql://dana@kpi.city.example:5432/civicstat"), vault);
        dialog.passwordEdit()->setText(QStringLiteral("12345678"));
        dialog.showProblem(QStringLiteral("The PostgreSQL server at kpi.city.example:5432 refused the password of user "
                                          "\"dana\" (database \"civicstat\"). Check the user name and the password "
                                          "(typed, remembered in the keychain, or in ~/.pgpass or PGPASSWORD), or ask "
                                          "the server's administrator to reset it."));
        dialog.show();
        QTest::qWait(100);
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/server-password.png")));
    }
};

QTEST_MAIN(TestServerPassword)
#include "tst_serverpassword.moc"
