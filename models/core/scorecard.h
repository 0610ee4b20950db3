// A scorecard: for one period and one scope (the city, a goal, an objective or
// a department), every level's actual, target, status and score, rolled up by
// the rules of scoring.h. buildScorecard is pure; loadScorecard fetches from a
// KpiStore only the observations the period and its comparisons need.
#pragma once

#include "citysettings.h"
#include "kpistore.h"
#include "scoring.h"

#include <optional>
#include <vector>

namespace civicstat {

enum class Level { Citywide, Goal, Department, Objective, Measure };
QString toText(Level level); // citywide, goal, department, objective, measure

struct Scope {
    enum class Kind { Citywide, Goal, Objective, Department };
    Kind kind = Kind::Citywide;
    QString code;
    // "citywide", "goal:G1", "objective:G1.2", "dept:PD"
    static std::optional<Scope> parse(const QString &text);
};

struct ScorecardRow {
    Level level = Level::Citywide;
    int depth = 0; // 0 for the scope's own row
    Id id = 0;
    QString code;
    QString name;
    QString owner;      // objective owner; the department head for departments
    QString department; // name
    // Measures only:
    QString unit;
    int decimals = 1;
    Direction direction = Direction::Higher;
    Classification classification = Classification::Internal;
    std::optional<double> actual;
    std::optional<Target> target;
    double tolerance = 0.0;
    std::optional<double> previousActual;
    std::optional<double> yearEarlierActual;
    Trend trendFromPrevious = Trend::Unknown;
    Trend trendFromYearEarlier = Trend::Unknown;
    // Every level:
    Status status = Status::NoData;
    std::optional<double> score;
    StatusCounts counts; // the measures below (a measure counts itself)
};

struct Scorecard {
    QString cityName;
    Period period;
    Coverage coverage; // partial for a period not over by the data's as-of date
    std::optional<QDate> asOf;
    Period previous;
    Period yearEarlier;
    std::vector<ScorecardRow> rows;
};

using TotalsByMeasure = QHash<Id, std::vector<Observation>>;

TotalsByMeasure groupByMeasure(std::vector<Observation> totals);

struct ScorecardInput {
    const Structure *structure = nullptr;
    CitySettings settings;
    Period period;
    const TotalsByMeasure *current = nullptr;
    const TotalsByMeasure *previous = nullptr;
    const TotalsByMeasure *yearEarlier = nullptr;
    std::optional<QDate> asOf; // the data's as-of date (dataAsOf): an open period is scored to date
};

// Throws StoreError(InvalidData) when the scope names no goal, objective or department.
Scorecard buildScorecard(const ScorecardInput &input, const Scope &scope);

// `periodText` is any period form, or "latest" / empty for the most recent month with data.
// Throws StoreError(InvalidData) with a message when the period cannot be read.
// Says, for a period not over by the data's as-of date, that it is scored to
// date and how: "FY2027 is not over: scored year to date, 3 of 12 months
// (through 30 Sep 2026); targets of counts are pro-rated." Empty otherwise.
QString scoredToDateNote(const Scorecard &card);

// The last day of the latest month with figures; nullopt for a database without any.
std::optional<QDate> dataAsOf(const KpiStore &store);
Period resolvePeriod(const KpiStore &store, const QString &periodText, int fiscalYearStartMonth);
// Why a scope or a period the user typed cannot be used, for a message; nullopt
// when it can. The same words loadScorecard() and resolvePeriod() throw.
std::optional<QString> unknownScope(const Structure &structure, const Scope &scope);
std::optional<QString> unreadablePeriod(const QString &periodText, int fiscalYearStartMonth);
Scorecard loadScorecard(const KpiStore &store, const QString &periodText, const Scope &scope);
// The scorecard of a structure cut to an edition (audience.h): measures not in
// `structure` are not scored and shape no roll-up.
Scorecard loadScorecard(const KpiStore &store, const Period &period, const Scope &scope, const Structure &structure,
                        std::optional<QDate> asOf);
// The as-of date of the measures in `visible` alone: the last day of the month
// of their latest total, so that a hidden measure does not move an edition's date.
std::optional<QDate> dataAsOf(const KpiStore &store, const Structure &visible);
// Where the desktop opens, and what "latest" means: the latest month in which
// most of the measures reported monthly (or more often) have figures, not a
// month of a few stragglers; for a city whose measures report quarterly, the
// latest fiscal quarter most of them have reported; likewise for years.
Period defaultPeriod(const KpiStore &store, int fiscalYearStartMonth);

} // namespace civicstat
