#pragma once
#include <QStringList>

namespace maharat::search::indexschema {

// PRAGMA user_version of the index file. The index is a cache: a file with another version is
// deleted and rebuilt from the packs, never migrated.
constexpr int Version = 1;

// Stored per indexed pack. Bump it whenever the terms would come out differently: the normalizer
// or stemmers (docs/search-normalization.md), Markdown stripping, what text is indexed, the stop
// words. Packs indexed with another analyzer version are all indexed again.
constexpr int AnalyzerVersion = 1;

// The FTS5 columns, in order, and their bm25() weights (see docs/search-normalization.md,
// "Index and query"): a title word counts ten times a body word.
inline constexpr const char16_t *FtsColumns[] = {u"title", u"title_words", u"summary", u"examples", u"body"};
inline constexpr double FtsWeights[] = {10.0, 5.0, 4.0, 1.5, 1.0};

// Column sets of the three match levels, in FTS5 column-filter syntax.
inline constexpr char16_t TitleColumns[] = u"title title_words";
inline constexpr char16_t HeadColumns[] = u"title title_words summary";

QStringList ddl();

} // namespace maharat::search::indexschema
