#pragma once
#include "minisign.h"
#include "packerror.h"

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
    QByteArray minisig;      // the embedded .minisig text over packStatement() (only when signed)
    bool isSigned() const { return state == State::Valid; }
};

// The short text that is signed: format tag, pack id, version, content digest, publisher.
// Documented in docs/pack-format.md; `maharat-pack statement` prints exactly these bytes.
QByteArray packStatement(const QString &packId, int version, const QString &digest, const QString &publisher);
// The same for a pack readPack returned (its digest must be filled).
QByteArray packStatement(const LoadedPack &pack);
// The signature's trusted comment: one line carrying id, version and digest, which
// `minisign -V` prints after it verified it.
QString packTrustedComment(const QString &packId, int version, const QString &digest);

// Checks an embedded signature row (public key base64 line, .minisig text) against the
// statement the pack's content gives; fills signer on success. Used by readPack.
PackError checkPackSignature(const QByteArray &publicKeyLine, const QByteArray &minisig,
                             const QByteArray &statement, const QString &trustedComment, PackSigner &signer);

// Signs the pack at path with key, replacing any earlier signature: validates the pack with
// the safe reader, writes the signed copy next to it, fsyncs, checks it reads back signed by
// key with the same digest, and renames it over path; a failure at any point leaves path as
// it was. Format v1 files cannot carry a signature (rebuild them). Returns an empty string on
// success, else one sentence saying what went wrong.
QString signPack(const QString &path, const minisign::SecretKey &key);

} // namespace maharat
