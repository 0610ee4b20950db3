// The StoreError a piece of test code throws, for tests that check the message.
#pragma once

#include "storeerror.h"

#include <optional>

namespace civicstat {

// The StoreError `f` throws, or nullopt when it returns normally.
template<typename F>
std::optional<StoreError> storeErrorFrom(F &&f)
{
    try {
        f();
    } catch (const StoreError &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace civicstat
