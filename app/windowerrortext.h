// A store error as the window says it: what happened, then what to do in the
// window's own menus (File > New database...), never a command line to run.
// The command line keeps StoreError::message(), which names its commands.
#pragma once

#include "storeerror.h"

#include <QString>

namespace civicstat {

// The remedy in the window's words; empty for Remedy::None.
QString windowRemedy(StoreError::Remedy remedy);
// The error's situation followed by the window's remedy; the whole message when it has no Remedy.
QString windowText(const StoreError &error);

} // namespace civicstat
