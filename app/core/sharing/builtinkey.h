#pragma once
#include "minisign.h"

namespace maharat {

// The one publisher trusted out of the box: the key that signs the bundled packs at build time
// (content/keys/maharat-default-packs.pub; its secret half is in the repository on purpose, so
// it marks "built-in" and nothing more). tests/sharing/tst_builtinkey.cpp checks they agree.
minisign::PublicKey builtinPublisherKey();

} // namespace maharat
