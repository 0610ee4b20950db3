// Two connections to one database file, as two windows or programs have: the
// change watcher announces what the other one wrote, with what it touched,
// and never this connection's own writes or its worker's.
#include "changewatcher.h"
#include "sqlite.h"
#include "sqlitekpistore.h"
#include "storefactory.h"
#include "testcity.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace civicstat;

class ChangeWatcherTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    QString newCity()
    {
        const QString path = m_dir.filePath(QStringLiteral("city%1.db").arg(++m_databases));
        testcity::createStore(path);
        return path;
    }

    static Commentary comment(Id measureId, const QString &body)
    {
        return {0, measureId, QStringLiteral("2024-03"), QStringLiteral("ana"), QDateTime::currentDateTimeUtc(), body};
    }

private slots:
    void commentElsewhere_announcedWithItsMeasure()
    {
        const QString path = newCity();
        auto mine = openStore(path);
        auto theirs = openStore(path);
        ChangeNotifier notifier;
        ChangeWatcher watcher(*mine, notifier);
        QSignalSpy announced(&notifier, &ChangeNotifier::changed);

        watcher.check();
        QCOMPARE(announced.count(), 0); // nothing happened yet

        const Id measure = testcity::measureId(*theirs, QStringLiteral("M1"));
        theirs->addCommentary(comment(measure, QStringLiteral("From the other window")));
        watcher.check();
        QCOMPARE(announced.count(), 1);
        const auto change = announced.at(0).at(0).value<StoreChange>();
        QCOMPARE(int(change.kind), int(StoreChange::Kind::Commentary));
        QCOMPARE(change.measureId, measure);
        QVERIFY(change.elsewhere);
        QVERIFY(!change.needsWholeCity());

        watcher.check();
        QCOMPARE(announced.count(), 1); // announced once, not on every look
    }

    void ownWrites_andTheWorkersWrites_areNotAnnouncedAgain()
    {
        const QString path = newCity();
        auto mine = openStore(path);
        auto worker = mine->openWorkerConnection();
        ChangeNotifier notifier;
        ChangeWatcher watcher(*mine, notifier);
        QSignalSpy announced(&notifier, &ChangeNotifier::changed);
        const Id measure = testcity::measureId(*mine, QStringLiteral("M1"));
        mine->addCommentary(comment(measure, QStringLiteral("Mine")));
        worker->applyImport(testcity::newGoal()); // the window's own import, written on a worker thread
        watcher.check();
        QCOMPARE(announced.count(), 0);
    }

    void settingsAndImportsElsewhere_needTheWholeCity()
    {
        const QString path = newCity();
        auto mine = openStore(path);
        auto theirs = openStore(path);
        ChangeNotifier notifier;
        ChangeWatcher watcher(*mine, notifier);
        QSignalSpy announced(&notifier, &ChangeNotifier::changed);
        CitySettings settings = theirs->citySettings();
        settings.cityName = QStringLiteral("Renamed");
        theirs->saveCitySettings(settings);
        const qint64 importId = theirs->applyImport(testcity::newGoal()).importId;
        theirs->undoLastImport(importId);
        watcher.check();
        QCOMPARE(announced.count(), 3);
        const std::vector<StoreChange::Kind> kinds = {StoreChange::Kind::Settings, StoreChange::Kind::Import,
                                                      StoreChange::Kind::ImportUndone};
        for (int i = 0; i < 3; ++i) {
            const auto change = announced.at(i).at(0).value<StoreChange>();
            QCOMPARE(int(change.kind), int(kinds[size_t(i)]));
            QVERIFY(change.needsWholeCity());
        }
        QCOMPARE(announced.at(1).at(0).value<StoreChange>().importId, importId);
    }

    void writeWithoutALogEntry_announcedAsUnknown()
    {
        const QString path = newCity();
        auto mine = openStore(path);
        ChangeNotifier notifier;
        ChangeWatcher watcher(*mine, notifier);
        QSignalSpy announced(&notifier, &ChangeNotifier::changed);
        {
            // An older CivicStat, or a steward with the sqlite3 shell, writes no log entry.
            auto other = SqliteKpiStore::open(path);
            other->connection().execute("UPDATE observations SET value = value + 1");
        }
        watcher.check();
        QCOMPARE(announced.count(), 1);
        QCOMPARE(int(announced.at(0).at(0).value<StoreChange>().kind), int(StoreChange::Kind::Unknown));
    }

    // Another program (the sqlite3 shell) writes the file: the file watcher,
    // not the timer (made slow here), brings the announcement within two seconds.
    void anotherProgramsWrite_announcedWithinTwoSeconds()
    {
        const QString path = newCity();
        auto mine = openStore(path);
        ChangeNotifier notifier;
        ChangeWatcher watcher(*mine, notifier);
        watcher.setPollIntervals(600000, 600000);
        QVERIFY(!watcher.isListening());
        QSignalSpy announced(&notifier, &ChangeNotifier::changed);
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {path, QStringLiteral("UPDATE observations SET value = value + 1")});
        QVERIFY(shell.waitForFinished(10000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
        QTRY_COMPARE_WITH_TIMEOUT(announced.count(), 1, 2000);
        QCOMPARE(int(announced.at(0).at(0).value<StoreChange>().kind), int(StoreChange::Kind::Unknown));
    }

    void theTimer_looksByItself()
    {
        const QString path = newCity();
        auto mine = openStore(path);
        auto theirs = openStore(path);
        ChangeNotifier notifier;
        ChangeWatcher watcher(*mine, notifier);
        QSignalSpy announced(&notifier, &ChangeNotifier::changed);
        theirs->addCommentary(comment(testcity::measureId(*theirs, QStringLiteral("M2")), QStringLiteral("Later")));
        QVERIFY(announced.wait(3 * ChangeWatcher::pollMilliseconds));
    }
};

QTEST_GUILESS_MAIN(ChangeWatcherTest)
#include "tst_changewatcher.moc"
