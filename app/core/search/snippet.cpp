#include "snippet.h"

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

constexpr QChar Ellipsis = QChar(0x2026);

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == QChar(0x061F) || c == QChar(0x06D4) || c == u'\n';
}

// Moves back to a word start: never cut a word (or a Persian word's ZWNJ-joined part) in two.
qsizetype wordStartAtOrBefore(QStringView text, qsizetype pos)
{
    while (pos > 0 && !text.at(pos - 1).isSpace())
        --pos;
    return pos;
}

qsizetype wordEndAtOrAfter(QStringView text, qsizetype pos)
{
    while (pos < text.size() && !text.at(pos).isSpace())
        ++pos;
    return pos;
}

QString oneLine(QStringView text)
{
    QString s = text.toString();
    s.replace(u'\n', u' ');
    return s;
}

} // namespace

QString firstSentence(QStringView text, int maxChars)
{
    text = text.trimmed();
    qsizetype end = text.size();
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A full stop inside a number or abbreviation (3.5, e.g.) is not followed by a space.
        if (endsSentence(text.at(i)) && (i + 1 == text.size() || text.at(i + 1).isSpace())) {
            end = text.at(i) == u'\n' ? i : i + 1;
            break;
        }
    }
    if (end <= maxChars)
        return oneLine(text.first(end));
    const qsizetype cut = wordStartAtOrBefore(text, maxChars);
    return oneLine(text.first(cut > 0 ? cut : maxChars)).trimmed() + Ellipsis;
}

Snippet makeSnippet(QStringView text, const QList<TextRange> &highlights, int maxChars)
{
    Snippet s;
    if (text.size() <= maxChars) {
        s.text = oneLine(text);
        s.highlights = highlights;
        return s;
    }
    const qsizetype first = highlights.isEmpty() ? 0 : highlights.first().start;
    // Start at the sentence of the first highlight when it begins close enough before it.
    qsizetype start = first;
    const qsizetype lead = maxChars / 3;
    const auto sentenceStartsAt = [&](qsizetype i) {
        return text.at(i - 1) == u'\n' || (endsSentence(text.at(i - 1)) && text.at(i).isSpace());
    };
    while (start > 0 && first - start < lead && !sentenceStartsAt(start))
        --start;
    if (start > 0 && first - start >= lead)
        start = wordStartAtOrBefore(text, first - lead / 2);
    while (start < first && text.at(start).isSpace())
        ++start;
    qsizetype end = start + maxChars;
    if (end >= text.size()) {
        end = text.size();
    } else {
        const qsizetype back = wordStartAtOrBefore(text, end);
        end = back > start ? back : wordEndAtOrAfter(text, end);
        while (end > start && text.at(end - 1).isSpace())
            --end;
    }
    const bool cutStart = start > 0;
    const bool cutEnd = end < text.size();
    const qsizetype shift = cutStart ? 1 : 0;
    s.text = (cutStart ? QString(Ellipsis) : QString()) + oneLine(text.sliced(start, end - start))
        + (cutEnd ? QString(Ellipsis) : QString());
    for (const TextRange &r : highlights) {
        if (r.start < start || r.start + r.length > end)
            continue;
        s.highlights.append({r.start - start + shift, r.length});
    }
    return s;
}

} // namespace maharat::search
