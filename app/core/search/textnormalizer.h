#pragma once
#include <QList>
#include <QString>
#include <QStringList>

// Text analysis for search, shared by indexing and querying so that both sides always agree.
// The rules and their reasons are in docs/search-normalization.md.
//
// Contract for the full-text layer:
//  - Index: for each searchable text, store analyzeForIndex(text).terms joined by spaces in an
//    FTS5 column (the "ascii" tokenizer keeps every term as one token: terms hold only letters
//    and digits, and non-ASCII characters are always token characters for it). Optionally store
//    .words the same way in a second column, to rank exact-word matches above stem matches.
//  - Query: analyzeQuery(text) gives one QueryToken per query word. A text matches when, for
//    every token, its terms contain at least one of the token's alternatives: in FTS5,
//    ("a1" OR "a2") AND ("b1" OR "b2" OR "b3"), every term double-quoted. matches() is that
//    rule in C++, for tests and small in-memory lists.
//  - Terms are opaque: do not build them any other way, and re-index whenever this code changes
//    (bump the index's analyzer version).
namespace maharat::search {

// One canonical spelling for a text in any of Maharat's languages: words (letters and digits)
// separated by single spaces, no leading or trailing space. Folds case, compatibility forms,
// Arabic-script letter variants and digits; drops harakat and every other combining mark,
// tatweel and ZWNJ (so می‌خواهم becomes میخواهم); every other character separates words.
QString normalize(QStringView text);

// normalize(text) split into its words.
QStringList tokens(QStringView text);

// The light stems of one normalized word, chosen by the word's script (no language needed):
// Snowball's Porter2 (libstemmer) for an ASCII word; for Arabic script arabicLightStem and
// persianStem (our rules) and Snowball's Arabic stemmer.
// Distinct, never the word itself; empty when no rule applies (digits, other scripts, short words).
QStringList stems(QStringView word);

struct Analyzed
{
    // The normalized words in text order (ZWNJ-joined forms).
    QStringList words;
    // Everything to index, in text order: each word, the parts it was written in if it had a
    // ZWNJ, the joined form of a detached Persian affix and its neighbour (می خواهم gives
    // میخواهم, مشتری ها gives مشتریها), and the stems of all of these. A term repeats when the
    // text repeats it, so term frequencies stay meaningful.
    QStringList terms;
};

// `lang` is accepted so callers can pass what they know, but stemming is chosen per word by
// script: a query has no language, and index and query must make the same terms.
Analyzed analyzeForIndex(QStringView text, QStringView lang = {});

struct QueryToken
{
    // The normalized query word (a part, if the user typed a ZWNJ).
    QString word;
    // `word` first, then its stems, then its joins with neighbouring Arabic-script words (so a
    // query written with a space meets a text written with ZWNJ or as one word) and their stems.
    QStringList alternatives;
};

// One token per normalized query word; a word typed with ZWNJ counts as its parts, each of which
// also accepts the joined whole. Empty when the text has no words.
QList<QueryToken> analyzeQuery(QStringView text);

// True when every query token has an alternative among the terms (true for an empty query).
bool matches(const QList<QueryToken> &query, const QStringList &terms);

} // namespace maharat::search
