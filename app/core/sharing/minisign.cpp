#include "minisign.h"

#include <QList>
#include <QStringDecoder>
#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace maharat::minisign {

namespace {

// minisign's field tags and sizes (its minisign.h), so files interoperate byte for byte.
constexpr QByteArrayView SigAlg = "Ed";       // key algorithm; also a legacy, unhashed signature
constexpr QByteArrayView SigAlgHashed = "ED"; // signature over BLAKE2b-512 of the message
constexpr QByteArrayView KdfScrypt = "Sc";
constexpr QByteArrayView ChkBlake2b = "B2";
constexpr QByteArrayView CommentPrefix = "untrusted comment: ";
constexpr QByteArrayView TrustedPrefix = "trusted comment: ";
constexpr qsizetype KeyIdBytes = 8;
constexpr qsizetype SaltBytes = crypto_pwhash_scryptsalsa208sha256_SALTBYTES;
constexpr qsizetype KeynumSkBytes = KeyIdBytes + crypto_sign_SECRETKEYBYTES + crypto_generichash_BYTES;
constexpr qsizetype SecretFileBytes = 2 + 2 + 2 + SaltBytes + 8 + 8 + KeynumSkBytes;
constexpr qsizetype PublicBytes = 2 + KeyIdBytes + crypto_sign_PUBLICKEYBYTES;
constexpr qsizetype SigBytes = 2 + KeyIdBytes + crypto_sign_BYTES;
// minisign's COMMENTMAXBYTES and TRUSTEDCOMMENTMAXBYTES: anything longer it cannot read back.
constexpr qsizetype CommentMax = 1024;
constexpr qsizetype TrustedCommentMax = 8192;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const uchar *u(const QByteArray &b) { return reinterpret_cast<const uchar *>(b.constData()); }
uchar *u(QByteArray &b) { return reinterpret_cast<uchar *>(b.data()); }

QByteArray blake2b(QByteArrayView data, qsizetype outBytes)
{
    QByteArray out(outBytes, '\0');
    crypto_generichash(u(out), size_t(out.size()), reinterpret_cast<const uchar *>(data.data()),
                       size_t(data.size()), nullptr, 0);
    return out;
}

// Strict: a stray character is an error, not something to skip.
bool decodeBase64(QByteArrayView text, qsizetype expectedBytes, QByteArray &out)
{
    const auto r = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r || r.decoded.size() != expectedBytes)
        return false;
    out = r.decoded;
    return true;
}

// Splits a small text file into lines, as minisign's fgets + trim sees them.
QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> out = text.split('\n');
    for (QByteArray &l : out)
        if (l.endsWith('\r'))
            l.chop(1);
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

// minisign -V refuses a trusted comment with control characters (tab aside) or bad UTF-8.
bool isPrintable(QByteArrayView text)
{
    QStringDecoder dec(QStringDecoder::Utf8);
    const QString s = dec(text);
    if (dec.hasError())
        return false;
    for (const QChar c : s) {
        const char16_t x = c.unicode();
        if (x != u'\t' && (x < 0x20 || (x >= 0x7f && x <= 0x9f)))
            return false;
    }
    return true;
}

// The 104-byte keynum_sk block's checksum: BLAKE2b-256("Ed" || key id || secret key).
QByteArray keyChecksum(const QByteArray &keyId, const QByteArray &sk)
{
    return blake2b(QByteArray(SigAlg.toByteArray() + keyId + sk), crypto_generichash_BYTES);
}

void xorInPlace(QByteArray &data, const QByteArray &stream)
{
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char(data[i] ^ stream[i]);
}

QByteArray passphraseStream(const QByteArray &passphrase, const QByteArray &salt, quint64 ops, quint64 mem, bool *ok)
{
    QByteArray stream(KeynumSkBytes, '\0');
    *ok = crypto_pwhash_scryptsalsa208sha256(u(stream), size_t(stream.size()), passphrase.constData(),
                                             quint64(passphrase.size()), u(salt), ops, size_t(mem))
          == 0;
    return stream;
}

QByteArray le64(quint64 v)
{
    QByteArray b(8, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

} // namespace

QString PublicKey::toBase64() const
{
    if (!isValid())
        return {};
    return QString::fromLatin1(QByteArray(SigAlg.toByteArray() + keyId + key).toBase64());
}

QByteArray PublicKey::toFile() const
{
    if (!isValid())
        return {};
    const QString c = comment.isEmpty() ? u"minisign public key "_s + keyIdHex() : comment;
    return CommentPrefix.toByteArray() + c.toUtf8() + '\n' + toBase64().toLatin1() + '\n';
}

QString PublicKey::keyIdHex() const
{
    if (keyId.size() != KeyIdBytes)
        return {};
    QByteArray reversed = keyId;
    std::reverse(reversed.begin(), reversed.end()); // minisign prints the id as a little-endian u64
    return QString::fromLatin1(reversed.toHex().toUpper());
}

QString PublicKey::fingerprint() const
{
    if (!isValid() || !sodiumReady())
        return {};
    const QByteArray h = blake2b(QByteArray(SigAlg.toByteArray() + keyId + key), 32);
    QStringList groups;
    for (int i = 0; i < 8; ++i)
        groups.append(QString::number(qFromBigEndian<quint32>(h.constData() + 4 * i) % 10000u)
                          .rightJustified(4, u'0'));
    return groups.join(u' ');
}

PublicKey PublicKey::fromText(const QByteArray &text)
{
    if (text.size() > 2 * CommentMax)
        return {};
    const QList<QByteArray> ls = lines(text);
    QByteArray b64;
    QString comment;
    if (ls.size() == 1) {
        b64 = ls[0].trimmed();
    } else if (ls.size() == 2 && ls[0].startsWith(CommentPrefix)) {
        comment = QString::fromUtf8(ls[0].sliced(CommentPrefix.size()));
        b64 = ls[1].trimmed();
    } else {
        return {};
    }
    QByteArray raw;
    if (!decodeBase64(b64, PublicBytes, raw) || !raw.startsWith(SigAlg))
        return {};
    PublicKey k;
    k.keyId = raw.sliced(2, KeyIdBytes);
    k.key = raw.sliced(2 + KeyIdBytes);
    k.comment = comment;
    return k;
}

PublicKey SecretKey::publicKey() const
{
    if (!isValid())
        return {};
    PublicKey k;
    k.keyId = keyId;
    k.key = key.sliced(crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES);
    return k;
}

KdfLimits KdfLimits::sensitive()
{
    return {crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE, crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE};
}

KdfLimits KdfLimits::interactive()
{
    return {crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_INTERACTIVE};
}

KeyError readSecretKey(const QByteArray &file, const QByteArray &passphrase, SecretKey &out)
{
    if (!sodiumReady())
        return KeyError::Unsupported;
    if (file.size() > 2 * CommentMax)
        return KeyError::Malformed;
    const QList<QByteArray> ls = lines(file);
    if (ls.size() != 2 || !ls[0].startsWith(CommentPrefix))
        return KeyError::Malformed;
    QByteArray raw;
    if (!decodeBase64(ls[1].trimmed(), SecretFileBytes, raw))
        return KeyError::Malformed;
    if (!raw.startsWith(SigAlg) || raw.sliced(4, 2) != ChkBlake2b)
        return KeyError::Unsupported;
    const QByteArray kdf = raw.sliced(2, 2);
    const QByteArray salt = raw.sliced(6, SaltBytes);
    const quint64 ops = qFromLittleEndian<quint64>(raw.constData() + 6 + SaltBytes);
    const quint64 mem = qFromLittleEndian<quint64>(raw.constData() + 6 + SaltBytes + 8);
    QByteArray keynumSk = raw.sliced(6 + SaltBytes + 16);
    if (kdf == KdfScrypt) {
        // The file chooses the cost; refuse one above minisign's own so a planted key file
        // cannot make us allocate without bound.
        const KdfLimits max = KdfLimits::sensitive();
        if (ops > max.opsLimit || mem > max.memLimit)
            return KeyError::Unsupported;
        bool ok = false;
        QByteArray stream = passphraseStream(passphrase, salt, ops, mem, &ok);
        if (!ok)
            return KeyError::Unsupported;
        xorInPlace(keynumSk, stream);
        sodium_memzero(stream.data(), size_t(stream.size()));
    } else if (kdf != QByteArrayView("\0\0", 2)) {
        return KeyError::Unsupported;
    }
    SecretKey k;
    k.keyId = keynumSk.sliced(0, KeyIdBytes);
    k.key = keynumSk.sliced(KeyIdBytes, crypto_sign_SECRETKEYBYTES);
    const QByteArray chk = keynumSk.sliced(KeyIdBytes + crypto_sign_SECRETKEYBYTES);
    sodium_memzero(keynumSk.data(), size_t(keynumSk.size()));
    if (kdf == KdfScrypt) {
        if (chk != keyChecksum(k.keyId, k.key))
            return KeyError::WrongPassphrase;
    } else {
        // minisign -W leaves the checksum zero, so check the key itself instead: its public
        // half must be the one its seed derives.
        QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0'), sk(crypto_sign_SECRETKEYBYTES, '\0');
        crypto_sign_seed_keypair(u(pk), u(sk), u(k.key));
        const bool consistent = sk == k.key;
        sodium_memzero(sk.data(), size_t(sk.size()));
        if (!consistent)
            return KeyError::Malformed;
    }
    out = std::move(k);
    return KeyError::None;
}

bool secretKeyIsEncrypted(const QByteArray &file)
{
    const QList<QByteArray> ls = lines(file.left(2 * CommentMax));
    QByteArray raw;
    return ls.size() == 2 && decodeBase64(ls[1].trimmed(), SecretFileBytes, raw) && raw.sliced(2, 2) == KdfScrypt;
}

SecretKey generateKey()
{
    if (!sodiumReady())
        return {};
    SecretKey k;
    k.keyId = QByteArray(KeyIdBytes, '\0');
    randombytes_buf(u(k.keyId), size_t(KeyIdBytes));
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    k.key = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(u(pk), u(k.key));
    return k;
}

QByteArray secretKeyFile(const SecretKey &key, const QByteArray &passphrase, const QString &comment)
{
    return secretKeyFile(key, passphrase, comment, KdfLimits::sensitive());
}

QByteArray secretKeyFile(const SecretKey &key, const QByteArray &passphrase, const QString &comment,
                         KdfLimits limits)
{
    if (!key.isValid() || !sodiumReady() || comment.contains(u'\n') || comment.contains(u'\r'))
        return {};
    QByteArray salt(SaltBytes, '\0');
    QByteArray keynumSk = key.keyId + key.key + keyChecksum(key.keyId, key.key);
    const bool encrypt = !passphrase.isEmpty();
    if (encrypt) {
        randombytes_buf(u(salt), size_t(salt.size()));
        bool ok = false;
        QByteArray stream = passphraseStream(passphrase, salt, limits.opsLimit, limits.memLimit, &ok);
        // Like minisign: on a small device, halve the cost until scrypt gets its memory.
        while (!ok && limits.memLimit / 2 >= crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_MIN
               && limits.opsLimit / 2 >= crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_MIN) {
            limits.opsLimit /= 2;
            limits.memLimit /= 2;
            stream = passphraseStream(passphrase, salt, limits.opsLimit, limits.memLimit, &ok);
        }
        if (!ok)
            return {};
        xorInPlace(keynumSk, stream);
        sodium_memzero(stream.data(), size_t(stream.size()));
    } else {
        limits = {0, 0};
    }
    const QByteArray raw = SigAlg.toByteArray() + (encrypt ? KdfScrypt.toByteArray() : QByteArray(2, '\0'))
                           + ChkBlake2b.toByteArray() + salt + le64(limits.opsLimit) + le64(limits.memLimit)
                           + keynumSk;
    sodium_memzero(keynumSk.data(), size_t(keynumSk.size()));
    const QString c = comment.isEmpty() ? u"minisign encrypted secret key"_s : comment;
    return CommentPrefix.toByteArray() + c.toUtf8() + '\n' + raw.toBase64() + '\n';
}

QByteArray sign(const SecretKey &key, const QByteArray &message, const QString &trustedComment,
                const QString &untrustedComment)
{
    const QByteArray tc = trustedComment.toUtf8();
    const QByteArray uc = untrustedComment.isEmpty() ? QByteArray("signature from minisign secret key")
                                                     : untrustedComment.toUtf8();
    if (!key.isValid() || !sodiumReady() || !isPrintable(tc) || tc.size() >= TrustedCommentMax - TrustedPrefix.size()
        || uc.contains('\n') || uc.contains('\r') || uc.size() >= CommentMax - CommentPrefix.size())
        return {};
    // Ed25519 over the BLAKE2b-512 of the message, as minisign's "ED" mode; not libsodium's
    // crypto_sign_init/update/final, which is Ed25519ph and which minisign rejects.
    const QByteArray digest = blake2b(message, crypto_generichash_BYTES_MAX);
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(u(sig), nullptr, u(digest), size_t(digest.size()), u(key.key));
    QByteArray global(crypto_sign_BYTES, '\0');
    const QByteArray signedComment = sig + tc;
    crypto_sign_detached(u(global), nullptr, u(signedComment), size_t(signedComment.size()), u(key.key));
    return CommentPrefix.toByteArray() + uc + '\n' + QByteArray(SigAlgHashed.toByteArray() + key.keyId + sig).toBase64() + '\n'
           + TrustedPrefix.toByteArray() + tc + '\n' + global.toBase64() + '\n';
}

Verified verify(const PublicKey &key, const QByteArray &message, const QByteArray &minisig)
{
    Verified v;
    if (!sodiumReady() || minisig.size() > CommentMax + TrustedCommentMax + 256)
        return v;
    const QList<QByteArray> ls = lines(minisig);
    if (ls.size() != 4 || !ls[0].startsWith(CommentPrefix) || ls[0].size() >= CommentMax
        || !ls[2].startsWith(TrustedPrefix) || ls[2].size() >= TrustedCommentMax)
        return v;
    QByteArray sigStruct, global;
    if (!decodeBase64(ls[1].trimmed(), SigBytes, sigStruct) || !decodeBase64(ls[3].trimmed(), crypto_sign_BYTES, global))
        return v;
    const QByteArray alg = sigStruct.sliced(0, 2);
    if (alg != SigAlg && alg != SigAlgHashed)
        return v;
    const QByteArray tc = ls[2].sliced(TrustedPrefix.size());
    if (!isPrintable(tc))
        return v;
    v.keyId = sigStruct.sliced(2, KeyIdBytes);
    if (!key.isValid() || v.keyId != key.keyId) {
        v.status = Verified::Status::OtherKey;
        return v;
    }
    const QByteArray sig = sigStruct.sliced(2 + KeyIdBytes);
    const QByteArray signedBytes = alg == SigAlgHashed ? blake2b(message, crypto_generichash_BYTES_MAX) : message;
    const QByteArray signedComment = sig + tc;
    v.status = Verified::Status::BadSignature;
    if (crypto_sign_verify_detached(u(sig), u(signedBytes), quint64(signedBytes.size()), u(key.key)) != 0
        || crypto_sign_verify_detached(u(global), u(signedComment), quint64(signedComment.size()), u(key.key)) != 0)
        return v;
    v.status = Verified::Status::Ok;
    v.ok = true;
    v.trustedComment = QString::fromUtf8(tc);
    return v;
}

} // namespace maharat::minisign
