#pragma once
#include "catalog.h"
#include "minisign.h"

// The order a fetched catalog is checked in: signature over the exact bytes with the pinned key
// first (nothing of an unsigned or foreign file is parsed), then the strict parser, then the
// rollback rule. An expired catalog passes; the caller shows that it is expired.
namespace maharat::catalog {

CatalogError checkCatalog(const QByteArray &json, const QByteArray &minisig, const minisign::PublicKey &key,
                          qint64 lastSequence, Catalog &out);

} // namespace maharat::catalog
