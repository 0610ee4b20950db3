// Who a piece of output is for, and what that audience may see. Every output
// (briefing book, spreadsheet export, offline copy) cuts the structure down to
// its edition *before* anything is scored, so that a figure the audience may
// not see never shapes a roll-up it does see. docs/audience.md has the rules.
#pragma once

#include "domain.h"

#include <QSet>
#include <QStringList>

namespace civicstat {

enum class Audience { Public, Internal };
QString toText(Audience audience); // public, internal
std::optional<Audience> audienceFromText(const QString &text);

struct Edition {
    Audience audience = Audience::Internal;
    // Codes of confidential or restricted measures asked for by name (internal editions only).
    QSet<QString> classifiedCodes;

    bool includes(const Measure &measure) const;
    // Figures by member (neighbourhood, demographic group) are left out of a
    // public edition until small cells can be suppressed.
    bool showsMemberFigures() const { return audience != Audience::Public; }
    // Printed in every page's footer: "INTERNAL: not for public release"; empty for public.
    QString footerStamp() const;
    // The heading of an edition: "Public edition", "Internal edition".
    QString title() const;
};

// The structure an edition may see, and what it leaves out where.
struct EditionStructure {
    Structure structure; // only the measures the edition includes; every goal, objective and department
    QHash<Id, int> hiddenByObjective;
    QHash<Id, int> hiddenByGoal;
    QHash<Id, int> hiddenByDepartment;
    int hiddenTotal = 0;
    int hiddenIn(const QString &levelText, Id id) const; // level: goal, objective, department
};

// Throws StoreError(InvalidData) when a classified code names no measure, names
// a measure that is public or internal, or is asked for in a public edition.
EditionStructure restrictTo(const Structure &structure, const Edition &edition);

// "2 measures not shown in this edition"; empty for none.
QString hiddenMeasuresNote(int hidden);

// The words for a classification, as a page that shows such a measure prints them: "CONFIDENTIAL".
QString classificationStamp(Classification classification);

} // namespace civicstat
