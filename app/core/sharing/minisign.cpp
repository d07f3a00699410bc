// PLACEHOLDER so the tree links while issue 9's signing work lands; replaced by the real thing.
#include "minisign.h"

namespace maharat::minisign {
QString PublicKey::toBase64() const { return {}; }
QByteArray PublicKey::toFile() const { return {}; }
QString PublicKey::keyIdHex() const { return {}; }
QString PublicKey::fingerprint() const { return {}; }
PublicKey PublicKey::fromText(const QByteArray &) { return {}; }
PublicKey SecretKey::publicKey() const { return {}; }
KeyError readSecretKey(const QByteArray &, const QByteArray &, SecretKey &) { return KeyError::Unsupported; }
SecretKey generateKey() { return {}; }
QByteArray secretKeyFile(const SecretKey &, const QByteArray &, const QString &) { return {}; }
QByteArray sign(const SecretKey &, const QByteArray &, const QString &, const QString &) { return {}; }
Verified verify(const PublicKey &, const QByteArray &, const QByteArray &) { return {}; }
} // namespace maharat::minisign
