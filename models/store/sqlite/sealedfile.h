// The sealed file format (docs/offline-encryption.md): a header in the clear
// (magic, format version, the Argon2id salt and cost, the XChaCha20-Poly1305
// nonce) followed by the encrypted image of a SQLite database, with the
// header as associated data, so that changing one byte of either is detected.
// Plaintext only ever lives in memory, in buffers that are wiped after use.
#pragma once

#include "sealingcost.h"

#include <memory>
#include <QByteArray>
#include <QString>

namespace civicstat::sealed {

constexpr int formatVersion = 1;
// Counted in characters (code points) of the passphrase as typed.
constexpr int minimumPassphraseLength = 10;

// True when the file begins with the sealed magic, whatever follows.
bool isSealedFile(const QString &path);

// An empty string when the passphrase may seal a file; otherwise why not, for the user.
QString passphraseProblem(const QString &passphrase);

// A decrypted database image in memory from sqlite3_malloc64: wiped and freed
// when the last owner lets go.
struct PlainImage {
    unsigned char *data = nullptr;
    qint64 size = 0;
};
using PlainImagePtr = std::unique_ptr<PlainImage, void (*)(PlainImage *)>;
PlainImagePtr allocatePlainImage(qint64 size);

// The key of one sealed file, derived once from the passphrase and kept in
// guarded memory (sodium_malloc) while the file is open, so that saving needs
// no passphrase; wiped when the file is closed.
class SealedFile final {
public:
    // A new sealed file at `path` (nothing written until save()). Throws
    // StoreError when the passphrase is too short.
    static std::shared_ptr<SealedFile> create(const QString &path, const QString &passphrase, SealingCost cost);
    // Reads and decrypts the file. Throws StoreError (PassphraseRejected for a
    // wrong passphrase or a changed file, NewerVersion, Corrupt for a cut header).
    static std::shared_ptr<SealedFile> open(const QString &path, const QString &passphrase, PlainImagePtr &image);
    ~SealedFile();
    SealedFile(const SealedFile &) = delete;
    SealedFile &operator=(const SealedFile &) = delete;

    // Reads the file again with the kept key (no passphrase, no key derivation):
    // the state the disk holds, to go back to when a save failed.
    PlainImagePtr reread() const;
    // Encrypts the image under a fresh nonce, writes it beside the file and
    // renames it into place. On failure the file is as it was; throws StoreError.
    void save(const unsigned char *plain, qint64 size) const;
    const QString &path() const { return m_path; }

private:
    SealedFile(const QString &path, QByteArray salt, SealingCost cost);
    PlainImagePtr decrypt(const QByteArray &contents) const;
    void deriveKey(const QString &passphrase);

    QString m_path;
    QByteArray m_salt;
    SealingCost m_cost;
    unsigned char *m_key = nullptr; // sodium_malloc: guard pages, locked, wiped by sodium_free
};

} // namespace civicstat::sealed
