// What `civicstat check` finds in a database: whether SQLite's integrity check
// passes, how much it holds, and a digest of its figures, so that two copies
// (or one before and after a crash) can be compared by a line of text.
// The store fills it in (checkStore, storefactory.h); nothing here reads a file.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace civicstat {

struct DatabaseCheck {
    QString path;
    QStringList damage; // SQLite's findings, one per line; empty when the database is sound
    bool onServer = false; // a PostgreSQL database: the server keeps its files sound, no SQLite check ran
    qint64 measures = 0;
    qint64 observations = 0;
    qint64 imports = 0;
    qint64 undoneImports = 0;
    QByteArray figuresDigest; // lowercase hex SHA-256 (FiguresDigest)

    bool isSound() const { return damage.isEmpty(); }
};

// One observation as the digest sees it: codes rather than row ids, so that two
// databases that hold the same figures agree however their rows were numbered.
struct DigestedFigure {
    QString measureCode;
    QString dimensionCode; // both empty: the total
    QString memberCode;
    QString period;
    double value = 0.0;
    std::optional<double> numerator;
    std::optional<double> denominator;
    bool provisional = false;
    bool estimated = false;
    QString note;
};

// SHA-256 over the figures, fed in the order of measure code, dimension code,
// member code and period (docs/cli.md gives the exact bytes, for other tools).
// Which import wrote a figure is left out: undoing an import brings the digest back.
class FiguresDigest final
{
public:
    FiguresDigest();
    void add(const DigestedFigure &figure);
    QByteArray hex() const;

    // One figure's line of the digested text (tab-separated, ending in a newline).
    static QByteArray line(const DigestedFigure &figure);

private:
    QCryptographicHash m_hash;
};

// The report for people: the verdict first, then the counts and the digest, or
// SQLite's findings and what to do about them.
QString databaseCheckReport(const DatabaseCheck &check);

} // namespace civicstat
