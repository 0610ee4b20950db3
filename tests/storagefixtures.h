// What the SQLite store tests share: files to open, counts to check, a small city to import.
#pragma once

#include "citysettings.h"
#include "kpistore.h"
#include "period.h"
#include "schema.h"
#include "sqlite.h"
#include "sqlitekpistore.h"
#include "storeerror.h"
#include "storeerrorfrom.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

using namespace civicstat;

namespace civicstat::test {

using Mode = StoreOpenMode;

inline QString kindName(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::Missing: return QStringLiteral("Missing");
    case StoreError::Kind::NotCivicStat: return QStringLiteral("NotCivicStat");
    case StoreError::Kind::Corrupt: return QStringLiteral("Corrupt");
    case StoreError::Kind::NewerVersion: return QStringLiteral("NewerVersion");
    case StoreError::Kind::ReadOnly: return QStringLiteral("ReadOnly");
    case StoreError::Kind::Busy: return QStringLiteral("Busy");
    case StoreError::Kind::Io: return QStringLiteral("Io");
    case StoreError::Kind::InvalidData: return QStringLiteral("InvalidData");
    case StoreError::Kind::Cancelled: return QStringLiteral("Cancelled");
    case StoreError::Kind::PassphraseNeeded: return QStringLiteral("PassphraseNeeded");
    case StoreError::Kind::PassphraseRejected: return QStringLiteral("PassphraseRejected");
    case StoreError::Kind::PasswordNeeded: return QStringLiteral("PasswordNeeded");
    case StoreError::Kind::PasswordRejected: return QStringLiteral("PasswordRejected");
    }
    return QStringLiteral("?");
}

inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

inline qint64 countRows(sqlite::Connection &db, const char *sql)
{
    sqlite::Statement query(db, sql);
    return query.step() ? query.int64(0) : -1;
}

inline bool columnExists(sqlite::Connection &db, const QString &table, const QString &column)
{
    sqlite::Statement query(db, "SELECT 1 FROM pragma_table_info(?) WHERE name = ?");
    query.bind(1, table).bind(2, column);
    return query.step();
}

// Creates a valid, empty CivicStat database at `path` and closes it.
inline void createDatabase(const QString &path)
{
    SqliteKpiStore::open(path, Mode::CreateIfMissing);
}

// One department, goal, objective and measure ("FD-RESP"), no observations.
inline ImportBatch structureBatch()
{
    ImportBatch batch;
    Department department;
    department.code = QStringLiteral("FD");
    department.name = QStringLiteral("Fire Department");
    batch.departments.push_back(department);
    Goal goal;
    goal.code = QStringLiteral("G1");
    goal.name = QStringLiteral("Safe City");
    goal.sortOrder = 1;
    batch.goals.push_back(goal);
    Objective objective;
    objective.code = QStringLiteral("G1.1");
    objective.name = QStringLiteral("Fast response");
    batch.objectives.push_back({objective, {QStringLiteral("G1"), QStringLiteral("FD")}});
    Measure measure;
    measure.code = QStringLiteral("FD-RESP");
    measure.name = QStringLiteral("Response within 8 minutes");
    measure.unit = QStringLiteral("%");
    measure.direction = Direction::Higher;
    measure.aggregation = Aggregation::Mean;
    batch.measures.push_back({measure, {QStringLiteral("G1.1"), QStringLiteral("FD")}});
    batch.log.kind = QStringLiteral("structure");
    batch.log.fileName = QStringLiteral("test.csv");
    return batch;
}

inline Observation observation(const QString &measureCode, const Period &period, double value)
{
    Observation o;
    o.measureCode = measureCode;
    o.period = period;
    o.value = value;
    return o;
}

} // namespace civicstat::test
