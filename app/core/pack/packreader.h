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
    QString digest;        // filled when ReadOptions::digest is set
    qint64 mediaBytes = 0; // total size of all media blobs
    // Filled when the file carries a signature (v2): readPack refuses a signature that does not
    // verify, so a pack that reached the app is either unsigned or validly signed by signer.key.
    // Whether that key is trusted is the import pipeline's decision, not the reader's.
    PackSigner signer;
};

struct ReadOptions {
    bool digest = false; // the canonical digest costs one more pass over every row
};

// Opens an untrusted .skillpack read-only on a hardened connection, checks the file header,
// integrity, exact v1 schema, every row and every media blob (hash and Ogg structure), and
// only then hands back its content. On any failure the error says why and nothing is returned.
PackError readPack(const QString &path, LoadedPack &out, ReadOptions options = {});

// Reads one clip from a pack that readPack accepted, and checks it still matches its hash.
PackError readPackMedia(const QString &path, const MediaInfo &info, QByteArray &data);

} // namespace maharat
