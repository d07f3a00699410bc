#pragma once
#include <QByteArrayView>
#include <optional>

namespace maharat {

struct OggOpusInfo {
    int channels = 0;
    qint64 durationMs = 0;
};

// Walks every Ogg page of a single-stream Ogg Opus file (page CRCs included) and returns its
// channel count and playing time, or nothing if the bytes are not a well-formed Ogg Opus file.
// Used both for recorded clips a manager adds and for media inside untrusted packs.
std::optional<OggOpusInfo> inspectOggOpus(QByteArrayView data);

} // namespace maharat
