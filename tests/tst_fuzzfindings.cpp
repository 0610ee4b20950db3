// What the fuzz targets found (docs/reliability.md, "Fuzzing"), each with the
// input that showed it: the cell or the database the fuzzer made, cut down to
// what matters. The inputs themselves are also in tests/fuzz/corpus, replayed
// by the sanitizer build's corpus tests.
#include "scorecard.h"
#include "sqlite.h"
#include "sqlitekpistore.h"
#include "storeerror.h"
#include "storefactory.h"
#include "valueparsing.h"

#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;

namespace {

Observation figure(const QString &measure, const Period &period, double value)
{
    Observation o;
    o.measureCode = measure;
    o.period = period;
    o.value = value;
    return o;
}

// One goal, objective and department with two monthly measures, A and B.
ImportBatch twoMeasures(std::vector<Observation> observations)
{
    ImportBatch batch;
    batch.departments = { { 0, QStringLiteral("D"), QStringLiteral("Department"), QString() } };
    batch.goals = { { 0, QStringLiteral("G"), QStringLiteral("Goal"), {}, {}, 1, 1.0 } };
    Objective objective;
    objective.code = QStringLiteral("O");
    objective.name = QStringLiteral("Objective");
    batch.objectives = { { objective, { QStringLiteral("G"), QStringLiteral("D") } } };
    for (const char *code : { "A", "B" }) {
        Measure measure;
        measure.code = QString::fromLatin1(code);
        measure.name = QStringLiteral("Measure ") + measure.code;
        batch.measures.push_back({ measure, { QStringLiteral("O"), QStringLiteral("D") } });
    }
    batch.observations = std::move(observations);
    batch.log.kind = QStringLiteral("test");
    return batch;
}

} // namespace

class FuzzFindingsTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // fuzz_values: "-0224-02-21" reads as a date in the year -224 with the
    // format yyyy-MM-dd, and no fiscal quarter holds it; the cell gave an
    // invalid period instead of none, which the mapped import would have
    // stored. Input (fiscal year from March, fiscal quarters): 32 34 "-0224-02-21".
    void cellPeriod_dateBeforeYearOne_isNoPeriod()
    {
        const ValueConventions conventions;
        QVERIFY(!parseCellPeriod(QStringLiteral("-0224-02-21"), conventions, PeriodKind::FiscalQuarter, 3));
        QVERIFY(!parseCellPeriod(QStringLiteral("-0224-02-21"), conventions, PeriodKind::Month, 3));
        ValueConventions dayFirst;
        dayFirst.dateFormats = { QStringLiteral("d/M/yyyy") };
        QVERIFY(!parseCellPeriod(QStringLiteral("21/2/-224"), dayFirst, PeriodKind::FiscalQuarter, 3));
        const auto sound = parseCellPeriod(QStringLiteral("21/2/2024"), dayFirst, PeriodKind::FiscalQuarter, 3);
        QVERIFY(sound);
        QCOMPARE(sound->text(), QStringLiteral("FY2024-Q4"));
    }

    // Found with the above: periods are written with four-digit years, so
    // stepping past 9999 gives no period rather than one whose text reads "0000-01".
    void period_pastYear9999_isNoPeriod()
    {
        QVERIFY(!Period::month(9999, 12).shifted(1).isValid());
        QVERIFY(!Period::calendarYear(10000).isValid());
        QVERIFY(!Period::fiscalYear(10000, 7).isValid());
        QVERIFY(!Period::day(QDate(10000, 1, 1)).isValid());
        QCOMPARE(Period::month(9999, 11).shifted(1).text(), QStringLiteral("9999-12"));
    }

    // fuzz_kpidb, a timeout: a database whose latest figure ends on
    // "2024-0\xC8-31" (one byte of a period_end changed). The date read as
    // invalid, and looking back from it for the period most measures reported
    // never ended. The database is now reported as damaged.
    void database_latestFigureEndNotADate_isDamaged()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-date.db"));
        openStore(path, StoreOpenMode::CreateIfMissing)
            ->applyImport(twoMeasures({ figure(QStringLiteral("A"), Period::month(2024, 1), 1) }));
        SqliteKpiStore::open(path)->connection().execute("UPDATE observations SET period_end = '2024-0\xC8-31'");

        const auto store = openStore(path);
        try {
            defaultPeriod(*store, 7);
            QFAIL("a damaged date was taken for a date");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Corrupt);
            QVERIFY2(error.message().contains(path) && error.message().contains(QStringLiteral("is not a date")),
                     qPrintable(error.message()));
        }
    }

    // The same loop, for sound dates: figures in the year 1, none of its
    // months reported by most measures. Looking back 24 months passed the
    // first period there is and never stopped; now it stops there.
    void database_figuresInYearOne_opensOnTheLatestMonth()
    {
        const QString path = m_dir.filePath(QStringLiteral("year-one.db"));
        openStore(path, StoreOpenMode::CreateIfMissing)
            ->applyImport(twoMeasures({ figure(QStringLiteral("A"), Period::month(1, 3), 1),
                                        figure(QStringLiteral("B"), Period::month(1, 2), 2) }));
        const auto store = openStore(path);
        QCOMPARE(defaultPeriod(*store, 7), Period::month(1, 3));
    }
};

QTEST_GUILESS_MAIN(FuzzFindingsTest)
#include "tst_fuzzfindings.moc"
