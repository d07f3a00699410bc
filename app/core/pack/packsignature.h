#pragma once
#include "minisign.h"

#include <QByteArray>
#include <QString>

// A pack's publisher signature (format v2, see docs/pack-format.md "Signature"). It lives in the
// file but outside the content digest: signing never changes the digest, re-signing replaces it.
// Owner: the signing work of issue 9.
namespace maharat {

struct LoadedPack;

struct PackSigner {
    enum class State {
        Unsigned, // v1 file, or a v2 file with no signature row
        Valid,    // the embedded signature verifies with the embedded key over this pack's statement
    };
    State state = State::Unsigned;
    minisign::PublicKey key; // the embedded signer key (valid only when signed)
    bool isSigned() const { return state == State::Valid; }
};

// The short text that is signed: format tag, pack id, version, content digest, publisher.
// Documented in docs/pack-format.md; `maharat-pack statement` prints exactly these bytes.
QByteArray packStatement(const QString &packId, int version, const QString &digest, const QString &publisher);

} // namespace maharat
