// `civicstat seal` and commands on a sealed database, as scripts use them:
// the passphrase from --passphrase-file or CIVICSTAT_PASSPHRASE_FILE, never
// from a terminal that is not there; messages and exit codes. Runs the real
// binary, so the key is derived at the standard cost (about a second each).
#include "clirun.h"
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

using clitest::Result;
using clitest::civicstat;

void write(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class SealCliTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plain = m_dir.filePath(QStringLiteral("demo.db"));
        m_sealed = m_dir.filePath(QStringLiteral("field.db"));
        m_passphraseFile = m_dir.filePath(QStringLiteral("passphrase.txt"));
        write(m_passphraseFile, "river lantern seventeen\n");
        QCOMPARE(civicstat({ QStringLiteral("demo"), m_plain }).exitCode, 0);
        const Result sealed = civicstat(
            { QStringLiteral("seal"), m_plain, m_sealed, QStringLiteral("--passphrase-file"), m_passphraseFile });
        QCOMPARE(sealed.exitCode, 0);
        QCOMPARE(sealed.out,
            QStringLiteral("Sealed %1 as %2. Keep the passphrase apart from the file: without it, "
                           "nobody can open the copy, you included.\n")
                .arg(m_plain, m_sealed));
        QVERIFY(bytesOf(m_sealed).startsWith("CIVICSTAT SEALED\n"));
        QCOMPARE(QFile::permissions(m_sealed),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    void theScorecard_ofTheSealedCopy_isThePlainOne()
    {
        const QStringList csv { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--period"),
            QStringLiteral("2026-06") };
        const Result plain = civicstat(QStringList { QStringLiteral("scorecard"), m_plain } + csv);
        QCOMPARE(plain.exitCode, 0);
        const Result byOption = civicstat(QStringList { QStringLiteral("scorecard"), m_sealed } + csv
            + QStringList { QStringLiteral("--passphrase-file"), m_passphraseFile });
        QCOMPARE(byOption.exitCode, 0);
        QCOMPARE(byOption.out, plain.out);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CIVICSTAT_PASSPHRASE_FILE"), m_passphraseFile);
        const Result byEnvironment
            = civicstat(QStringList { QStringLiteral("scorecard"), m_sealed } + csv, environment);
        QCOMPARE(byEnvironment.exitCode, 0);
        QCOMPARE(byEnvironment.out, plain.out);
    }

    void withoutAPassphrase_orWithAWrongOne_theCommandSaysSo()
    {
        const QByteArray before = bytesOf(m_sealed);
        const Result none = civicstat({ QStringLiteral("scorecard"), m_sealed });
        QCOMPARE(none.exitCode, 3);
        QVERIFY2(none.err.startsWith(QStringLiteral("%1 is sealed: a passphrase is needed.").arg(m_sealed)),
            qPrintable(none.err));
        const QString wrong = m_dir.filePath(QStringLiteral("wrong.txt"));
        write(wrong, "river lantern eighteen\n");
        const Result rejected = civicstat({ QStringLiteral("settings"), m_sealed, QStringLiteral("city_name"),
            QStringLiteral("Elsewhere"), QStringLiteral("--passphrase-file"), wrong });
        QCOMPARE(rejected.exitCode, 3);
        QVERIFY2(rejected.err.startsWith(QStringLiteral("%1 could not be opened: the passphrase is wrong, or the file "
                                                        "was changed or damaged after it was sealed. Nothing was "
                                                        "changed.")
                                             .arg(m_sealed)),
            qPrintable(rejected.err));
        QCOMPARE(bytesOf(m_sealed), before);
    }

    void aSettingChanged_inTheSealedCopy_isKeptThere()
    {
        const QString copy = m_dir.filePath(QStringLiteral("changed.db"));
        QVERIFY(QFile::copy(m_sealed, copy));
        const QStringList passphrase { QStringLiteral("--passphrase-file"), m_passphraseFile };
        QCOMPARE(civicstat(QStringList { QStringLiteral("settings"), copy, QStringLiteral("city_name"),
                               QStringLiteral("Field Copy City") }
                     + passphrase)
                     .exitCode,
            0);
        const Result shown
            = civicstat(QStringList { QStringLiteral("settings"), copy, QStringLiteral("city_name") } + passphrase);
        QCOMPARE(shown.out.trimmed(), QStringLiteral("Field Copy City"));
        QVERIFY(!bytesOf(copy).contains("Field Copy City"));
    }

    void seal_refusesAShortPassphrase_anExistingTarget_andASealedSource()
    {
        const QString shortFile = m_dir.filePath(QStringLiteral("short.txt"));
        write(shortFile, "too short\n");
        const QString out = m_dir.filePath(QStringLiteral("new.db"));
        const Result tooShort
            = civicstat({ QStringLiteral("seal"), m_plain, out, QStringLiteral("--passphrase-file"), shortFile });
        QCOMPARE(tooShort.exitCode, 1);
        QCOMPARE(tooShort.err,
            QStringLiteral("The passphrase has 9 characters; use at least 10. A few unrelated words "
                           "are easy to remember and hard to guess.\n"));
        QVERIFY(!QFile::exists(out));
        const Result exists = civicstat(
            { QStringLiteral("seal"), m_plain, m_sealed, QStringLiteral("--passphrase-file"), m_passphraseFile });
        QCOMPARE(exists.exitCode, 4);
        QCOMPARE(
            exists.err, QStringLiteral("%1 exists already. Choose a new name, or remove it first.\n").arg(m_sealed));
        const Result twice = civicstat(
            { QStringLiteral("seal"), m_sealed, out, QStringLiteral("--passphrase-file"), m_passphraseFile });
        QCOMPARE(twice.exitCode, 1);
        QCOMPARE(twice.err, QStringLiteral("%1 is sealed already.\n").arg(m_sealed));
        const Result noTerminal = civicstat({ QStringLiteral("seal"), m_plain, out });
        QCOMPARE(noTerminal.exitCode, 3);
        QVERIFY2(noTerminal.err.contains(QStringLiteral("--passphrase-file FILE")), qPrintable(noTerminal.err));
        QVERIFY(!QFile::exists(out));
    }

private:
    QTemporaryDir m_dir;
    QString m_plain;
    QString m_sealed;
    QString m_passphraseFile;
};

QTEST_GUILESS_MAIN(SealCliTest)
#include "tst_sealcli.moc"
