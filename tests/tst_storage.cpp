// Writes to the SQLite KPI store: city settings, all-or-nothing imports, and
// imports stopped midway or blocked by another program's lock.
#include "storagefixtures.h"

using namespace civicstat;
using namespace civicstat::test;

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // City settings.
    void citySettings_saveThenReopen_returnsSameValues();
    void saveCitySettings_newFiscalStart_movesFiscalPeriodEnds_data();
    void saveCitySettings_newFiscalStart_movesFiscalPeriodEnds();
    void citySettingsSet_value_acceptsOrRejects_data();
    void citySettingsSet_value_acceptsOrRejects();
    void saveCitySettings_nanTolerance_refusedByDatabase();

    // Imports are all or nothing.
    void applyImport_goodBatch_writesEverything();
    void applyImport_unknownCode_writesNothing_data();
    void applyImport_unknownCode_writesNothing();
    void applyImport_failureAfterEarlierImport_keepsEarlierData();
    void applyImport_targetForBandMeasureAlreadyStored_keepsBand();
    void applyImport_settingsWithNewFiscalStart_movesFiscalPeriodEnds();

    // Locks held by another program.
    void applyImport_progressSaysStop_rollsBackEverything();
    void applyImport_exclusiveLockElsewhere_throwsBusy();
};

void TestStorage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStorage::citySettings_saveThenReopen_returnsSameValues()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.db"));
    CitySettings wanted;
    wanted.cityName = QStringLiteral("Springfield, Ørsted & Co");
    wanted.fiscalYearStartMonth = 10;
    wanted.defaultTolerance = 0.05;
    wanted.scoreCap = 1.5;
    wanted.atRiskThreshold = 0.8;
    {
        auto store = SqliteKpiStore::open(path, Mode::CreateIfMissing);
        store->saveCitySettings(wanted);
        const CitySettings now = store->citySettings();
        QCOMPARE(now.cityName, wanted.cityName);
        QCOMPARE(now.fiscalYearStartMonth, 10);
    }
    auto store = SqliteKpiStore::open(path, Mode::Existing);
    const CitySettings read = store->citySettings();
    QCOMPARE(read.cityName, wanted.cityName);
    QCOMPARE(read.fiscalYearStartMonth, 10);
    QCOMPARE(read.defaultTolerance, 0.05);
    QCOMPARE(read.scoreCap, 1.5);
    QCOMPARE(read.atRiskThreshold, 0.8);
    for (const QString &key : CitySettings::keys())
        QCOMPARE(read.value(key), wanted.value(key));
}

void TestStorage::saveCitySettings_newFiscalStart_movesFiscalPeriodEnds_data()
{
    QTest::addColumn<QString>("periodText");
    QTest::addColumn<QDate>("endWithJuly");
    QTest::addColumn<QDate>("endWithOctober");
    QTest::newRow("FY2024") << QStringLiteral("FY2024") << QDate(2024, 6, 30) << QDate(2024, 9, 30);
    QTest::newRow("FY2024-Q3") << QStringLiteral("FY2024-Q3") << QDate(2024, 3, 31) << QDate(2024, 6, 30);
    QTest::newRow("calendar month unchanged") << QStringLiteral("2024-03") << QDate(2024, 3, 31) << QDate(2024, 3, 31);
    QTest::newRow("calendar year unchanged") << QStringLiteral("2024") << QDate(2024, 12, 31) << QDate(2024, 12, 31);
}

void TestStorage::saveCitySettings_newFiscalStart_movesFiscalPeriodEnds()
{
    QFETCH(QString, periodText);
    QFETCH(QDate, endWithJuly);
    QFETCH(QDate, endWithOctober);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("fiscal.db")), Mode::CreateIfMissing);
    QCOMPARE(store->citySettings().fiscalYearStartMonth, 7);
    const auto period = Period::parse(periodText, 7);
    QVERIFY(period);
    QCOMPARE(period->last(), endWithJuly);
    ImportBatch batch = structureBatch();
    batch.observations.push_back(observation(QStringLiteral("FD-RESP"), *period, 42.0));
    const ImportSummary summary = store->applyImport(batch);
    QCOMPARE(summary.observationsWritten, qint64(1));

    // Read by last day and grain alone, a total's period is rebuilt with the city's fiscal start.
    auto totals = store->totalsEndingWithin({endWithJuly, endWithJuly, 5});
    QCOMPARE(int(totals.size()), 1);
    QCOMPARE(totals.front().period.last(), endWithJuly);
    QCOMPARE(totals.front().period.text(), periodText);
    QCOMPARE(totals.front().value, 42.0);

    CitySettings settings = store->citySettings();
    settings.fiscalYearStartMonth = 10;
    store->saveCitySettings(settings);
    QCOMPARE(store->citySettings().fiscalYearStartMonth, 10);

    totals = store->totalsEndingWithin({endWithOctober, endWithOctober, 5});
    QCOMPARE(int(totals.size()), 1);
    QCOMPARE(totals.front().period.last(), endWithOctober);
    QCOMPARE(totals.front().period.text(), periodText);
    QCOMPARE(totals.front().value, 42.0);
    if (endWithJuly != endWithOctober)
        QCOMPARE(int(store->totalsEndingWithin({endWithJuly, endWithJuly, 5}).size()), 0);
    QCOMPARE(store->latestObservationEnd(), std::optional<QDate>(endWithOctober));
    QCOMPARE(store->observationCount(), qint64(1));
}

void TestStorage::citySettingsSet_value_acceptsOrRejects_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");  // substring of the message; empty: accepted
    QTest::addColumn<QString>("stored"); // value(key) afterwards

    const CitySettings defaults;
    const auto unchanged = [&defaults](const char *key) { return *defaults.value(QLatin1String(key)); };

    // Accepted.
    QTest::newRow("city_name plain") << "city_name" << "Springfield" << QString() << "Springfield";
    QTest::newRow("city_name trimmed") << "city_name" << "  Springfield  " << QString() << "Springfield";
    QTest::newRow("fiscal 1") << "fiscal_year_start_month" << "1" << QString() << "1";
    QTest::newRow("fiscal 12") << "fiscal_year_start_month" << "12" << QString() << "12";
    QTest::newRow("fiscal 10 with blanks") << "fiscal_year_start_month" << " 10 " << QString() << "10";
    QTest::newRow("tolerance 0") << "default_tolerance" << "0" << QString() << "0";
    QTest::newRow("tolerance 0.05") << "default_tolerance" << "0.05" << QString() << "0.05";
    QTest::newRow("tolerance 0.99") << "default_tolerance" << "0.99" << QString() << "0.99";
    QTest::newRow("score_cap 1") << "score_cap" << "1" << QString() << "1";
    QTest::newRow("score_cap 1.5") << "score_cap" << "1.5" << QString() << "1.5";
    QTest::newRow("score_cap 10") << "score_cap" << "10" << QString() << "10";
    QTest::newRow("at_risk 0.5") << "at_risk_threshold" << "0.5" << QString() << "0.5";
    QTest::newRow("at_risk 0.95") << "at_risk_threshold" << "0.95" << QString() << "0.95";

    // Refused, value unchanged.
    QTest::newRow("city_name empty") << "city_name" << "" << "cannot be empty" << unchanged("city_name");
    QTest::newRow("city_name blanks") << "city_name" << "   " << "cannot be empty" << unchanged("city_name");
    QTest::newRow("fiscal 13") << "fiscal_year_start_month" << "13" << "1 to 12" << unchanged("fiscal_year_start_month");
    QTest::newRow("fiscal 0") << "fiscal_year_start_month" << "0" << "1 to 12" << unchanged("fiscal_year_start_month");
    QTest::newRow("fiscal July") << "fiscal_year_start_month" << "July" << "\"July\"" << unchanged("fiscal_year_start_month");
    QTest::newRow("fiscal 7.5") << "fiscal_year_start_month" << "7.5" << "1 to 12" << unchanged("fiscal_year_start_month");
    QTest::newRow("tolerance 1.5") << "default_tolerance" << "1.5" << "below 1" << unchanged("default_tolerance");
    QTest::newRow("tolerance 1") << "default_tolerance" << "1" << "below 1" << unchanged("default_tolerance");
    QTest::newRow("tolerance -0.1") << "default_tolerance" << "-0.1" << "below 1" << unchanged("default_tolerance");
    QTest::newRow("tolerance 10%") << "default_tolerance" << "10%" << "\"10%\"" << unchanged("default_tolerance");
    QTest::newRow("tolerance nan") << "default_tolerance" << "nan" << "below 1" << unchanged("default_tolerance");
    QTest::newRow("score_cap 0.5") << "score_cap" << "0.5" << "from 1 to 10" << unchanged("score_cap");
    QTest::newRow("score_cap 11") << "score_cap" << "11" << "from 1 to 10" << unchanged("score_cap");
    QTest::newRow("score_cap inf") << "score_cap" << "inf" << "from 1 to 10" << unchanged("score_cap");
    QTest::newRow("score_cap nan") << "score_cap" << "nan" << "from 1 to 10" << unchanged("score_cap");
    QTest::newRow("at_risk 1") << "at_risk_threshold" << "1" << "between 0 and 1" << unchanged("at_risk_threshold");
    QTest::newRow("at_risk 0") << "at_risk_threshold" << "0" << "between 0 and 1" << unchanged("at_risk_threshold");
    QTest::newRow("at_risk decimal comma") << "at_risk_threshold" << "0,9" << "\"0,9\"" << unchanged("at_risk_threshold");
    QTest::newRow("at_risk nan") << "at_risk_threshold" << "nan" << "between 0 and 1" << unchanged("at_risk_threshold");
    QTest::newRow("unknown key") << "colour" << "blue" << "Unknown setting \"colour\"" << QString();
    QTest::newRow("key is case-sensitive") << "City_Name" << "Springfield" << "Unknown setting" << QString();
}

void TestStorage::citySettingsSet_value_acceptsOrRejects()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(QString, stored);
    CitySettings settings;
    const CitySettings before = settings;
    const auto message = settings.set(key, text);
    if (error.isEmpty()) {
        QVERIFY2(!message, message ? qPrintable(*message) : "");
        QCOMPARE(settings.value(key), std::optional<QString>(stored));
        return;
    }
    QVERIFY2(message, qPrintable(QStringLiteral("accepted; value now %1").arg(settings.value(key).value_or(QString()))));
    QVERIFY2(message->contains(error), qPrintable(*message));
    if (!key.isEmpty() && CitySettings::keys().contains(key)) {
        QVERIFY2(message->contains(key), qPrintable(*message));
        QCOMPARE(settings.value(key), std::optional<QString>(stored));
    } else {
        QVERIFY2(message->contains(QLatin1String("city_name, fiscal_year_start_month")), qPrintable(*message));
        QVERIFY(!settings.value(key));
    }
    for (const QString &k : CitySettings::keys())
        QCOMPARE(settings.value(k), before.value(k));
}

void TestStorage::saveCitySettings_nanTolerance_refusedByDatabase()
{
    // What a "nan" accepted by CitySettings::set runs into: the CHECK/NOT NULL
    // constraints (SQLite stores NaN as NULL) refuse it, and nothing changes.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nan.db"));
    auto store = SqliteKpiStore::open(path, Mode::CreateIfMissing);
    CitySettings settings = store->citySettings();
    settings.cityName = QStringLiteral("Springfield");
    settings.defaultTolerance = std::numeric_limits<double>::quiet_NaN();
    const auto error = storeErrorFrom([&] { store->saveCitySettings(settings); });
    QVERIFY(error);
    QCOMPARE(kindName(error->kind()), QStringLiteral("InvalidData"));
    QVERIFY2(error->message().contains(path), qPrintable(error->message()));
    QVERIFY2(error->message().contains(QLatin1String("default_tolerance")), qPrintable(error->message()));
    const CitySettings after = store->citySettings();
    QCOMPARE(after.cityName, QStringLiteral("My city"));
    QCOMPARE(after.defaultTolerance, 0.10);
}

void TestStorage::applyImport_goodBatch_writesEverything()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("good.db")), Mode::CreateIfMissing);
    ImportBatch batch = structureBatch();
    NewTarget target;
    target.measureCode = QStringLiteral("FD-RESP");
    target.target.effectiveFrom = QDate(2023, 7, 1);
    target.target.value = 90;
    batch.targets.push_back(target);
    batch.observations.push_back(observation(QStringLiteral("FD-RESP"), Period::month(2024, 3), 88.5));
    Observation more = observation(QStringLiteral("FD-RESP"), Period::month(2024, 4), 91.0);
    more.numerator = 91;
    more.denominator = 100;
    bool fed = false;
    const ImportSummary summary = store->applyImport(batch, [&](Observation &next) {
        if (fed)
            return false;
        next = more;
        fed = true;
        return true;
    });
    QVERIFY(summary.importId > 0);
    QCOMPARE(summary.observationsWritten, qint64(2));
    QCOMPARE(summary.structureRowsWritten, 5); // department, goal, objective, measure, target
    QCOMPARE(store->observationCount(), qint64(2));
    const Structure structure = store->structure();
    QCOMPARE(int(structure.measures.size()), 1);
    const Measure *measure = structure.measureByCode(QStringLiteral("FD-RESP"));
    QVERIFY(measure);
    QCOMPARE(int(measure->targets.size()), 1);
    QCOMPARE(measure->targets.front().value, 90.0);
    QCOMPARE(measure->targets.front().effectiveFrom, QDate(2023, 7, 1));
    const auto april = store->totalsEndingWithin(windowFor(Period::month(2024, 4)));
    QCOMPARE(int(april.size()), 1);
    QCOMPARE(april.front().value, 91.0);
    QCOMPARE(april.front().numerator, std::optional<double>(91));
    QCOMPARE(april.front().denominator, std::optional<double>(100));
    QCOMPARE(april.front().measureId, measure->id);
    QCOMPARE(countRows(store->connection(), "SELECT rows_written FROM imports"), qint64(7));
}

void TestStorage::applyImport_unknownCode_writesNothing_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("code");
    QTest::newRow("observation in batch") << QStringLiteral("observation") << QStringLiteral("NOPE-1");
    QTest::newRow("observation from feed") << QStringLiteral("feed") << QStringLiteral("NOPE-2");
    QTest::newRow("target") << QStringLiteral("target") << QStringLiteral("NOPE-3");
    QTest::newRow("objective's goal") << QStringLiteral("goal") << QStringLiteral("G404");
}

void TestStorage::applyImport_unknownCode_writesNothing()
{
    QFETCH(QString, where);
    QFETCH(QString, code);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("atomic.db")), Mode::CreateIfMissing);
    ImportBatch batch = structureBatch();
    batch.observations.push_back(observation(QStringLiteral("FD-RESP"), Period::month(2024, 3), 88.5));
    if (where == QLatin1String("observation")) {
        batch.observations.push_back(observation(code, Period::month(2024, 3), 1.0));
    } else if (where == QLatin1String("target")) {
        NewTarget target;
        target.measureCode = code;
        target.target.effectiveFrom = QDate(2023, 7, 1);
        target.target.value = 1;
        batch.targets.push_back(target);
    } else if (where == QLatin1String("goal")) {
        Objective orphan;
        orphan.code = QStringLiteral("G9.1");
        orphan.name = QStringLiteral("Orphan");
        batch.objectives.push_back({orphan, {code, QStringLiteral("FD")}});
    }
    int fed = 0;
    const ObservationFeed feed = [&](Observation &next) {
        if (where != QLatin1String("feed") || fed == 2)
            return false;
        next = fed == 0 ? observation(QStringLiteral("FD-RESP"), Period::month(2024, 4), 90.0)
                        : observation(code, Period::month(2024, 4), 1.0);
        ++fed;
        return true;
    };
    const auto error = storeErrorFrom([&] { store->applyImport(batch, feed); });
    QVERIFY(error);
    QCOMPARE(kindName(error->kind()), QStringLiteral("InvalidData"));
    QVERIFY2(error->message().contains(QLatin1Char('"') + code + QLatin1Char('"')), qPrintable(error->message()));
    QCOMPARE(store->observationCount(), qint64(0));
    const Structure structure = store->structure();
    QCOMPARE(int(structure.goals.size()), 0);
    QCOMPARE(int(structure.departments.size()), 0);
    QCOMPARE(int(structure.objectives.size()), 0);
    QCOMPARE(int(structure.measures.size()), 0);
    QCOMPARE(countRows(store->connection(), "SELECT count(*) FROM imports"), qint64(0));
    QCOMPARE(countRows(store->connection(), "SELECT count(*) FROM targets"), qint64(0));
    // The store is usable afterwards: the same batch without the bad row goes in.
    const ImportSummary summary = store->applyImport(structureBatch());
    QVERIFY(summary.importId > 0);
    QCOMPARE(int(store->structure().goals.size()), 1);
}

void TestStorage::applyImport_failureAfterEarlierImport_keepsEarlierData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("earlier.db")), Mode::CreateIfMissing);
    ImportBatch first = structureBatch();
    first.observations.push_back(observation(QStringLiteral("FD-RESP"), Period::month(2024, 3), 88.5));
    store->applyImport(first);

    ImportBatch second = structureBatch();
    second.goals.front().name = QStringLiteral("Renamed goal");
    second.observations.push_back(observation(QStringLiteral("FD-RESP"), Period::month(2024, 3), 10.0)); // replaces
    second.observations.push_back(observation(QStringLiteral("FD-RESP"), Period::month(2024, 4), 20.0));
    second.observations.push_back(observation(QStringLiteral("NOPE"), Period::month(2024, 4), 30.0));
    const auto error = storeErrorFrom([&] { store->applyImport(second); });
    QVERIFY(error);
    QCOMPARE(kindName(error->kind()), QStringLiteral("InvalidData"));

    QCOMPARE(store->structure().goals.front().name, QStringLiteral("Safe City"));
    QCOMPARE(store->observationCount(), qint64(1));
    const auto march = store->totalsEndingWithin(windowFor(Period::month(2024, 3)));
    QCOMPARE(int(march.size()), 1);
    QCOMPARE(march.front().value, 88.5);
    QCOMPARE(countRows(store->connection(), "SELECT count(*) FROM imports"), qint64(1));
}

void TestStorage::applyImport_targetForBandMeasureAlreadyStored_keepsBand()
{
    // Rows refer to each other by code, so a batch may add a target to a
    // measure written by an earlier import.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("band.db")), Mode::CreateIfMissing);
    ImportBatch first = structureBatch();
    first.measures.front().first.direction = Direction::Band;
    store->applyImport(first);

    ImportBatch second;
    second.log.kind = QStringLiteral("structure");
    NewTarget target;
    target.measureCode = QStringLiteral("FD-RESP");
    target.target.effectiveFrom = QDate(2024, 7, 1);
    target.target.bandLow = 1.0;
    target.target.bandHigh = 2.0;
    second.targets.push_back(target);
    store->applyImport(second);

    const Structure structure = store->structure();
    const Measure *measure = structure.measureByCode(QStringLiteral("FD-RESP"));
    QVERIFY(measure);
    QCOMPARE(measure->direction, Direction::Band);
    QCOMPARE(int(measure->targets.size()), 1);
    QCOMPARE(measure->targets.front().bandLow, 1.0);
    QCOMPARE(measure->targets.front().bandHigh, 2.0);
}

void TestStorage::applyImport_settingsWithNewFiscalStart_movesFiscalPeriodEnds()
{
    // saveCitySettings moves the stored last day of fiscal periods when the
    // start month changes; settings written by an import must do the same.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("fiscal.db")), Mode::CreateIfMissing);
    ImportBatch first = structureBatch();
    first.observations.push_back(observation(QStringLiteral("FD-RESP"), Period::fiscalYear(2024, 7), 42.0));
    store->applyImport(first);

    ImportBatch second;
    second.log.kind = QStringLiteral("demo");
    CitySettings settings = store->citySettings();
    settings.fiscalYearStartMonth = 10;
    second.settings = settings;
    store->applyImport(second);
    QCOMPARE(store->citySettings().fiscalYearStartMonth, 10);
    QCOMPARE(store->latestObservationEnd(), std::optional<QDate>(QDate(2024, 9, 30)));
}

void TestStorage::applyImport_progressSaysStop_rollsBackEverything()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = SqliteKpiStore::open(dir.filePath(QStringLiteral("cancel.db")), Mode::CreateIfMissing);
    ImportBatch batch = structureBatch();
    for (int week = 1; week <= 52; ++week)
        for (int year = 2000; year < 2040; ++year)
            batch.observations.push_back(observation(QStringLiteral("FD-RESP"), Period::isoWeek(year, week), 2.0));
    qint64 lastSeen = 0;
    batch.progress = [&lastSeen](qint64 written, qint64 total) {
        lastSeen = written;
        return total > 0 && written < 2000; // stop at the first report
    };
    const auto error = storeErrorFrom([&] { store->applyImport(batch); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Cancelled);
    QCOMPARE(lastSeen, qint64(2000));
    QCOMPARE(store->observationCount(), qint64(0));
    QVERIFY(store->structure().goals.empty());
}

void TestStorage::applyImport_exclusiveLockElsewhere_throwsBusy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("locked.db"));
    auto store = SqliteKpiStore::open(path, Mode::CreateIfMissing);
    auto other = std::make_unique<sqlite::Connection>(path, sqlite::Connection::Mode::ReadWrite);
    other->execute("BEGIN EXCLUSIVE");

    QElapsedTimer timer;
    timer.start();
    const auto error = storeErrorFrom([&] { store->applyImport(structureBatch()); });
    const qint64 waited = timer.elapsed();
    other->execute("ROLLBACK");

    QVERIFY(error);
    QCOMPARE(kindName(error->kind()), QStringLiteral("Busy"));
    QVERIFY2(error->message().contains(path), qPrintable(error->message()));
    QVERIFY2(error->message().contains(QLatin1String("Another program")), qPrintable(error->message()));
    // The store waits out its 2 s busy timeout, and no longer.
    QVERIFY2(waited >= 1500, qPrintable(QString::number(waited)));
    QVERIFY2(waited < 10000, qPrintable(QString::number(waited)));

    // Once the lock is released the same import succeeds.
    other.reset();
    store->applyImport(structureBatch());
    QCOMPARE(int(store->structure().goals.size()), 1);
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
