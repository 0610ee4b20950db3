// `civicstat snapshot` on the Tempting City (tests/data/tempting-city): a
// public copy holds no trace of a non-public measure anywhere in the file,
// looked for with SQLite itself in every column of every table; a goal's copy
// holds that goal alone and scores it as the source's public edition does;
// the stamp says where the copy came from; bad arguments get the exit codes.
#include "clirun.h"
#include "storefactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace civicstat;

namespace {

using clitest::Result;

// Every value of every column of every table, as text, with where it was found.
QStringList everyText(const QString &path)
{
    sqlite3 *db = nullptr;
    QStringList found;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return {QStringLiteral("cannot open")};
    QStringList tables;
    sqlite3_stmt *list = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &list, nullptr);
    while (sqlite3_step(list) == SQLITE_ROW)
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list, 0)));
    sqlite3_finalize(list);
    for (const QString &table : tables) {
        sqlite3_stmt *rows = nullptr;
        sqlite3_prepare_v2(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table).toUtf8().constData(), -1, &rows, nullptr);
        while (sqlite3_step(rows) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(rows); ++column) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(rows, column));
                if (text)
                    found << table + QLatin1Char('.') + QString::fromUtf8(sqlite3_column_name(rows, column))
                            + QLatin1Char('=') + QString::fromUtf8(text);
            }
        }
        sqlite3_finalize(rows);
    }
    sqlite3_close(db);
    return found;
}

QStringList column(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QStringList values;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK) {
        while (sqlite3_step(q) == SQLITE_ROW)
            values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    return values;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The scorecard rows below the citywide one, without the note of measures an
// edition leaves out (a copy leaves them out of the file instead).
QStringList rowsBelowCity(const QString &csv)
{
    QStringList rows;
    for (const QString &line : csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("level,")) || line.startsWith(QLatin1String("citywide,")))
            continue;
        rows << line.section(QLatin1Char(','), 0, -2);
    }
    return rows;
}

const QStringList nonPublicCodes{"INT-OT", "RES-INF", "CONF-IAC", "INT-TURN", "INT-SICK"};
const QStringList nonPublicNames{"Police overtime hours", "Informant payments", "Open internal affairs cases",
                                 "Staff turnover", "Sick days per employee"};

} // namespace

class SnapshotTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_city;
    QString m_passphraseFile;
    const QString passphrase = QStringLiteral("field copy passphrase");

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        m_city = path("tempting.db");
        const QString data = QStringLiteral(CIVICSTAT_TEST_DATA "/tempting-city/");
        m_passphraseFile = path("passphrase.txt");
        QFile passphraseFile(m_passphraseFile);
        QVERIFY(passphraseFile.open(QIODevice::WriteOnly));
        passphraseFile.write(passphrase.toUtf8() + '\n');
        passphraseFile.close();
        QCOMPARE(clitest::civicstat({"init", m_city, "--city", "Tempting"}).exitCode, 0);
        QCOMPARE(clitest::civicstat({"import", m_city, data + "structure.csv"}).exitCode, 0);
        QCOMPARE(clitest::civicstat({"import", m_city, data + "observations.csv"}).exitCode, 0);
        // More to tempt a copy: comments and target notes on hidden measures that
        // name them, and a dataset only an internal reader may see.
        auto store = openStore(m_city);
        const Structure s = store->structure();
        for (const QString &code : nonPublicCodes + QStringList{"PUB-RESP"}) {
            const Measure *m = s.measureByCode(code);
            Commentary c;
            c.measureId = m->id;
            c.period = QStringLiteral("2026-09");
            c.author = QStringLiteral("Sam Ortiz");
            c.writtenAt = QDateTime(QDate(2026, 10, 2), QTime(8, 0), Qt::UTC);
            c.body = QStringLiteral("About %1 (%2): explained.").arg(m->name, m->code);
            store->addCommentary(c);
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
        extras.datasets.push_back(crashes);
        store->applyImport(extras);
    }

    void publicCopy_holdsNoTraceOfANonPublicMeasure()
    {
        const QString copy = path("public.db");
        const Result r = clitest::civicstat({"snapshot", m_city, copy, "--audience", "public"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("4 measures")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("5 measures not shown in this edition")), qPrintable(r.out));
        const QStringList texts = everyText(copy);
        QVERIFY(texts.size() > 200);
        for (const QString &text : texts) {
            for (const QString &hidden : nonPublicCodes + nonPublicNames + QStringList{"Overtime ledger"})
                QVERIFY2(!text.contains(hidden), qPrintable(text));
        }
        // What the public may see is all there.
        QCOMPARE(column(copy, "SELECT code FROM measures ORDER BY code"),
                 (QStringList{"PUB-CRASH", "PUB-LIB", "PUB-PERMIT", "PUB-RESP"}));
        QCOMPARE(column(copy, "SELECT body FROM commentary"),
                 QStringList{"About 911 calls answered within 10 seconds (PUB-RESP): explained."});
        QCOMPARE(column(copy, "SELECT name FROM datasets"), QStringList{"Collision reports"});
        // A public edition shows no figures by member; totals are all copied.
        QCOMPARE(column(copy, "SELECT count(*) FROM observations WHERE member_id IS NOT NULL"), QStringList{"0"});
        QCOMPARE(column(copy, "SELECT count(*) FROM observations o JOIN measures m ON m.id = o.measure_id "
                              "WHERE m.code = 'PUB-RESP'"),
                 QStringList{"21"});
        // The stamp.
        QCOMPARE(column(copy, "SELECT source || '|' || scope || '|' || audience || '|' || data_as_of FROM snapshot_info"),
                 QStringList{QFileInfo(m_city).absoluteFilePath() + "|citywide|public|2026-09-30"});
        QVERIFY(!column(copy, "SELECT holder FROM snapshot_info").value(0).isEmpty());
        QVERIFY(QDateTime::fromString(column(copy, "SELECT taken_at FROM snapshot_info").value(0), Qt::ISODate)
                    .secsTo(QDateTime::currentDateTimeUtc()) < 120);
        QCOMPARE(QDir(m_dir.path()).entryList({"*.taking-*"}, QDir::Files), QStringList{}); // nothing left beside
    }

    void copyOfTheDemoCity_saysItIsADemo_andNoOtherDoes()
    {
        const QString demo = path("riverton.db");
        QCOMPARE(clitest::civicstat({"demo", demo}).exitCode, 0);
        const QString demoCopy = path("riverton-public.db");
        QCOMPARE(clitest::civicstat({"snapshot", demo, demoCopy, "--audience", "public"}).exitCode, 0);
        QVERIFY(openStore(demoCopy)->isDemonstration());
        const QString cityCopy = path("tempting-public.db");
        QCOMPARE(clitest::civicstat({"snapshot", m_city, cityCopy, "--audience", "public"}).exitCode, 0);
        QVERIFY(!openStore(cityCopy)->isDemonstration());
    }

    void internalCopy_isSealedAndHoldsOnlyTheClassifiedAskedFor()
    {
        const QString copy = path("internal.db");
        const Result r = clitest::civicstat({"snapshot", m_city, copy, "--include-classified", "RES-INF", "--passphrase-file", m_passphraseFile});
        QCOMPARE(r.exitCode, 0);
        // Encrypted at rest: not one code or name, public or not, in the clear.
        const QByteArray bytes = readBytes(copy);
        QVERIFY(bytes.startsWith("CIVICSTAT SEALED\n"));
        for (const QString &text : nonPublicCodes + nonPublicNames + QStringList{"PUB-CRASH", "SQLite format"})
            QVERIFY2(!bytes.contains(text.toUtf8()), qPrintable(text));

        const auto store = openStore(copy, StoreOpenOptions{StoreOpenMode::Existing, passphrase});
        const Structure s = store->structure();
        QStringList nonPublic;
        int memberFigures = 0;
        QStringList commentary;
        for (const Measure &m : s.measures) {
            if (m.classification != Classification::Public)
                nonPublic << m.code;
            memberFigures += int(store->memberFiguresOf(m.id).size());
            for (const Commentary &c : store->commentaryOf(m.id))
                commentary << c.body;
        }
        nonPublic.sort();
        QCOMPARE(nonPublic, (QStringList{"INT-OT", "INT-SICK", "INT-TURN", "RES-INF"}));
        QCOMPARE(memberFigures, 63);
        QStringList targetNotes;
        for (const Target &target : s.measureByCode(QStringLiteral("RES-INF"))->targets)
            if (!target.note.isEmpty())
                targetNotes << target.note;
        QCOMPARE(targetNotes, QStringList{"Informant payments capped by the chief"});
        QVERIFY(!s.measureByCode(QStringLiteral("CONF-IAC")));
        for (const QString &body : commentary)
            QVERIFY2(!body.contains(QLatin1String("CONF-IAC")) && !body.contains(QLatin1String("Open internal affairs")),
                     qPrintable(body));
        QStringList datasets;
        for (const NewDataset &d : store->datasets())
            datasets << d.name;
        datasets.sort();
        QCOMPARE(datasets, (QStringList{"Collision reports", "Overtime ledger"}));
    }

    void internalCopy_withoutAPassphrase_isRefusedAndNotWritten()
    {
        const QString copy = path("unsealed.db");
        const Result r = clitest::civicstat({"snapshot", m_city, copy}); // no terminal, no passphrase file
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("a passphrase is needed")), qPrintable(r.err));
        QVERIFY(!QFile::exists(copy));
    }

    void goalCopy_holdsThatGoalAndScoresItAsTheSourcesPublicEdition()
    {
        const QString copy = path("safe.db");
        QCOMPARE(clitest::civicstat({"snapshot", m_city, copy, "--scope", "goal:SAFE", "--audience", "public"}).exitCode, 0);
        QCOMPARE(column(copy, "SELECT code FROM goals"), QStringList{"SAFE"});
        QCOMPARE(column(copy, "SELECT code FROM measures ORDER BY code"), (QStringList{"PUB-CRASH", "PUB-RESP"}));
        QCOMPARE(column(copy, "SELECT scope FROM snapshot_info"), QStringList{"goal:SAFE"});

        const QString fromCopy = path("copy.csv");
        const QString fromSource = path("source.csv");
        QCOMPARE(clitest::civicstat({"export", copy, "--out", fromCopy, "--audience", "public", "--period", "2026-09"}).exitCode, 0);
        QCOMPARE(clitest::civicstat({"export", m_city, "--out", fromSource, "--audience", "public", "--scope", "goal:SAFE",
                            "--period", "2026-09"})
                     .exitCode,
                 0);
        const QStringList copyRows = rowsBelowCity(readAll(fromCopy));
        QCOMPARE(copyRows.size(), 1 + 2 + 2); // the goal, its two objectives, their two public measures
        QCOMPARE(copyRows, rowsBelowCity(readAll(fromSource)));
        QVERIFY2(copyRows.first().startsWith(QLatin1String("goal,SAFE,Safe neighbourhoods,2026-09,")), qPrintable(copyRows.first()));
    }

    void deptCopy_holdsThatDepartmentsObjectives()
    {
        const QString copy = path("permits.db");
        QCOMPARE(clitest::civicstat({"snapshot", m_city, copy, "--scope", "dept:PERMITS", "--passphrase-file", m_passphraseFile}).exitCode, 0);
        const Structure s = openStore(copy, StoreOpenOptions{StoreOpenMode::Existing, passphrase})->structure();
        QStringList measures;
        for (const Measure &m : s.measures)
            measures << m.code;
        measures.sort();
        QCOMPARE(measures, (QStringList{"PUB-LIB", "PUB-PERMIT"}));
        QCOMPARE(s.departments.size(), std::size_t(1));
        QCOMPARE(s.departments.front().code, QStringLiteral("PERMITS"));
    }

    void badArguments_getTheBriefingsExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown goal") << QStringList{"--scope", "goal:NOPE"} << 2 << "There is no goal with the code \"NOPE\"";
        QTest::newRow("unknown scope kind") << QStringList{"--scope", "ward:3"} << 2 << "is not a scope";
        QTest::newRow("unknown audience") << QStringList{"--audience", "press"} << 2 << "is not an audience";
        QTest::newRow("classified in public") << QStringList{"--audience", "public", "--include-classified", "RES-INF"}
                                              << 1 << "cannot appear in a public edition";
        QTest::newRow("unknown classified") << QStringList{"--include-classified", "XYZ"} << 1 << "No measure has the code XYZ";
    }

    void badArguments_getTheBriefingsExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString copy = path("refused.db");
        const Result r = clitest::civicstat(QStringList{"snapshot", m_city, copy, "--passphrase-file", m_passphraseFile} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(copy));
    }

    void missingSourceOrUnwritableOutput_exitThreeAndFour()
    {
        Result r = clitest::civicstat({"snapshot", path("nowhere.db"), path("out.db")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(path("out.db")));
        r = clitest::civicstat({"snapshot", m_city, path("no-such-folder/out.db"), "--passphrase-file", m_passphraseFile});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("Cannot write beside")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(SnapshotTest)
#include "tst_snapshot.moc"
