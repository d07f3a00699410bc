#pragma once
#include "library.h"
#include "minisign.h"

namespace maharat {

class LibraryDb;

// Loads the library through the validation cache in library.db: a pack file is validated in
// full once (at import, or the first time a bundled file is seen), and while its size, mtime and
// file id stay the same later launches only check its structure. A file changed behind the
// app's back is validated in full again, and must still carry the key pinned to its id.
class LibraryLoader
{
public:
    LibraryLoader(LibraryDb &db, minisign::PublicKey builtin) : m_db(db), m_builtin(std::move(builtin)) {}

    Library load(const QList<Library::Folder> &folders);
    // One file; `bundled` files are never pinned (the built-in key covers them).
    ImportError open(const QString &path, LoadedPack &out, Library::Origin &origin);

    int fullChecks() const { return m_fullChecks; }

private:
    LibraryDb &m_db;
    minisign::PublicKey m_builtin;
    int m_fullChecks = 0;
};

} // namespace maharat
