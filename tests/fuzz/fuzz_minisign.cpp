// minisign texts come from packs, catalogs, share links and servers: a public key line, a
// .minisig file, a secret key file. Parsing any bytes must fail cleanly, nothing that was
// not signed by the key may verify, and what the parsers accept is consistent.
#include "minisign.h"

#include <cstdint>
#include <cstdlib>

namespace {
using namespace maharat::minisign;

// A key the parser accepted prints a fingerprint and reads back from its own file.
void checkKey(const PublicKey &k)
{
    if (!k.isValid())
        return;
    if (k.fingerprint().size() != 39 || k.keyIdHex().size() != 16 || !PublicKey::fromText(k.toFile()).sameKey(k))
        abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkKey(PublicKey::fromText(bytes));
    SecretKey secret;
    // An empty passphrase: unencrypted keys parse, encrypted ones fail fast (no scrypt cost).
    if (!secretKeyIsEncrypted(bytes) && readSecretKey(bytes, QByteArray(), secret) == KeyError::None) {
        if (!secret.isValid())
            abort();
        checkKey(secret.publicKey());
    }

    // A fixed key that signed nothing in the corpus: no input may verify under it.
    static const SecretKey key = generateKey();
    static const PublicKey pub = key.publicKey();
    const qsizetype split = bytes.indexOf('\0');
    const QByteArray message = split < 0 ? QByteArray("m") : bytes.left(split);
    const QByteArray minisig = split < 0 ? bytes : bytes.mid(split + 1);
    const Verified v = verify(pub, message, minisig);
    if (v.ok || v.status == Verified::Status::Ok)
        abort();
    return 0;
}
