// The demo city's commentary, written once its figures are in and scored, so
// that what a note says fits how the measure did: each measure off track in its
// latest period (month, fiscal quarter or fiscal year, by its frequency) carries
// the explanation written for it, and the routine notes of the last three
// months are chosen among those that fit the measure's status.
#pragma once

#include <QDate>
#include <QString>
#include <vector>

namespace civicstat {

class KpiStore;

namespace demo {

// A routine note the generator planned: which measure, how many months before
// the latest, and a random pick among the notes that will fit its status.
struct PlannedNote {
    QString measureCode;
    int monthsBack = 0;
    int pick = 0;
};

// The explanation written for a measure of the default demo city for when it
// is off track in its latest period; null when none was written for it.
const char *offTrackExplanation(const QString &measureCode);

// Writes a note on each measure off track in its latest period up to
// `lastMonth`, and the planned routine notes of monthly measures. The written
// explanations tell of the default demo city's figures; without them (another
// seed or scale, where they could be untrue) the note states the measure's
// own figure and target.
void writeDemoCommentary(KpiStore &store, QDate lastMonth, const std::vector<PlannedNote> &planned,
                         bool withExplanations);

} // namespace demo
} // namespace civicstat
