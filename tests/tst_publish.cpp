// `publish` puts a consistent copy in place of a shared file in one rename: a
// reader opening the shared file while publishing runs in a loop always finds
// one complete database, never a mix, and a failed publish leaves the file alone.
#include "storeerror.h"
#include "storefactory.h"
#include "testcity.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace civicstat;

namespace {

QByteArray digestOf(const QString &path) { return checkStore(path).figuresDigest; }

} // namespace

class PublishTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_first = m_dir.filePath(QStringLiteral("first.db"));
        m_second = m_dir.filePath(QStringLiteral("second.db"));
        testcity::createStore(m_first);
        // The second city has one more figure, so their digests differ.
        auto store = testcity::createStore(m_second);
        ImportBatch batch;
        batch.log.kind = QStringLiteral("test");
        batch.observations.push_back(testcity::total(QStringLiteral("M1"), QStringLiteral("2024-04"), 91.5));
        store->applyImport(batch);
    }

    void publish_makesAnIdenticalSingleFileCopy()
    {
        const QString shared = m_dir.filePath(QStringLiteral("shared.db"));
        publishStore(m_first, shared);
        QCOMPARE(digestOf(shared), digestOf(m_first));
        QVERIFY(checkStore(shared).isSound());
        QFile file(shared);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(20);
        QCOMPARE(int(header.at(18)), 1); // rollback journal, not WAL: WAL fails on network shares
        QVERIFY(!QFileInfo::exists(shared + QStringLiteral("-wal")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.publishing-*")}, QDir::Files), QStringList());
    }

    void aReaderAlwaysSeesOneWholeDatabase()
    {
        const QString shared = m_dir.filePath(QStringLiteral("looped.db"));
        publishStore(m_first, shared);
        const QByteArray first = digestOf(m_first);
        const QByteArray second = digestOf(m_second);
        QVERIFY(first != second);
        std::atomic<bool> publishing{true};
        auto publisher = QtConcurrent::run([&] {
            for (int i = 0; i < 30; ++i)
                publishStore(i % 2 ? m_first : m_second, shared);
            publishing = false;
        });
        int reads = 0;
        while (publishing || reads < 5) {
            const QByteArray digest = digestOf(shared);
            QVERIFY2(digest == first || digest == second, digest.constData());
            ++reads;
        }
        publisher.waitForFinished();
        QVERIFY(reads >= 5);
        qInfo("%d reads while publishing 30 times", reads);
        QCOMPARE(digestOf(shared), first); // the last publish (i = 29) was the first city
    }

    void aFailedPublishLeavesTheSharedFileAlone()
    {
        const QString shared = m_dir.filePath(QStringLiteral("kept.db"));
        publishStore(m_first, shared);
        const QByteArray before = digestOf(shared);
        QVERIFY_THROWS_EXCEPTION(StoreError, publishStore(m_dir.filePath(QStringLiteral("none.db")), shared));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 publishStore(m_first, m_dir.filePath(QStringLiteral("no-folder/shared.db"))));
        QCOMPARE(digestOf(shared), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.publishing-*")}, QDir::Files), QStringList());
    }

private:
    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;
};

QTEST_GUILESS_MAIN(PublishTest)
#include "tst_publish.moc"
