#include "builtinkey.h"

namespace maharat {

minisign::PublicKey builtinPublisherKey()
{
    // A constant rather than a file read at run time: nothing on the device can swap it.
    static const minisign::PublicKey key = [] {
        minisign::PublicKey k = minisign::PublicKey::fromText("RWQ2eeHDRERt++rz4qlmSFMzswMRwLk624g4WiavVOuPHzblSuMNFS/G");
        k.comment = QStringLiteral("Maharat default packs");
        return k;
    }();
    return key;
}

} // namespace maharat
