// minisign texts come from packs, catalogs, share links and servers: a public key line, a
// .minisig file, a secret key file. Parsing any bytes must fail cleanly, and nothing that was
// not signed by the key may verify.
#include "minisign.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace maharat::minisign;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)PublicKey::fromText(bytes);
    SecretKey secret;
    // An empty passphrase: unencrypted keys parse, encrypted ones fail fast (no scrypt cost).
    (void)readSecretKey(bytes, QByteArray(), secret);

    // A fixed key that signed nothing in the corpus: no input may verify under it.
    static const SecretKey key = generateKey();
    static const PublicKey pub = key.publicKey();
    const qsizetype split = bytes.indexOf('\0');
    const QByteArray message = split < 0 ? QByteArray("m") : bytes.left(split);
    const QByteArray minisig = split < 0 ? bytes : bytes.mid(split + 1);
    if (verify(pub, message, minisig).ok)
        abort();
    return 0;
}
