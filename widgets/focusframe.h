// A list or table with the keyboard's focus looks, in the Fusion style, just
// like one without: its selected row is drawn the same. A frame in the
// highlight colour says where the keys will go (issue 12: focus visible
// everywhere). Only the frame changes; rows, headers and scroll bars keep the style's look.
#pragma once

#include <QAbstractItemView>

namespace civicstat {

inline void frameWhenFocused(QAbstractItemView *view)
{
    view->setStyleSheet(QStringLiteral("%1:focus { border: 2px solid palette(highlight); }")
                            .arg(QLatin1String(view->metaObject()->className())));
}

} // namespace civicstat
