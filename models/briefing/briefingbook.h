// A briefing book's content, gathered from a store for one request and cut to
// its edition: nothing here was computed from a measure the audience may not
// see. Laying it out on pages is briefingdocument.h's work.
#pragma once

#include "briefingrequest.h"
#include "kpistore.h"
#include "measureseries.h"

#include <QDateTime>
#include <vector>

namespace civicstat {

struct MeasureSection {
    Measure measure;
    ScorecardRow row; // the measure's row in the edition's scorecard
    QString goalName; // "G1 Safe neighbourhoods"
    QString objectiveName;
    QString owner; // the objective's owner
    QString departmentName;
    std::vector<SeriesPoint> points; // the chart: up to the last 24 periods through the briefing's period
    QString why;                     // the sentence saying why it has its status
    std::vector<Commentary> commentary; // written for the briefing's period or a period inside it
    std::vector<Initiative> initiatives;
    std::vector<Observation> byMember; // internal editions only
    QString byMemberPeriod;
};

struct BriefingBook {
    BriefingRequest request;
    QString cityName;
    QString title;
    QString scopeName;   // "Citywide", "Goal SAFE: Safe neighbourhoods", "12 chosen measures"
    QString periodLabel; // "FY2027, year to date: 3 of 12 months"
    QString scoredToDate; // the note of a period not over; empty otherwise
    std::optional<QDate> dataAsOf;
    QString latestImport; // "observations.csv, 3 Dec 2026 10:12"; empty without imports
    QDateTime produced;
    int fiscalYearStartMonth = 1;
    Scorecard card;             // scored from the edition's measures only
    EditionStructure cut;       // what the edition sees, and what it leaves out where
    std::vector<MeasureSection> sections; // in scorecard order
    int classifiedShown = 0;    // confidential or restricted measures asked for by name
    int hiddenInScope = 0;      // measures of the scope this edition leaves out

    const MeasureSection *sectionOf(const QString &code) const;
    // Measures off track, in scorecard order.
    std::vector<const MeasureSection *> offTrack() const;
};

// Throws StoreError(InvalidData) for an unknown scope or measure code, an
// unreadable period, a period with no figures at all, or a classified measure
// asked for in a public edition.
BriefingBook assembleBriefing(const KpiStore &store, const BriefingRequest &request);

// assembleBriefing, repeated (up to three times) while another program
// changes the database under it, so that a book never mixes two states;
// throws StoreError(Busy) when the database would not hold still.
BriefingBook assembleConsistentBriefing(const KpiStore &store, const BriefingRequest &request);

// The latest explanation an owner wrote for the period, or nullptr.
const Commentary *latestExplanation(const MeasureSection &section);

} // namespace civicstat
