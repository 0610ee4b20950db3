#include "sqlitedatabasecheck.h"

#include "schema.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace civicstat::sqlitecheck {

QStringList integrityFindings(sqlite::Connection &db)
{
    QStringList findings;
    try {
        sqlite::Statement check(db, "PRAGMA integrity_check");
        while (check.step()) {
            const QString line = check.text(0);
            if (line != QLatin1String("ok"))
                findings << line.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
    } catch (const StoreError &error) {
        // Damage that stops the check itself (a broken header or schema page) is
        // its finding; anything else (locked, unreadable) is not about the file's contents.
        if (error.kind() != StoreError::Kind::Corrupt && error.kind() != StoreError::Kind::NotCivicStat)
            throw;
        findings << QCoreApplication::translate("DatabaseCheck", "SQLite cannot run the check: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(db.handle())));
    }
    return findings;
}

void countAndDigest(sqlite::Connection &db, DatabaseCheck &check)
{
    {
        sqlite::Statement counts(db, "SELECT (SELECT count(*) FROM measures), (SELECT count(*) FROM observations), "
                                     "(SELECT count(*) FROM imports)");
        counts.step();
        check.measures = counts.int64(0);
        check.observations = counts.int64(1);
        check.imports = counts.int64(2);
    }
    if (schema::versionOf(db) >= 2) { // imports were first undone in format 2
        sqlite::Statement undone(db, "SELECT count(*) FROM imports WHERE undone_at IS NOT NULL");
        undone.step();
        check.undoneImports = undone.int64(0);
    }
    // Ordered by codes (byte order), the unique key of a figure, so that the
    // order, and so the digest, does not depend on row ids.
    sqlite::Statement figures(db, "SELECT m.code, ifnull(d.code, ''), ifnull(dm.code, ''), o.period, o.value, "
                                  "o.numerator, o.denominator, o.provisional, o.estimated, ifnull(o.note, '') "
                                  "FROM observations o JOIN measures m ON m.id = o.measure_id "
                                  "LEFT JOIN dimension_members dm ON dm.id = o.member_id "
                                  "LEFT JOIN dimensions d ON d.id = dm.dimension_id "
                                  "ORDER BY m.code, d.code, dm.code, o.period");
    FiguresDigest digest;
    DigestedFigure figure;
    while (figures.step()) {
        figure.measureCode = figures.text(0);
        figure.dimensionCode = figures.text(1);
        figure.memberCode = figures.text(2);
        figure.period = figures.text(3);
        figure.value = figures.real(4);
        figure.numerator = figures.optionalReal(5);
        figure.denominator = figures.optionalReal(6);
        figure.provisional = figures.int64(7) != 0;
        figure.estimated = figures.int64(8) != 0;
        figure.note = figures.text(9);
        digest.add(figure);
    }
    check.figuresDigest = digest.hex();
}

} // namespace civicstat::sqlitecheck
