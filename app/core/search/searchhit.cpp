#include "searchhit.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace maharat::search {

QString matchKindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::ExactTitle:
        return u"exact-title"_s;
    case MatchKind::Title:
        return u"title"_s;
    case MatchKind::TitleOrSummary:
        return u"summary"_s;
    case MatchKind::Anywhere:
        return u"text"_s;
    case MatchKind::SomeWords:
        return u"some-words"_s;
    }
    return {};
}

QString markedText(const QString &text, const QList<TextRange> &ranges, QStringView open, QStringView close,
                   bool escapeHtml)
{
    QList<TextRange> sorted = ranges;
    std::sort(sorted.begin(), sorted.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    const auto append = [&](QString &out, QStringView piece) {
        if (!escapeHtml) {
            out += piece;
            return;
        }
        for (QChar c : piece) {
            if (c == u'&')
                out += u"&amp;"_s;
            else if (c == u'<')
                out += u"&lt;"_s;
            else if (c == u'>')
                out += u"&gt;"_s;
            else
                out += c;
        }
    };
    QString out;
    qsizetype at = 0;
    for (const TextRange &r : sorted) {
        const qsizetype start = std::clamp(r.start, at, text.size());
        const qsizetype end = std::clamp(r.start + r.length, start, text.size());
        if (end == start)
            continue;
        append(out, QStringView(text).sliced(at, start - at));
        out += open;
        append(out, QStringView(text).sliced(start, end - start));
        out += close;
        at = end;
    }
    append(out, QStringView(text).sliced(at));
    return out;
}

} // namespace maharat::search
