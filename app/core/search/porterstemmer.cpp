#include "porterstemmer.h"

namespace maharat::search {

namespace {

// The word being stemmed. "Stem" below means the word minus the suffix under test, as in the
// paper, so every condition takes the stem's length.
class Word
{
public:
    explicit Word(QStringView w) : m_b(w.toString()) {}

    QString take() { return std::move(m_b); }
    qsizetype size() const { return m_b.size(); }
    bool endsWith(QStringView s) const { return m_b.endsWith(s); }
    QChar at(qsizetype i) const { return m_b.at(i); }
    QChar last() const { return m_b.back(); }
    void chop(qsizetype n) { m_b.chop(n); }
    void replaceEnd(QStringView suffix, QStringView with)
    {
        m_b.chop(suffix.size());
        m_b.append(with);
    }

    bool isConsonant(qsizetype i) const
    {
        switch (m_b.at(i).unicode()) {
        case u'a': case u'e': case u'i': case u'o': case u'u':
            return false;
        case u'y':
            // Y after a consonant sounds like a vowel (happy), otherwise it is a consonant (toy).
            return i == 0 || !isConsonant(i - 1);
        default:
            return true;
        }
    }

    // m in [C](VC)^m[V] over the first len letters.
    int measure(qsizetype len) const
    {
        int m = 0;
        qsizetype i = 0;
        while (i < len && isConsonant(i))
            ++i;
        while (i < len) {
            while (i < len && !isConsonant(i))
                ++i;
            if (i >= len)
                break;
            while (i < len && isConsonant(i))
                ++i;
            ++m;
        }
        return m;
    }

    bool hasVowel(qsizetype len) const
    {
        for (qsizetype i = 0; i < len; ++i) {
            if (!isConsonant(i))
                return true;
        }
        return false;
    }

    // *d: ends with a double consonant.
    bool doubleConsonant(qsizetype len) const
    {
        return len >= 2 && m_b.at(len - 1) == m_b.at(len - 2) && isConsonant(len - 1);
    }

    // *o: ends consonant-vowel-consonant, the last not w, x or y (hop, not snow or box).
    bool cvc(qsizetype len) const
    {
        if (len < 3 || !isConsonant(len - 3) || isConsonant(len - 2) || !isConsonant(len - 1))
            return false;
        const char16_t c = m_b.at(len - 1).unicode();
        return c != u'w' && c != u'x' && c != u'y';
    }

private:
    QString m_b;
};

struct Rule
{
    QStringView suffix;
    QStringView replacement;
};

using Condition = bool (*)(const Word &, qsizetype stemLen);

// The paper applies, within a step, only the rule with the longest matching suffix; if its
// condition fails the step does nothing.
template<qsizetype N>
void applyLongest(Word &w, const Rule (&rules)[N], Condition cond)
{
    const Rule *best = nullptr;
    for (const Rule &r : rules) {
        if (w.endsWith(r.suffix) && (!best || r.suffix.size() > best->suffix.size()))
            best = &r;
    }
    if (best && cond(w, w.size() - best->suffix.size()))
        w.replaceEnd(best->suffix, best->replacement);
}

void step1a(Word &w)
{
    static const Rule rules[] = {{u"sses", u"ss"}, {u"ies", u"i"}, {u"ss", u"ss"}, {u"s", u""}};
    applyLongest(w, rules, [](const Word &, qsizetype) { return true; });
}

void step1b(Word &w)
{
    if (w.endsWith(u"eed")) {
        if (w.measure(w.size() - 3) > 0)
            w.chop(1);
        return;
    }
    bool removed = false;
    for (QStringView s : {QStringView(u"ed"), QStringView(u"ing")}) {
        if (w.endsWith(s) && w.hasVowel(w.size() - s.size())) {
            w.chop(s.size());
            removed = true;
            break;
        }
    }
    if (!removed)
        return;
    // Put back what the removal broke: conflat(ed) -> conflate, hopp(ing) -> hop, fil(ing) -> file.
    if (w.endsWith(u"at") || w.endsWith(u"bl") || w.endsWith(u"iz")) {
        w.replaceEnd(u"", u"e");
    } else if (w.doubleConsonant(w.size())) {
        const char16_t c = w.last().unicode();
        if (c != u'l' && c != u's' && c != u'z')
            w.chop(1);
    } else if (w.measure(w.size()) == 1 && w.cvc(w.size())) {
        w.replaceEnd(u"", u"e");
    }
}

void step1c(Word &w)
{
    if (w.endsWith(u"y") && w.hasVowel(w.size() - 1))
        w.replaceEnd(u"y", u"i");
}

bool mGreater0(const Word &w, qsizetype len)
{
    return w.measure(len) > 0;
}

void step2(Word &w)
{
    static const Rule rules[] = {
        {u"ational", u"ate"}, {u"tional", u"tion"}, {u"enci", u"ence"},  {u"anci", u"ance"},
        {u"izer", u"ize"},    {u"abli", u"able"},   {u"alli", u"al"},    {u"entli", u"ent"},
        {u"eli", u"e"},       {u"ousli", u"ous"},   {u"ization", u"ize"}, {u"ation", u"ate"},
        {u"ator", u"ate"},    {u"alism", u"al"},    {u"iveness", u"ive"}, {u"fulness", u"ful"},
        {u"ousness", u"ous"}, {u"aliti", u"al"},    {u"iviti", u"ive"},  {u"biliti", u"ble"},
    };
    applyLongest(w, rules, mGreater0);
}

void step3(Word &w)
{
    static const Rule rules[] = {
        {u"icate", u"ic"}, {u"ative", u""}, {u"alize", u"al"}, {u"iciti", u"ic"},
        {u"ical", u"ic"},  {u"ful", u""},   {u"ness", u""},
    };
    applyLongest(w, rules, mGreater0);
}

void step4(Word &w)
{
    static const Rule rules[] = {
        {u"al", u""},  {u"ance", u""}, {u"ence", u""}, {u"er", u""},   {u"ic", u""},
        {u"able", u""}, {u"ible", u""}, {u"ant", u""},  {u"ement", u""}, {u"ment", u""},
        {u"ent", u""}, {u"ion", u""},  {u"ou", u""},   {u"ism", u""},  {u"ate", u""},
        {u"iti", u""}, {u"ous", u""},  {u"ive", u""},  {u"ize", u""},
    };
    applyLongest(w, rules, [](const Word &w, qsizetype len) {
        if (w.measure(len) <= 1)
            return false;
        // -ion goes only after s or t (adoption -> adopt, but not onion).
        if (w.endsWith(u"ion") && len == w.size() - 3)
            return len > 0 && (w.at(len - 1) == u's' || w.at(len - 1) == u't');
        return true;
    });
}

void step5(Word &w)
{
    if (w.endsWith(u"e")) {
        const qsizetype len = w.size() - 1;
        const int m = w.measure(len);
        if (m > 1 || (m == 1 && !w.cvc(len)))
            w.chop(1);
    }
    if (w.measure(w.size()) > 1 && w.doubleConsonant(w.size()) && w.last() == u'l')
        w.chop(1);
}

bool isLowerAsciiWord(QStringView word)
{
    for (QChar c : word) {
        if (c.unicode() < u'a' || c.unicode() > u'z')
            return false;
    }
    return true;
}

} // namespace

QString porterStem(QStringView word)
{
    if (word.size() <= 2 || !isLowerAsciiWord(word))
        return word.toString();
    Word w(word);
    step1a(w);
    step1b(w);
    step1c(w);
    step2(w);
    step3(w);
    step4(w);
    step5(w);
    return w.take();
}

} // namespace maharat::search
