// The canonical import's planning (a structure or an observations CSV file
// of CivicStat's own format) against a small existing city, as `civicstat
// import` and the import wizard plan a file without a mapping.
#include "fuzzsupport.h"

#include "canonicalimport.h"

#include <cmath>

using namespace civicstat;

namespace {

// One goal, objective and department; a monthly measure in %, a quarterly count.
Structure existingCity()
{
    Structure city;
    city.departments.push_back({ 1, QStringLiteral("D1"), QStringLiteral("Police"), QString() });
    city.goals.push_back({ 1, QStringLiteral("G1"), QStringLiteral("Safe city"), QString(), QString(), 1, 1.0 });
    Objective objective;
    objective.id = 1;
    objective.code = QStringLiteral("O1");
    objective.name = QStringLiteral("Fast response");
    objective.goalId = 1;
    objective.departmentId = 1;
    city.objectives.push_back(objective);
    Measure percent;
    percent.id = 1;
    percent.code = QStringLiteral("M1");
    percent.name = QStringLiteral("Calls answered in 10 s");
    percent.objectiveId = 1;
    percent.departmentId = 1;
    percent.unit = QStringLiteral("%");
    percent.aggregation = Aggregation::Ratio;
    Measure count = percent;
    count.id = 2;
    count.code = QStringLiteral("M2");
    count.name = QStringLiteral("Patrols");
    count.unit = QStringLiteral("count");
    count.aggregation = Aggregation::Sum;
    count.frequency = Frequency::Quarterly;
    city.measures = { percent, count };
    city.index();
    return city;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Structure existing = existingCity();
    CitySettings settings;
    settings.fiscalYearStartMonth = 7;
    const ImportPlan plan = planCanonicalImport(QStringLiteral("fuzz.csv"), fuzz::bytesOf(data, size), existing, settings);
    for (const ImportProblem &problem : plan.problems) {
        FUZZ_CHECK(problem.line >= 0 && !problem.reason.isEmpty());
        FUZZ_CHECK(problem.describe(QStringLiteral("fuzz.csv")).startsWith(QLatin1String("fuzz.csv")));
    }
    if (!plan.ok())
        return 0;
    for (const Observation &observation : plan.batch.observations) {
        FUZZ_CHECK(existing.measureByCode(observation.measureCode) != nullptr);
        FUZZ_CHECK(observation.period.isValid() && std::isfinite(observation.value));
        FUZZ_CHECK(observation.dimensionCode.isEmpty() == observation.memberCode.isEmpty());
    }
    for (const auto &measure : plan.batch.measures)
        FUZZ_CHECK(!measure.first.code.isEmpty() && !measure.second.first.isEmpty());
    return 0;
}
