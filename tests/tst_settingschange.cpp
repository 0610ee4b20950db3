// Changing the city settings: a new fiscal-year start moves everything dated
// by it (fiscal observations, targets set at fiscal-year starts, the copies
// kept to undo an import), and an edit of the settings touches only its own
// keys and is refused when someone else changed them since.
#include "citysettings.h"
#include "fiscalyearchange.h"
#include "kpistore.h"
#include "scorecard.h"
#include "sqlite.h"
#include "sqlitekpistore.h"
#include "storeerror.h"
#include "storeerrorfrom.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace civicstat;

Q_DECLARE_METATYPE(civicstat::Status)

namespace {

const QString measureCode = QStringLiteral("SVC-01");

Observation total(const QString &periodText, double value, int fiscalStart = 7)
{
    Observation o;
    o.measureCode = measureCode;
    o.period = *Period::parse(periodText, fiscalStart);
    o.value = value;
    return o;
}

NewTarget targetFrom(QDate effectiveFrom, double value)
{
    NewTarget t;
    t.measureCode = measureCode;
    t.target.effectiveFrom = effectiveFrom;
    t.target.value = value;
    return t;
}

// One measure, higher is better, with Austin's kind of targets: one per fiscal
// year, effective from the year's first day (July, the default start).
ImportBatch fiscalCity()
{
    ImportBatch batch;
    batch.departments = {{0, QStringLiteral("CS"), QStringLiteral("Customer Service"), {}}};
    batch.goals = {{0, QStringLiteral("G1"), QStringLiteral("Responsive city"), {}, {}, 1, 1.0}};
    Objective objective;
    objective.code = QStringLiteral("G1.1");
    objective.name = QStringLiteral("Calls answered");
    batch.objectives = {{objective, {QStringLiteral("G1"), QStringLiteral("CS")}}};
    Measure measure;
    measure.code = measureCode;
    measure.name = QStringLiteral("Calls answered within 30 seconds");
    measure.unit = QStringLiteral("%");
    measure.direction = Direction::Higher;
    measure.aggregation = Aggregation::Last;
    measure.frequency = Frequency::Annual;
    batch.measures = {{measure, {QStringLiteral("G1.1"), QStringLiteral("CS")}}};
    batch.targets = {targetFrom(QDate(1900, 1, 1), 50), targetFrom(QDate(2014, 7, 1), 80),
                     targetFrom(QDate(2015, 7, 1), 90), targetFrom(QDate(2017, 3, 15), 85)};
    batch.observations = {total(QStringLiteral("FY2015"), 85), total(QStringLiteral("FY2016"), 88),
                          total(QStringLiteral("FY2016-Q1"), 87), total(QStringLiteral("2016-03"), 86),
                          total(QStringLiteral("2016"), 84)};
    batch.log.kind = QStringLiteral("observations");
    batch.log.fileName = QStringLiteral("first.csv");
    return batch;
}

// A later import that replaces two fiscal figures, so copies are kept for undo.
ImportBatch corrections()
{
    ImportBatch batch;
    batch.observations = {total(QStringLiteral("FY2016"), 98), total(QStringLiteral("FY2016-Q1"), 97)};
    batch.log.kind = QStringLiteral("observations");
    batch.log.fileName = QStringLiteral("corrections.csv");
    return batch;
}

QString single(sqlite::Connection &db, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite::Statement query(db, utf8.constData());
    return query.step() ? query.text(0) : QStringLiteral("(none)");
}

// Every row of every table, as text: equal dumps mean nothing was written.
QString dumpAll(sqlite::Connection &db)
{
    QString dump;
    sqlite::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (tables.step()) {
        const QString table = tables.text(0);
        QStringList columns;
        sqlite::Statement info(db, "SELECT name FROM pragma_table_info(?)");
        info.bind(1, table);
        while (info.step())
            columns << QStringLiteral("quote(%1)").arg(info.text(0));
        const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                                   .arg(columns.join(QStringLiteral(" || '|' || ")), table)
                                   .toUtf8();
        sqlite::Statement rows(db, sql.constData());
        dump += table + QLatin1Char('\n');
        while (rows.step())
            dump += rows.text(0) + QLatin1Char('\n');
    }
    return dump;
}

CitySettings withFiscalStart(CitySettings settings, int month)
{
    settings.fiscalYearStartMonth = month;
    return settings;
}

} // namespace

class SettingsChangeTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<SqliteKpiStore> newCity()
    {
        auto store = SqliteKpiStore::open(m_dir.filePath(QStringLiteral("city%1.db").arg(++m_databases)),
                                          StoreOpenMode::CreateIfMissing);
        store->applyImport(fiscalCity());
        return store;
    }

    static void moveToOctober(KpiStore &store)
    {
        const CitySettings before = store.citySettings();
        store.changeCitySettings(SettingsChange(before, withFiscalStart(before, 10)));
    }

private slots:
    void movedTargetStart_rule_data()
    {
        QTest::addColumn<QDate>("effectiveFrom");
        QTest::addColumn<int>("oldStart");
        QTest::addColumn<int>("newStart");
        QTest::addColumn<QDate>("movedTo"); // invalid: stays
        QTest::newRow("July to October: FY2016's first day becomes its new first day")
            << QDate(2015, 7, 1) << 7 << 10 << QDate(2015, 10, 1);
        QTest::newRow("October to July: FY2016 then starts in July 2015")
            << QDate(2015, 10, 1) << 10 << 7 << QDate(2015, 7, 1);
        QTest::newRow("July to calendar year: FY2024 starts on 1 January 2024")
            << QDate(2023, 7, 1) << 7 << 1 << QDate(2024, 1, 1);
        QTest::newRow("calendar year to July: FY2024 starts on 1 July 2023")
            << QDate(2024, 1, 1) << 1 << 7 << QDate(2023, 7, 1);
        QTest::newRow("February to December: FY2024 starts on 1 December 2023")
            << QDate(2023, 2, 1) << 2 << 12 << QDate(2023, 12, 1);
        QTest::newRow("a day inside the start month stays") << QDate(2015, 7, 2) << 7 << 10 << QDate();
        QTest::newRow("the first of another month stays") << QDate(2015, 8, 1) << 7 << 10 << QDate();
        QTest::newRow("from the beginning (1900-01-01) stays") << QDate(1900, 1, 1) << 1 << 7 << QDate();
        QTest::newRow("the same start moves nothing") << QDate(2015, 7, 1) << 7 << 7 << QDate();
    }

    void movedTargetStart_rule()
    {
        QFETCH(QDate, effectiveFrom);
        QFETCH(int, oldStart);
        QFETCH(int, newStart);
        QFETCH(QDate, movedTo);
        QCOMPARE(movedTargetStart(effectiveFrom, oldStart, newStart).value_or(QDate()), movedTo);
    }

    void changeFiscalStart_movesFiscalDatedRows_data()
    {
        QTest::addColumn<QString>("query"); // the one date it reads
        QTest::addColumn<QDate>("withJuly");
        QTest::addColumn<QDate>("withOctober");
        const QString observation = QStringLiteral("SELECT period_end FROM observations WHERE period = '%1'");
        const QString undoCopy = QStringLiteral("SELECT period_end FROM replaced_observations WHERE period = '%1'");
        const QString target = QStringLiteral("SELECT effective_from FROM targets WHERE target = %1");
        QTest::newRow("observation FY2016 ends with the new fiscal year")
            << observation.arg(QLatin1String("FY2016")) << QDate(2016, 6, 30) << QDate(2016, 9, 30);
        QTest::newRow("observation FY2016-Q1 ends with the new first quarter")
            << observation.arg(QLatin1String("FY2016-Q1")) << QDate(2015, 9, 30) << QDate(2015, 12, 31);
        QTest::newRow("observation of a calendar month stays")
            << observation.arg(QLatin1String("2016-03")) << QDate(2016, 3, 31) << QDate(2016, 3, 31);
        QTest::newRow("observation of a calendar year stays")
            << observation.arg(QLatin1String("2016")) << QDate(2016, 12, 31) << QDate(2016, 12, 31);
        QTest::newRow("undo copy of FY2016 ends with the new fiscal year")
            << undoCopy.arg(QLatin1String("FY2016")) << QDate(2016, 6, 30) << QDate(2016, 9, 30);
        QTest::newRow("undo copy of FY2016-Q1 ends with the new first quarter")
            << undoCopy.arg(QLatin1String("FY2016-Q1")) << QDate(2015, 9, 30) << QDate(2015, 12, 31);
        QTest::newRow("target from FY2015's first day moves to FY2015's new first day")
            << target.arg(80) << QDate(2014, 7, 1) << QDate(2014, 10, 1);
        QTest::newRow("target from FY2016's first day moves to FY2016's new first day")
            << target.arg(90) << QDate(2015, 7, 1) << QDate(2015, 10, 1);
        QTest::newRow("target from a day inside a year stays") << target.arg(85) << QDate(2017, 3, 15) << QDate(2017, 3, 15);
        QTest::newRow("target from the beginning stays") << target.arg(50) << QDate(1900, 1, 1) << QDate(1900, 1, 1);
    }

    void changeFiscalStart_movesFiscalDatedRows()
    {
        QFETCH(QString, query);
        QFETCH(QDate, withJuly);
        QFETCH(QDate, withOctober);
        auto store = newCity();
        store->applyImport(corrections());
        QCOMPARE(single(store->connection(), query), withJuly.toString(Qt::ISODate));
        moveToOctober(*store);
        QCOMPARE(store->citySettings().fiscalYearStartMonth, 10);
        QCOMPARE(single(store->connection(), query), withOctober.toString(Qt::ISODate));
    }

    void changeFiscalStart_byImportedSettings_movesTargetsToo()
    {
        auto store = newCity();
        ImportBatch batch;
        batch.settings = withFiscalStart(store->citySettings(), 10);
        batch.log.kind = QStringLiteral("structure");
        store->applyImport(batch);
        QCOMPARE(single(store->connection(), QStringLiteral("SELECT effective_from FROM targets WHERE target = 90")),
                 QStringLiteral("2015-10-01"));
        QCOMPARE(single(store->connection(), QStringLiteral("SELECT period_end FROM observations WHERE period = 'FY2016'")),
                 QStringLiteral("2016-09-30"));
    }

    void changeFiscalStart_targetWouldLandOnAnother_refusedAndNothingWritten()
    {
        auto store = newCity();
        ImportBatch clash;
        clash.targets = {targetFrom(QDate(2015, 10, 1), 95)};
        clash.log.kind = QStringLiteral("structure");
        store->applyImport(clash);
        const QString before = dumpAll(store->connection());
        const auto error = storeErrorFrom([&] { moveToOctober(*store); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::InvalidData);
        for (const char *part : {"SVC-01", "2015-07-01", "FY2016", "2015-10-01", "Nothing was changed"})
            QVERIFY2(error->message().contains(QLatin1String(part)), qPrintable(error->message()));
        QCOMPARE(store->citySettings().fiscalYearStartMonth, 7);
        QCOMPARE(dumpAll(store->connection()), before);
    }

    void undoImport_madeBeforeFiscalStartChange_restoresFiguresIntoTheirNewPeriods_data()
    {
        QTest::addColumn<QDate>("periodEnd"); // under the October start
        QTest::addColumn<int>("granularity");
        QTest::addColumn<double>("restored");
        QTest::newRow("FY2016 comes back ending 30 September 2016") << QDate(2016, 9, 30) << 5 << 88.0;
        QTest::newRow("FY2016-Q1 comes back ending 31 December 2015") << QDate(2015, 12, 31) << 4 << 87.0;
    }

    void undoImport_madeBeforeFiscalStartChange_restoresFiguresIntoTheirNewPeriods()
    {
        QFETCH(QDate, periodEnd);
        QFETCH(int, granularity);
        QFETCH(double, restored);
        auto store = newCity();
        store->applyImport(corrections());
        moveToOctober(*store);
        const UndoneImport undone = store->undoLastImport();
        QCOMPARE(undone.fileName, QStringLiteral("corrections.csv"));
        QCOMPARE(undone.restored, qint64(2));
        std::vector<double> found;
        for (const Observation &t : store->totalsEndingWithin({periodEnd, periodEnd, 5})) {
            if (t.period.granularity() == granularity)
                found.push_back(t.value);
        }
        QCOMPARE(found, std::vector<double>{restored});
        // Nothing of that granularity is left where the July start put its end.
        const QDate endWithJuly = Period::parse(granularity == 5 ? QStringLiteral("FY2016") : QStringLiteral("FY2016-Q1"), 7)->last();
        for (const Observation &t : store->totalsEndingWithin({endWithJuly, endWithJuly, 5}))
            QVERIFY(t.period.granularity() != granularity);
    }

    void scorecard_fiscalTargetsAfterChange_scoreAgainstSameNamedYear_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<double>("actual");
        QTest::addColumn<double>("target");
        QTest::addColumn<Status>("status");
        // FY2015's target is 80 and FY2016's 90, whatever month the year starts in.
        QTest::newRow("FY2015: 85 against its own 80, on track") << "FY2015" << 85.0 << 80.0 << Status::OnTrack;
        QTest::newRow("FY2016: 98 against its own 90, on track") << "FY2016" << 98.0 << 90.0 << Status::OnTrack;
    }

    void scorecard_fiscalTargetsAfterChange_scoreAgainstSameNamedYear()
    {
        QFETCH(QString, period);
        QFETCH(double, actual);
        QFETCH(double, target);
        QFETCH(Status, status);
        auto store = newCity();
        store->applyImport(corrections());
        const auto measureRow = [&] {
            const Scorecard card = loadScorecard(*store, period, Scope{});
            for (const ScorecardRow &row : card.rows) {
                if (row.code == measureCode)
                    return row;
            }
            return ScorecardRow{};
        };
        const ScorecardRow withJuly = measureRow();
        moveToOctober(*store);
        const ScorecardRow withOctober = measureRow();
        for (const ScorecardRow &row : {withJuly, withOctober}) {
            QCOMPARE(row.actual, std::optional<double>(actual));
            QVERIFY(row.target);
            QCOMPARE(row.target->value, target);
            QCOMPARE(row.status, status);
        }
    }

    void settingsChange_keys_areOnlyThoseThatDiffer()
    {
        CitySettings before;
        CitySettings after = before;
        after.fiscalYearStartMonth = 10;
        after.defaultTolerance = 0.1000001; // differs, though both read "0.1"
        QCOMPARE(SettingsChange(before, after).keys(),
                 QStringList({QStringLiteral("fiscal_year_start_month"), QStringLiteral("default_tolerance")}));
        QVERIFY(SettingsChange(before, before).isEmpty());
        QCOMPARE(SettingsChange(before, after).reversed().appliedTo(after).defaultTolerance, 0.10);
    }

    void undoSettingsChange_restoresOnlyItsKeys()
    {
        auto store = newCity();
        const CitySettings before = store->citySettings();
        const SettingsChange change(before, withFiscalStart(before, 10));
        store->changeCitySettings(change);
        {
            // Another program renames the city and lowers the tolerance meanwhile.
            auto other = SqliteKpiStore::open(store->location());
            CitySettings theirs = other->citySettings();
            theirs.cityName = QStringLiteral("Austin");
            theirs.defaultTolerance = 0.05;
            other->saveCitySettings(theirs);
        }
        const CitySettings undone = store->changeCitySettings(change.reversed());
        QCOMPARE(undone.fiscalYearStartMonth, 7);
        QCOMPARE(undone.cityName, QStringLiteral("Austin"));
        QCOMPARE(undone.defaultTolerance, 0.05);
        const CitySettings stored = store->citySettings();
        QCOMPARE(stored.fiscalYearStartMonth, 7);
        QCOMPARE(stored.cityName, QStringLiteral("Austin"));
        QCOMPARE(stored.defaultTolerance, 0.05);
        QCOMPARE(single(store->connection(), QStringLiteral("SELECT effective_from FROM targets WHERE target = 90")),
                 QStringLiteral("2015-07-01"));
    }

    void undoSettingsChange_keyChangedSince_refusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("theirValue");
        QTest::addColumn<QString>("message");
        QTest::newRow("fiscal start set to April by another program")
            << "fiscal_year_start_month" << "4" << "fiscal_year_start_month is now \"4\", not \"10\"";
        QTest::newRow("fiscal start set back to July by another program")
            << "fiscal_year_start_month" << "7" << "fiscal_year_start_month is now \"7\", not \"10\"";
        QTest::newRow("city renamed by another program") << "city_name" << "Austin" << "city_name is now \"Austin\", not \"Round Rock\"";
    }

    void undoSettingsChange_keyChangedSince_refusedAndNothingWritten()
    {
        QFETCH(QString, key);
        QFETCH(QString, theirValue);
        QFETCH(QString, message);
        auto store = newCity();
        const CitySettings before = store->citySettings();
        CitySettings after = withFiscalStart(before, 10);
        after.cityName = QStringLiteral("Round Rock");
        const SettingsChange change(before, after);
        store->changeCitySettings(change);
        {
            auto other = SqliteKpiStore::open(store->location());
            CitySettings theirs = other->citySettings();
            QVERIFY(!theirs.set(key, theirValue));
            other->saveCitySettings(theirs);
        }
        const QString dump = dumpAll(store->connection());
        const auto error = storeErrorFrom([&] { store->changeCitySettings(change.reversed()); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::InvalidData);
        QVERIFY2(error->message().contains(message), qPrintable(error->message()));
        QVERIFY2(error->message().contains(QLatin1String("Nothing was changed")), qPrintable(error->message()));
        QCOMPARE(dumpAll(store->connection()), dump);
        QCOMPARE(*store->citySettings().value(key), theirValue);
    }
};

QTEST_GUILESS_MAIN(SettingsChangeTest)
#include "tst_settingschange.moc"
