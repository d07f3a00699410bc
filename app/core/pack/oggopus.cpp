#include "oggopus.h"

#include <ogg/ogg.h>
#include <opus/opusfile.h>

#include <QScopeGuard>

#include <cstring>
#include <memory>

namespace maharat {

namespace {

// libogg checks every page's framing and CRC; we only add what a speech clip must be: one
// logical stream from beginning-of-stream to end-of-stream, and nothing after it.
bool isSingleCompleteStream(QByteArrayView data)
{
    ogg_sync_state sync;
    ogg_sync_init(&sync);
    const auto cleanup = qScopeGuard([&] { ogg_sync_clear(&sync); });
    char *buffer = ogg_sync_buffer(&sync, long(data.size()));
    if (!buffer)
        return false;
    memcpy(buffer, data.data(), size_t(data.size()));
    if (ogg_sync_wrote(&sync, long(data.size())) != 0)
        return false;

    ogg_page page;
    int pages = 0;
    long serial = 0;
    bool sawEos = false;
    qint64 consumed = 0;
    for (;;) {
        const int r = ogg_sync_pageout(&sync, &page);
        if (r == 0)
            break; // no more complete pages
        if (r < 0)
            return false; // bytes skipped: garbage or a page whose CRC failed
        consumed += page.header_len + page.body_len;
        if (sawEos)
            return false; // pages after end-of-stream (a chained or appended stream)
        if (pages == 0) {
            if (!ogg_page_bos(&page))
                return false;
            serial = ogg_page_serialno(&page);
        } else if (ogg_page_bos(&page) || ogg_page_serialno(&page) != serial) {
            return false; // a second, multiplexed stream
        }
        sawEos = ogg_page_eos(&page);
        ++pages;
    }
    // Every byte belongs to a page: no trailing garbage or truncated last page.
    return pages >= 3 && sawEos && consumed == data.size();
}

} // namespace

std::optional<OggOpusInfo> inspectOggOpus(QByteArrayView data)
{
    if (data.isEmpty() || !isSingleCompleteStream(data))
        return std::nullopt;
    int error = 0;
    std::unique_ptr<OggOpusFile, decltype(&op_free)> file(
        op_open_memory(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()), &error),
        &op_free);
    if (!file || error != 0 || op_link_count(file.get()) != 1)
        return std::nullopt;
    OggOpusInfo info;
    info.channels = op_channel_count(file.get(), -1);
    if (info.channels < 1 || info.channels > 2)
        return std::nullopt;
    // op_pcm_total counts 48 kHz samples after pre-skip, whatever the input rate was.
    const ogg_int64_t samples = op_pcm_total(file.get(), -1);
    if (samples <= 0)
        return std::nullopt;
    info.durationMs = qint64(samples) * 1000 / 48000;
    return info;
}

} // namespace maharat
