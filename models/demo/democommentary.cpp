// Invented commentary for the fictional demo city: every name and event here is made up.
#include "democommentary.h"

#include "kpistore.h"
#include "scorecard.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace civicstat::demo {

namespace {

struct DemoCommentaryText { Q_DECLARE_TR_FUNCTIONS(DemoCommentary) };

struct Explanation {
    const char *measureCode;
    const char *text;
};

// Written for the measures that the default history (seed 2026) leaves off
// track in their latest period: September 2026 for monthly measures, the first
// quarter of FY2027 for quarterly ones, FY2026 for annual ones. tst_democity
// checks that each of them has one.
const Explanation explanations[] = {
    // Monthly, September 2026
    {"PD-05", "Response times rose again: night-shift patrol staffing was below minimum on 19 days. Two academy "
              "classes graduate in November; until then commanders are moving officers from special units to cover "
              "priority 1 calls."},
    {"DSD-07", "Still well over the 21-day target, though quicker than in August: three plan reviewers left over the "
               "summer and large mixed-use projects take longest. Two contract reviewers started in September and "
               "the queue is being worked oldest first."},
    {"LIB-04", "Fewer hotspots went out because 150 devices were recalled for a carrier firmware fault. Replacements "
               "arrive in October and go first to the people on the waiting list."},
    {"DOT-01", "Serious crashes rose, most of them at night on the Harbour Point and Westwood arterials. Speed "
               "cameras and longer pedestrian crossing times go live on both corridors in November; the Vision Zero "
               "team reviews every serious crash with the police within two weeks."},
    {"DOT-06", "Below target, though recovering from August, when a shortage of LED fixtures left repairs waiting "
               "for parts. The supplier's backorder is cleared and the contractor has added a second night crew to "
               "work through the open outages."},
    {"DOT-08", "The ramp crew was moved to emergency sidewalk repairs after the August storms, so fewer ramps were "
               "finished. The crew returns to the ramp program in October and the year's plan has been re-phased to "
               "catch up by spring."},
    {"PH-07", "A late-September heat wave sent more residents to emergency departments than the target allows, "
              "most of them older people living alone. Cooling centres stayed open into the evening and outreach "
              "staff called the registered vulnerable residents; the heat plan is reviewed before next summer."},
    {"PW-09", "Diversion remains far short of target: contaminated recycling carts keep rejected loads high, and "
              "food-waste collection reaches only three neighbourhoods. Crews start tagging contaminated carts "
              "citywide in October."},
    {"CSC-03", "Callers waited longer than the target: storm-related calls raised volume while six agent positions "
               "are vacant. Four new agents finish training in October; until then callers are offered a callback "
               "after 45 seconds."},
    // Quarterly, FY2027-Q1
    {"FD-05", "Fewer high-risk buildings were inspected than planned because inspectors were sent to the "
              "wildfire-season brush clearance checks. The inspections missed are scheduled first in the second "
              "quarter, hospitals and care homes before the rest."},
    {"HCD-02", "Grant awards fell short because two rounds were delayed while the new online application portal was "
               "tested. Both rounds open in October, and the unspent funds carry forward within the fiscal year."},
    {"HCD-04", "More shopfronts stand empty than the target allows, mostly on the Old Town and Northgate corridors "
               "after two chain stores closed. The storefront grant now covers fit-out costs for new "
               "tenants on those streets."},
    {"FIN-01", "Local and small businesses won a smaller share of contract spending this quarter, because two large "
               "road contracts went to regional firms with no local bidder. Procurement is splitting the next "
               "resurfacing package into smaller lots that local firms can bid on."},
    {"PRD-03", "Youth enrolment is behind target: the autumn programs at two recreation centres could not open "
               "while their gyms were repaired. Both reopen in November and families on the waiting list are being "
               "offered places first."},
    {"PRD-04", "Planting fell behind because the dry summer made watering new street trees too costly; planting "
               "resumes in the cooler months and the year's target is still within reach if the autumn season "
               "runs to plan."},
    {"HCD-07", "The rental vacancy rate stays below the healthy range of 5 to 8%: renters have too little choice "
               "and rents keep rising. The 300 affordable homes due to open in the spring will ease the squeeze "
               "only slowly."},
    {"HR-08", "Workers' compensation claims rose, driven by back and shoulder injuries among sanitation crews. "
              "Risk management is piloting lift-assist carts on two routes and reviewing each claim with the crew "
              "supervisors."},
    // Annual, FY2026
    {"PD-06", "Trust in the police fell in the year's resident survey, most among residents aged 18 to 34 and in "
              "the neighbourhoods that saw the most stops. The department is publishing stop data monthly and "
              "holding listening sessions in each district this autumn."},
    {"FD-08", "Five people died in house fires this year, more than the target of four; three of the homes had no "
              "working smoke alarm. Crews are fitting free alarms door to door on the blocks around each fatal "
              "fire."},
    {"PW-03", "Fewer lane-miles were resurfaced than planned because asphalt prices rose by a fifth and the budget "
              "bought less road. The council will be asked to decide between extra funding and a smaller "
              "program in the spring budget."},
    {"PH-03", "Fewer mothers than the target received care early in pregnancy, with the gap widest among uninsured "
              "mothers. The health department is adding evening clinic hours and a hotline that books a first "
              "appointment within a week."},
    {"HCD-10", "The point-in-time count found more people homeless than the target, as evictions rose with rents. "
               "Emergency rent help has been widened and 120 new supportive housing places open next year."},
    {"HR-04", "Fewer summer workers were offered a job afterwards than the target of 300: several large host "
              "employers froze hiring. The program is recruiting new hosts in health care and the building "
              "trades for next summer."},
};

// Routine notes, each fitting only the status it is listed under.
const char *const onTrackNotes[] = {
    "Seasonal pattern as expected. No action needed beyond the initiatives already under way.",
    "The new scheduling process is paying off: the figure meets its target this month.",
    "Figures include a one-off backlog cleared this month, which flatters the result.",
};
const char *const atRiskNotes[] = {
    "Staffing vacancies slowed the work this month; two new hires finish training next month.",
    "Overtime restrictions limited weekend coverage; we are reviewing the rota with the union.",
    "A spike in demand after the storm held the figure back. We expect it to recover within the quarter.",
};
const char *const offTrackNotes[] = {
    "The figure is worse than its target by more than the tolerance. The department has submitted a recovery "
    "plan to the city manager.",
    "Outside the tolerance this month. The department head is reviewing the causes with the team and will "
    "report to the city manager.",
};
const char *const noDataNotes[] = {
    "No figure yet for this month: the source system migration delayed the extract.",
};
const char *const noTargetNotes[] = {
    "Monitoring only: this measure has no target. The figure moved within its usual seasonal range.",
};

template<std::size_t N>
QString pickFrom(const char *const (&notes)[N], int pick)
{
    return QString::fromUtf8(notes[std::size_t(pick) % N]);
}

QString routineNote(Status status, int pick)
{
    switch (status) {
    case Status::OnTrack:
        return pickFrom(onTrackNotes, pick);
    case Status::AtRisk:
        return pickFrom(atRiskNotes, pick);
    case Status::OffTrack:
        return pickFrom(offTrackNotes, pick);
    case Status::NoData:
        return pickFrom(noDataNotes, pick);
    case Status::NoTarget:
        return pickFrom(noTargetNotes, pick);
    }
    return {};
}

// For an off-track measure that no explanation was written for (another seed,
// the large city): its own figures, and what happens next.
QString factualNote(const ScorecardRow &row, const Period &period)
{
    const QLocale locale;
    const auto number = [&](double v) { return locale.toString(v, 'f', row.decimals); };
    const QString unit = row.unit == QLatin1String("%")       ? QStringLiteral("%")
                         : row.unit == QLatin1String("count") ? QString()
                                                              : QLatin1Char(' ') + row.unit;
    const QString target = row.direction == Direction::Band
        ? DemoCommentaryText::tr("a target range of %1 to %2%3")
              .arg(number(row.target->bandLow), number(row.target->bandHigh), unit)
        : DemoCommentaryText::tr("a target of %1%2").arg(number(row.target->value), unit);
    return DemoCommentaryText::tr(
        "%1 came to %2%3 in %4 against %5, outside the tolerance. The department is reviewing the causes "
        "and will bring a recovery plan to the next performance meeting.")
        .arg(row.name, number(*row.actual), unit, period.text(), target);
}

QHash<QString, const ScorecardRow *> measureRows(const Scorecard &card)
{
    QHash<QString, const ScorecardRow *> rows;
    for (const ScorecardRow &row : card.rows) {
        if (row.level == Level::Measure)
            rows.insert(row.code, &row);
    }
    return rows;
}

} // namespace

const char *offTrackExplanation(const QString &code)
{
    for (const Explanation &e : explanations) {
        if (code == QLatin1String(e.measureCode))
            return e.text;
    }
    return nullptr;
}

namespace {

// The latest complete period of each frequency a measure can report in.
std::vector<std::pair<Frequency, Period>> latestPeriods(QDate lastMonth, int fiscalStart)
{
    const Period month = Period::monthContaining(lastMonth);
    const int fiscalYear = Period::fiscalYearContaining(lastMonth, fiscalStart);
    Period quarter = Period::fiscalQuarter(fiscalYear, (lastMonth.month() - fiscalStart + 12) % 12 / 3 + 1, fiscalStart);
    Period year = Period::fiscalYear(fiscalYear, fiscalStart);
    if (quarter.last() > month.last())
        quarter = quarter.previous();
    if (year.last() > month.last())
        year = year.previous();
    return {{Frequency::Monthly, month}, {Frequency::Quarterly, quarter}, {Frequency::Annual, year}};
}

} // namespace

void writeDemoCommentary(KpiStore &store, QDate lastMonth, const std::vector<PlannedNote> &planned,
                         bool withExplanations)
{
    const Structure structure = store.structure();
    const auto add = [&](const ScorecardRow &row, const Period &period, int daysLater, const QString &body) {
        const Measure *measure = structure.measureByCode(row.code);
        store.addCommentary({0, row.id, period.text(), measure ? measure->steward : QString(),
                             QDateTime(period.last().addDays(daysLater), QTime(9, 30), Qt::UTC), body});
    };
    QSet<QString> explained;
    for (const auto &[frequency, period] : latestPeriods(lastMonth, store.citySettings().fiscalYearStartMonth)) {
        const Scorecard card = loadScorecard(store, period.text(), Scope{});
        for (const ScorecardRow &row : card.rows) {
            const Measure *measure = structure.measureByCode(row.code);
            if (row.level != Level::Measure || row.status != Status::OffTrack || measure->frequency != frequency)
                continue;
            const char *written = withExplanations ? offTrackExplanation(row.code) : nullptr;
            add(row, period, 6, written ? QString::fromUtf8(written) : factualNote(row, period));
            explained.insert(row.code);
        }
    }
    // Routine notes go on monthly measures only: in a month, a quarterly or
    // annual measure has no figure to comment on.
    for (int back = 0; back < 3; ++back) {
        const Scorecard card = loadScorecard(store, Period::monthContaining(lastMonth.addMonths(-back)).text(), Scope{});
        const QHash<QString, const ScorecardRow *> rows = measureRows(card);
        for (const PlannedNote &note : planned) {
            const ScorecardRow *row = note.monthsBack == back ? rows.value(note.measureCode) : nullptr;
            const Measure *measure = structure.measureByCode(note.measureCode);
            if (!row || measure->frequency != Frequency::Monthly || (back == 0 && explained.contains(row->code)))
                continue;
            add(*row, card.period, 6 + back, routineNote(row->status, note.pick));
        }
    }
}

} // namespace civicstat::demo
