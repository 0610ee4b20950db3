// What each code of a mapped file stands for, as the first row that names it
// describes it: the same code must mean the same thing on every row, as in a
// structure file. Internal to mappedimport.cpp, which turns each difference
// into a problem or, with "conflicts": "keep_first", into a value left out.
#pragma once

#include <QHash>
#include <QString>
#include <vector>

namespace civicstat {

struct DescribedRow {
    int line = 0;
    QString goalCode;
    QString goalName;
    QString departmentCode;
    QString departmentName;
    QString objectiveCode;
    QString objectiveName;
    QString measureCode;
    QString measureName;
    QString direction;   // "" for none
    QString aggregation; // "" when the file gives none
    bool measureCodeMadeFromName = false;
};

struct DescriptionDifference {
    const char *field = ""; // the mapping's field whose value differs from the first row's
    QString code;
    QString value;
    QString reason;
    // Two names made into one code: two measures would merge, so this is never kept.
    bool mergesTwoMeasures = false;
};

class CodeDescriptions final
{
public:
    // One name for each goal, department, objective and measure; one goal and
    // one department for an objective; one objective, direction and
    // aggregation for a measure. Empty when the row agrees with the rows before.
    std::vector<DescriptionDifference> differences(const DescribedRow &row);

private:
    struct Description {
        int line = 0;
        QString name;
        QString parent;      // an objective's goal, a measure's objective
        QString department;  // an objective's
        QString direction;   // a measure's
        QString aggregation; // a measure's
    };
    static const Description *firstDescription(QHash<QString, Description> &seen, const QString &code,
                                               const Description &now);

    QHash<QString, Description> m_goals;
    QHash<QString, Description> m_departments;
    QHash<QString, Description> m_objectives;
    QHash<QString, Description> m_measures;
};

} // namespace civicstat
