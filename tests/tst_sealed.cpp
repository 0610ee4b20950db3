// Sealed (encrypted) database files: the demo city sealed and opened again
// gives the same scorecard; the file shows nothing of what it holds; a wrong
// passphrase, a changed byte or a cut file is refused with one message and
// leaves the file as it was; a comment written to an open sealed file is
// there after reopening, with no plaintext file ever beside it; and a save
// that meets a full disk keeps the old file whole.
#include "democity.h"
#include "filesizelimit.h"
#include "scorecard.h"
#include "scorecardexport.h"
#include "storeerror.h"
#include "storefactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace civicstat;

namespace {

const QString passphrase = QStringLiteral("river lantern seventeen");
const QString wrongMessage = QStringLiteral(
    "could not be opened: the passphrase is wrong, or the file was changed or damaged after it was sealed. "
    "Nothing was changed.");

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

std::optional<StoreError> openError(const QString &path, const QString &words)
{
    try {
        openStore(path, StoreOpenOptions { StoreOpenMode::Existing, words });
    } catch (const StoreError &error) {
        return error;
    }
    return std::nullopt;
}

QByteArray csvOf(const KpiStore &store, const QString &period)
{
    return scorecardCsv(loadScorecard(store, period, Scope {}));
}

Commentary comment(Id measureId, const QString &body)
{
    Commentary c;
    c.measureId = measureId;
    c.period = QStringLiteral("2026-09");
    c.author = QStringLiteral("Field reviewer");
    c.writtenAt = QDateTime(QDate(2026, 10, 2), QTime(9, 30), Qt::UTC);
    c.body = body;
    return c;
}

// Commentary comes newest period first; these tests look for a body wherever it is.
QStringList bodiesOf(const KpiStore &store, Id measureId)
{
    QStringList bodies;
    for (const Commentary &c : store.commentaryOf(measureId))
        bodies << c.body;
    return bodies;
}

} // namespace

class SealedTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plain = m_dir.filePath(QStringLiteral("demo.db"));
        m_sealed = m_dir.filePath(QStringLiteral("demo.sealed"));
        writeDemoCity(m_plain, DemoOptions {});
        sealDatabase(m_plain, m_sealed, passphrase, SealingCost::minimal());
        QVERIFY(isSealedStore(m_sealed));
        QVERIFY(!isSealedStore(m_plain));
    }

    void openedWithThePassphrase_givesThePlainFilesScorecard()
    {
        const auto plain = openStore(m_plain);
        const auto sealed = openStore(m_sealed, StoreOpenOptions { StoreOpenMode::Existing, passphrase });
        QVERIFY(!sealed->readOnlyReason());
        QCOMPARE(sealed->location(), m_sealed);
        QCOMPARE(sealed->observationCount(), plain->observationCount());
        for (const QString &period : { QStringLiteral("latest"), QStringLiteral("2026-03"), QStringLiteral("2025") }) {
            const QByteArray expected = csvOf(*plain, period);
            QVERIFY(expected.count('\n') > 10);
            QCOMPARE(csvOf(*sealed, period), expected);
        }
    }

    void theSealedFile_showsNoMeasureInTheClear()
    {
        const QByteArray sealed = bytesOf(m_sealed);
        QVERIFY(sealed.startsWith("CIVICSTAT SEALED\n"));
        QVERIFY(!sealed.contains("SQLite format 3"));
        const Structure structure = openStore(m_plain)->structure();
        QVERIFY(structure.measures.size() >= 8);
        int searched = 0;
        for (const Measure &measure : structure.measures) {
            QVERIFY2(bytesOf(m_plain).contains(measure.name.toUtf8()), qPrintable(measure.name)); // the search works
            QVERIFY2(!sealed.contains(measure.name.toUtf8()), qPrintable(measure.name));
            if (measure.code.size() >= 5) {
                QVERIFY2(!sealed.contains(measure.code.toUtf8()), qPrintable(measure.code));
                ++searched;
            }
        }
        QVERIFY(!sealed.contains(structure.departments.front().name.toUtf8()));
        QVERIFY(searched > 0 || structure.measures.front().code.size() < 5);
    }

    void withoutAPassphrase_saysOneIsNeeded()
    {
        const auto error = openError(m_sealed, QString());
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::PassphraseNeeded);
        QCOMPARE(error->message(), QStringLiteral("%1 is sealed: a passphrase is needed to open it.").arg(m_sealed));
    }

    void aWrongPassphrase_isRefusedAndChangesNothing()
    {
        const QByteArray before = bytesOf(m_sealed);
        const QDateTime modified = QFileInfo(m_sealed).lastModified();
        const auto error = openError(m_sealed, QStringLiteral("river lantern seventeeN"));
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::PassphraseRejected);
        QVERIFY2(error->message().startsWith(m_sealed + QLatin1Char(' ') + wrongMessage), qPrintable(error->message()));
        QCOMPARE(bytesOf(m_sealed), before);
        QCOMPARE(QFileInfo(m_sealed).lastModified(), modified);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void aChangedOrCutFile_givesTheSameMessage_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<qsizetype>("at");
        QTest::newRow("salt") << QStringLiteral("flip") << qsizetype(25);
        QTest::newRow("cost") << QStringLiteral("flip") << qsizetype(44);
        QTest::newRow("nonce") << QStringLiteral("flip") << qsizetype(60);
        QTest::newRow("first ciphertext byte") << QStringLiteral("flip") << qsizetype(76);
        QTest::newRow("middle") << QStringLiteral("flip") << qsizetype(-2);
        QTest::newRow("last byte of the tag") << QStringLiteral("flip") << qsizetype(-1);
        QTest::newRow("cut in the ciphertext") << QStringLiteral("cut") << qsizetype(-2);
        QTest::newRow("cut after the header") << QStringLiteral("cut") << qsizetype(76);
        QTest::newRow("one byte more") << QStringLiteral("append") << qsizetype(0);
    }

    void aChangedOrCutFile_givesTheSameMessage()
    {
        QFETCH(QString, change);
        QFETCH(qsizetype, at);
        QByteArray bytes = bytesOf(m_sealed);
        const qsizetype where = at == -1 ? bytes.size() - 1 : at == -2 ? bytes.size() / 2 : at;
        if (change == QLatin1String("flip"))
            bytes[where] = char(bytes.at(where) ^ 0x01);
        else if (change == QLatin1String("cut"))
            bytes.truncate(where);
        else
            bytes.append('\0');
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.sealed"));
        writeBytes(damaged, bytes);
        const auto error = openError(damaged, passphrase);
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::PassphraseRejected);
        QVERIFY2(error->message().startsWith(damaged + QLatin1Char(' ') + wrongMessage), qPrintable(error->message()));
        QCOMPARE(bytesOf(damaged), bytes);
        QFile::remove(damaged);
    }

    void aCutHeader_andANewerFormat_sayWhatTheyAre()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("header.sealed"));
        writeBytes(damaged, bytesOf(m_sealed).left(40));
        auto error = openError(damaged, passphrase);
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Corrupt);
        QVERIFY2(error->message().contains(QStringLiteral("it ends inside its header (40 of 76 bytes)")),
            qPrintable(error->message()));

        QByteArray newer = bytesOf(m_sealed);
        newer[17] = 2; // the format version, little-endian, just after the magic
        writeBytes(damaged, newer);
        error = openError(damaged, passphrase);
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::NewerVersion);
        QVERIFY2(error->message().contains(QStringLiteral("(sealed format 2; this version reads format 1)")),
            qPrintable(error->message()));
        QFile::remove(damaged);
    }

    void aShortPassphrase_orAMissingSource_sealsNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("short.sealed"));
        try {
            sealDatabase(m_plain, out, QStringLiteral("123456789"), SealingCost::minimal());
            QFAIL("a nine-character passphrase sealed a file");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidData);
            QCOMPARE(error.message(),
                QStringLiteral("The passphrase has 9 characters; use at least 10. A few unrelated "
                               "words are easy to remember and hard to guess."));
        }
        QVERIFY_THROWS_EXCEPTION(StoreError,
            sealDatabase(m_dir.filePath(QStringLiteral("absent.db")), out, passphrase, SealingCost::minimal()));
        QVERIFY(!QFileInfo::exists(out));
    }

    void aCommentWrittenToASealedFile_isThereAfterReopening_withNoPlaintextBesideIt()
    {
        QTemporaryDir own;
        const QString path = own.filePath(QStringLiteral("field.sealed"));
        QVERIFY(QFile::copy(m_sealed, path));
        const QByteArray before = bytesOf(path);
        Id measureId = 0;
        {
            const auto store = openStore(path, StoreOpenOptions { StoreOpenMode::Existing, passphrase });
            const auto worker = store->openWorkerConnection();
            measureId = store->structure().measures.front().id;
            QElapsedTimer clock;
            clock.start();
            const Id id = store->addCommentary(comment(measureId, QStringLiteral("Crews were short all of August.")));
            qInfo("A comment, saved with the whole sealed file (%lld bytes): %lld ms", qint64(before.size()),
                clock.elapsed());
            QVERIFY(id > 0);
            // The worker shares the database in memory: it sees the comment at once.
            QVERIFY(bodiesOf(*worker, measureId).contains(QStringLiteral("Crews were short all of August.")));
            QCOMPARE(QDir(own.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                QStringList { QStringLiteral("field.sealed") });
            QVERIFY(bytesOf(path) != before);
            QVERIFY(!bytesOf(path).contains("Crews were short"));
        }
        QCOMPARE(QDir(own.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { QStringLiteral("field.sealed") });
        const auto reopened = openStore(path, StoreOpenOptions { StoreOpenMode::Existing, passphrase });
        const auto comments = reopened->commentaryOf(measureId);
        const auto found = std::find_if(comments.begin(), comments.end(), [](const Commentary &c) {
            return c.body == QLatin1String("Crews were short all of August.");
        });
        QVERIFY(found != comments.end());
        QCOMPARE(found->author, QStringLiteral("Field reviewer"));
        QCOMPARE(found->period, QStringLiteral("2026-09"));
    }

    void aWorkerReadingOnAnotherThread_whileTheStoreWritesAndSaves_losesNothing()
    {
        QTemporaryDir own;
        const QString path = own.filePath(QStringLiteral("busy.sealed"));
        QVERIFY(QFile::copy(m_sealed, path));
        const auto store = openStore(path, StoreOpenOptions{StoreOpenMode::Existing, passphrase});
        std::shared_ptr<KpiStore> worker = store->openWorkerConnection();
        const Id measureId = store->structure().measures.front().id;
        const std::size_t commentsBefore = store->commentaryOf(measureId).size();
        std::atomic<bool> writing{true};
        std::atomic<int> reads{0};
        std::atomic<int> shrank{0};
        // As the window's loader does: whole-city reads on the worker's connection, meanwhile.
        std::thread reader([&] {
            std::size_t seen = 0;
            while (writing) {
                const std::size_t now = worker->commentaryOf(measureId).size();
                if (now < seen)
                    ++shrank;
                seen = now;
                worker->structure();
                ++reads;
            }
        });
        constexpr int written = 20;
        for (int i = 0; i < written; ++i)
            store->addCommentary(comment(measureId, QStringLiteral("Note %1").arg(i)));
        writing = false;
        reader.join();
        QVERIFY(reads > 0);
        qInfo("%d whole reads on the worker's thread during %d saves", reads.load(), written);
        QCOMPARE(shrank.load(), 0);
        worker.reset();
        const auto reopened = openStore(path, StoreOpenOptions{StoreOpenMode::Existing, passphrase});
        const QStringList bodies = bodiesOf(*reopened, measureId);
        QCOMPARE(std::size_t(bodies.size()), commentsBefore + written);
        for (int i = 0; i < written; ++i)
            QVERIFY(bodies.contains(QStringLiteral("Note %1").arg(i)));
    }

    void aSaveOnAFullDisk_keepsTheOldFileWhole()
    {
        QTemporaryDir own;
        const QString path = own.filePath(QStringLiteral("full.sealed"));
        QVERIFY(QFile::copy(m_sealed, path));
        const QByteArray before = bytesOf(path);
        const auto store = openStore(path, StoreOpenOptions { StoreOpenMode::Existing, passphrase });
        const Id measureId = store->structure().measures.front().id;
        const std::size_t commentsBefore = store->commentaryOf(measureId).size();
        {
            FileSizeLimit disk(before.size() / 2);
            QVERIFY(disk.isActive());
            try {
                store->addCommentary(comment(measureId, QStringLiteral("Written to a full disk")));
                QFAIL("a save to a full disk reported success");
            } catch (const StoreError &error) {
                QCOMPARE(error.kind(), StoreError::Kind::Io);
                QVERIFY2(error.message().startsWith(QStringLiteral("Your change was not saved and was taken back. "
                                                                   "Cannot save %1: ")
                                                        .arg(path)),
                    qPrintable(error.message()));
            }
        }
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(QDir(own.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { QStringLiteral("full.sealed") });
        // What the window shows is what the file holds: the failed comment is gone, and the next one saves.
        QCOMPARE(store->commentaryOf(measureId).size(), commentsBefore);
        store->addCommentary(comment(measureId, QStringLiteral("Written after space was freed")));
        const auto reopened = openStore(path, StoreOpenOptions { StoreOpenMode::Existing, passphrase });
        const QStringList bodies = bodiesOf(*reopened, measureId);
        QCOMPARE(std::size_t(bodies.size()), commentsBefore + 1);
        QVERIFY(bodies.contains(QStringLiteral("Written after space was freed")));
        QVERIFY(!bodies.contains(QStringLiteral("Written to a full disk")));
    }

private:
    QTemporaryDir m_dir;
    QString m_plain;
    QString m_sealed;
};

QTEST_GUILESS_MAIN(SealedTest)
#include "tst_sealed.moc"
