#include "textmatch.h"

#include "textnormalizer.h"

#include <algorithm>

namespace maharat::search {

namespace {

constexpr char32_t Zwnj = 0x200C;
constexpr char32_t ZeroWidthSpace = 0x200B;
constexpr char32_t Tatweel = 0x0640;
constexpr char32_t HighHamza = 0x0674;

bool isWordChar(QChar::Category cat)
{
    switch (cat) {
    case QChar::Letter_Uppercase: case QChar::Letter_Lowercase: case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier: case QChar::Letter_Other: case QChar::Mark_SpacingCombining:
    case QChar::Number_Letter: case QChar::Number_Other: case QChar::Number_DecimalDigit:
        return true;
    default:
        return false;
    }
}

bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x02BC;
}

struct Segment
{
    qsizetype start;
    qsizetype end;
    bool hasZwnj;
};

// The word segmentation of normalize() (docs/search-normalization.md, section 1) replayed on the
// original text, so each word keeps its offsets: marks, tatweel, ZWNJ and invisible format
// characters stay inside a word, an apostrophe after a letter too, and a change between Arabic
// script and anything else starts a new word.
QList<Segment> segments(QStringView text)
{
    enum class Kind { None, Arabic, Other };
    QList<Segment> out;
    Kind last = Kind::None;
    bool inWord = false;
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype at = i;
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        ++i;
        const QChar::Category cat = QChar::category(c);
        const bool transparent = cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || c == Tatweel
            || c == HighHamza || c == Zwnj || (cat == QChar::Other_Format && c != ZeroWidthSpace)
            || (isApostrophe(c) && last != Kind::None && !pendingSpace);
        if (transparent) {
            if (inWord) {
                out.last().end = i;
                out.last().hasZwnj |= c == Zwnj;
            }
            continue;
        }
        if (!isWordChar(cat)) {
            pendingSpace = true;
            inWord = false;
            continue;
        }
        const Kind kind = cat != QChar::Number_DecimalDigit && QChar::script(c) == QChar::Script_Arabic
            ? Kind::Arabic : Kind::Other;
        if (!inWord || pendingSpace || kind != last)
            out.append({at, i, false});
        else
            out.last().end = i;
        inWord = true;
        pendingSpace = false;
        last = kind;
    }
    return out;
}

QStringList zwnjParts(QStringView original)
{
    QStringList parts;
    for (QStringView piece : original.split(QChar(char16_t(Zwnj)), Qt::SkipEmptyParts)) {
        const QString n = normalize(piece);
        if (!n.isEmpty() && !n.contains(u' '))
            parts.append(n);
    }
    return parts.size() > 1 ? parts : QStringList();
}

constexpr size_t FilterBits = 1 << 16;

size_t pairKey(QChar a, QChar b)
{
    return (size_t(a.unicode()) * 40503u + b.unicode()) & (FilterBits - 1);
}

void setBit(std::vector<quint64> &bits, size_t i)
{
    bits[i / 64] |= quint64(1) << (i % 64);
}

bool testBit(const std::vector<quint64> &bits, size_t i)
{
    return bits[i / 64] & (quint64(1) << (i % 64));
}

QString probeOf(const QString &alt)
{
    // Three letters, or one less than a short alternative: Porter may rewrite a 3-letter stem's end.
    return alt.left(alt.size() >= 4 ? 3 : std::max<qsizetype>(1, alt.size() - 1));
}

} // namespace

QList<WordSpan> wordSpans(QStringView text, QStringView normalized)
{
    const QList<Segment> segs = segments(text);
    const QString own = normalized.isNull() ? normalize(text) : QString();
    const QList<QStringView> words = (normalized.isNull() ? QStringView(own) : normalized).split(u' ', Qt::SkipEmptyParts);
    QList<WordSpan> out;
    out.reserve(words.size());
    if (words.size() == segs.size()) {
        for (qsizetype i = 0; i < segs.size(); ++i) {
            const Segment &s = segs.at(i);
            out.append({s.start, s.end, words.at(i).toString(),
                        s.hasZwnj ? zwnjParts(text.sliced(s.start, s.end - s.start)) : QStringList()});
        }
        return out;
    }
    // Rare: compatibility characters that NFKD turns into several words or into letters (ﷺ, ½, ™).
    // Each segment on its own then; all its words point at the whole segment.
    for (const Segment &s : segs) {
        const QStringView original = text.sliced(s.start, s.end - s.start);
        const QStringList parts = s.hasZwnj ? zwnjParts(original) : QStringList();
        for (const QString &w : normalize(original).split(u' ', Qt::SkipEmptyParts))
            out.append({s.start, s.end, w, parts});
    }
    return out;
}

QueryMatcher::QueryMatcher(const SearchQuery &query)
{
    for (qsizetype i = 0; i < query.tokens.size() && i < 32; ++i) {
        m_all |= 1u << i;
        const bool prefix = query.isPrefixToken(i);
        for (const QString &alt : query.tokens.at(i).alternatives) {
            if (prefix && alt.size() >= MinPrefixLength)
                m_prefixes.append({alt, int(i)});
            else if (!m_exact.contains(alt))
                m_exact.insert(alt, int(i));
            const QString probe = probeOf(alt);
            if (!m_probes.contains(probe))
                m_probes.append(probe);
        }
    }
    m_pairBits.assign(FilterBits / 64, 0);
    m_letterBits.assign(FilterBits / 64, 0);
    for (const QString &probe : std::as_const(m_probes)) {
        if (probe.size() >= 2)
            setBit(m_pairBits, pairKey(probe.at(0), probe.at(1)));
        else if (probe.size() == 1)
            setBit(m_letterBits, probe.at(0).unicode());
    }
}

bool QueryMatcher::mightHoldProbe(QStringView word) const
{
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (testBit(m_letterBits, word.at(i).unicode()))
            return true;
        if (i + 1 < word.size() && testBit(m_pairBits, pairKey(word.at(i), word.at(i + 1))))
            return true;
    }
    return false;
}

int QueryMatcher::tokenOfTerm(const QString &term) const
{
    const auto it = m_exact.constFind(term);
    if (it != m_exact.cend())
        return *it;
    for (const auto &[prefix, token] : m_prefixes)
        if (term.startsWith(prefix))
            return token;
    return -1;
}

bool QueryMatcher::mayMatch(QStringView normalized) const
{
    return std::any_of(m_probes.cbegin(), m_probes.cend(), [&](const QString &p) { return normalized.contains(p); });
}

int QueryMatcher::tokenOfWordUncached(QStringView word) const
{
    if (!mayMatch(word))
        return -1;
    const QString w = word.toString();
    if (const int token = tokenOfTerm(w); token >= 0)
        return token;
    for (const QString &s : stems(w))
        if (const int token = tokenOfTerm(s); token >= 0)
            return token;
    return -1;
}

int QueryMatcher::tokenOfWord(QStringView word) const
{
    if (!mightHoldProbe(word))
        return -1;
    const size_t h = qHash(word);
    if (const auto it = m_wordTokens.constFind(h); it != m_wordTokens.cend()) {
        if (it->word == word)
            return it->token;
        return tokenOfWordUncached(word);
    }
    const int token = tokenOfWordUncached(word);
    m_wordTokens.insert(h, {word.toString(), token});
    return token;
}

int QueryMatcher::tokenOf(const WordSpan &span) const
{
    // The word and its stems first, then its ZWNJ parts and theirs.
    if (const int token = tokenOfWord(span.word); token >= 0)
        return token;
    for (const QString &p : span.parts)
        if (const int token = tokenOfWord(p); token >= 0)
            return token;
    return -1;
}

template<typename F>
void QueryMatcher::forEachMatch(QStringView text, QStringView normalized, F &&onMatch) const
{
    // wordSpans() without making a string per word: the normalized words are read in place, and
    // a word's ZWNJ parts are made only when the whole word meets nothing.
    const QList<Segment> segs = segments(text);
    const QString own = normalized.isNull() ? normalize(text) : QString();
    const QStringView norm = normalized.isNull() ? QStringView(own) : normalized;
    qsizetype words = 0;
    for (QStringView w : norm.tokenize(u' ', Qt::SkipEmptyParts)) {
        Q_UNUSED(w);
        ++words;
    }
    if (words != segs.size()) {
        for (const WordSpan &span : wordSpans(text, norm))
            if (const int token = tokenOf(span); token >= 0)
                onMatch(span.start, span.end, token);
        return;
    }
    qsizetype i = 0;
    for (QStringView w : norm.tokenize(u' ', Qt::SkipEmptyParts)) {
        const Segment &seg = segs.at(i++);
        int token = tokenOfWord(w);
        if (token < 0 && seg.hasZwnj) {
            for (const QString &part : zwnjParts(text.sliced(seg.start, seg.end - seg.start)))
                if ((token = tokenOfWord(part)) >= 0)
                    break;
        }
        if (token >= 0)
            onMatch(seg.start, seg.end, token);
    }
}

quint32 QueryMatcher::coverage(QStringView text, QStringView normalized) const
{
    // No mayMatch() on the whole text first: with many query words, trying every probe on a long
    // line costs more than the word filter.
    quint32 seen = 0;
    if (m_all == 0 || text.isEmpty())
        return seen;
    forEachMatch(text, normalized, [&](qsizetype, qsizetype, int token) { seen |= 1u << token; });
    return seen;
}

QList<TextRange> QueryMatcher::highlights(QStringView text, quint32 *seen, QStringView normalized) const
{
    QList<TextRange> out;
    if (m_all == 0 || text.isEmpty() || (!normalized.isNull() && !mayMatch(normalized)))
        return out;
    forEachMatch(text, normalized, [&](qsizetype start, qsizetype end, int token) {
        if (seen)
            *seen |= 1u << token;
        // Fallback spans repeat their segment, and words that touch (iPhone‌ها) read as one: one range.
        if (!out.isEmpty() && out.last().start + out.last().length >= start) {
            out.last().length = std::max(out.last().length, end - out.last().start);
            return;
        }
        out.append({start, end - start});
    });
    return out;
}

} // namespace maharat::search
