// The audience rules of docs/audience.md, on a structure built in memory:
// what each edition includes, what it counts as left out where, and that the
// roll-ups it scores come from what it may see.
#include "audience.h"
#include "scorecard.h"
#include "storeerror.h"

#include <QTest>

using namespace civicstat;

namespace {

Measure measure(Id id, const QString &code, Id objective, Id department, Classification classification)
{
    Measure m;
    m.id = id;
    m.code = code;
    m.name = QStringLiteral("Measure ") + code;
    m.objectiveId = objective;
    m.departmentId = department;
    m.classification = classification;
    m.direction = Direction::Higher;
    m.aggregation = Aggregation::Mean;
    m.targets.push_back(Target{QDate(2020, 1, 1), std::nullopt, 100.0, 0, 0, 0.1});
    return m;
}

// Goal 1 (objective 10: public, internal, confidential, restricted), goal 2 (objective 20: internal only).
Structure city()
{
    Structure s;
    s.departments = {{1, QStringLiteral("PD"), QStringLiteral("Police"), {}}, {2, QStringLiteral("HR"), QStringLiteral("HR"), {}}};
    s.goals = {{1, QStringLiteral("SAFE"), QStringLiteral("Safe"), {}, {}, 1, 1.0},
               {2, QStringLiteral("ADMIN"), QStringLiteral("Admin"), {}, {}, 2, 1.0}};
    s.objectives = {{10, QStringLiteral("SAFE.1"), QStringLiteral("Fast"), {}, 1, 1, {}, 1.0},
                    {20, QStringLiteral("ADMIN.1"), QStringLiteral("Staff"), {}, 2, 2, {}, 1.0}};
    s.measures = {measure(100, QStringLiteral("PUB"), 10, 1, Classification::Public),
                  measure(101, QStringLiteral("INT"), 10, 1, Classification::Internal),
                  measure(102, QStringLiteral("CONF"), 10, 1, Classification::Confidential),
                  measure(103, QStringLiteral("RES"), 10, 1, Classification::Restricted),
                  measure(200, QStringLiteral("INT2"), 20, 2, Classification::Internal)};
    s.index();
    return s;
}

QStringList codes(const Structure &s)
{
    QStringList result;
    for (const Measure &m : s.measures)
        result << m.code;
    return result;
}

Observation figure(Id measure, double value)
{
    Observation o;
    o.measureId = measure;
    o.period = Period::month(2026, 3);
    o.value = value;
    return o;
}

} // namespace

class TestAudience : public QObject
{
    Q_OBJECT

private slots:
    void eachEditionIncludesWhatItMaySee()
    {
        const Structure full = city();
        Edition publicEdition{Audience::Public, {}};
        QCOMPARE(codes(restrictTo(full, publicEdition).structure), QStringList{QStringLiteral("PUB")});
        Edition internal{Audience::Internal, {}};
        QCOMPARE(codes(restrictTo(full, internal).structure),
                 (QStringList{QStringLiteral("PUB"), QStringLiteral("INT"), QStringLiteral("INT2")}));
        internal.classifiedCodes = {QStringLiteral("RES")};
        QCOMPARE(codes(restrictTo(full, internal).structure),
                 (QStringList{QStringLiteral("PUB"), QStringLiteral("INT"), QStringLiteral("RES"), QStringLiteral("INT2")}));
        QCOMPARE(publicEdition.footerStamp(), QString());
        QCOMPARE(internal.footerStamp(), QStringLiteral("INTERNAL: not for public release"));
        QVERIFY(!publicEdition.showsMemberFigures());
        QVERIFY(internal.showsMemberFigures());
    }

    void countsWhatItLeavesOutWhere()
    {
        const EditionStructure cut = restrictTo(city(), Edition{Audience::Public, {}});
        QCOMPARE(cut.hiddenTotal, 4);
        QCOMPARE(cut.hiddenByObjective.value(10), 3);
        QCOMPARE(cut.hiddenByObjective.value(20), 1);
        QCOMPARE(cut.hiddenByGoal.value(1), 3);
        QCOMPARE(cut.hiddenIn(QStringLiteral("goal"), 2), 1);
        QCOMPARE(cut.hiddenIn(QStringLiteral("department"), 1), 3);
        QCOMPARE(hiddenMeasuresNote(1), QStringLiteral("1 measure not shown in this edition"));
        QCOMPARE(hiddenMeasuresNote(2), QStringLiteral("2 measures not shown in this edition"));
        QCOMPARE(hiddenMeasuresNote(0), QString());
        // Every goal, objective and department stays: the edition says what it left out.
        QCOMPARE(cut.structure.goals.size(), std::size_t(2));
        QCOMPARE(cut.structure.objectives.size(), std::size_t(2));
    }

    void refusesClassifiedCodesItCannotHonour()
    {
        const Structure full = city();
        QVERIFY_THROWS_EXCEPTION(StoreError, restrictTo(full, Edition{Audience::Public, {QStringLiteral("RES")}}));
        QVERIFY_THROWS_EXCEPTION(StoreError, restrictTo(full, Edition{Audience::Internal, {QStringLiteral("INT")}}));
        QVERIFY_THROWS_EXCEPTION(StoreError, restrictTo(full, Edition{Audience::Internal, {QStringLiteral("NOPE")}}));
    }

    // PUB at 100 (on target, score 1.00), INT at 50 (off track, 0.50): the public
    // goal is scored 1.00 from PUB alone; the internal one averages both; the
    // all-internal goal has no score in public.
    void rollUpsComeFromVisibleMeasuresOnly()
    {
        const Structure full = city();
        const TotalsByMeasure current = groupByMeasure({figure(100, 100), figure(101, 50), figure(102, 1),
                                                        figure(103, 1), figure(200, 50)});
        const TotalsByMeasure none;
        const auto scoreOf = [&](const Edition &edition, const QString &code) {
            const EditionStructure cut = restrictTo(full, edition);
            ScorecardInput input{&cut.structure, CitySettings{}, Period::month(2026, 3), &current, &none, &none,
                                 QDate(2026, 3, 31)};
            for (const ScorecardRow &row : buildScorecard(input, Scope{}).rows) {
                if (row.code == code && row.level != Level::Measure)
                    return row.score;
            }
            return std::optional<double>();
        };
        QCOMPARE(scoreOf(Edition{Audience::Public, {}}, QStringLiteral("SAFE")), std::optional<double>(1.0));
        QCOMPARE(scoreOf(Edition{Audience::Internal, {}}, QStringLiteral("SAFE")), std::optional<double>(0.75));
        QCOMPARE(scoreOf(Edition{Audience::Public, {}}, QStringLiteral("ADMIN")), std::optional<double>());
        QCOMPARE(scoreOf(Edition{Audience::Internal, {}}, QStringLiteral("ADMIN")), std::optional<double>(0.5));
    }
};

QTEST_GUILESS_MAIN(TestAudience)
#include "tst_audience.moc"
