// A mapping file (JSON) as the import reads it, then applied to a small sheet
// whose columns are those the example mappings name, so that a mapping that
// parses also plans an import. Lookup tables named "lookup.csv" are found
// beside the mapping.
#include "fuzzsupport.h"

#include "csvfile.h"
#include "mappedimport.h"

using namespace civicstat;

namespace {

const QByteArray sheetCsv =
    "Agency,Service,ID,Measure,Desired,Kind,FY 23 Actual,FY 23 Target,FY 24 Q1,Indicator,Month,Answered,Calls,Unit,"
    "Where,Dept,Div,Program,Freq,FY,OCT,QTR1,YEAR,TARGET,Geographic Unit,Geographic Identifier,Jan-24,Code\n"
    "Police,Patrol,P1,Response time,Decrease,count,\"1,200\",1000,N/A,Calls answered,Jul-23,90,100,North,Downtown,"
    "PD,4CUS,Patrol,Monthly,2024,12,30,40,50,Precinct,1,3.5,A\n"
    "Fire,Rescue,F2,Calls in 10 s,Increase,percent,64.98%,90%,(15),Calls answered,Aug-23,0,0,South,Uptown,"
    "FD,,,Quarterly,2024,No Data,0,0,60,Precinct,2,-,B\n"
    "Parks,Clean,K3,Clean parks,,percent,,,$1.5,Parks rated clean,2023-09-15,5,,North,Downtown,"
    "PR,ALL,Parks,Annually,2023,1,2,3,4,District,3,7,C\n";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const TabularFile sheet = readCsvBytes(sheetCsv, QStringLiteral("sheet.csv"));
    static const QString lookup
        = fuzz::writtenFile(QStringLiteral("lookup.csv"), "Code,Name,Goal\nA,Alpha,G1\nB,Beta,G2\nC,Gamma,G1\n");
    static const QString mappingPath = fuzz::scratch().filePath(QStringLiteral("fuzz.mapping.json"));
    FUZZ_CHECK(!sheet.error && !lookup.isEmpty());

    QString error;
    const auto mapping = ImportMapping::fromJson(fuzz::bytesOf(data, size), mappingPath, &error);
    if (!mapping) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    CitySettings settings;
    settings.fiscalYearStartMonth = 7;
    const MappedImportPlan plan
        = planMappedImport(sheet, QStringLiteral("sheet.csv"), *mapping, Structure(), settings, DuplicatePolicy::Replace);
    for (const ImportProblem &problem : plan.problems)
        FUZZ_CHECK(!problem.reason.isEmpty());
    if (plan.ok()) {
        for (const Observation &observation : plan.batch.observations)
            FUZZ_CHECK(observation.period.isValid() && !observation.measureCode.isEmpty());
    }
    return 0;
}
