#pragma once
#include <QSize>
#include <QString>
#include <optional>

namespace maharat {

// The window size of --size "WxH". Each side 100–8192 pixels and at most 40 megapixels (an 8K
// screen is 33): beyond that the offscreen image alone would need gigabytes. On a bad value,
// `error` says what is wrong and what is accepted.
constexpr int MinWindowSide = 100;
constexpr int MaxWindowSide = 8192;
constexpr qint64 MaxWindowPixels = 40'000'000;
std::optional<QSize> parseWindowSize(const QString &text, QString *error);

} // namespace maharat
