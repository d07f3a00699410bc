#include "oggopus.h"

#include <QtEndian>
#include <array>

namespace maharat {

namespace {

// Ogg's CRC-32: polynomial 0x04c11db7, not reflected, initial value 0 (RFC 3533).
const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 r = i << 24;
            for (int k = 0; k < 8; ++k)
                r = (r & 0x80000000u) ? (r << 1) ^ 0x04c11db7u : (r << 1);
            t[i] = r;
        }
        return t;
    }();
    return table;
}

quint32 oggCrc(QByteArrayView page)
{
    quint32 crc = 0;
    for (qsizetype i = 0; i < page.size(); ++i) {
        // Bytes 22..25 hold the CRC itself and count as zero.
        const quint8 b = (i >= 22 && i < 26) ? 0 : quint8(page[i]);
        crc = (crc << 8) ^ crcTable()[((crc >> 24) & 0xff) ^ b];
    }
    return crc;
}

} // namespace

std::optional<OggOpusInfo> inspectOggOpus(QByteArrayView data)
{
    OggOpusInfo info;
    qsizetype pos = 0;
    int page = 0;
    quint32 serial = 0;
    qint64 lastGranule = -1;
    int preSkip = 0;
    bool sawEos = false;
    while (pos < data.size()) {
        if (sawEos || data.size() - pos < 27 || data.sliced(pos, 4) != QByteArrayView("OggS")
            || data[pos + 4] != 0)
            return std::nullopt;
        const auto *p = reinterpret_cast<const uchar *>(data.data() + pos);
        const quint8 flags = p[5];
        const qint64 granule = qFromLittleEndian<qint64>(p + 6);
        const quint32 pageSerial = qFromLittleEndian<quint32>(p + 14);
        const quint32 crc = qFromLittleEndian<quint32>(p + 22);
        const int segments = p[26];
        if (data.size() - pos < 27 + segments)
            return std::nullopt;
        qsizetype body = 0;
        for (int i = 0; i < segments; ++i)
            body += p[27 + i];
        const qsizetype pageSize = 27 + segments + body;
        if (data.size() - pos < pageSize)
            return std::nullopt;
        if (oggCrc(data.sliced(pos, pageSize)) != crc)
            return std::nullopt;
        const QByteArrayView payload = data.sliced(pos + 27 + segments, body);
        if (page == 0) {
            // First page: beginning-of-stream, exactly the 19+ byte OpusHead packet.
            if (!(flags & 0x02) || payload.size() < 19 || payload.first(8) != QByteArrayView("OpusHead"))
                return std::nullopt;
            if ((quint8(payload[8]) & 0xf0) != 0) // major version must be 0
                return std::nullopt;
            info.channels = quint8(payload[9]);
            preSkip = qFromLittleEndian<quint16>(reinterpret_cast<const uchar *>(payload.data()) + 10);
            if (info.channels < 1 || info.channels > 2)
                return std::nullopt;
            serial = pageSerial;
        } else {
            if (pageSerial != serial || (flags & 0x02))
                return std::nullopt; // a second stream: not a plain speech clip
            if (page == 1 && (payload.size() < 8 || payload.first(8) != QByteArrayView("OpusTags")))
                return std::nullopt;
        }
        if (granule != -1)
            lastGranule = granule;
        sawEos = flags & 0x04;
        pos += pageSize;
        ++page;
    }
    if (page < 3 || lastGranule < preSkip)
        return std::nullopt;
    // Opus granule positions count 48 kHz samples, whatever the input rate was.
    info.durationMs = (lastGranule - preSkip) * 1000 / 48000;
    return info;
}

} // namespace maharat
