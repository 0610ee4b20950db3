// How the SQLite KPI store opens files: missing, foreign, empty, damaged, newer
// and locked ones are refused without changing a byte; the step-by-step migrations.
#include "storagefixtures.h"

using namespace civicstat;
using namespace civicstat::test;

class TestStorageOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Refusing files that are not usable, without changing them.
    void open_missingFileExisting_throwsMissingAndCreatesNothing();
    void open_missingFileCreateIfMissing_createsValidDatabase();
    void open_textFile_throwsNotCivicStatAndLeavesBytes();
    void open_folder_throwsNotCivicStat();
    void open_emptyFileExisting_throwsNotCivicStat();
    void open_emptyFileCreateIfMissing_becomesCurrentVersionDatabase();
    void open_foreignSqliteDatabase_throwsNotCivicStatAndLeavesBytes();
    void open_damagedFirstPage_throwsCorruptAndLeavesBytes();
    void open_newerVersion_opensReadOnly();
    void open_newerVersion_refusesWrites_data();
    void open_newerVersion_refusesWrites();
    void open_existingDatabase_keepsData();
    void open_createInMissingFolder_throwsMissing();

    // Schema and migrations.
    void schema_newDatabase_hasCurrentVersionAndApplicationId();
    void migrate_extraStep_addsColumnAndRecordsVersion();
    void migrate_alreadyCurrent_changesNothing();
    void migrate_failingStep_keepsPreviousVersion_data();
    void migrate_failingStep_keepsPreviousVersion();
    void migrate_failingThirdStep_keepsSecondStep();

    // Locks held by another program.
    void open_exclusiveLockElsewhere_throwsBusy();
};

void TestStorageOpen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStorageOpen::open_missingFileExisting_throwsMissingAndCreatesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    const auto error = storeErrorFrom([&] { SqliteKpiStore::open(path, Mode::Existing); });
    QVERIFY(error);
    QCOMPARE(kindName(error->kind()), QStringLiteral("Missing"));
    QVERIFY2(error->message().contains(path), qPrintable(error->message()));
    QVERIFY2(error->message().contains(QLatin1String("does not exist")), qPrintable(error->message()));
    QVERIFY(!QFileInfo::exists(path));
    // Opening with the default mode behaves the same.
    const auto again = storeErrorFrom([&] { SqliteKpiStore::open(path); });
    QVERIFY(again);
    QCOMPARE(kindName(again->kind()), QStringLiteral("Missing"));
    QVERIFY(!QFileInfo::exists(path));
}

void TestStorageOpen::open_missingFileCreateIfMissing_createsValidDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.db"));
    auto store = SqliteKpiStore::open(path, Mode::CreateIfMissing);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(store->location(), path);
    QVERIFY(!store->readOnlyReason());
    QCOMPARE(store->observationCount(), qint64(0));
    QCOMPARE(store->citySettings().cityName, QStringLiteral("My city"));
    QCOMPARE(store->citySettings().fiscalYearStartMonth, 7);
    QCOMPARE(schema::versionOf(store->connection()), schema::currentVersion);
}

void TestStorageOpen::open_textFile_throwsNotCivicStatAndLeavesBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.csv"));
    QVERIFY(writeFile(path, "hello,world\n"));
    for (const Mode mode : {Mode::Existing, Mode::CreateIfMissing}) {
        const auto error = storeErrorFrom([&] { SqliteKpiStore::open(path, mode); });
        QVERIFY(error);
        QCOMPARE(kindName(error->kind()), QStringLiteral("NotCivicStat"));
        QVERIFY2(error->message().contains(path), qPrintable(error->message()));
        QVERIFY2(error->message().contains(QLatin1String("not an SQLite file")), qPrintable(error->message()));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("hello,world\n"));
}

void TestStorageOpen::open_folder_throwsNotCivicStat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto error = storeErrorFrom([&] { SqliteKpiStore::open(dir.path(), Mode::Existing); });
    QVERIFY(error);
    QCOMPARE(kindName(error->kind()), QStringLiteral("NotCivicStat"));
    QVERIFY2(error->message().contains(QLatin1String("is a folder")), qPrintable(error->message()));
    QVERIFY2(error->message().contains(dir.path()), qPrintable(error->message()));
}

void TestStorageOpen::open_emptyFileExisting_throwsNotCivicStat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    QVERIFY(writeFile(path, QByteArray()));
    const auto error = storeErrorFrom([&] { SqliteKpiStore::open(path, Mode::Existing); });
    QVERIFY(error);
    QCOMPARE(kindName(error->kind()), QStringLiteral("NotCivicStat"));
    QVERIFY2(error->message().contains(path), qPrintable(error->message()));
    QVERIFY2(error->message().contains(QLatin1String("is empty")), qPrintable(error->message()));
    QCOMPARE(QFileInfo(path).size(), qint64(0));
}

void TestStorageOpen::open_emptyFileCreateIfMissing_becomesCurrentVersionDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    QVERIFY(writeFile(path, QByteArray()));
    {
        auto store = SqliteKpiStore::open(path, Mode::CreateIfMissing);
        QVERIFY(!store->readOnlyReason());
        QCOMPARE(schema::versionOf(store->connection()), schema::currentVersion);
        QCOMPARE(schema::applicationIdOf(store->connection()), schema::applicationId);
        QVERIFY(schema::hasTable(store->connection(), "observations"));
    }
    QVERIFY(QFileInfo(path).size() > 0);
    // Now a real database: opening it as an existing one works.
    auto reopened = SqliteKpiStore::open(path, Mode::Existing);
    QCOMPARE(reopened->citySettings().cityName, QStringLiteral("My city"));
}

void TestStorageOpen::open_foreignSqliteDatabase_throwsNotCivicStatAndLeavesBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        sqlite::Connection other(path, sqlite::Connection::Mode::ReadWriteCreate);
        other.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT); INSERT INTO foo (bar) VALUES ('baz');");
    }
    const QByteArray before = sha256Of(path);
    QVERIFY(!before.isEmpty());
    for (const Mode mode : {Mode::Existing, Mode::CreateIfMissing}) {
        const auto error = storeErrorFrom([&] { SqliteKpiStore::open(path, mode); });
        QVERIFY(error);
        QCOMPARE(kindName(error->kind()), QStringLiteral("NotCivicStat"));
        QVERIFY2(error->message().contains(path), qPrintable(error->message()));
        QVERIFY2(error->message().contains(QLatin1String("another program")), qPrintable(error->message()));
    }
    QCOMPARE(sha256Of(path), before);
    sqlite::Connection check(path, sqlite::Connection::Mode::ReadOnly);
    QVERIFY(!schema::hasTable(check, "city_settings"));
    QCOMPARE(schema::versionOf(check), 0);
}

void TestStorageOpen::open_damagedFirstPage_throwsCorruptAndLeavesBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    createDatabase(path);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 4096);
        QByteArray garbage(4096 - 100, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 37 + 11) & 0xff);
        QVERIFY(file.seek(100));
        QCOMPARE(file.write(garbage), qint64(garbage.size()));
    }
    const QByteArray before = sha256Of(path);
    for (const Mode mode : {Mode::Existing, Mode::CreateIfMissing}) {
        const auto error = storeErrorFrom([&] { SqliteKpiStore::open(path, mode); });
        QVERIFY(error);
        // SQLite reports SQLITE_CORRUPT for a damaged schema page (observed; not NOTADB).
        QCOMPARE(kindName(error->kind()), QStringLiteral("Corrupt"));
        QVERIFY2(error->message().contains(path), qPrintable(error->message()));
        QVERIFY2(error->message().contains(QLatin1String("damaged")), qPrintable(error->message()));
        QVERIFY2(error->message().contains(QLatin1String("Nothing was changed")), qPrintable(error->message()));
    }
    QCOMPARE(sha256Of(path), before);
}

void TestStorageOpen::open_newerVersion_opensReadOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    createDatabase(path);
    {
        sqlite::Connection db(path, sqlite::Connection::Mode::ReadWrite);
        db.execute("PRAGMA user_version = 99");
    }
    const QByteArray before = sha256Of(path);
    auto store = SqliteKpiStore::open(path, Mode::Existing);
    const auto reason = store->readOnlyReason();
    QVERIFY(reason);
    QVERIFY2(reason->contains(QLatin1String("newer")), qPrintable(*reason));
    QVERIFY2(reason->contains(path), qPrintable(*reason));
    QVERIFY2(reason->contains(QLatin1String("99")), qPrintable(*reason));
    // Still readable.
    QCOMPARE(store->citySettings().cityName, QStringLiteral("My city"));
    QCOMPARE(store->observationCount(), qint64(0));
    QCOMPARE(schema::versionOf(store->connection()), 99);
    QVERIFY(store->connection().isReadOnly());
    store.reset();
    QCOMPARE(sha256Of(path), before);
}

void TestStorageOpen::open_newerVersion_refusesWrites_data()
{
    QTest::addColumn<QString>("write");
    QTest::newRow("saveCitySettings") << QStringLiteral("settings");
    QTest::newRow("applyImport") << QStringLiteral("import");
}

void TestStorageOpen::open_newerVersion_refusesWrites()
{
    QFETCH(QString, write);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    createDatabase(path);
    {
        sqlite::Connection db(path, sqlite::Connection::Mode::ReadWrite);
        db.execute("PRAGMA user_version = 99");
    }
    const QByteArray before = sha256Of(path);
    {
        auto store = SqliteKpiStore::open(path, Mode::CreateIfMissing);
        QVERIFY(store->readOnlyReason());
        const auto error = storeErrorFrom([&] {
            if (write == QLatin1String("settings")) {
                CitySettings settings = store->citySettings();
                settings.cityName = QStringLiteral("Springfield");
                store->saveCitySettings(settings);
            } else {
                store->applyImport(structureBatch());
            }
        });
        QVERIFY(error);
        QCOMPARE(kindName(error->kind()), QStringLiteral("ReadOnly"));
        QCOMPARE(error->message(), *store->readOnlyReason());
        QCOMPARE(store->citySettings().cityName, QStringLiteral("My city"));
        QVERIFY(store->structure().goals.empty());
    }
    QCOMPARE(sha256Of(path), before);
    sqlite::Connection check(path, sqlite::Connection::Mode::ReadOnly);
    QCOMPARE(schema::versionOf(check), 99);
}

void TestStorageOpen::open_existingDatabase_keepsData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kept.db"));
    {
        auto store = SqliteKpiStore::open(path, Mode::CreateIfMissing);
        ImportBatch batch = structureBatch();
        batch.observations.push_back(observation(QStringLiteral("FD-RESP"), Period::month(2024, 3), 88.5));
        store->applyImport(batch);
    }
    // CreateIfMissing on an existing database opens it as it is.
    auto store = SqliteKpiStore::open(path, Mode::CreateIfMissing);
    QCOMPARE(store->observationCount(), qint64(1));
    QCOMPARE(store->latestObservationEnd(), std::optional<QDate>(QDate(2024, 3, 31)));
    const Structure structure = store->structure();
    QCOMPARE(int(structure.goals.size()), 1);
    QCOMPARE(structure.goals.front().name, QStringLiteral("Safe City"));
}

void TestStorageOpen::open_createInMissingFolder_throwsMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("no/such/folder"));
    const QString path = folder + QStringLiteral("/new.db");
    const auto error = storeErrorFrom([&] { SqliteKpiStore::open(path, Mode::CreateIfMissing); });
    QVERIFY(error);
    QCOMPARE(kindName(error->kind()), QStringLiteral("Missing"));
    QVERIFY2(error->message().contains(path), qPrintable(error->message()));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestStorageOpen::schema_newDatabase_hasCurrentVersionAndApplicationId()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("fresh.db")), Mode::CreateIfMissing);
    sqlite::Connection &db = store->connection();
    QCOMPARE(schema::versionOf(db), schema::currentVersion);
    QCOMPARE(schema::currentVersion, 6);
    QCOMPARE(schema::applicationIdOf(db), schema::applicationId);
    QCOMPARE(schema::applicationId, 0x43495653);
    QCOMPARE(countRows(db, "SELECT schema_version FROM city_settings WHERE id = 1"), qint64(schema::currentVersion));
    QCOMPARE(countRows(db, "SELECT count(*) FROM city_settings"), qint64(1));
    for (const char *table : {"city_settings", "departments", "goals", "objectives", "measures", "targets",
                              "observations", "imports", "dimensions", "dimension_members"})
        QVERIFY2(schema::hasTable(db, table), table);
    QVERIFY(!schema::hasTable(db, "foo"));
}

void TestStorageOpen::migrate_extraStep_addsColumnAndRecordsVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("migrate.db"));
    createDatabase(path);
    sqlite::Connection db(path, sqlite::Connection::Mode::ReadWrite);
    QVERIFY(!columnExists(db, QStringLiteral("goals"), QStringLiteral("x")));
    std::vector<schema::Migration> steps = schema::migrations();
    QCOMPARE(int(steps.size()), schema::currentVersion);
    const int next = schema::currentVersion + 1;
    steps.push_back({next, [](sqlite::Connection &c) { c.execute("ALTER TABLE goals ADD COLUMN x TEXT"); }});
    schema::migrate(db, steps);
    QCOMPARE(schema::versionOf(db), next);
    QVERIFY(columnExists(db, QStringLiteral("goals"), QStringLiteral("x")));
    QCOMPARE(countRows(db, "SELECT schema_version FROM city_settings WHERE id = 1"), qint64(next));
    QCOMPARE(schema::applicationIdOf(db), schema::applicationId);
}

void TestStorageOpen::migrate_alreadyCurrent_changesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("current.db"));
    createDatabase(path);
    const QByteArray before = sha256Of(path);
    {
        sqlite::Connection db(path, sqlite::Connection::Mode::ReadWrite);
        // Re-running a step would fail (CREATE TABLE of existing tables): every one must be skipped.
        schema::migrate(db);
        QCOMPARE(schema::versionOf(db), schema::currentVersion);
    }
    QCOMPARE(sha256Of(path), before);
}

void TestStorageOpen::migrate_failingStep_keepsPreviousVersion_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("invalid SQL") << QStringLiteral("sql");
    QTest::newRow("C++ exception") << QStringLiteral("throw");
}

void TestStorageOpen::migrate_failingStep_keepsPreviousVersion()
{
    QFETCH(QString, failure);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("failing.db"));
    createDatabase(path);
    sqlite::Connection db(path, sqlite::Connection::Mode::ReadWrite);
    std::vector<schema::Migration> steps = schema::migrations();
    const bool sql = failure == QLatin1String("sql");
    steps.push_back({schema::currentVersion + 1, [sql](sqlite::Connection &c) {
                         c.execute("CREATE TABLE half_done (a INTEGER)");
                         c.execute("ALTER TABLE goals ADD COLUMN x TEXT");
                         if (sql)
                             c.execute("ALTER TABLE no_such_table ADD COLUMN y TEXT");
                         else
                             throw std::runtime_error("step 2 gave up");
                     }});
    bool threw = false;
    QString message;
    try {
        schema::migrate(db, steps);
    } catch (const StoreError &error) {
        threw = true;
        message = error.message();
    } catch (const std::runtime_error &error) {
        threw = true;
        message = QString::fromUtf8(error.what());
    }
    QVERIFY(threw);
    if (sql) {
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("no_such_table")), qPrintable(message));
    } else {
        QCOMPARE(message, QStringLiteral("step 2 gave up"));
    }
    QCOMPARE(schema::versionOf(db), schema::currentVersion);
    QCOMPARE(countRows(db, "SELECT schema_version FROM city_settings WHERE id = 1"), qint64(schema::currentVersion));
    QVERIFY(!schema::hasTable(db, "half_done"));
    QVERIFY(!columnExists(db, QStringLiteral("goals"), QStringLiteral("x")));
    // The connection is usable afterwards: no transaction was left open.
    db.execute("BEGIN IMMEDIATE; ROLLBACK;");
    // And the database still opens as a normal, writable v1 database.
    auto store = SqliteKpiStore::open(path, Mode::Existing);
    QVERIFY(!store->readOnlyReason());
}

void TestStorageOpen::migrate_failingThirdStep_keepsSecondStep()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("steps.db"));
    createDatabase(path);
    sqlite::Connection db(path, sqlite::Connection::Mode::ReadWrite);
    std::vector<schema::Migration> steps = schema::migrations();
    const int next = schema::currentVersion + 1;
    steps.push_back({next, [](sqlite::Connection &c) { c.execute("ALTER TABLE goals ADD COLUMN x TEXT"); }});
    steps.push_back({next + 1, [](sqlite::Connection &c) {
                         c.execute("CREATE TABLE step3 (a INTEGER)");
                         c.execute("THIS IS NOT SQL");
                     }});
    const auto error = storeErrorFrom([&] { schema::migrate(db, steps); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(path), qPrintable(error->message()));
    QCOMPARE(schema::versionOf(db), next);
    QCOMPARE(countRows(db, "SELECT schema_version FROM city_settings WHERE id = 1"), qint64(next));
    QVERIFY(columnExists(db, QStringLiteral("goals"), QStringLiteral("x")));
    QVERIFY(!schema::hasTable(db, "step3"));
}

void TestStorageOpen::open_exclusiveLockElsewhere_throwsBusy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("locked.db"));
    createDatabase(path);
    const QByteArray before = sha256Of(path);
    {
        sqlite::Connection other(path, sqlite::Connection::Mode::ReadWrite);
        other.execute("BEGIN EXCLUSIVE");
        const auto error = storeErrorFrom([&] { SqliteKpiStore::open(path, Mode::Existing); });
        other.execute("ROLLBACK");
        QVERIFY(error);
        QCOMPARE(kindName(error->kind()), QStringLiteral("Busy"));
        QVERIFY2(error->message().contains(path), qPrintable(error->message()));
    }
    QCOMPARE(sha256Of(path), before);
    auto store = SqliteKpiStore::open(path, Mode::Existing);
    QVERIFY(!store->readOnlyReason());
}

QTEST_GUILESS_MAIN(TestStorageOpen)
#include "tst_storageopen.moc"
