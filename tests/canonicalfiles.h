// Canonical CSV files for the tests of the canonical import: headers, a
// full structure row with cells changed by name, a sample structure, and
// planning against it. Shared by tst_canonicalimport and tst_canonicalproblems.
#pragma once

#include "canonicalimport.h"

#include <QHash>
#include <QStringList>
#include <QVariant>
#include <initializer_list>
#include <optional>
#include <utility>

namespace canonicalfiles {

using namespace civicstat;

const QStringList structureColumnNames = {
    QStringLiteral("goal_code"),      QStringLiteral("goal_name"),       QStringLiteral("objective_code"),
    QStringLiteral("objective_name"), QStringLiteral("department_code"), QStringLiteral("department_name"),
    QStringLiteral("measure_code"),   QStringLiteral("measure_name"),    QStringLiteral("unit"),
    QStringLiteral("direction"),      QStringLiteral("aggregation"),     QStringLiteral("frequency"),
    QStringLiteral("target"),         QStringLiteral("target_low"),      QStringLiteral("target_high"),
    QStringLiteral("tolerance"),      QStringLiteral("effective_from"),  QStringLiteral("weight"),
    QStringLiteral("classification"), QStringLiteral("definition"),      QStringLiteral("source"),
    QStringLiteral("steward")};

const QByteArray structureHeader =
    "goal_code,goal_name,objective_code,objective_name,department_code,department_name,measure_code,measure_name,"
    "unit,direction,aggregation,frequency,target,target_low,target_high,tolerance,effective_from,weight,"
    "classification,definition,source,steward\n";

const QByteArray minimalStructureHeader = "goal_code,goal_name,objective_code,objective_name,department_code,"
                                          "department_name,measure_code,measure_name,direction,aggregation\n";

const QByteArray observationsHeader = "measure,period,value,numerator,denominator,dimension,member,note,flag\n";

inline QByteArray csvCell(const QString &value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        QString quoted = value;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return '"' + quoted.toUtf8() + '"';
    }
    return value.toUtf8();
}

// One line of a full structure file: a higher, ratio measure FD-RESP with
// target 90, with `changes` replacing cells by column name.
inline QByteArray structureRow(std::initializer_list<std::pair<const char *, const char *>> changes = {})
{
    QHash<QString, QString> cells = {
        {QStringLiteral("goal_code"), QStringLiteral("G1")},
        {QStringLiteral("goal_name"), QStringLiteral("Safe City")},
        {QStringLiteral("objective_code"), QStringLiteral("G1.1")},
        {QStringLiteral("objective_name"), QStringLiteral("Fast response")},
        {QStringLiteral("department_code"), QStringLiteral("FD")},
        {QStringLiteral("department_name"), QStringLiteral("Fire Department")},
        {QStringLiteral("measure_code"), QStringLiteral("FD-RESP")},
        {QStringLiteral("measure_name"), QStringLiteral("Response within 8 minutes")},
        {QStringLiteral("unit"), QStringLiteral("%")},
        {QStringLiteral("direction"), QStringLiteral("higher")},
        {QStringLiteral("aggregation"), QStringLiteral("ratio")},
        {QStringLiteral("frequency"), QStringLiteral("monthly")},
        {QStringLiteral("target"), QStringLiteral("90")},
    };
    for (const auto &[column, value] : changes) {
        Q_ASSERT(structureColumnNames.contains(QLatin1String(column)));
        cells.insert(QString::fromLatin1(column), QString::fromUtf8(value));
    }
    QByteArrayList line;
    for (const QString &column : structureColumnNames)
        line << csvCell(cells.value(column));
    return line.join(',') + '\n';
}

// A band measure row (PW-CHLOR) with `low` and `high`.
inline QByteArray bandRow(const char *low, const char *high, const char *target = "")
{
    return structureRow({{"goal_code", "G2"},
                         {"goal_name", "Clean Water"},
                         {"objective_code", "G2.1"},
                         {"objective_name", "Safe drinking water"},
                         {"department_code", "PW"},
                         {"department_name", "Public Works"},
                         {"measure_code", "PW-CHLOR"},
                         {"measure_name", "Chlorine residual"},
                         {"unit", "mg/L"},
                         {"direction", "band"},
                         {"aggregation", "mean"},
                         {"target", target},
                         {"target_low", low},
                         {"target_high", high}});
}

// The good structure file: a higher measure with two targets (2023-07 and
// FY2025), a lower and a band measure, and a monitoring-only measure.
inline QByteArray goodStructureFile()
{
    return structureHeader
        + "G1,Safe City,G1.1,Fast response,FD,Fire Department,FD-RESP,Response within 8 minutes,%,higher,ratio,"
          "monthly,90,,,,2023-07,,public,Share of calls answered within 8 minutes,CAD,Chief Ortiz\n"
          "G1,Safe City,G1.1,Fast response,FD,Fire Department,FD-RESP,Response within 8 minutes,%,higher,ratio,"
          "monthly,92,,,0,FY2025,,,,,\n"
          "G1,Safe City,G1.2,Fewer fires,FD,Fire Department,FD-FIRES,Structure fires,count,lower,sum,monthly,20,,,"
          "0.05,,2,,,,\n"
          "G2,Clean Water,G2.1,Safe drinking water,PW,Public Works,PW-CHLOR,Chlorine residual,mg/L,band,mean,daily,,"
          "0.2,4,,,,restricted,,,\n"
          "G2,Clean Water,G2.1,Safe drinking water,PW,Public Works,PW-CALLS,Service calls,count,higher,sum,weekly,,,,"
          ",,,,,,\n";
}

// What the database holds after the good structure file, without targets.
inline Structure sampleStructure()
{
    Structure s;
    s.departments = {{1, QStringLiteral("FD"), QStringLiteral("Fire Department"), {}},
                     {2, QStringLiteral("PW"), QStringLiteral("Public Works"), {}}};
    Goal g1;
    g1.id = 1;
    g1.code = QStringLiteral("G1");
    g1.name = QStringLiteral("Safe City");
    g1.sortOrder = 1;
    Goal g2;
    g2.id = 2;
    g2.code = QStringLiteral("G2");
    g2.name = QStringLiteral("Clean Water");
    g2.sortOrder = 2;
    s.goals = {g1, g2};
    const auto objective = [](Id id, const char *code, Id goal, Id department) {
        Objective o;
        o.id = id;
        o.code = QString::fromLatin1(code);
        o.name = o.code;
        o.goalId = goal;
        o.departmentId = department;
        return o;
    };
    s.objectives = {objective(1, "G1.1", 1, 1), objective(2, "G1.2", 1, 1), objective(3, "G2.1", 2, 2)};
    const auto measure = [](Id id, const char *code, Id objectiveId, const char *unit, Direction direction,
                            Aggregation aggregation) {
        Measure m;
        m.id = id;
        m.code = QString::fromLatin1(code);
        m.name = m.code;
        m.objectiveId = objectiveId;
        m.unit = QString::fromLatin1(unit);
        m.direction = direction;
        m.aggregation = aggregation;
        return m;
    };
    s.measures = {measure(1, "FD-RESP", 1, "%", Direction::Higher, Aggregation::Ratio),
                  measure(2, "FD-FIRES", 2, "count", Direction::Lower, Aggregation::Sum),
                  measure(3, "PW-CHLOR", 3, "mg/L", Direction::Band, Aggregation::Mean),
                  measure(4, "PW-CALLS", 3, "count", Direction::Higher, Aggregation::Sum)};
    s.index();
    return s;
}

inline ImportPlan plan(const QByteArray &contents, const Structure &existing = sampleStructure())
{
    return planCanonicalImport(QStringLiteral("test.csv"), contents, existing, CitySettings());
}

inline QString problemsText(const ImportPlan &p)
{
    QStringList lines;
    for (const ImportProblem &problem : p.problems)
        lines << problem.describe(QStringLiteral("test.csv"));
    return lines.join(QLatin1Char('\n'));
}

const NewTarget *targetOf(const ImportPlan &p, const QString &measureCode, QDate from)
{
    for (const NewTarget &t : p.batch.targets) {
        if (t.measureCode == measureCode && t.target.effectiveFrom == from)
            return &t;
    }
    return nullptr;
}

const std::pair<Measure, std::pair<QString, QString>> *measureOf(const ImportPlan &p, const QString &code)
{
    for (const auto &entry : p.batch.measures) {
        if (entry.first.code == code)
            return &entry;
    }
    return nullptr;
}

inline QVariant optionalToVariant(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}


} // namespace canonicalfiles
