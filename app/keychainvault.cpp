#include "keychainvault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace civicstat {

namespace {

struct KeychainText { Q_DECLARE_TR_FUNCTIONS(Keychain) };

const QString service = QStringLiteral("civicstat");
// Looked up once to learn whether a keychain answers at all; never written.
const QString probeKey = QStringLiteral("civicstat-keychain-probe");

struct Outcome {
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QString password;
};

// Starts the job and waits for it for at most timeoutMs. A job that does not
// finish in time is left to delete itself whenever its answer comes.
Outcome runJob(QKeychain::Job *job, int timeoutMs)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    Outcome outcome;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        outcome.finished = true;
        outcome.error = done->error();
        outcome.errorText = done->errorString();
        if (auto *reading = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome.password = reading->textData();
        loop.quit();
    });
    job->start();
    timer.start(timeoutMs);
    if (!outcome.finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (outcome.finished) {
        delete job;
    } else {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    }
    return outcome;
}

} // namespace

KeychainVault::KeychainVault(int timeoutMs) : m_timeoutMs(timeoutMs) {}

bool KeychainVault::available()
{
    if (m_available)
        return *m_available;
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(probeKey);
    const Outcome outcome = runJob(job, m_timeoutMs);
    // Not finding the probe means a keychain answered; any other answer (or none) means no usable one.
    m_available = outcome.finished && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound);
    if (!outcome.finished)
        m_unavailableReason = KeychainText::tr("The desktop's keychain did not answer within %1 seconds, so the "
                                               "password cannot be remembered. Keep it in ~/.pgpass instead, or "
                                               "type it each time.")
                                  .arg(m_timeoutMs / 1000.0);
    else if (!*m_available)
        m_unavailableReason = KeychainText::tr("No desktop keychain (such as GNOME Keyring or KWallet) runs in this "
                                               "session (%1), so the password cannot be remembered safely. Keep it "
                                               "in ~/.pgpass instead, or type it each time.")
                                  .arg(outcome.errorText);
    return *m_available;
}

std::optional<QString> KeychainVault::read(const QString &key)
{
    if (!available())
        return std::nullopt;
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    Outcome outcome = runJob(job, m_timeoutMs);
    if (!outcome.finished || outcome.error != QKeychain::NoError || outcome.password.isEmpty())
        return std::nullopt;
    return outcome.password;
}

bool KeychainVault::write(const QString &key, const QString &password)
{
    if (!available())
        return false;
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setTextData(password);
    const Outcome outcome = runJob(job, m_timeoutMs);
    return outcome.finished && outcome.error == QKeychain::NoError;
}

void KeychainVault::forget(const QString &key)
{
    if (!available())
        return;
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    runJob(job, m_timeoutMs);
}

} // namespace civicstat
