// The fictional city of Riverton that `civicstat demo` writes: its departments,
// goals, objectives and measures, with the parameters the generator uses to
// invent plausible history. Plain constant data; no generation logic lives here
// (see democity.h) and nothing here touches a database.
#pragma once

#include <vector>

namespace civicstat::demo {

struct DepartmentSpec {
    const char *code; // "PD"
    const char *name; // "Police Department"
    const char *head; // person whose performance agreement it is
};

struct GoalSpec {
    const char *code; // "G1"
    const char *name; // "Safe neighbourhoods"
    const char *description;
    const char *sponsor; // executive sponsor, e.g. "Deputy Mayor for Public Safety"
};

struct ObjectiveSpec {
    const char *code; // "G1.1"
    const char *goalCode;
    const char *departmentCode;
    const char *name;      // short: "Fast emergency call answering"
    const char *statement; // "Answer 90% of 911 calls within 10 seconds"
    const char *owner;     // a person's name and role
};

// One measure and how its invented history behaves. Values are per period of
// the measure's frequency (a monthly `sum` measure's baseline is a monthly count).
struct MeasureSpec {
    const char *code; // "ECC-01"
    const char *objectiveCode;
    const char *name;        // "911 calls answered within 10 seconds"
    const char *unit;        // "%", "calls", "days", "minutes", "$", "count", "score", "tons"
    const char *direction;   // "higher" | "lower" | "band"
    const char *aggregation; // "sum" | "mean" | "last" | "min" | "max" | "ratio"
    const char *frequency;   // "monthly" | "quarterly" | "annual"
    double target;           // higher/lower: the target; band: unused (0)
    double bandLow;          // band only, else 0
    double bandHigh;         // band only, else 0
    double baseline;         // typical actual at the start of the history
    double trendPerYear;     // relative drift per year (+0.03 = 3% a year up)
    double seasonality;      // relative amplitude of the yearly cycle (0.1 = +/-10%)
    double noise;            // relative standard deviation of month-to-month noise
    double ratioVolume;      // ratio measures: typical denominator per period, else 0
    int decimals;
    const char *classification; // "public" | "internal" | "confidential" | "restricted"
    const char *definition;     // plain language, for a non-expert
    const char *methodology;    // how it is calculated
    const char *sourceSystem;   // "CAD (computer-aided dispatch)"
    const char *steward;        // person responsible for the data
    bool byNeighbourhood;       // also written per neighbourhood
    bool byDemographics;        // also written per race/ethnicity and gender group
};

const std::vector<DepartmentSpec> &departments();
const std::vector<GoalSpec> &goals();
const std::vector<ObjectiveSpec> &objectives();
const std::vector<MeasureSpec> &measures(); // all of them, in goal order

// The measures by goal, as measures() puts them together.
const std::vector<MeasureSpec> &safetyAndEconomyMeasures();       // G1, G2
const std::vector<MeasureSpec> &infrastructureAndGreenMeasures(); // G3, G4
const std::vector<MeasureSpec> &housingAndGovernmentMeasures();   // G5, G6

} // namespace civicstat::demo
