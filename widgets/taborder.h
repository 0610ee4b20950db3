// Tab order in reading order. Qt chains Tab stops in the order widgets were
// made, and a widget made without a parent, or moved into a scroll area or a
// tab, lands far from its neighbours; a page then sends Tab on a detour. This
// walks what a page lays out, top to bottom and left to right as its layouts,
// splitters, tabs and scroll areas place it, and chains the Tab stops so.
#pragma once

#include <QList>

class QWidget;

namespace civicstat {

// The widgets under `root` that Tab can reach, in the order they are laid out
// (hidden ones included: Tab passes over them until they are shown).
QList<QWidget *> tabStopsAsLaidOut(QWidget *root);
// Chains those stops in that order, after whatever precedes the first of them.
void orderTabStopsAsLaidOut(QWidget *root);

} // namespace civicstat
