// Offline copies taken from a PostgreSQL server (docs/offline.md), against a
// throwaway server (pgserver.h): a copy of the Tempting City taken from the
// server holds the same rows as one taken from the same city in a file, and a
// public one nothing that is not public; comments written offline go back with
// `civicstat sync` as they do to a file; two syncs of one comment at once
// cannot both win; ten editors writing at once lose no comment.
#include "clirun.h"
#include "kpistore.h"
#include "pgserver.h"
#include "storeerror.h"
#include "storefactory.h"

#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <sqlite3.h>
#include <thread>

using namespace civicstat;

namespace {

using clitest::Result;

// Every row of a copy's table as text, sorted, with the ids (which differ
// between sources) left out and the measure and member named by code instead.
QStringList rowsWithoutIds(const QString &path, const QString &table)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return {QStringLiteral("cannot open %1").arg(path)};
    QStringList columns;
    sqlite3_stmt *q = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM pragma_table_info(?)", -1, &q, nullptr);
    const QByteArray tableName = table.toUtf8();
    sqlite3_bind_text(q, 1, tableName.constData(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(q) == SQLITE_ROW) {
        const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
        if (name == QLatin1String("measure_id"))
            columns << QStringLiteral("(SELECT code FROM measures x WHERE x.id = t.measure_id)");
        else if (name == QLatin1String("member_id"))
            columns << QStringLiteral("(SELECT code FROM dimension_members x WHERE x.id = t.member_id)");
        else if (name != QLatin1String("id") && !name.endsWith(QLatin1String("_id")))
            columns << name;
    }
    sqlite3_finalize(q);
    QStringList rows;
    const QByteArray sql = QStringLiteral("SELECT %1 FROM \"%2\" t").arg(columns.join(QLatin1Char(',')), table).toUtf8();
    if (columns.isEmpty() || sqlite3_prepare_v2(db, sql.constData(), -1, &q, nullptr) != SQLITE_OK)
        rows << QStringLiteral("cannot read %1").arg(table);
    while (q && sqlite3_step(q) == SQLITE_ROW) {
        QStringList fields;
        for (int c = 0; c < sqlite3_column_count(q); ++c) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(q, c));
            fields << (text ? QString::fromUtf8(text) : QStringLiteral("<null>"));
        }
        rows << fields.join(QLatin1Char('|'));
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    rows.sort();
    return rows;
}

QString firstValue(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QString value = QStringLiteral("<none>");
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
    sqlite3_finalize(q);
    sqlite3_close(db);
    return value;
}

const QStringList copiedTables{"city_settings", "departments", "goals", "objectives", "measures", "targets",
                               "observations", "commentary", "initiatives", "dimensions", "dimension_members",
                               "boundary_layers", "datasets"};
const QStringList nonPublicCodes{"INT-OT", "RES-INF", "CONF-IAC", "INT-TURN", "INT-SICK"};
const QStringList nonPublicNames{"Police overtime hours", "Informant payments", "Open internal affairs cases",
                                 "Staff turnover", "Sick days per employee"};

Commentary comment(Id measureId, const QString &author, const QString &body)
{
    Commentary c;
    c.measureId = measureId;
    c.period = QStringLiteral("2026-09");
    c.author = author;
    c.writtenAt = QDateTime(QDate(2026, 10, 2), QTime(8, 0), Qt::UTC);
    c.body = body;
    return c;
}

Id measureId(KpiStore &store, const char *code) { return store.structure().measureByCode(QLatin1String(code))->id; }

const Commentary *findBody(const std::vector<Commentary> &comments, const QString &body)
{
    for (const Commentary &c : comments)
        if (c.body == body)
            return &c;
    return nullptr;
}

} // namespace

class TestPgOffline : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgTestServer> m_server;
    QTemporaryDir m_files;
    QString m_file;
    QString m_url;

    QString path(const char *name) const { return m_files.filePath(QLatin1String(name)); }

    // The Tempting City with more to tempt a copy, as tst_snapshot has it:
    // comments and a target note naming hidden measures, an internal dataset.
    bool loadTemptingCity(const QString &database)
    {
        const QString data = QStringLiteral(CIVICSTAT_TEST_DATA "/tempting-city/");
        if (clitest::civicstat({QStringLiteral("init"), database, QStringLiteral("--city"), QStringLiteral("Tempting")}).exitCode != 0)
            return false;
        for (const char *name : {"structure.csv", "observations.csv"}) {
            const Result r = clitest::civicstat({QStringLiteral("import"), database, data + QLatin1String(name)});
            if (r.exitCode != 0) {
                qWarning("%s", qPrintable(r.err));
                return false;
            }
        }
        auto store = openStore(database);
        const Structure s = store->structure();
        for (const QString &code : nonPublicCodes + QStringList{"PUB-RESP"}) {
            const Measure *m = s.measureByCode(code);
            store->addCommentary(comment(m->id, QStringLiteral("Sam Ortiz"),
                                         QStringLiteral("About %1 (%2): explained.").arg(m->name, m->code)));
        }
        ImportBatch extras;
        extras.log.kind = QStringLiteral("structure");
        Target note;
        note.effectiveFrom = QDate(2026, 7, 1);
        note.value = 35000;
        note.note = QStringLiteral("Informant payments capped by the chief");
        extras.targets.push_back({QStringLiteral("RES-INF"), note});
        NewDataset ledger;
        ledger.name = QStringLiteral("Overtime ledger");
        ledger.departmentCode = QStringLiteral("PD");
        ledger.classification = Classification::Internal;
        extras.datasets.push_back(ledger);
        NewDataset crashes = ledger;
        crashes.name = QStringLiteral("Collision reports");
        crashes.classification = Classification::Public;
        crashes.lastRefreshed = QDate(2026, 9, 30);
        extras.datasets.push_back(crashes);
        store->applyImport(extras);
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_server = std::make_unique<PgTestServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
        m_file = path("tempting.db");
        QVERIFY(loadTemptingCity(m_file));
        m_url = m_server->createDatabase(QStringLiteral("tempting"));
        QVERIFY(loadTemptingCity(m_url));
    }

    void cleanupTestCase() { m_server.reset(); }

    void copyOfServer_holdsWhatACopyOfTheFileHolds_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("measures");
        QTest::addColumn<int>("memberFigures");
        QTest::newRow("public") << QStringList{"--audience", "public"} << 4 << 0;
        // An internal copy is sealed, so sqlite3 cannot read it row by row here; its
        // contents are checked through the store in tst_snapshot.
    }

    void copyOfServer_holdsWhatACopyOfTheFileHolds()
    {
        QFETCH(QStringList, options);
        QFETCH(int, measures);
        QFETCH(int, memberFigures);
        const QString fromServer = path("from-server.db");
        const QString fromFile = path("from-file.db");
        QFile::remove(fromServer);
        QFile::remove(fromFile);
        Result r = clitest::civicstat(QStringList{"snapshot", m_url, fromServer} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(": %1 measures, ").arg(measures)), qPrintable(r.out));
        const Result onFile = clitest::civicstat(QStringList{"snapshot", m_file, fromFile} + options);
        QVERIFY2(onFile.exitCode == 0, qPrintable(onFile.err));
        // The same counts in the same words, but for the copy's name.
        QCOMPARE(r.out.section(QLatin1Char(':'), 1), onFile.out.section(QLatin1Char(':'), 1));
        for (const QString &table : copiedTables) {
            const QStringList rows = rowsWithoutIds(fromServer, table);
            QCOMPARE(rows, rowsWithoutIds(fromFile, table));
        }
        QCOMPARE(rowsWithoutIds(fromServer, QStringLiteral("measures")).size(), measures);
        QCOMPARE(firstValue(fromServer, "SELECT count(*) FROM observations WHERE member_id IS NOT NULL"),
                 QString::number(memberFigures));
        QCOMPARE(firstValue(fromServer, "SELECT count(*) FROM observations o JOIN measures m ON m.id = o.measure_id "
                                        "WHERE m.code = 'PUB-RESP' AND o.member_id IS NULL"),
                 QStringLiteral("21"));
        const QString source = firstValue(fromServer, "SELECT source FROM snapshot_info");
        QVERIFY2(source.startsWith(QLatin1String("postgresql://postgres@/tempting?host=")), qPrintable(source));
    }

    void publicCopyOfServer_holdsNothingNotPublic()
    {
        const QString copy = path("public-from-server.db");
        QCOMPARE(clitest::civicstat({"snapshot", m_url, copy, "--audience", "public"}).exitCode, 0);
        int values = 0;
        for (const QString &table : copiedTables + QStringList{"snapshot_info", "snapshot_commentary_base", "imports"}) {
            for (const QString &row : rowsWithoutIds(copy, table)) {
                ++values;
                for (const QString &hidden : nonPublicCodes + nonPublicNames + QStringList{"Overtime ledger"})
                    QVERIFY2(!row.contains(hidden), qPrintable(table + QLatin1String(": ") + row));
            }
        }
        QVERIFY(values > 80);
        QCOMPARE(rowsWithoutIds(copy, QStringLiteral("datasets")).size(), 1);
    }

    void syncToServer_appendsUpdatesAndKeepsBothSidesOfAConflict()
    {
        auto server = openStore(m_url);
        const Id resp = measureId(*server, "PUB-RESP");
        const Id crash = measureId(*server, "PUB-CRASH");
        const Id editedOffline = server->addCommentary(comment(resp, QStringLiteral("Ana Ruiz"), QStringLiteral("Rain delayed work.")));
        const Id editedBoth = server->addCommentary(comment(resp, QStringLiteral("Lee Okafor"), QStringLiteral("Asphalt came late.")));
        const Id removedOffline = server->addCommentary(comment(resp, QStringLiteral("Lee Okafor"), QStringLiteral("Draft note.")));
        const QString copyPath = path("field.db");
        QCOMPARE(clitest::civicstat({"snapshot", m_url, copyPath, "--audience", "public"}).exitCode, 0);
        {
            auto copy = openStore(copyPath);
            copy->addCommentary(comment(measureId(*copy, "PUB-CRASH"), QStringLiteral("Field Reviewer"),
                                        QStringLiteral("Crash site visited.")));
            // The copy keeps the server's comment ids.
            copy->updateCommentary(editedOffline, QStringLiteral("Rain delayed work for nine days."));
            copy->updateCommentary(editedBoth, QStringLiteral("Asphalt came late (offline view)."));
            copy->removeCommentary(removedOffline);
            QCOMPARE(int(copy->pendingCommentary().size()), 4);
        }
        // Meanwhile someone at the server edits one of the edited comments.
        auto colleague = openStore(m_url);
        colleague->updateCommentary(editedBoth, QStringLiteral("Asphalt came late; supplier replaced."));
        const qint64 before = server->latestChangeId();

        Result r = clitest::civicstat({"sync", copyPath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *part : {"1 added", "1 updated", "1 removed", "1 in conflict (both kept)"})
            QVERIFY2(r.out.contains(QLatin1String(part)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("PUB-RESP, 2026-09, by Lee Okafor")), qPrintable(r.out));

        const auto onServer = server->commentaryOf(resp);
        QCOMPARE(findBody(onServer, QStringLiteral("Rain delayed work for nine days."))->id, editedOffline);
        QCOMPARE(findBody(onServer, QStringLiteral("Asphalt came late; supplier replaced."))->id, editedBoth);
        QVERIFY(!findBody(onServer, QStringLiteral("Draft note.")));
        const Commentary *conflict = nullptr;
        for (const Commentary &c : onServer)
            if (c.body.endsWith(QLatin1String("\nAsphalt came late (offline view).")))
                conflict = &c;
        QVERIFY(conflict);
        QVERIFY2(conflict->body.startsWith(QLatin1String("[Written offline; conflicts with a change made at the source")),
                 qPrintable(conflict->body));
        QCOMPARE(conflict->author, QStringLiteral("Lee Okafor"));
        const auto crashComments = server->commentaryOf(crash);
        QCOMPARE(int(crashComments.size()), 1);
        QCOMPARE(crashComments.front().body, QStringLiteral("Crash site visited."));
        QCOMPARE(crashComments.front().writtenAt, QDateTime(QDate(2026, 10, 2), QTime(8, 0), Qt::UTC));
        // Other windows on the server learn of every change the sync made.
        QSet<Id> changedMeasures;
        int changes = 0;
        for (const StoreChange &change : server->changesByOthersSince(before)) {
            QCOMPARE(change.kind, StoreChange::Kind::Commentary);
            changedMeasures.insert(change.measureId);
            ++changes;
        }
        QCOMPARE(changes, 4);
        QCOMPARE(changedMeasures, (QSet<Id>{resp, crash}));
        // Both sides of the conflict are in the copy too, and nothing is left to send.
        auto copy = openStore(copyPath);
        QCOMPARE(int(copy->pendingCommentary().size()), 0);
        QVERIFY(findBody(copy->commentaryOf(measureId(*copy, "PUB-RESP")), conflict->body));
        r = clitest::civicstat({"sync", copyPath});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("No comments to send back to postgresql://")), qPrintable(r.out));
        QCOMPARE(server->commentaryOf(resp).size(), onServer.size());
    }

    void twoSyncsOfOneCommentAtOnce_cannotBothWin()
    {
        auto server = openStore(m_url);
        const Id lib = measureId(*server, "PUB-LIB");
        for (int round = 0; round < 10; ++round) {
            const QString copied = QStringLiteral("Round %1 as copied.").arg(round);
            const Id id = server->addCommentary(comment(lib, QStringLiteral("Ana Ruiz"), copied));
            std::vector<CommentarySendOutcome> outcomes[2];
            QString failures[2];
            std::atomic<int> ready{0};
            std::vector<std::thread> copies;
            for (int k = 0; k < 2; ++k) {
                copies.emplace_back([&, k] {
                    try {
                        auto source = openStore(m_url); // each copy's sync has its own connection
                        PendingComment edit;
                        edit.kind = PendingComment::Kind::Edited;
                        edit.localId = edit.sourceId = id;
                        edit.measureCode = QStringLiteral("PUB-LIB");
                        edit.period = QStringLiteral("2026-09");
                        edit.author = QStringLiteral("Ana Ruiz");
                        edit.body = QStringLiteral("Round %1 from copy %2.").arg(round).arg(k);
                        edit.baseBody = copied;
                        CommentaryToSend item{edit, [](const std::optional<Commentary> &) { return QStringLiteral("conflict"); }};
                        ++ready;
                        while (ready < 2) {
                        }
                        outcomes[k] = source->sendCommentary({item});
                    } catch (const StoreError &error) {
                        failures[k] = error.message();
                    }
                });
            }
            for (std::thread &t : copies)
                t.join();
            QCOMPARE(failures[0], QString());
            QCOMPARE(failures[1], QString());
            QCOMPARE(outcomes[0].size(), std::size_t(1));
            QCOMPARE(outcomes[1].size(), std::size_t(1));
            using Result = CommentarySendOutcome::Result;
            const int winner = outcomes[0].front().result == Result::Updated ? 0 : 1;
            QCOMPARE(outcomes[winner].front().result, Result::Updated);
            QCOMPARE(outcomes[1 - winner].front().result, Result::Conflict);
            QCOMPARE(outcomes[1 - winner].front().atSource->body, QStringLiteral("Round %1 from copy %2.").arg(round).arg(winner));
            const auto comments = server->commentaryOf(lib);
            QCOMPARE(findBody(comments, QStringLiteral("Round %1 from copy %2.").arg(round).arg(winner))->id, id);
            QVERIFY(!findBody(comments, copied));
        }
    }

    void tenEditorsAtOnce_loseNoComment()
    {
        auto server = openStore(m_url);
        const Id permit = measureId(*server, "PUB-PERMIT");
        const std::size_t before = server->commentaryOf(permit).size();
        const qint64 changesBefore = server->latestChangeId();
        QStringList failures;
        QMutex failuresLock;
        std::vector<std::thread> editors;
        for (int editor = 0; editor < 10; ++editor) {
            editors.emplace_back([&, editor] {
                try {
                    auto store = openStore(m_url);
                    for (int n = 0; n < 20; ++n)
                        store->addCommentary(comment(permit, QStringLiteral("Editor %1").arg(editor),
                                                     QStringLiteral("Editor %1, note %2.").arg(editor).arg(n)));
                } catch (const StoreError &error) {
                    QMutexLocker locked(&failuresLock);
                    failures << error.message();
                }
            });
        }
        for (std::thread &t : editors)
            t.join();
        QCOMPARE(failures, QStringList{});
        const auto comments = server->commentaryOf(permit);
        QCOMPARE(comments.size() - before, std::size_t(200));
        QSet<QString> bodies;
        for (const Commentary &c : comments)
            bodies.insert(c.body);
        for (int editor = 0; editor < 10; ++editor)
            for (int n = 0; n < 20; ++n)
                QVERIFY(bodies.contains(QStringLiteral("Editor %1, note %2.").arg(editor).arg(n)));
        QCOMPARE(int(server->changesByOthersSince(changesBefore).size()), 200);
    }

    void syncOfTheServerItself_isRefused()
    {
        const Result r = clitest::civicstat({"sync", m_url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("is not an offline copy")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPgOffline)
#include "tst_pgoffline.moc"
