// A small city for the tests of the desktop core (snapshot, navigation and
// scorecard table models), written through ImportBatch as an import would:
// monthly history January 2023 to March 2024, ratio figures by neighbourhood,
// a stale, a never-reported, a quarterly and an interrupted measure.
//
// Testville (fiscal year from July)
//   SAFE "Safe city" (sort 1)                     CLEAN "Clean city" (sort 2)
//     SAFE.1 Fast emergency response (D2)           CLEAN.1 Clean parks (D1)
//       M1 % mean, target 90, gaps 2023-08, 2024-01    C1 lower, 2024-03: 100
//       M2 % ratio, target 80, by neighbourhood        C2 lower, 2024-03: 10
//     SAFE.2 Well-kept streets (D1)                    C3 lower, 2024-03: 9
//       M3 lower, last figure 2023-06 (stale)
//       M4 never reported (refresh_days 30)
//       M5 quarterly, FY2024-Q2 and Q3, by neighbourhood
//       M6 %, 2023-01..02 and 2024-02..03 only
#pragma once

#include "kpistore.h"
#include "storefactory.h"

#include <QDate>
#include <cmath>
#include <limits>
#include <memory>

namespace testcity {

using namespace civicstat;

inline constexpr int fiscalStart = 7;

inline Period period(const QString &text) { return *Period::parse(text, fiscalStart); }

// "2023-01" .. "2024-03": the 15 months of history.
inline QString monthText(int index) { return QDate(2023, 1, 1).addMonths(index).toString(QStringLiteral("yyyy-MM")); }

inline Measure measure(const QString &code, const QString &name, const QString &unit, Direction direction,
                       Aggregation aggregation, Frequency frequency = Frequency::Monthly)
{
    Measure m;
    m.code = code;
    m.name = name;
    m.unit = unit;
    m.direction = direction;
    m.aggregation = aggregation;
    m.frequency = frequency;
    m.decimals = 1;
    m.steward = QStringLiteral("Steward of ") + code;
    return m;
}

inline Observation total(const QString &measure, const QString &periodText, double value,
                            std::optional<double> numerator = std::nullopt,
                            std::optional<double> denominator = std::nullopt, bool provisional = false)
{
    Observation o;
    o.measureCode = measure;
    o.period = period(periodText);
    o.value = value;
    o.numerator = numerator;
    o.denominator = denominator;
    o.provisional = provisional;
    return o;
}

inline Observation byMember(const QString &measure, const QString &periodText, const QString &member,
                               double value, std::optional<double> numerator = std::nullopt,
                               std::optional<double> denominator = std::nullopt)
{
    Observation o = total(measure, periodText, value, numerator, denominator);
    o.dimensionCode = QStringLiteral("neighbourhood");
    o.memberCode = member;
    return o;
}

inline NewTarget target(const QString &measure, double value)
{
    NewTarget t;
    t.measureCode = measure;
    t.target.effectiveFrom = QDate(2000, 1, 1);
    t.target.value = value;
    return t;
}

// M1's monthly values, January 2023 to March 2024; NaN: no figure that month.
inline std::vector<double> m1Values()
{
    const double gap = std::numeric_limits<double>::quiet_NaN();
    return {91, 92, 88, 93, 90, 89, 94, gap, 95, 91, 86, 92, gap, 90.5, 87};
}

inline ImportBatch city()
{
    ImportBatch b;
    CitySettings s;
    s.cityName = QStringLiteral("Testville");
    s.fiscalYearStartMonth = fiscalStart;
    b.settings = s;
    b.departments = {{0, QStringLiteral("D1"), QStringLiteral("Public Works"), QStringLiteral("Ada Head")},
                     {0, QStringLiteral("D2"), QStringLiteral("Police"), QStringLiteral("Bo Head")}};
    // Sort order differs from code order: SAFE comes first.
    b.goals = {{0, QStringLiteral("SAFE"), QStringLiteral("Safe city"), {}, QStringLiteral("Deputy Mayor"), 1, 1.0},
               {0, QStringLiteral("CLEAN"), QStringLiteral("Clean city"), {}, QStringLiteral("Mayor"), 2, 1.0}};
    const auto objective = [](const char *code, const char *name, const char *owner) {
        Objective o;
        o.code = QString::fromLatin1(code);
        o.name = QString::fromLatin1(name);
        o.owner = QString::fromLatin1(owner);
        return o;
    };
    b.objectives = {
        {objective("SAFE.1", "Fast emergency response", "Chief Bo"), {QStringLiteral("SAFE"), QStringLiteral("D2")}},
        {objective("SAFE.2", "Well-kept streets", "Engineer Cy"), {QStringLiteral("SAFE"), QStringLiteral("D1")}},
        {objective("CLEAN.1", "Clean parks", "Ranger Di"), {QStringLiteral("CLEAN"), QStringLiteral("D1")}},
    };
    const QString pct = QStringLiteral("%");
    Measure m4 = measure(QStringLiteral("M4"), QStringLiteral("Traffic deaths"), QString(), Direction::Lower,
                         Aggregation::Sum);
    m4.refreshDays = 30;
    const std::pair<QString, QString> safe1{QStringLiteral("SAFE.1"), QStringLiteral("D2")};
    const std::pair<QString, QString> safe2{QStringLiteral("SAFE.2"), QStringLiteral("D1")};
    const std::pair<QString, QString> clean1{QStringLiteral("CLEAN.1"), QStringLiteral("D1")};
    b.measures = {
        {measure(QStringLiteral("M1"), QStringLiteral("Responses within 8 minutes"), pct, Direction::Higher,
                 Aggregation::Mean), safe1},
        {measure(QStringLiteral("M2"), QStringLiteral("Calls answered within 10 seconds"), pct, Direction::Higher,
                 Aggregation::Ratio), safe1},
        {measure(QStringLiteral("M3"), QStringLiteral("Streetlight outages"), QString(), Direction::Lower,
                 Aggregation::Mean), safe2},
        {m4, safe2},
        {measure(QStringLiteral("M5"), QStringLiteral("Resident satisfaction"), pct, Direction::Higher,
                 Aggregation::Mean, Frequency::Quarterly), safe2},
        {measure(QStringLiteral("M6"), QStringLiteral("Abandoned vehicles removed in 5 days"), pct, Direction::Higher,
                 Aggregation::Mean), safe2},
        {measure(QStringLiteral("C1"), QStringLiteral("Litter complaints"), QString(), Direction::Lower,
                 Aggregation::Mean), clean1},
        {measure(QStringLiteral("C2"), QStringLiteral("Graffiti reports"), QString(), Direction::Lower,
                 Aggregation::Mean), clean1},
        {measure(QStringLiteral("C3"), QStringLiteral("Illegal dumping reports"), QString(), Direction::Lower,
                 Aggregation::Mean), clean1},
    };
    b.targets = {target(QStringLiteral("M1"), 90), target(QStringLiteral("M2"), 80), target(QStringLiteral("M3"), 10),
                 target(QStringLiteral("M4"), 5),  target(QStringLiteral("M5"), 70), target(QStringLiteral("M6"), 50),
                 target(QStringLiteral("C1"), 12), target(QStringLiteral("C2"), 12), target(QStringLiteral("C3"), 12)};
    b.dimensions = {{QStringLiteral("neighbourhood"), QStringLiteral("Neighbourhood")}};
    b.members = {{QStringLiteral("neighbourhood"), QStringLiteral("N1"), QStringLiteral("Northside"),
                  QStringLiteral("north"), 2},
                 {QStringLiteral("neighbourhood"), QStringLiteral("N2"), QStringLiteral("Southside"),
                  QStringLiteral("south"), 1},
                 {QStringLiteral("neighbourhood"), QStringLiteral("N3"), QStringLiteral("Harbour"),
                  QStringLiteral("harbour"), 3}};

    const std::vector<double> m1 = m1Values();
    for (int i = 0; i < 15; ++i) {
        if (!std::isnan(m1[std::size_t(i)]))
            b.observations.push_back(total(QStringLiteral("M1"), monthText(i), m1[std::size_t(i)]));
        // M2: 78 + i answered of 100 each month (2024-03: 92%, provisional).
        b.observations.push_back(total(QStringLiteral("M2"), monthText(i), 78 + i, 78 + i, 100, i == 14));
    }
    // M2 by neighbourhood. N1 over FY2024: 30/40 = 75% (the mean of its percentages would be 70);
    // N2: 85/100 = 85%; N3 answered no calls at all (0 of 0).
    b.observations.push_back(byMember(QStringLiteral("M2"), QStringLiteral("2023-07"), QStringLiteral("N1"), 30, 3, 10));
    b.observations.push_back(byMember(QStringLiteral("M2"), QStringLiteral("2024-02"), QStringLiteral("N1"), 90, 9, 10));
    b.observations.push_back(byMember(QStringLiteral("M2"), QStringLiteral("2024-03"), QStringLiteral("N1"), 90, 18, 20));
    b.observations.push_back(byMember(QStringLiteral("M2"), QStringLiteral("2024-02"), QStringLiteral("N2"), 90, 45, 50));
    b.observations.push_back(byMember(QStringLiteral("M2"), QStringLiteral("2024-03"), QStringLiteral("N2"), 80, 40, 50));
    b.observations.push_back(byMember(QStringLiteral("M2"), QStringLiteral("2024-02"), QStringLiteral("N3"), 0, 0, 0));
    b.observations.push_back(byMember(QStringLiteral("M2"), QStringLiteral("2024-03"), QStringLiteral("N3"), 0, 0, 0));
    // M3 stops after June 2023; a later figure by neighbourhood is not an update of the total.
    const double m3[] = {8, 9, 12, 11, 10, 9};
    for (int i = 0; i < 6; ++i)
        b.observations.push_back(total(QStringLiteral("M3"), monthText(i), m3[i]));
    b.observations.push_back(byMember(QStringLiteral("M3"), QStringLiteral("2024-02"), QStringLiteral("N1"), 3));
    // M5 quarterly: FY2024-Q2 ends 31 December 2023, Q3 ends 31 March 2024.
    b.observations.push_back(total(QStringLiteral("M5"), QStringLiteral("FY2024-Q2"), 72));
    b.observations.push_back(total(QStringLiteral("M5"), QStringLiteral("FY2024-Q3"), 68));
    b.observations.push_back(byMember(QStringLiteral("M5"), QStringLiteral("FY2024-Q2"), QStringLiteral("N1"), 70));
    b.observations.push_back(byMember(QStringLiteral("M5"), QStringLiteral("FY2024-Q3"), QStringLiteral("N1"), 65));
    b.observations.push_back(byMember(QStringLiteral("M5"), QStringLiteral("FY2024-Q3"), QStringLiteral("N2"), 71));
    // M6 reports January and February 2023, then nothing until February 2024.
    b.observations.push_back(total(QStringLiteral("M6"), QStringLiteral("2023-01"), 60));
    b.observations.push_back(total(QStringLiteral("M6"), QStringLiteral("2023-02"), 55));
    b.observations.push_back(total(QStringLiteral("M6"), QStringLiteral("2024-02"), 40));
    b.observations.push_back(total(QStringLiteral("M6"), QStringLiteral("2024-03"), 52));
    // CLEAN.1: in code order the March actuals are 100, 10, 9 (numeric order is the reverse).
    b.observations.push_back(total(QStringLiteral("C1"), QStringLiteral("2024-02"), 90));
    b.observations.push_back(total(QStringLiteral("C1"), QStringLiteral("2024-03"), 100));
    b.observations.push_back(total(QStringLiteral("C2"), QStringLiteral("2024-02"), 11));
    b.observations.push_back(total(QStringLiteral("C2"), QStringLiteral("2024-03"), 10));
    b.observations.push_back(total(QStringLiteral("C3"), QStringLiteral("2024-02"), 9));
    b.observations.push_back(total(QStringLiteral("C3"), QStringLiteral("2024-03"), 9));

    NewInitiative i1{QStringLiteral("SAFE.1"), QStringLiteral("Hire dispatchers"), QStringLiteral("Chief Bo"),
                     QDate(2024, 6, 30), QStringLiteral("in_progress")};
    NewInitiative i2{QStringLiteral("SAFE.1"), QStringLiteral("New radio system"), QStringLiteral("IT"),
                     QDate(2024, 1, 31), QStringLiteral("done")};
    NewInitiative i3{QStringLiteral("SAFE.1"), QStringLiteral("Station relocation study"), QString(),
                     QDate(2024, 3, 15), QStringLiteral("planned")};
    NewInitiative i4{QStringLiteral("SAFE.2"), QStringLiteral("LED streetlights"), QStringLiteral("Engineer Cy"),
                     QDate(2023, 1, 1), QStringLiteral("blocked")};
    NewInitiative i5{QStringLiteral("CLEAN.1"), QStringLiteral("Volunteer clean-up days"), QStringLiteral("Ranger Di"),
                     QDate(), QStringLiteral("planned")};
    NewInitiative i6{QStringLiteral("CLEAN.1"), QStringLiteral("More litter bins"), QStringLiteral("Ranger Di"),
                     QDate(2024, 5, 1), QStringLiteral("planned")};
    b.initiatives = {i1, i2, i3, i4, i5, i6};
    b.log.kind = QStringLiteral("test");
    return b;
}

inline std::unique_ptr<KpiStore> createStore(const QString &path)
{
    auto store = openStore(path, StoreOpenMode::CreateIfMissing);
    store->applyImport(city());
    return store;
}

// A batch that adds a third goal, with an objective and a measure, to the city.
inline ImportBatch newGoal()
{
    ImportBatch b;
    b.goals = {{0, QStringLiteral("GROW"), QStringLiteral("Growing economy"), {}, {}, 3, 1.0}};
    Objective o;
    o.code = QStringLiteral("GROW.1");
    o.name = QStringLiteral("More jobs");
    b.objectives = {{o, {QStringLiteral("GROW"), QStringLiteral("D1")}}};
    b.measures = {{measure(QStringLiteral("G1"), QStringLiteral("New business licences"), QString(), Direction::Higher,
                           Aggregation::Sum),
                   {QStringLiteral("GROW.1"), QStringLiteral("D1")}}};
    b.log.kind = QStringLiteral("test");
    return b;
}

inline Id measureId(const KpiStore &store, const QString &code) { return store.structure().measureByCode(code)->id; }

} // namespace testcity
