// Value types of the KPI hierarchy (city -> goal -> objective -> measure) and
// the enumerations the database format stores as text. No storage and no
// scoring logic: those live in sqlitekpistore.h and scoring.h.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace civicstat {

enum class Direction { Higher, Lower, Band };
enum class Aggregation { Sum, Mean, Last, Min, Max, Ratio };
enum class Frequency { Daily, Weekly, Monthly, Quarterly, Annual };
enum class Classification { Public, Internal, Confidential, Restricted };

// Text forms as stored in the database and written in import files.
QString toText(Direction value);
QString toText(Aggregation value);
QString toText(Frequency value);
QString toText(Classification value);
std::optional<Direction> directionFromText(const QString &text);
std::optional<Aggregation> aggregationFromText(const QString &text);
std::optional<Frequency> frequencyFromText(const QString &text);
std::optional<Classification> classificationFromText(const QString &text);
// A target's grain as import files write it: `month`, `quarter`, `year`.
QString targetPerText(Frequency per);
std::optional<Frequency> targetPerFromText(const QString &text);

using Id = qint64;

struct Department {
    Id id = 0;
    QString code;
    QString name;
    QString head;
};

struct Goal {
    Id id = 0;
    QString code;
    QString name;
    QString description;
    QString sponsor;
    int sortOrder = 0;
    double weight = 1.0;
};

struct Objective {
    Id id = 0;
    QString code;
    QString name;
    QString statement;
    Id goalId = 0;
    Id departmentId = 0;
    QString owner;
    double weight = 1.0;
};

// A target takes effect on `effectiveFrom` and holds until the next one. It is
// set for a period of its own grain (`per`, none: the measure's frequency):
// most cities publish one figure a year, also for measures reported monthly.
struct Target {
    QDate effectiveFrom;
    std::optional<Frequency> per; // Monthly, Quarterly or Annual
    double value = 0.0; // higher/lower
    double bandLow = 0.0;
    double bandHigh = 0.0;
    std::optional<double> tolerance; // none: the city default
    QString note; // the owner's explanation of the target; empty: none
};

struct Measure {
    Id id = 0;
    QString code;
    QString name;
    Id objectiveId = 0;
    Id departmentId = 0;
    QString unit;
    Direction direction = Direction::Higher;
    Aggregation aggregation = Aggregation::Mean;
    Frequency frequency = Frequency::Monthly;
    int decimals = 1;
    double weight = 1.0;
    QString definition;
    QString methodology;
    QString sourceSystem;
    QString steward;
    Classification classification = Classification::Internal;
    int refreshDays = 0; // expected refresh interval; 0: not set
    std::vector<Target> targets; // sorted by effectiveFrom
};

// What an owner wrote about a measure's figure for a period.
struct Commentary {
    Id id = 0;
    Id measureId = 0;
    QString period; // period text
    QString author;
    QDateTime writtenAt; // UTC
    QString body;
};

// An action item under an objective.
struct Initiative {
    Id id = 0;
    Id objectiveId = 0;
    QString title;
    QString owner;
    QDate due;
    QString status; // planned, in_progress, done, blocked, cancelled
};

// The whole hierarchy without observations: small even for a large city, so
// it is loaded at once and looked up by id or code.
struct Structure {
    Structure() = default;
    // The child lookups point into the vectors: a copy indexes itself anew.
    Structure(const Structure &other);
    Structure &operator=(const Structure &other);
    Structure(Structure &&) = default;
    Structure &operator=(Structure &&) = default;

    std::vector<Department> departments;
    std::vector<Goal> goals; // in sortOrder
    std::vector<Objective> objectives;
    std::vector<Measure> measures;

    const Department *departmentById(Id id) const;
    const Department *departmentByCode(const QString &code) const;
    const Goal *goalByCode(const QString &code) const;
    const Objective *objectiveByCode(const QString &code) const;
    const Measure *measureByCode(const QString &code) const;
    // Children, in the vectors' order; empty when there are none.
    const std::vector<const Measure *> &measuresOf(Id objectiveId) const;
    const std::vector<const Objective *> &objectivesOfGoal(Id goalId) const;
    const std::vector<const Objective *> &objectivesOfDepartment(Id departmentId) const;
    void index(); // rebuilds the lookup tables after the vectors change

private:
    QHash<Id, int> m_departmentById;
    QHash<QString, int> m_departmentByCode;
    QHash<QString, int> m_goalByCode;
    QHash<QString, int> m_objectiveByCode;
    QHash<QString, int> m_measureByCode;
    QHash<Id, std::vector<const Measure *>> m_measuresOf;
    QHash<Id, std::vector<const Objective *>> m_objectivesOfGoal;
    QHash<Id, std::vector<const Objective *>> m_objectivesOfDepartment;
};

} // namespace civicstat
