#pragma once
#include <QList>
#include <QString>

namespace bench {

struct BenchQuery
{
    QString text;
    QString lang; // the UI language to search with (the query's own language)
    QString kind; // word, phrase, prefix, typo, stopwords, latin
};

// The fixed query set: hand-written queries a user would type in each language, plus queries
// drawn deterministically from the word lists (single words across the frequency range, pairs,
// prefixes, one-letter typos). The same set runs on every corpus.
QList<BenchQuery> querySet();

} // namespace bench
