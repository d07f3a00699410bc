#pragma once
#include "minisign.h"

#include <QString>

namespace maharat {

class LibraryDb;

// Which publisher keys the user trusts, per pack id (trust on first accept, then pinned), and
// whether unsigned packs may be installed at all. Out of the box only the built-in key is trusted.
class TrustStore
{
public:
    explicit TrustStore(LibraryDb &db) : m_db(db) {}

    // The key pinned to packId, invalid when none was pinned.
    minisign::PublicKey pinnedKey(const QString &packId) const;
    bool pin(const QString &packId, const minisign::PublicKey &key, const QString &publisher);
    // On removal: the next import of this id asks again (the way to move to a new key).
    bool unpin(const QString &packId);

    // "Only signed packs" (managed devices): unsigned files are refused without asking.
    bool onlySigned() const;
    bool setOnlySigned(bool on);

private:
    LibraryDb &m_db;
};

} // namespace maharat
