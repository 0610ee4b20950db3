// How much work and memory deriving a sealed file's key from its passphrase
// costs (Argon2id). Each sealed file records its own cost in its header, so
// a file sealed with any cost opens; standard() is what CivicStat seals with
// (docs/offline-encryption.md says why), minimal() exists for tests only.
#pragma once

#include <QtGlobal>

namespace civicstat {

struct SealingCost {
    quint64 operations = 3; // libsodium's OPSLIMIT_MODERATE
    quint64 memoryBytes = 256ull << 20; // libsodium's MEMLIMIT_MODERATE

    static SealingCost standard() { return {}; }
    // Argon2id's smallest allowed cost: no protection against guessing, fast tests.
    static SealingCost minimal() { return { 1, 8192 }; }
};

} // namespace civicstat
