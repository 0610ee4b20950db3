// Any file opened as a KPI database, then loaded as the desktop loads a city:
// settings, the default period, the snapshot with its scorecards, and a
// measure's history, breakdown and commentary. A file that is not a sound
// CivicStat database must give a StoreError with a message, never a crash.
#include "fuzzsupport.h"

#include "citysnapshot.h"
#include "storeerror.h"
#include "storefactory.h"

#include <QDir>

using namespace civicstat;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A journal or WAL left by the last run would be replayed into this one.
    QDir scratch(fuzz::scratch().path());
    for (const QString &leftover : scratch.entryList({ QStringLiteral("fuzz.db*") }, QDir::Files))
        scratch.remove(leftover);
    const QString path = fuzz::writtenFile(QStringLiteral("fuzz.db"), fuzz::bytesOf(data, size));
    try {
        const auto store = openStore(path);
        const CitySettings settings = store->citySettings();
        const Period period = defaultPeriod(*store, settings.fiscalYearStartMonth);
        const auto snapshot = CitySnapshot::load(*store, period);
        FUZZ_CHECK(snapshot && snapshot->period() == period);
        store->lastUpdates();
        store->importToUndo();
        const auto &measures = snapshot->structure().measures;
        for (std::size_t i = 0; i < measures.size() && i < 3; ++i) {
            store->historyOf(measures[i].id);
            store->figuresByMember(measures[i].id, period);
            store->commentaryOf(measures[i].id);
            snapshot->trendOf(Level::Measure, measures[i].code);
        }
    } catch (const StoreError &error) {
        FUZZ_CHECK(!error.message().isEmpty());
    }
    return 0;
}
