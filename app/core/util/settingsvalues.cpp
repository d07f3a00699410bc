#include "settingsvalues.h"

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace maharat::settingsvalues {

namespace {

std::optional<double> number(const QVariant &v)
{
    bool ok = false;
    const double d = v.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

} // namespace

QString theme(const QVariant &stored)
{
    const QString t = stored.toString();
    return t == u"light" || t == u"dark" ? t : u"system"_s;
}

double playbackRate(const QVariant &stored)
{
    const auto r = number(stored);
    for (const double allowed : {0.75, 1.0, 1.25})
        if (r && std::abs(*r - allowed) < 0.001)
            return allowed;
    return 1.0;
}

double textScale(const QVariant &stored)
{
    const auto s = number(stored);
    if (!s || *s < 1.0 || *s > 2.0)
        return 1.0;
    return std::round(*s * 10) / 10.0;
}

double retention(const QVariant &stored)
{
    const auto r = number(stored);
    if (!r || *r < 0.8 || *r > 0.95)
        return 0.9;
    return std::round(*r * 100) / 100.0;
}

bool flag(const QVariant &stored, bool fallback)
{
    const QString s = stored.toString().trimmed().toLower();
    if (s == u"true" || s == u"1")
        return true;
    if (s == u"false" || s == u"0")
        return false;
    return fallback;
}

} // namespace maharat::settingsvalues
