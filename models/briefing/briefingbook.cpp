#include "briefingbook.h"

#include "citysnapshot.h"
#include "statustext.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace civicstat {

namespace {
struct BriefingText { Q_DECLARE_TR_FUNCTIONS(Briefing) };

constexpr int chartPeriods = 24;

// The structure with only the hand-picked measures; every goal, objective and department kept.
Structure onlyMeasures(const Structure &structure, const QStringList &codes)
{
    Structure picked = structure;
    picked.measures.clear();
    for (const QString &code : codes) {
        const Measure *measure = structure.measureByCode(code);
        if (!measure)
            throw StoreError(StoreError::Kind::InvalidData,
                             BriefingText::tr("No measure has the code %1. Check the list of measures to include.")
                                 .arg(code));
        picked.measures.push_back(*measure);
    }
    picked.index();
    return picked;
}

QString scopeName(const Structure &structure, const BriefingRequest &request)
{
    if (!request.measureCodes.isEmpty())
        return request.measureCodes.size() == 1
            ? BriefingText::tr("1 chosen measure")
            : BriefingText::tr("%1 chosen measures").arg(request.measureCodes.size());
    const QString &code = request.scope.code;
    switch (request.scope.kind) {
    case Scope::Kind::Citywide:
        return BriefingText::tr("Citywide");
    case Scope::Kind::Goal:
        if (const Goal *goal = structure.goalByCode(code))
            return BriefingText::tr("Goal %1: %2").arg(code, goal->name);
        break;
    case Scope::Kind::Objective:
        if (const Objective *objective = structure.objectiveByCode(code))
            return BriefingText::tr("Objective %1: %2").arg(code, objective->name);
        break;
    case Scope::Kind::Department:
        if (const Department *department = structure.departmentByCode(code))
            return BriefingText::tr("Department %1: %2").arg(code, department->name);
        break;
    }
    return code;
}

QString periodLabel(const Scorecard &card)
{
    const QString toDate = coverageText(card.coverage, card.period.kind());
    return toDate.isEmpty() ? card.period.text() : BriefingText::tr("%1, %2").arg(card.period.text(), toDate);
}

// Commentary whose period is the briefing's or lies inside it, oldest first.
std::vector<Commentary> commentaryWithin(std::vector<Commentary> all, const Period &period, int fiscalStart)
{
    std::vector<Commentary> within;
    for (Commentary &comment : all) {
        const auto written = Period::parse(comment.period, fiscalStart);
        if (written && written->first() >= period.first() && written->last() <= period.last())
            within.push_back(std::move(comment));
    }
    std::sort(within.begin(), within.end(),
              [](const Commentary &a, const Commentary &b) { return a.writtenAt < b.writtenAt; });
    return within;
}

std::vector<SeriesPoint> chartPoints(std::vector<SeriesPoint> points, const Period &period)
{
    points.erase(std::remove_if(points.begin(), points.end(),
                                [&period](const SeriesPoint &p) { return p.period.first() > period.last(); }),
                 points.end());
    if (points.size() > std::size_t(chartPeriods))
        points.erase(points.begin(), points.end() - chartPeriods);
    return points;
}

MeasureSection sectionFor(const KpiStore &store, const BriefingBook &book, const Measure &measure,
                          const ScorecardRow &row, const ScoringSettings &scoring)
{
    const Structure &structure = book.cut.structure;
    MeasureSection section;
    section.measure = measure;
    section.row = row;
    if (const Department *department = structure.departmentById(measure.departmentId))
        section.departmentName = department->name;
    for (const Objective &objective : structure.objectives) {
        if (objective.id == measure.objectiveId) {
            section.objectiveName = objective.name;
            for (const Goal &goal : structure.goals) {
                if (goal.id == objective.goalId)
                    section.goalName = QStringLiteral("%1 %2").arg(goal.code, goal.name);
            }
            section.owner = objective.owner;
            section.initiatives = store.initiativesOf(objective.id);
        }
    }
    const Period &period = book.card.period;
    section.points = chartPoints(measureSeries(measure, store.historyOf(measure.id), periodKindFor(measure.frequency),
                                               book.fiscalYearStartMonth, scoring, book.card.asOf),
                                 period);
    SeriesPoint current;
    current.period = period;
    current.coverage = book.card.coverage;
    current.actual = row.actual;
    current.target = row.target;
    current.tolerance = row.tolerance;
    current.status = row.status;
    section.why = explainStatus(measure, current);
    section.commentary = commentaryWithin(store.commentaryOf(measure.id), period, book.fiscalYearStartMonth);
    if (book.request.edition.showsMemberFigures()) {
        section.byMember = aggregateByMember(measure, period, book.card.coverage.through,
                                             store.figuresByMember(measure.id, period));
        section.byMemberPeriod = book.periodLabel;
    }
    return section;
}

QString describeLatestImport(const KpiStore &store)
{
    const auto latest = store.importToUndo();
    if (!latest)
        return {};
    const QDateTime at = QDateTime::fromString(latest->importedAt, Qt::ISODate);
    return BriefingText::tr("%1, %2")
        .arg(latest->fileName, QLocale().toString(at.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")));
}

} // namespace

const MeasureSection *BriefingBook::sectionOf(const QString &code) const
{
    for (const MeasureSection &section : sections) {
        if (section.measure.code == code)
            return &section;
    }
    return nullptr;
}

std::vector<const MeasureSection *> BriefingBook::offTrack() const
{
    std::vector<const MeasureSection *> result;
    for (const MeasureSection &section : sections) {
        if (section.row.status == Status::OffTrack)
            result.push_back(&section);
    }
    return result;
}

const Commentary *latestExplanation(const MeasureSection &section)
{
    return section.commentary.empty() ? nullptr : &section.commentary.back();
}

BriefingBook assembleBriefing(const KpiStore &store, const BriefingRequest &request)
{
    BriefingBook book;
    book.request = request;
    book.produced = QDateTime::currentDateTime();
    const CitySettings settings = store.citySettings();
    book.cityName = settings.cityName;
    book.fiscalYearStartMonth = settings.fiscalYearStartMonth;
    book.title = request.title.trimmed().isEmpty() ? BriefingText::tr("Performance briefing") : request.title.trimmed();

    const Structure full = store.structure();
    const Structure inScope = request.measureCodes.isEmpty() ? full : onlyMeasures(full, request.measureCodes);
    book.cut = restrictTo(inScope, request.edition);
    book.scopeName = scopeName(full, request);

    const Period period = resolvePeriod(store, request.periodText, settings.fiscalYearStartMonth);
    book.dataAsOf = dataAsOf(store, book.cut.structure);
    const Scope scope = request.measureCodes.isEmpty() ? request.scope : Scope{};
    book.card = loadScorecard(store, period, scope, book.cut.structure, book.dataAsOf);
    const bool anyFigure = std::any_of(book.card.rows.begin(), book.card.rows.end(), [](const ScorecardRow &row) {
        return row.level == Level::Measure && row.actual.has_value();
    });
    if (!anyFigure)
        throw StoreError(StoreError::Kind::InvalidData,
                         BriefingText::tr("No measure of this briefing has figures for %1 (the latest are for %2). "
                                          "Choose another period, or import its figures first.")
                             .arg(period.text(), book.dataAsOf ? Period::monthContaining(*book.dataAsOf).text()
                                                               : BriefingText::tr("no period")));
    book.periodLabel = periodLabel(book.card);
    book.hiddenInScope = book.card.rows.empty()
        ? 0
        : (scope.kind == Scope::Kind::Citywide ? book.cut.hiddenTotal
                                               : book.cut.hiddenIn(toText(book.card.rows.front().level),
                                                                   book.card.rows.front().id));
    book.scoredToDate = scoredToDateNote(book.card);
    book.latestImport = describeLatestImport(store);

    const ScoringSettings scoring{settings.defaultTolerance, settings.scoreCap, settings.atRiskThreshold};
    for (const ScorecardRow &row : book.card.rows) {
        if (row.level != Level::Measure)
            continue;
        const Measure *measure = book.cut.structure.measureByCode(row.code);
        if (!measure)
            continue;
        book.sections.push_back(sectionFor(store, book, *measure, row, scoring));
        if (measure->classification == Classification::Confidential
            || measure->classification == Classification::Restricted)
            ++book.classifiedShown;
    }
    return book;
}

BriefingBook assembleConsistentBriefing(const KpiStore &store, const BriefingRequest &request)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        const qint64 before = store.changeCounter();
        const qint64 beforeId = store.latestChangeId();
        BriefingBook book = assembleBriefing(store, request);
        if (store.changeCounter() == before && store.latestChangeId() == beforeId)
            return book;
    }
    throw StoreError(StoreError::Kind::Busy,
                     BriefingText::tr("%1 kept changing while the briefing was being gathered (someone is importing "
                                      "or editing). Try again when they have finished.")
                         .arg(store.location()));
}

} // namespace civicstat
