// Layout arithmetic for a table whose name column should show whole names:
// which of the columns that matter least give way (are hidden) so that the
// name column gets the room it wants. Pure, so that the rule is tested alone.
#pragma once

#include <QList>

namespace civicstat {

struct GivingWayColumn {
    int column = 0;
    int width = 0; // what it takes when shown
};

// `available`: the table's width; `nameWanted`: what the name column wants;
// `kept`: the width of the other columns that stay. `givingWay` lists the
// columns that may be hidden, the first to give way first. Returns the
// columns to hide (a prefix of `givingWay`): none when everything fits, all
// of them when even that leaves the name short of what it wants.
QList<int> columnsToHide(int available, int nameWanted, int kept, const QList<GivingWayColumn> &givingWay);

} // namespace civicstat
