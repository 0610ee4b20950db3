// Custom item-data roles shared by the core's item models, the views and the
// tests, in a header that needs none of them.
#pragma once

#include <Qt>

namespace civicstat {

enum ItemRole {
    StatusRole = Qt::UserRole + 1, // civicstat::Status as int
    CodeRole,                      // QString: goal, objective or measure code
    ScoreRole,                     // double, or invalid when not scored
    LevelRole,                     // civicstat::Level as int
    SparklineRole,                 // QVariantList of double, NaN where there is no value; oldest first
    SortRole,                      // a value that sorts as the column should (numbers as numbers)
};

} // namespace civicstat
