#pragma once
#include <QByteArray>
#include <QString>

// minisign's key and signature formats (https://jedisct1.github.io/minisign/), on libsodium.
// Everything Maharat signs (pack statements, catalogs) is checked by the stock `minisign -V`.
// Owner: the signing work of issue 9. Callers: packsignature, the import pipeline, catalogs.
namespace maharat::minisign {

struct PublicKey {
    QByteArray keyId; // 8 bytes, as stored in the files (minisign prints them reversed, in hex)
    QByteArray key;   // 32-byte Ed25519 public key
    QString comment;  // the untrusted comment line of the .pub file, informative only

    bool isValid() const { return keyId.size() == 8 && key.size() == 32; }
    // The same key (id and key bytes); the comment is not part of a key's identity.
    bool sameKey(const PublicKey &other) const { return isValid() && keyId == other.keyId && key == other.key; }
    // The base64 line of a .pub file ("RW..."): what share links and packs carry.
    QString toBase64() const;
    // The whole .pub file: "untrusted comment: ...\n<base64>\n".
    QByteArray toFile() const;
    // minisign's own key id form: 16 upper-case hex digits.
    QString keyIdHex() const;
    // What a person compares aloud: 8 groups of 4 decimal digits ("1234 5678 ..."), from
    // BLAKE2b-256 of "Ed" + key id + key; ASCII digits here, the UI shows them in its own digits.
    QString fingerprint() const;

    // Accepts the base64 line alone or a whole .pub file. Empty (invalid) key on error.
    static PublicKey fromText(const QByteArray &text);
};

struct SecretKey {
    QByteArray keyId; // 8 bytes
    QByteArray key;   // 64-byte libsodium Ed25519 secret key (seed + public key)
    bool isValid() const { return keyId.size() == 8 && key.size() == 64; }
    PublicKey publicKey() const;
};

enum class KeyError { None, Malformed, WrongPassphrase, Unsupported };

// Parses a minisign .key file. Encrypted keys (kdf "Sc") need the passphrase; unencrypted
// keys (minisign -W, kdf all zero) ignore it.
KeyError readSecretKey(const QByteArray &file, const QByteArray &passphrase, SecretKey &out);
// Whether a .key file is passphrase-protected (kdf "Sc"), so a caller asks only when needed.
bool secretKeyIsEncrypted(const QByteArray &file);
// A new key pair, and its .key file: scrypt-encrypted with minisign's parameters, or
// unencrypted when the passphrase is empty (like minisign -W).
SecretKey generateKey();
QByteArray secretKeyFile(const SecretKey &key, const QByteArray &passphrase, const QString &comment);

// scrypt cost of an encrypted key. minisign writes (and this code accepts at most) libsodium's
// "sensitive" limits, 1 GiB of memory; tests use cheaper ones so they stay fast.
struct KdfLimits {
    quint64 opsLimit;
    quint64 memLimit;
    static KdfLimits sensitive(); // what minisign -G uses, and secretKeyFile's default
    static KdfLimits interactive();
};
QByteArray secretKeyFile(const SecretKey &key, const QByteArray &passphrase, const QString &comment,
                         KdfLimits limits);

// A hashed ("ED", BLAKE2b-512 prehash) signature file of message, with the given trusted
// comment (one line, no newline); untrustedComment may be empty for minisign's default.
QByteArray sign(const SecretKey &key, const QByteArray &message, const QString &trustedComment,
                const QString &untrustedComment = {});

struct Verified {
    enum class Status {
        Ok,
        Malformed,    // not a .minisig text (lines, base64, algorithm, sizes, unprintable comment)
        OtherKey,     // well formed, but made by a key with another id
        BadSignature, // the signature or the trusted comment's signature does not verify
    };
    Status status = Status::Malformed;
    bool ok = false;
    QByteArray keyId;       // from the signature, even when it does not verify
    QString trustedComment; // only meaningful when ok
};
// Checks a .minisig text (both "Ed" legacy and "ED" hashed) against message and key: the key id
// must match, the signature and the global signature over the trusted comment must verify.
Verified verify(const PublicKey &key, const QByteArray &message, const QByteArray &minisig);

} // namespace maharat::minisign
