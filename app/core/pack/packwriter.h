#pragma once
#include "packcontent.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace maharat {

struct MediaBlob {
    MediaInfo info;
    QByteArray data;
};

// Writes content and media as an unsigned .skillpack of the current format (signPack signs it). Deterministic: the same input gives the same
// bytes (rows inserted in key order, no wall-clock time, VACUUM at the end). Writes to a
// temporary file next to outPath and renames it into place, so a failed build leaves no
// half-written pack. Returns an empty string on success, else what went wrong.
QString writePack(const PackContent &content, const QList<MediaBlob> &media, const QString &outPath);

} // namespace maharat
