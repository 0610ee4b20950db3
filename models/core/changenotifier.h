// The one voice that says what changed in the open database: undo commands
// announce their own writes, the store's change watcher announces what other
// windows and programs wrote. Models and views subscribe and refresh what the
// change touches, instead of reloading everything.
#pragma once

#include "storechange.h"

#include <QObject>

namespace civicstat {

class ChangeNotifier final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    void announce(const civicstat::StoreChange &change) { emit changed(change); }

signals:
    void changed(const civicstat::StoreChange &change);
};

} // namespace civicstat
