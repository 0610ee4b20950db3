// `civicstat check` on a PostgreSQL database: the server keeps its own files
// sound, so the check is that the database opens as CivicStat's, its counts,
// and the digest of its figures in the SQLite check's exact order, so that a
// file and a server database holding the same figures give the same digest.
#include "pg.h"
#include "pgkpistore.h"

namespace civicstat {

DatabaseCheck PgKpiStore::check(const PgKpiStore &store)
{
    pg::Connection &db = store.connection();
    DatabaseCheck result;
    result.path = store.location();
    result.onServer = true;
    pg::Transaction snapshot(db);
    db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const pg::Result counts = db.query("SELECT (SELECT count(*) FROM measures), (SELECT count(*) FROM observations), "
                                       "(SELECT count(*) FROM imports), "
                                       "(SELECT count(*) FROM imports WHERE undone_at IS NOT NULL)");
    result.measures = counts.int64(0, 0);
    result.observations = counts.int64(0, 1);
    result.imports = counts.int64(0, 2);
    result.undoneImports = counts.int64(0, 3);
    // SQLite sorts a missing code (NULL) first; '' sorts first among byte-ordered codes.
    const pg::Result figures = db.query(
        "SELECT m.code, coalesce(d.code, ''), coalesce(dm.code, ''), o.period, o.value, o.numerator, "
        "o.denominator, o.provisional, o.estimated, coalesce(o.note, '') FROM observations o "
        "JOIN measures m ON m.id = o.measure_id LEFT JOIN dimension_members dm ON dm.id = o.member_id "
        "LEFT JOIN dimensions d ON d.id = dm.dimension_id "
        "ORDER BY m.code, coalesce(d.code, ''), coalesce(dm.code, ''), o.period");
    snapshot.commit();
    FiguresDigest digest;
    DigestedFigure figure;
    for (int r = 0; r < figures.rows(); ++r) {
        figure.measureCode = figures.text(r, 0);
        figure.dimensionCode = figures.text(r, 1);
        figure.memberCode = figures.text(r, 2);
        figure.period = figures.text(r, 3);
        figure.value = figures.real(r, 4);
        figure.numerator = figures.optionalReal(r, 5);
        figure.denominator = figures.optionalReal(r, 6);
        figure.provisional = figures.boolean(r, 7);
        figure.estimated = figures.boolean(r, 8);
        figure.note = figures.text(r, 9);
        digest.add(figure);
    }
    result.figuresDigest = digest.hex();
    return result;
}

} // namespace civicstat
