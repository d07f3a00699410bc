#include "trustpolicy.h"

#include "library.h"

namespace maharat {

bool sameKey(const minisign::PublicKey &a, const minisign::PublicKey &b)
{
    return a.isValid() && b.isValid() && a.keyId == b.keyId && a.key == b.key;
}

TrustVerdict judgeTrust(const LoadedPack &pack, const minisign::PublicKey &pinned, const LoadedPack *installed,
                        const minisign::PublicKey &builtin, bool onlySigned)
{
    const minisign::PublicKey pin =
        pinned.isValid() ? pinned : (installed && installed->signer.isSigned() ? installed->signer.key : pinned);
    const QString title = packTitle(pack);
    if (pack.signer.isSigned()) {
        if (pin.isValid())
            return sameKey(pin, pack.signer.key)
                       ? TrustVerdict{TrustVerdict::Trusted, {}}
                       : TrustVerdict{TrustVerdict::Refused,
                                      {ImportError::KeyMismatch, {title, pack.signer.key.keyIdHex(), pin.keyIdHex()}}};
        if (sameKey(pack.signer.key, builtin))
            return {TrustVerdict::Trusted, {}};
        return {TrustVerdict::AskUnknownKey, {}};
    }
    if (pin.isValid())
        return {TrustVerdict::Refused, {ImportError::LostSignature, {title}}};
    if (onlySigned)
        return {TrustVerdict::Refused, {ImportError::UnsignedRefused}};
    return {TrustVerdict::AskUnsigned, {}};
}

} // namespace maharat
