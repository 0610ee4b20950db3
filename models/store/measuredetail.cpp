#include "measuredetail.h"

#include "storeerror.h"

#include <QCoreApplication>

namespace civicstat {

MeasureDetail loadMeasureDetail(const KpiStore &store, const CitySnapshot &snapshot, const QString &code, PeriodKind kind)
{
    const Structure &structure = snapshot.structure();
    const Measure *m = structure.measureByCode(code);
    if (!m)
        throw StoreError(StoreError::Kind::InvalidData,
                         QCoreApplication::translate("MeasureDetail", "There is no measure with the code \"%1\".").arg(code));
    MeasureDetail d;
    d.measure = *m;
    if (const Department *dept = structure.departmentById(m->departmentId))
        d.departmentName = dept->name;
    for (const Objective &o : structure.objectives) {
        if (o.id == m->objectiveId) {
            d.objectiveName = o.name;
            d.objectiveOwner = o.owner;
            d.initiatives = store.initiativesOf(o.id);
        }
    }
    const CitySettings &settings = snapshot.settings();
    const ScoringSettings scoring{settings.defaultTolerance, settings.scoreCap, settings.atRiskThreshold};
    const PeriodKind own = periodKindFor(m->frequency);
    d.kind = granularityOf(kind) >= granularityOf(own) ? kind : own;
    d.points = measureSeries(*m, store.historyOf(m->id), d.kind, settings.fiscalYearStartMonth, scoring,
                             snapshot.asOf());

    d.current.period = snapshot.period();
    d.current.coverage = snapshot.citywide().coverage;
    if (const ScorecardRow *row = snapshot.find(Level::Measure, code)) {
        d.current.actual = row->actual;
        d.current.target = row->target;
        d.current.tolerance = row->tolerance;
        d.current.status = row->status;
    }
    d.explanation = explainStatus(*m, d.current);
    d.lastUpdate = snapshot.lastUpdate(m->id);
    d.freshness = freshnessOf(*m, snapshot.lastUpdateAsOf(m->id), snapshot.freshnessDay());
    d.commentary = store.commentaryOf(m->id);
    d.breakdownPeriod = snapshot.period();
    d.breakdown = aggregateByMember(*m, d.breakdownPeriod, snapshot.citywide().coverage.through,
                                    store.figuresByMember(m->id, d.breakdownPeriod));
    if (!d.lastUpdate) {
        if (const auto memberEnd = store.latestMemberFigureEnd(m->id)) {
            d.reportedOnlyByMember = true;
            if (d.breakdown.empty()) {
                // The period of its latest figures, whole: they define it.
                d.breakdownPeriod = periodContaining(*memberEnd, own, settings.fiscalYearStartMonth);
                d.breakdown = aggregateByMember(*m, d.breakdownPeriod, d.breakdownPeriod.last(),
                                                store.figuresByMember(m->id, d.breakdownPeriod));
            }
        }
    }
    // Short enough for a chart title at laptop width; the sentence above says "year to date".
    const Coverage &coverage = snapshot.citywide().coverage;
    d.breakdownLabel = d.breakdownPeriod == snapshot.period() && coverage.isPartial()
        ? QCoreApplication::translate("MeasureDetail", "%1, %2 of %3 months")
              .arg(d.breakdownPeriod.text())
              .arg(coverage.elapsed)
              .arg(coverage.total)
        : d.breakdownPeriod.text();
    d.readOnly = store.readOnlyReason().has_value();
    return d;
}

QString memberOnlyNote(const MeasureDetail &detail)
{
    if (!detail.reportedOnlyByMember)
        return {};
    const QString dimension = detail.breakdown.empty() ? QString() : detail.breakdown.front().dimensionName;
    return QCoreApplication::translate("MeasureDetail",
                                       "Its figures are reported only by %1, not as a citywide total, so it has no "
                                       "score; the Breakdown tab shows them for %2.")
        .arg(dimension.isEmpty() ? QCoreApplication::translate("MeasureDetail", "member") : dimension.toLower(),
             detail.breakdownPeriod.text());
}

} // namespace civicstat
