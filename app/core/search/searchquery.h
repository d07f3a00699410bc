#pragma once
#include "textnormalizer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace maharat::search {

// A query as the index runs it: the analyzed tokens (textnormalizer.h) minus stop words, and
// whether the last one is still being typed.
struct SearchQuery
{
    QList<QueryToken> tokens;
    // As you type: the last word is a prefix ("angr" finds angry), unless the text ends with a
    // space or punctuation (the word is complete) or it was a stop word.
    bool lastIsPrefix = false;
    // normalize() of the whole text, to recognise a query that is exactly a title.
    QString normalized;
    // Prefixes longer than the index's prefix lengths, replaced by the indexed terms that start
    // with them: FTS5 merges such a prefix's doclists up front, which for a common word ("custom"*
    // is customer, customers, …) costs milliseconds, while an OR of a few terms is read lazily.
    QHash<QString, QStringList> expansions;
    // Phrases known to occur in no indexed row (phraseKey()), left out of every expression and
    // phrase list: they cannot match, and FTS5 would look each one up. Empty: all are used.
    QSet<QString> absent;

    bool isEmpty() const { return tokens.isEmpty(); }
    bool isPrefixToken(qsizetype i) const { return lastIsPrefix && i == tokens.size() - 1; }
    // The prefixes of the token being typed, minus those another of its prefixes covers
    // ("customer"* is inside "custom"*); empty unless lastIsPrefix.
    QStringList typedPrefixes() const;
    // FTS5 syntax: ("a1" OR "a2") AND ("b1"* OR "b2"*), inside {columns} : (...) when given.
    QString ftsExpression(QStringView columns = {}) const;
    // The any-words form over the given tokens: ("a1" OR "a2") OR ("b1" OR …).
    QString anyExpression(const QList<qsizetype> &useTokens) const;
    // For anyExpression(useTokens): the position in useTokens of each phrase's token, one byte per
    // phrase in phrase order (maharat_rank_any's coverage), and those phrases.
    QByteArray phraseTokens(const QList<qsizetype> &useTokens) const;

    struct Phrase
    {
        QString term;
        bool prefix = false;
    };
    // The phrases of ftsExpression() in FTS5's phrase order (what maharat_rank's IDFs follow).
    QList<Phrase> phrases() const;
    QList<Phrase> phrases(const QList<qsizetype> &useTokens) const;
    // Token i's phrases whatever `absent` says (the any-words ranking weighs a word by all of them).
    QList<Phrase> allPhrases(qsizetype i) const;
    static QString phraseKey(const Phrase &p) { return (p.prefix ? u'*' : u'=') + p.term; }
};

// Longer queries are pasted text, not searches; the rest is ignored so one query stays cheap.
constexpr int MaxQueryTokens = 16;
// A prefix of one letter would expand to a large part of the vocabulary; it has to match whole.
constexpr int MinPrefixLength = 2;
// The longest prefix the index has a prefix index for (fts5 prefix = '2 3 4').
constexpr int MaxIndexedPrefixLength = 4;

SearchQuery parseQuery(QStringView text);
// The same query with the given tokens (a spelling correction keeps the prefix rule).
SearchQuery withTokens(const SearchQuery &query, QList<QueryToken> tokens);

} // namespace maharat::search
