// A data row of a mapped file with its header, and how the mapping's field
// rules are worked out from it. Internal to mappedimport.cpp.
#pragma once

#include "importmapping.h"

#include <QHash>
#include <QStringList>

namespace civicstat {

class RowView final
{
public:
    RowView(const QHash<QString, int> &columns, const QStringList &cells, const ImportMapping &mapping)
        : m_columns(columns), m_cells(cells), m_mapping(mapping)
    {
    }

    QString cell(const QString &column) const
    {
        const int index = m_columns.value(column, -1);
        return index >= 0 && index < m_cells.size() ? m_cells.at(index) : QString();
    }

    // The field a rule makes of this row: a constant, a cell, a lookup, joined
    // parts, a pattern's capture, a slug, a mapped word, or its fallback.
    QString evaluate(const FieldRule &rule) const;

private:
    const QHash<QString, int> &m_columns;
    const QStringList &m_cells;
    const ImportMapping &m_mapping;
};

} // namespace civicstat
