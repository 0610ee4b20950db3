#include "fiscalyearchange.h"

#include "period.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QLocale>
#include <vector>

namespace civicstat {

namespace {

struct StorageText { Q_DECLARE_TR_FUNCTIONS(Storage) };

const QDate fromTheBeginning(1900, 1, 1);

// Fiscal period texts name their period whatever the start, so each one is
// parsed again under the new start; other periods never match 'FY%'.
void moveFiscalPeriodEnds(sqlite::Connection &db, const char *table, int newStartMonth)
{
    const QByteArray select = QByteArray("SELECT DISTINCT period FROM ") + table + " WHERE period LIKE 'FY%'";
    const QByteArray update = QByteArray("UPDATE ") + table + " SET period_end = ? WHERE period = ?";
    sqlite::Statement fiscal(db, select.constData());
    sqlite::Statement move(db, update.constData());
    while (fiscal.step()) {
        const QString text = fiscal.text(0);
        if (const auto period = Period::parse(text, newStartMonth))
            move.bind(1, period->last().toString(Qt::ISODate)).bind(2, text).execute();
    }
}

void moveTargetStarts(sqlite::Connection &db, int oldStartMonth, int newStartMonth)
{
    struct Candidate {
        qint64 id;
        qint64 measureId;
        QString measureCode;
        QDate from;
    };
    std::vector<Candidate> candidates; // read whole before any moves: no scan over rows being changed
    {
        sqlite::Statement select(db, "SELECT t.id, t.measure_id, m.code, t.effective_from FROM targets t "
                                     "JOIN measures m ON m.id = t.measure_id WHERE t.effective_from LIKE ?");
        select.bind(1, QStringLiteral("____-%1-01").arg(oldStartMonth, 2, 10, QLatin1Char('0')));
        while (select.step())
            candidates.push_back({select.int64(0), select.int64(1), select.text(2),
                                  QDate::fromString(select.text(3), Qt::ISODate)});
    }
    sqlite::Statement taken(db, "SELECT 1 FROM targets WHERE measure_id = ? AND effective_from = ?");
    sqlite::Statement move(db, "UPDATE targets SET effective_from = ? WHERE id = ?");
    for (const Candidate &c : candidates) {
        const auto to = movedTargetStart(c.from, oldStartMonth, newStartMonth);
        if (!to)
            continue;
        const QString toText = to->toString(Qt::ISODate);
        // New starts all fall in the new month and old ones in the old month,
        // so a target already there is one that does not move: two targets
        // would claim the same day.
        taken.bind(1, c.measureId).bind(2, toText);
        const bool clash = taken.step();
        taken.reset();
        if (clash)
            throw StoreError(StoreError::Kind::InvalidData,
                StorageText::tr("The fiscal year cannot start in %1 in \"%2\": measure %3 has a target from %4, the "
                                "start of FY%5, which would move to %6, where FY%5 then starts, but the measure "
                                "already has another target from that day. Nothing was changed. Import the "
                                "measure's targets again without one of the two, then change the setting.")
                    .arg(QLocale::c().standaloneMonthName(newStartMonth), db.path(), c.measureCode,
                        c.from.toString(Qt::ISODate),
                         QString::number(Period::fiscalYearContaining(c.from, oldStartMonth)), toText));
        move.bind(1, toText).bind(2, c.id).execute();
    }
}

} // namespace

std::optional<QDate> movedTargetStart(QDate effectiveFrom, int oldStartMonth, int newStartMonth)
{
    if (!effectiveFrom.isValid() || effectiveFrom == fromTheBeginning || effectiveFrom.day() != 1
        || effectiveFrom.month() != oldStartMonth || oldStartMonth == newStartMonth)
        return std::nullopt;
    const int fiscalYear = Period::fiscalYearContaining(effectiveFrom, oldStartMonth);
    return Period::fiscalYear(fiscalYear, newStartMonth).first();
}

void writeCitySettings(sqlite::Connection &db, const CitySettings &settings)
{
    int oldStartMonth = settings.fiscalYearStartMonth;
    {
        sqlite::Statement current(db, "SELECT fiscal_year_start_month FROM city_settings WHERE id = 1");
        if (current.step())
            oldStartMonth = current.int32(0);
    }
    sqlite::Statement update(db, "UPDATE city_settings SET city_name = ?, fiscal_year_start_month = ?, "
                                 "default_tolerance = ?, score_cap = ?, at_risk_threshold = ? WHERE id = 1");
    update.bind(1, settings.cityName)
        .bind(2, settings.fiscalYearStartMonth)
        .bind(3, settings.defaultTolerance)
        .bind(4, settings.scoreCap)
        .bind(5, settings.atRiskThreshold)
        .execute();
    if (oldStartMonth == settings.fiscalYearStartMonth)
        return;
    moveFiscalPeriodEnds(db, "observations", settings.fiscalYearStartMonth);
    moveFiscalPeriodEnds(db, "replaced_observations", settings.fiscalYearStartMonth);
    moveTargetStarts(db, oldStartMonth, settings.fiscalYearStartMonth);
}

} // namespace civicstat
