// Reads the two canonical CSV formats of docs/import-formats.md (a structure
// file, one row per measure; an observations file, one row per figure) and
// turns them into an ImportBatch, or into a list of problems that each name the
// line, column, raw value and reason. It never writes: the caller applies a
// plan without problems through KpiStore::applyImport, all or nothing.
#pragma once

#include "citysettings.h"
#include "kpistore.h"

#include <QByteArray>
#include <vector>

namespace civicstat {

struct ImportProblem {
    ImportProblem() = default;
    ImportProblem(int line, QString column, QString value, QString reason, QString sheet = QString())
        : line(line), column(std::move(column)), value(std::move(value)), reason(std::move(reason)), sheet(std::move(sheet))
    {
    }

    int line = 0;   // 0: the file as a whole; for spreadsheets, the row number
    QString column; // empty: the row as a whole
    QString value;
    QString reason;
    QString sheet; // spreadsheets only
    QString describe(const QString &fileName) const; // "file.csv:12: column "x", value "N/A": reason"
};

struct ImportPlan {
    enum class Kind { Unknown, Structure, Observations };
    Kind kind = Kind::Unknown;
    ImportBatch batch;
    std::vector<ImportProblem> problems; // any of these, and nothing is written
    std::vector<ImportProblem> refused;  // values left out by the mapping's choice, reported
    int rowsRead = 0;
    bool ok() const { return problems.empty() && kind != Kind::Unknown; }
};

// The import log's fingerprint of a file: SHA-256 in lower-case hex.
QString sha256Hex(const QByteArray &contents);

// `existing` is what the database holds now (empty for a new database): a
// structure file updates it, an observations file must name its measures.
ImportPlan planCanonicalImport(const QString &fileName, const QByteArray &contents, const Structure &existing,
                               const CitySettings &settings);

} // namespace civicstat
