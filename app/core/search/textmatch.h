#pragma once
#include "searchhit.h"
#include "searchquery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace maharat::search {

// One normalized word of an original text and where it was written.
struct WordSpan
{
    qsizetype start = 0; // UTF-16 offsets into the original text, harakat and ZWNJ included
    qsizetype end = 0;
    QString word;        // as normalize() gives it (ZWNJ-joined)
    QStringList parts;   // the normalized parts, when the original word had a ZWNJ
};

// The words of `text` as normalize() sees them, with their places in the original. Highlights
// and snippets are cut from the original text, never from terms, so they show what the author wrote.
// `normalized` may pass normalize(text) when it is already known (the index stores it per line).
QList<WordSpan> wordSpans(QStringView text, QStringView normalized = {});

// Which words of an original text meet a query, by the same rule the index uses: a word meets a
// token when one of the word's terms (the word, its ZWNJ parts, their stems) is one of the token's
// alternatives, or for the token being typed starts with one.
class QueryMatcher
{
public:
    explicit QueryMatcher(const SearchQuery &query);

    // The token the word meets (the first, if several), or -1.
    int tokenOf(const WordSpan &span) const;
    // Ranges of the matching words; `seen` gets a bit per token that matched (bit i = token i).
    // `normalized`, when given, is normalize(text): a text with no plausible word is then skipped
    // without looking at its words.
    QList<TextRange> highlights(QStringView text, quint32 *seen = nullptr, QStringView normalized = {}) const;
    // Whether a normalized text could contain a match at all (cheap; false means certainly not).
    bool mayMatch(QStringView normalized) const;
    // The tokens (bit i = token i) that the words of a text meet: what highlights() reports in
    // `seen`, without making the ranges. `normalized` as for highlights().
    quint32 coverage(QStringView text, QStringView normalized = {}) const;
    quint32 allTokens() const { return m_all; }

private:
    int tokenOfTerm(const QString &term) const;
    int tokenOfWord(QStringView word) const;
    int tokenOfWordUncached(QStringView word) const;
    // Calls onMatch(start, end, token) for each word of the text that meets a token.
    template<typename F>
    void forEachMatch(QStringView text, QStringView normalized, F &&onMatch) const;

    QHash<QString, int> m_exact;
    QList<QPair<QString, int>> m_prefixes;
    // A word can only meet an alternative that shares a few letters with it (stems are parts of
    // the word; Porter only rewrites endings), so most words are rejected before stemming.
    QStringList m_probes;
    quint32 m_all = 0;
    // Words repeat across the hits' texts; stemming them again is most of the cost of a snippet.
    // Keyed by the word's hash, so that a word read from a text is looked up without making a
    // string of it; a second word with the same hash is simply not cached.
    struct CachedWord
    {
        QString word;
        int token;
    };
    mutable QHash<size_t, CachedWord> m_wordTokens;
    // A filter in front of mayMatch(): a word that holds a probe holds the probe's first two
    // letters (or its one letter). Most words of a text hold none, and are rejected with a few bit
    // tests instead of a search for every probe and a cache entry.
    std::vector<quint64> m_pairBits, m_letterBits;
    bool mightHoldProbe(QStringView word) const;
};

} // namespace maharat::search
