// A list, table or chart with the keyboard's focus looks, in the Fusion style, just
// like one without: its selected row is drawn the same. A frame in the
// highlight colour says where the keys will go (issue 12: focus visible
// everywhere). Only the frame changes; rows, headers and scroll bars keep the style's look.
#pragma once

#include <QAbstractScrollArea>

namespace civicstat {

inline void frameWhenFocused(QAbstractScrollArea *view)
{
    const QLatin1String type(view->metaObject()->className());
    // A view drawn without a frame (a chart) gets an invisible one, so that the
    // focus can colour it without the chart moving.
    const bool frameless = view->frameShape() == QFrame::NoFrame;
    if (frameless)
        view->setFrameShape(QFrame::StyledPanel);
    const QString rules = (frameless ? QStringLiteral("%1 { border: 2px solid transparent; } ") : QString())
        + QStringLiteral("%1:focus { border: 2px solid palette(highlight); }");
    view->setStyleSheet(rules.arg(type));
}

} // namespace civicstat
