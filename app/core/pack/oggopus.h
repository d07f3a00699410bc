#pragma once
#include <QByteArrayView>
#include <optional>

namespace maharat {

struct OggOpusInfo {
    int channels = 0;
    qint64 durationMs = 0;
};

// Checks that the bytes are one complete, single-stream Ogg Opus file (pages and CRCs by libogg,
// Opus headers and playing time by libopusfile) and returns its channel count and duration,
// or nothing if they are not. Used for recorded clips a manager adds and for untrusted packs.
// Used both for recorded clips a manager adds and for media inside untrusted packs.
std::optional<OggOpusInfo> inspectOggOpus(QByteArrayView data);

} // namespace maharat
