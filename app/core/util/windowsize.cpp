#include "windowsize.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace maharat {

std::optional<QSize> parseWindowSize(const QString &text, QString *error)
{
    static const QRegularExpression re(u"^\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*$"_s);
    const auto m = re.match(text);
    const QString accepted = u"expected WIDTHxHEIGHT, e.g. 360x640, each side %1 to %2 pixels"_s.arg(MinWindowSide)
                                 .arg(MaxWindowSide);
    if (!m.hasMatch()) {
        *error = u"--size \""_s + text.left(40) + u"\": "_s + accepted;
        return std::nullopt;
    }
    const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
    if (w < MinWindowSide || h < MinWindowSide || w > MaxWindowSide || h > MaxWindowSide
        || qint64(w) * h > MaxWindowPixels) {
        *error = u"--size %1x%2 is out of range: "_s.arg(w).arg(h) + accepted + u", at most 40 megapixels"_s;
        return std::nullopt;
    }
    return QSize(w, h);
}

} // namespace maharat
