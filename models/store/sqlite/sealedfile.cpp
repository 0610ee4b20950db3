#include "sealedfile.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>

namespace civicstat::sealed {

namespace {

struct SealedText {
    Q_DECLARE_TR_FUNCTIONS(Sealed)
};

constexpr char magic[] = "CIVICSTAT SEALED\n";
constexpr qsizetype magicSize = sizeof(magic) - 1;
constexpr qsizetype versionAt = magicSize; // u16, little-endian
constexpr qsizetype algorithmAt = versionAt + 2; // u8: libsodium's algorithm number
constexpr qsizetype saltAt = algorithmAt + 1; // crypto_pwhash_SALTBYTES
constexpr qsizetype operationsAt = saltAt + crypto_pwhash_SALTBYTES; // u64
constexpr qsizetype memoryAt = operationsAt + 8; // u64
constexpr qsizetype nonceAt = memoryAt + 8; // XChaCha20 nonce
constexpr qsizetype headerSize = nonceAt + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype keySize = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
// A damaged header must not make Argon2 ask for terabytes: anything above
// libsodium's SENSITIVE cost is no file CivicStat wrote.
constexpr quint64 maximumOperations = crypto_pwhash_OPSLIMIT_SENSITIVE;
constexpr quint64 maximumMemory = crypto_pwhash_MEMLIMIT_SENSITIVE;

void initialiseSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw StoreError(StoreError::Kind::Io,
            SealedText::tr("The encryption library (libsodium) could not start. Reinstall CivicStat."));
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

StoreError wrongOrChanged(const QString &path)
{
    // Authenticated encryption fails the same way for a wrong key and for a
    // changed byte: the message cannot say which, so it names both.
    return StoreError(StoreError::Kind::PassphraseRejected,
        SealedText::tr("%1 could not be opened: the passphrase is wrong, or the file was changed or "
                       "damaged after it was sealed. Nothing was changed. Check the passphrase and try "
                       "again; if it is right, ask for a fresh copy of the file.")
            .arg(shown(path)));
}

bool costIsPlausible(const SealingCost &cost)
{
    return cost.operations >= crypto_pwhash_OPSLIMIT_MIN && cost.operations <= maximumOperations
        && cost.memoryBytes >= crypto_pwhash_MEMLIMIT_MIN && cost.memoryBytes <= maximumMemory;
}

QByteArray headerFor(const QByteArray &salt, const SealingCost &cost, const unsigned char *nonce)
{
    QByteArray header(headerSize, '\0');
    char *out = header.data();
    std::memcpy(out, magic, magicSize);
    qToLittleEndian<quint16>(formatVersion, out + versionAt);
    out[algorithmAt] = char(crypto_pwhash_ALG_ARGON2ID13);
    std::memcpy(out + saltAt, salt.constData(), crypto_pwhash_SALTBYTES);
    qToLittleEndian<quint64>(cost.operations, out + operationsAt);
    qToLittleEndian<quint64>(cost.memoryBytes, out + memoryAt);
    std::memcpy(out + nonceAt, nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    return header;
}

QByteArray readWhole(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Io,
            SealedText::tr("Cannot read %1: %2. Check the path and your permission "
                           "to read the file.")
                .arg(shown(path), file.errorString()));
    QByteArray contents = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw StoreError(
            StoreError::Kind::Io, SealedText::tr("Cannot read %1: %2.").arg(shown(path), file.errorString()));
    return contents;
}

// The header's fields, checked in the order that gives the most useful message.
struct Header {
    QByteArray salt;
    SealingCost cost;
};

Header parseHeader(const QString &path, const QByteArray &contents)
{
    if (!contents.startsWith(QByteArray::fromRawData(magic, magicSize)))
        throw StoreError(
            StoreError::Kind::NotCivicStat, SealedText::tr("%1 is not a sealed CivicStat file.").arg(shown(path)));
    if (contents.size() < headerSize)
        throw StoreError(StoreError::Kind::Corrupt,
            SealedText::tr("%1 is cut short: it ends inside its header (%2 of %3 bytes), so it cannot be "
                           "opened. Nothing was changed. Copy it again from where it came from.")
                .arg(shown(path), QString::number(contents.size()), QString::number(headerSize)));
    const int version = qFromLittleEndian<quint16>(contents.constData() + versionAt);
    if (version > formatVersion)
        throw StoreError(StoreError::Kind::NewerVersion,
            SealedText::tr("%1 was sealed by a newer version of CivicStat (sealed format %2; this version "
                           "reads format %3). Nothing was changed. Update CivicStat to open it.")
                .arg(shown(path))
                .arg(version)
                .arg(formatVersion));
    Header header;
    header.salt = contents.mid(saltAt, crypto_pwhash_SALTBYTES);
    header.cost.operations = qFromLittleEndian<quint64>(contents.constData() + operationsAt);
    header.cost.memoryBytes = qFromLittleEndian<quint64>(contents.constData() + memoryAt);
    if (version < 1 || quint8(contents.at(algorithmAt)) != crypto_pwhash_ALG_ARGON2ID13
        || !costIsPlausible(header.cost))
        throw wrongOrChanged(path);
    return header;
}

} // namespace

bool isSealedFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(magicSize) == QByteArray::fromRawData(magic, magicSize);
}

QString passphraseProblem(const QString &passphrase)
{
    const qsizetype characters = passphrase.toUcs4().size();
    if (characters >= minimumPassphraseLength)
        return {};
    return SealedText::tr("The passphrase has %1 characters; use at least %2. A few unrelated words are easy to "
                          "remember and hard to guess.")
        .arg(characters)
        .arg(minimumPassphraseLength);
}

PlainImagePtr allocatePlainImage(qint64 size)
{
    PlainImagePtr image(new PlainImage, [](PlainImage *done) {
        if (done->data) {
            sodium_memzero(done->data, std::size_t(done->size));
            sqlite3_free(done->data);
        }
        delete done;
    });
    image->data = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(qMax<qint64>(size, 1))));
    if (!image->data)
        throw StoreError(
            StoreError::Kind::Io, SealedText::tr("Not enough memory to open a database of %1 bytes.").arg(size));
    image->size = size;
    return image;
}

SealedFile::SealedFile(const QString &path, QByteArray salt, SealingCost cost)
    : m_path(path)
    , m_salt(std::move(salt))
    , m_cost(cost)
{
    m_key = static_cast<unsigned char *>(sodium_malloc(keySize));
    if (!m_key)
        throw StoreError(StoreError::Kind::Io, SealedText::tr("Not enough memory to hold an encryption key."));
}

SealedFile::~SealedFile()
{
    sodium_free(m_key);
}

void SealedFile::deriveKey(const QString &passphrase)
{
    // The same words typed on another keyboard can arrive composed differently.
    QString normalized = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    const int rc = crypto_pwhash(m_key, keySize, utf8.constData(), quint64(utf8.size()),
        reinterpret_cast<const unsigned char *>(m_salt.constData()), m_cost.operations, std::size_t(m_cost.memoryBytes),
        crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    sodium_memzero(normalized.data(), std::size_t(normalized.size()) * sizeof(QChar));
    if (rc != 0)
        throw StoreError(StoreError::Kind::Io,
            SealedText::tr("Not enough memory to derive the key of %1 (it needs %2 MB). Close other "
                           "programs and try again.")
                .arg(shown(m_path), QString::number(m_cost.memoryBytes >> 20)));
}

std::shared_ptr<SealedFile> SealedFile::create(const QString &path, const QString &passphrase, SealingCost cost)
{
    initialiseSodium();
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        throw StoreError(StoreError::Kind::InvalidData, problem);
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    std::shared_ptr<SealedFile> file(new SealedFile(path, salt, cost));
    file->deriveKey(passphrase);
    return file;
}

std::shared_ptr<SealedFile> SealedFile::open(const QString &path, const QString &passphrase, PlainImagePtr &image)
{
    initialiseSodium();
    const QByteArray contents = readWhole(path);
    const Header header = parseHeader(path, contents);
    std::shared_ptr<SealedFile> file(new SealedFile(path, header.salt, header.cost));
    file->deriveKey(passphrase);
    image = file->decrypt(contents);
    return file;
}

PlainImagePtr SealedFile::reread() const
{
    const QByteArray contents = readWhole(m_path);
    const Header header = parseHeader(m_path, contents);
    if (header.salt != m_salt || header.cost.operations != m_cost.operations
        || header.cost.memoryBytes != m_cost.memoryBytes)
        throw wrongOrChanged(m_path); // sealed again by someone else, under another passphrase
    return decrypt(contents);
}

PlainImagePtr SealedFile::decrypt(const QByteArray &contents) const
{
    const qint64 sealedSize = contents.size() - headerSize;
    if (sealedSize < qint64(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        throw wrongOrChanged(m_path);
    PlainImagePtr image = allocatePlainImage(sealedSize - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    const auto *bytes = reinterpret_cast<const unsigned char *>(contents.constData());
    unsigned long long plainSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(image->data, &plainSize, nullptr, bytes + headerSize,
            quint64(sealedSize), bytes, headerSize, bytes + nonceAt, m_key)
        != 0)
        throw wrongOrChanged(m_path);
    image->size = qint64(plainSize);
    return image;
}

void SealedFile::save(const unsigned char *plain, qint64 size) const
{
    unsigned char nonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES];
    // 192 random bits: a fresh nonce per save never repeats under one key in practice.
    randombytes_buf(nonce, sizeof nonce);
    QByteArray sealed = headerFor(m_salt, m_cost, nonce);
    sealed.resize(headerSize + size + qint64(crypto_aead_xchacha20poly1305_ietf_ABYTES));
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    unsigned long long sealedSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + headerSize, &sealedSize, plain, quint64(size), out, headerSize, nullptr, nonce, m_key);

    // Unbuffered and in one write: Qt 6.4's buffered QSaveFile can report a
    // full disk only after commit() has already renamed a truncated file.
    const bool isNew = !QFile::exists(m_path);
    QSaveFile file(m_path);
    const auto failed = [&](const QString &reason) {
        file.cancelWriting();
        return StoreError(StoreError::Kind::Io,
            SealedText::tr("Cannot save %1: %2. The file still holds what it held before this change. "
                           "Check that the disk is not full and that you may write to the folder.")
                .arg(shown(m_path), reason));
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        throw failed(file.errorString());
    // Encrypted or not, a new copy is its holder's alone; an existing file keeps its permissions.
    if (isNew)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(sealed) != sealed.size())
        throw failed(file.errorString());
    if (!file.commit())
        throw StoreError(StoreError::Kind::Io,
            SealedText::tr("Cannot save %1: %2. The file still holds what it held before this change. "
                           "Check that the disk is not full and that you may write to the folder.")
                .arg(shown(m_path), file.errorString()));
}

} // namespace civicstat::sealed
