#include "catalogcheck.h"

namespace maharat::catalog {

CatalogError checkCatalog(const QByteArray &json, const QByteArray &minisig, const minisign::PublicKey &key,
                          qint64 lastSequence, Catalog &out)
{
    out = Catalog();
    if (json.size() > kMaxCatalogBytes)
        return CatalogError(CatalogError::TooLarge, {QString::number(kMaxCatalogBytes)});
    if (minisig.trimmed().isEmpty())
        return CatalogError::SignatureMissing;
    if (!key.isValid())
        return CatalogError::NoKey;
    if (minisig.size() > kMaxSignatureBytes)
        return CatalogError::SignatureInvalid;
    const minisign::Verified v = minisign::verify(key, json, minisig);
    if (!v.ok) {
        if (v.keyId.size() == 8 && v.keyId != key.keyId) {
            minisign::PublicKey other;
            other.keyId = v.keyId;
            return CatalogError(CatalogError::WrongKey, {other.keyIdHex(), key.keyIdHex()});
        }
        return CatalogError::SignatureInvalid;
    }
    Catalog c;
    if (const CatalogError e = parse(json, c))
        return e;
    if (c.sequence < lastSequence)
        return CatalogError(CatalogError::Rollback, {QString::number(c.sequence), QString::number(lastSequence)});
    out = std::move(c);
    return {};
}

} // namespace maharat::catalog
