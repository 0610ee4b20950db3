// Writes an ImportBatch into a PostgreSQL KPI database inside the caller's
// transaction, with the SQLite writer's rules (sqliteimportwriter.h):
// structure matched by code, then observations. The observations stream in
// with COPY into a temporary table and are merged from there in a few
// statements, which apply the duplicate policy and keep what a replacing
// import overwrites, for undo.
#pragma once

#include "kpistore.h"

#include <QHash>

namespace civicstat {

namespace pg {
class Connection;
class CopyIn;
}

class PgImportWriter final
{
public:
    explicit PgImportWriter(pg::Connection &db);
    ImportSummary write(const ImportBatch &batch, const ObservationFeed &more);

private:
    Id idOf(const char *table, const QString &code);
    Id requireId(const char *table, QHash<QString, Id> &cache, const QString &code);
    Id memberId(const QString &dimensionCode, const QString &memberCode);
    Id upsertDimension(const QString &code, const QString &name);
    void writeStructure(const ImportBatch &batch);
    void writeExtras(const ImportBatch &batch, qint64 importId);
    void writeCommentary(const std::vector<NewCommentary> &commentary, qint64 importId);
    void loadCodes();
    qint64 stageObservations(const ImportBatch &batch, const ObservationFeed &more);
    void mergeObservations(const ImportBatch &batch, qint64 importId, qint64 staged, ImportSummary &summary);
    struct PeriodTexts {
        QByteArray text;
        QByteArray lastDay;
        QByteArray granularity;
    };
    const PeriodTexts &textsOf(const Period &period);

    pg::Connection &m_db;
    pg::CopyIn *m_copy = nullptr; // while observations stream in: paused before any other statement
    QHash<QString, Id> m_departments;
    QHash<QString, Id> m_goals;
    QHash<QString, Id> m_objectives;
    QHash<QString, Id> m_measures;
    QHash<QString, Id> m_dimensions;
    QHash<QString, Id> m_members; // "dimension\x1fmember"
    QHash<quint64, PeriodTexts> m_periodTexts; // by first day and kind
    int m_structureRows = 0;
};

} // namespace civicstat
