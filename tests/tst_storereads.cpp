// The store's reads and edits behind the desktop's screens, against a real
// temporary database: figures by member, history, commentary (with undo's
// re-add and a read-only newer database) and initiatives.
#include "citysnapshot.h"
#include "sqlite.h"
#include "storefactory.h"
#include "storeerror.h"
#include "testcity.h"

#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;
using namespace testcity;

namespace {

QStringList membersOf(const std::vector<Observation> &figures)
{
    QStringList codes;
    for (const Observation &f : figures)
        codes << f.memberCode;
    return codes;
}

QList<double> valuesOf(const std::vector<Observation> &figures)
{
    QList<double> values;
    for (const Observation &f : figures)
        values << f.value;
    return values;
}

} // namespace

class StoreReadsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KpiStore> m_store;
    Structure m_structure; // held: pointers into it are kept by the tests

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = createStore(m_dir.filePath(QStringLiteral("city.db")));
        m_structure = m_store->structure();
    }

    void figuresByMember_month_givesThatMonthsFiguresInSortOrder()
    {
        const auto figures = m_store->figuresByMember(measureId(*m_store, QStringLiteral("M2")), period("2024-03"));
        QCOMPARE(membersOf(figures), (QStringList{"N2", "N1", "N3"})); // sort order 1, 2, 3
        QCOMPARE(valuesOf(figures), (QList<double>{80, 90, 0}));
        const Observation &south = figures[0];
        QCOMPARE(south.dimensionCode, QStringLiteral("neighbourhood"));
        QCOMPARE(south.dimensionName, QStringLiteral("Neighbourhood"));
        QCOMPARE(south.memberName, QStringLiteral("Southside"));
        QCOMPARE(south.geoKey, QStringLiteral("south"));
        QCOMPARE(south.period.text(), QStringLiteral("2024-03"));
        QCOMPARE(*south.numerator, 40.0);
        QCOMPARE(*south.denominator, 50.0);
    }

    void figuresByMember_period_appliesGranularityRule_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QStringList>("members");
        QTest::addColumn<QList<double>>("values");
        QTest::newRow("quarterly figures do not belong to their last month") << "M5" << "2024-03" << QStringList{}
                                                                             << QList<double>{};
        QTest::newRow("quarterly figures belong to their quarter") << "M5" << "FY2024-Q3" << QStringList{"N2", "N1"}
                                                                   << QList<double>{71, 65};
        QTest::newRow("quarterly figures belong to the fiscal year") << "M5" << "FY2024"
                                                                     << QStringList{"N2", "N1", "N1"}
                                                                     << QList<double>{71, 70, 65};
        QTest::newRow("monthly figures of a fiscal year") << "M2" << "FY2024"
                                                          << QStringList{"N2", "N2", "N1", "N1", "N1", "N3", "N3"}
                                                          << QList<double>{90, 80, 30, 90, 90, 0, 0};
        QTest::newRow("a month without member figures") << "M2" << "2024-01" << QStringList{} << QList<double>{};
    }

    void figuresByMember_period_appliesGranularityRule()
    {
        QFETCH(QString, code);
        QFETCH(QString, period);
        QFETCH(QStringList, members);
        QFETCH(QList<double>, values);
        const auto figures = m_store->figuresByMember(measureId(*m_store, code), testcity::period(period));
        QCOMPARE(membersOf(figures), members);
        // Within a member the order of months is not promised: compare as multisets.
        QList<double> got = valuesOf(figures);
        std::sort(got.begin(), got.end());
        std::sort(values.begin(), values.end());
        QCOMPARE(got, values);
    }

    void figuresByMember_fiscalYearAggregated_givesRatioPerMemberWithoutZeroDenominators()
    {
        const Measure *m2 = m_structure.measureByCode(QStringLiteral("M2"));
        const auto figures = aggregateByMember(*m2, period("FY2024"), period("FY2024").last(), m_store->figuresByMember(m2->id, period("FY2024")));
        QCOMPARE(membersOf(figures), (QStringList{"N2", "N1"}));
        QCOMPARE(figures[0].value, 85.0);          // 85 / 100
        QCOMPARE(figures[1].value, 30.0 / 40 * 100); // not the mean of 30, 90, 90
    }

    void historyOf_measure_givesOnlyTotals_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("periods");
        QTest::addColumn<QList<double>>("values");
        QStringList months;
        QList<double> m2;
        for (int i = 0; i < 15; ++i) {
            months << monthText(i);
            m2 << 78 + i;
        }
        QTest::newRow("M2: 15 monthly totals, no neighbourhood figures") << "M2" << months << m2;
        QTest::newRow("M3: 6 totals, not the later member figure") << "M3" << months.mid(0, 6)
                                                                    << QList<double>{8, 9, 12, 11, 10, 9};
        QTest::newRow("M5: two fiscal quarters") << "M5" << QStringList{"FY2024-Q2", "FY2024-Q3"}
                                                 << QList<double>{72, 68};
        QTest::newRow("M4: never reported") << "M4" << QStringList{} << QList<double>{};
    }

    void historyOf_measure_givesOnlyTotals()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, periods);
        QFETCH(QList<double>, values);
        auto history = m_store->historyOf(measureId(*m_store, code));
        std::sort(history.begin(), history.end(),
                  [](const Observation &a, const Observation &b) { return a.period.last() < b.period.last(); });
        QStringList gotPeriods;
        QList<double> gotValues;
        for (const Observation &o : history) {
            gotPeriods << o.period.text();
            gotValues << o.value;
        }
        QCOMPARE(gotPeriods, periods);
        QCOMPARE(gotValues, values);
    }

    void historyOf_ratioMeasure_keepsPartsAndProvisionalFlag()
    {
        auto history = m_store->historyOf(measureId(*m_store, QStringLiteral("M2")));
        QCOMPARE(history.size(), std::size_t(15));
        int provisional = 0;
        for (const Observation &o : history) {
            QCOMPARE(o.numerator.value_or(-1), o.value);
            QCOMPARE(o.denominator.value_or(-1), 100.0);
            QCOMPARE(o.period.kind(), PeriodKind::Month);
            if (o.provisional) {
                ++provisional;
                QCOMPARE(o.period.text(), QStringLiteral("2024-03"));
            }
        }
        QCOMPARE(provisional, 1);
    }

    // Commentary and initiatives.

    void commentary_addUpdateRemoveAndReAdd_roundTrips()
    {
        const Id m1 = measureId(*m_store, QStringLiteral("M1"));
        QVERIFY(m_store->commentaryOf(m1).empty());
        Commentary c;
        c.measureId = m1;
        c.period = QStringLiteral("2024-03");
        c.author = QStringLiteral("Chief Bo");
        c.writtenAt = QDateTime(QDate(2024, 4, 5), QTime(9, 30), Qt::UTC);
        c.body = QStringLiteral("Two ambulances were out of service.");
        const Id id = m_store->addCommentary(c);
        QVERIFY(id > 0);

        auto stored = m_store->commentaryOf(m1);
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored[0].id, id);
        QCOMPARE(stored[0].measureId, m1);
        QCOMPARE(stored[0].period, c.period);
        QCOMPARE(stored[0].author, c.author);
        QCOMPARE(stored[0].writtenAt, c.writtenAt);
        QCOMPARE(stored[0].body, c.body);
        QVERIFY(m_store->commentaryOf(measureId(*m_store, QStringLiteral("M2"))).empty());

        m_store->updateCommentary(id, QStringLiteral("Two ambulances were out of service; both are back."));
        QCOMPARE(m_store->commentaryOf(m1)[0].body, QStringLiteral("Two ambulances were out of service; both are back."));

        m_store->removeCommentary(id);
        QVERIFY(m_store->commentaryOf(m1).empty());

        // Undo of the removal: the same id comes back.
        Commentary undo = stored[0];
        undo.body = QStringLiteral("Two ambulances were out of service; both are back.");
        QCOMPARE(m_store->addCommentary(undo), id);
        stored = m_store->commentaryOf(m1);
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored[0].id, id);
        QCOMPARE(stored[0].body, undo.body);
        m_store->removeCommentary(id);
    }

    void commentary_newerVersionDatabase_refusesWritesAsReadOnly_data()
    {
        QTest::addColumn<QString>("write");
        QTest::newRow("addCommentary") << "add";
        QTest::newRow("updateCommentary") << "update";
        QTest::newRow("removeCommentary") << "remove";
    }

    void commentary_newerVersionDatabase_refusesWritesAsReadOnly()
    {
        QFETCH(QString, write);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        Commentary c;
        {
            auto store = createStore(path);
            c.measureId = measureId(*store, QStringLiteral("M1"));
            c.period = QStringLiteral("2024-03");
            c.author = QStringLiteral("Chief Bo");
            c.writtenAt = QDateTime(QDate(2024, 4, 5), QTime(9, 30), Qt::UTC);
            c.body = QStringLiteral("Written before the upgrade.");
            c.id = store->addCommentary(c);
        }
        {
            sqlite::Connection db(path, sqlite::Connection::Mode::ReadWrite);
            db.execute("PRAGMA user_version = 99");
        }
        auto store = openStore(path, StoreOpenMode::Existing);
        QVERIFY(store->readOnlyReason());
        try {
            if (write == QLatin1String("add")) {
                Commentary fresh = c;
                fresh.id = 0;
                store->addCommentary(fresh);
            } else if (write == QLatin1String("update")) {
                store->updateCommentary(c.id, QStringLiteral("Changed."));
            } else {
                store->removeCommentary(c.id);
            }
            QFAIL("expected a ReadOnly error");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
            QVERIFY(!e.message().isEmpty());
        }
        const auto stored = store->commentaryOf(c.measureId);
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored[0].body, QStringLiteral("Written before the upgrade."));
    }

    void initiativesOf_objective_givesItsInitiativesByDueDate()
    {
        const Objective *safe1 = m_structure.objectiveByCode(QStringLiteral("SAFE.1"));
        const auto initiatives = m_store->initiativesOf(safe1->id);
        QStringList titles;
        for (const Initiative &i : initiatives)
            titles << i.title;
        QCOMPARE(titles, (QStringList{"New radio system", "Station relocation study", "Hire dispatchers"}));
        QCOMPARE(initiatives[0].due, QDate(2024, 1, 31));
        QCOMPARE(initiatives[0].owner, QStringLiteral("IT"));
        QCOMPARE(initiatives[0].status, QStringLiteral("done"));
        QCOMPARE(initiatives[0].objectiveId, safe1->id);
        QCOMPARE(initiatives[1].owner, QString()); // none given
        QCOMPARE(initiatives[2].due, QDate(2024, 6, 30));
        QCOMPARE(initiatives[2].status, QStringLiteral("in_progress"));
        const Objective *safe2 = m_structure.objectiveByCode(QStringLiteral("SAFE.2"));
        QCOMPARE(m_store->initiativesOf(safe2->id).size(), std::size_t(1));
    }

    void initiativesOf_undatedInitiative_comesAfterDatedOnes()
    {
        const Objective *clean1 = m_structure.objectiveByCode(QStringLiteral("CLEAN.1"));
        const auto initiatives = m_store->initiativesOf(clean1->id);
        QCOMPARE(initiatives.size(), std::size_t(2));
        QVERIFY(!initiatives[0].due.isValid() || !initiatives[1].due.isValid());
        QCOMPARE(initiatives[0].title, QStringLiteral("More litter bins"));
    }
};

QTEST_GUILESS_MAIN(StoreReadsTest)
#include "tst_storereads.moc"
