// Shared pieces of the canonical CSV readers: a header-indexed row, strict
// number parsing (dot decimal, no grouping) and problem reporting. Internal to
// canonicalimport.cpp and structureimport.cpp.
#pragma once

#include "canonicalimport.h"
#include "csvreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace civicstat::importing {

// The translation context of the canonical import's messages, declared so that
// lupdate files them under "Import", the context the code asks for.
struct ImportText { Q_DECLARE_TR_FUNCTIONS(Import) };

// The header's column positions by name. Looked up several times per row, so
// by a scan over a few short names rather than by building a QString key.
class ColumnIndex final
{
public:
    void insert(const QString &name, int position);
    bool contains(const QString &name) const { return indexOf(name.toLatin1().constData()) >= 0; }
    int indexOf(const char *name) const; // -1 when the header lacks it
    // The header as read (trimmed, lower case): every record must have as many cells.
    void setHeader(const QStringList &names) { m_header = names; }
    const QStringList &header() const { return m_header; }
    QString nameAt(int position) const; // the header's name, or "cell N" beyond it

private:
    std::vector<std::pair<QByteArray, int>> m_positions;
    QStringList m_header;
};

class Row final
{
public:
    Row(const ColumnIndex &columns, const CsvRecord &record, std::vector<ImportProblem> &problems)
        : m_columns(columns), m_record(record), m_problems(problems)
    {
    }

    int line() const { return m_record.line; }
    // False (with a problem) when a quote is in the wrong place or the line
    // has more or fewer cells than the header.
    bool matchesHeader();
    QString text(const char *column) const;
    bool has(const char *column) const { return !text(column).isEmpty(); }
    // Adds a problem when the cell is empty.
    QString required(const char *column);
    // Empty cell: nullopt without a problem; anything but a plain number: a problem.
    std::optional<double> number(const char *column);
    void problem(const char *column, const QString &reason);
    int problemCount() const { return int(m_problems.size()); }

private:
    const ColumnIndex &m_columns;
    const CsvRecord &m_record;
    std::vector<ImportProblem> &m_problems;
};

std::optional<double> parsePlainNumber(const QString &text);
bool isBlank(const CsvRecord &record);
// Each quote in the wrong place (csvreader.h) as a problem, with the column it is in.
void reportQuoteProblems(const CsvRecord &record, const ColumnIndex &columns, std::vector<ImportProblem> &problems);

void planStructure(CsvReader &reader, const ColumnIndex &columns, const Structure &existing,
                   const CitySettings &settings, ImportPlan &plan);

} // namespace civicstat::importing
