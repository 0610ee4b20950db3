#include "columnfit.h"

namespace civicstat {

QList<int> columnsToHide(int available, int nameWanted, int kept, const QList<GivingWayColumn> &givingWay)
{
    int needed = nameWanted + kept;
    for (const GivingWayColumn &c : givingWay)
        needed += c.width;
    QList<int> hidden;
    for (const GivingWayColumn &c : givingWay) {
        if (needed <= available)
            break;
        hidden << c.column;
        needed -= c.width;
    }
    return hidden;
}

} // namespace civicstat
