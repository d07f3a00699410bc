#pragma once
#include "packcontent.h"
#include "packerror.h"
#include "packsignature.h"

#include <QByteArray>
#include <QString>

namespace maharat {

struct LoadedPack {
    QString path;
    PackContent content;
    int formatVersion = 0; // PRAGMA user_version: 1 (never signed) or 2
    QString digest;        // filled when ReadOptions::digest is set, and always for a signed pack
    qint64 mediaBytes = 0; // total size of all media blobs
    // Filled when the file carries a signature (v2): readPack refuses a signature that does not
    // verify, so a pack that reached the app is either unsigned or validly signed by signer.key.
    // Whether that key is trusted is the import pipeline's decision, not the reader's.
    PackSigner signer;
};

struct ReadOptions {
    bool digest = false; // the canonical digest costs one more pass over every row
    enum class Check {
        Full,      // everything below: for a file never seen or changed since it was validated
        Structure, // header, schema and every row, but no quick_check of the pages, no media
                   // hashing, no digest and no signature check (signer stays Unsigned): for a
                   // file the validation cache says was fully checked as it is now
    };
    Check check = Check::Full;
};

// Opens an untrusted .skillpack read-only on a hardened connection, checks the file header,
// integrity, exact schema of its format version, every row and every media blob (hash and Ogg
// structure), and the publisher signature if it has one (SignatureMalformed, SignatureMismatch);
// only then hands back its content. On any failure the error says why and nothing is returned.
PackError readPack(const QString &path, LoadedPack &out, ReadOptions options = {});

// Reads one clip from a pack that readPack accepted, and checks it still matches its hash.
PackError readPackMedia(const QString &path, const MediaInfo &info, QByteArray &data);

} // namespace maharat
