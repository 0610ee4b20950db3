// Writes an ImportBatch into an open SQLite KPI database, inside the caller's
// transaction: structure matched by code (created or updated), then
// observations (replacing the same measure, member and period). It validates
// nothing a parser should have; it only resolves codes to ids.
#pragma once

#include "kpistore.h"

#include <QHash>

namespace civicstat {

namespace sqlite {
class Connection;
}

class SqliteImportWriter final
{
public:
    explicit SqliteImportWriter(sqlite::Connection &db);
    ImportSummary write(const ImportBatch &batch, const ObservationFeed &more);

private:
    Id idOf(const char *table, const QString &code);
    Id requireId(const char *table, QHash<QString, Id> &cache, const QString &code);
    Id memberId(const QString &dimensionCode, const QString &memberCode);
    Id upsertDimension(const QString &code, const QString &name);
    void writeStructure(const ImportBatch &batch);
    void writeExtras(const ImportBatch &batch, qint64 importId);
    void writeCommentary(const std::vector<NewCommentary> &commentary, qint64 importId);
    struct PeriodTexts {
        QByteArray text;
        QByteArray lastDay;
    };
    const PeriodTexts &textsOf(const Period &period);
    bool hasFigures(Id measureId);

    sqlite::Connection &m_db;
    QHash<QString, Id> m_departments;
    QHash<QString, Id> m_goals;
    QHash<QString, Id> m_objectives;
    QHash<QString, Id> m_measures;
    QHash<QString, Id> m_dimensions;
    QHash<QString, Id> m_members; // "dimension\x1fmember"
    QHash<quint64, PeriodTexts> m_periodTexts; // by first day and kind
    QHash<Id, bool> m_measureHasFigures;         // before this import
    int m_structureRows = 0;
};

} // namespace civicstat
