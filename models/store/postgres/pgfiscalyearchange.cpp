// What moves when a city's fiscal-year start month changes, on PostgreSQL:
// the same rules as the SQLite store's (fiscalyearchange.h), whose
// movedTargetStart() decides each target's new start.
#include "fiscalyearchange.h"
#include "pg.h"
#include "pgkpistore.h"

#include <QCoreApplication>
#include <QLocale>
#include <vector>

namespace civicstat {

namespace {

struct StorageText { Q_DECLARE_TR_FUNCTIONS(Storage) };

// Fiscal period texts name their period whatever the start, so each one is
// parsed again under the new start; other periods never match 'FY%'.
void moveFiscalPeriodEnds(pg::Connection &db, const char *table, int newStartMonth)
{
    const QByteArray select = QByteArray("SELECT DISTINCT period FROM ") + table + " WHERE period LIKE 'FY%'";
    const QByteArray update = QByteArray("UPDATE ") + table + " SET period_end = $1 WHERE period = $2";
    const pg::Result fiscal = db.query(select.constData());
    for (int r = 0; r < fiscal.rows(); ++r) {
        const QString text = fiscal.text(r, 0);
        if (const auto period = Period::parse(text, newStartMonth))
            db.query(update.constData(), pg::Params().add(period->last().toString(Qt::ISODate)).add(text));
    }
}

void moveTargetStarts(pg::Connection &db, int oldStartMonth, int newStartMonth)
{
    const pg::Result candidates = db.query(
        "SELECT t.id, t.measure_id, m.code, t.effective_from FROM targets t JOIN measures m ON m.id = t.measure_id "
        "WHERE extract(month FROM t.effective_from) = $1 AND extract(day FROM t.effective_from) = 1",
        pg::Params().add(oldStartMonth));
    for (int r = 0; r < candidates.rows(); ++r) {
        const QDate from = QDate::fromString(candidates.text(r, 3), Qt::ISODate);
        const auto to = movedTargetStart(from, oldStartMonth, newStartMonth);
        if (!to)
            continue;
        const QString toText = to->toString(Qt::ISODate);
        const bool clash = db.query("SELECT 1 FROM targets WHERE measure_id = $1 AND effective_from = $2",
                                    pg::Params().add(candidates.int64(r, 1)).add(toText))
                               .rows()
            > 0;
        if (clash)
            throw StoreError(StoreError::Kind::InvalidData,
                StorageText::tr("The fiscal year cannot start in %1 in \"%2\": measure %3 has a target from %4, the "
                                "start of FY%5, which would move to %6, where FY%5 then starts, but the measure "
                                "already has another target from that day. Nothing was changed. Import the "
                                "measure's targets again without one of the two, then change the setting.")
                    .arg(QLocale::c().standaloneMonthName(newStartMonth), db.displayName(), candidates.text(r, 2),
                         from.toString(Qt::ISODate),
                         QString::number(Period::fiscalYearContaining(from, oldStartMonth)), toText));
        db.query("UPDATE targets SET effective_from = $1 WHERE id = $2",
                 pg::Params().add(toText).add(candidates.int64(r, 0)));
    }
}

} // namespace

void writeCitySettings(pg::Connection &db, const CitySettings &settings)
{
    const pg::Result current = db.query("SELECT fiscal_year_start_month FROM city_settings WHERE id = 1");
    const int oldStartMonth = current.rows() ? current.int32(0, 0) : settings.fiscalYearStartMonth;
    db.query("UPDATE city_settings SET city_name = $1, fiscal_year_start_month = $2, default_tolerance = $3, "
             "score_cap = $4, at_risk_threshold = $5 WHERE id = 1",
             pg::Params()
                 .add(settings.cityName)
                 .add(settings.fiscalYearStartMonth)
                 .add(settings.defaultTolerance)
                 .add(settings.scoreCap)
                 .add(settings.atRiskThreshold));
    if (oldStartMonth == settings.fiscalYearStartMonth)
        return;
    moveFiscalPeriodEnds(db, "observations", settings.fiscalYearStartMonth);
    moveFiscalPeriodEnds(db, "replaced_observations", settings.fiscalYearStartMonth);
    moveTargetStarts(db, oldStartMonth, settings.fiscalYearStartMonth);
}

} // namespace civicstat
