#include "audience.h"

#include "storeerror.h"

#include <QCoreApplication>

namespace civicstat {

namespace {
struct AudienceText { Q_DECLARE_TR_FUNCTIONS(Audience) };

bool isClassified(Classification classification)
{
    return classification == Classification::Confidential || classification == Classification::Restricted;
}
} // namespace

QString toText(Audience audience)
{
    return audience == Audience::Public ? QStringLiteral("public") : QStringLiteral("internal");
}

std::optional<Audience> audienceFromText(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("public"))
        return Audience::Public;
    if (key == QLatin1String("internal"))
        return Audience::Internal;
    return std::nullopt;
}

bool Edition::includes(const Measure &measure) const
{
    switch (measure.classification) {
    case Classification::Public:
        return true;
    case Classification::Internal:
        return audience == Audience::Internal;
    case Classification::Confidential:
    case Classification::Restricted:
        return audience == Audience::Internal && classifiedCodes.contains(measure.code);
    }
    return false;
}

QString Edition::footerStamp() const
{
    return audience == Audience::Internal ? AudienceText::tr("INTERNAL: not for public release") : QString();
}

QString Edition::title() const
{
    return audience == Audience::Public ? AudienceText::tr("Public edition") : AudienceText::tr("Internal edition");
}

int EditionStructure::hiddenIn(const QString &levelText, Id id) const
{
    if (levelText == QLatin1String("goal"))
        return hiddenByGoal.value(id);
    if (levelText == QLatin1String("objective"))
        return hiddenByObjective.value(id);
    if (levelText == QLatin1String("department"))
        return hiddenByDepartment.value(id);
    return 0;
}

EditionStructure restrictTo(const Structure &structure, const Edition &edition)
{
    for (const QString &code : edition.classifiedCodes) {
        const Measure *measure = structure.measureByCode(code);
        if (!measure)
            throw StoreError(StoreError::Kind::InvalidData,
                             AudienceText::tr("No measure has the code %1. Check the codes asked for by name "
                                              "(confidential and restricted measures only).")
                                 .arg(code));
        if (!isClassified(measure->classification))
            throw StoreError(StoreError::Kind::InvalidData,
                             AudienceText::tr("%1 (%2) is %3, not confidential or restricted: it is included by "
                                              "its audience and need not be asked for by name.")
                                 .arg(code, measure->name, toText(measure->classification)));
        if (edition.audience == Audience::Public)
            throw StoreError(StoreError::Kind::InvalidData,
                             AudienceText::tr("%1 is %2 and cannot appear in a public edition. Choose the internal "
                                              "audience to include it.")
                                 .arg(code, toText(measure->classification)));
    }

    EditionStructure result;
    result.structure.departments = structure.departments;
    result.structure.goals = structure.goals;
    result.structure.objectives = structure.objectives;
    QHash<Id, Id> goalOfObjective;
    for (const Objective &objective : structure.objectives)
        goalOfObjective.insert(objective.id, objective.goalId);
    for (const Measure &measure : structure.measures) {
        if (edition.includes(measure)) {
            result.structure.measures.push_back(measure);
            continue;
        }
        ++result.hiddenTotal;
        ++result.hiddenByObjective[measure.objectiveId];
        ++result.hiddenByGoal[goalOfObjective.value(measure.objectiveId)];
        ++result.hiddenByDepartment[measure.departmentId];
    }
    result.structure.index();
    return result;
}

QString hiddenMeasuresNote(int hidden)
{
    if (hidden <= 0)
        return {};
    if (hidden == 1)
        return AudienceText::tr("1 measure not shown in this edition");
    return AudienceText::tr("%1 measures not shown in this edition").arg(hidden);
}

QString classificationStamp(Classification classification)
{
    switch (classification) {
    case Classification::Public:
        return AudienceText::tr("PUBLIC");
    case Classification::Internal:
        return AudienceText::tr("INTERNAL");
    case Classification::Confidential:
        return AudienceText::tr("CONFIDENTIAL");
    case Classification::Restricted:
        return AudienceText::tr("RESTRICTED");
    }
    return {};
}

} // namespace civicstat
