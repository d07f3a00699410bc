#pragma once
#include "importerror.h"
#include "minisign.h"

namespace maharat {

struct LoadedPack;

bool sameKey(const minisign::PublicKey &a, const minisign::PublicKey &b);

// What the trust model says about a validated pack file before it may be installed.
struct TrustVerdict {
    enum Kind {
        Trusted,       // signed by the key pinned to its id, or by the built-in key
        AskUnknownKey, // signed by a key never seen for this id: the user must accept it
        AskUnsigned,   // unsigned: installs only after the user accepts a warning
        Refused,       // see error
    };
    Kind kind = Refused;
    ImportError error;
};

// pinned: the key pinned to the pack's id (invalid if none); installed: the version installed
// now, if any (a signed installed version pins its key even without a stored pin, which is how
// the built-in packs are protected).
TrustVerdict judgeTrust(const LoadedPack &pack, const minisign::PublicKey &pinned, const LoadedPack *installed,
                        const minisign::PublicKey &builtin, bool onlySigned);

} // namespace maharat
