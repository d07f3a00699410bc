#pragma once
#include <QStringList>

namespace maharat::search::indexschema {

// PRAGMA user_version of the index file. The index is a cache: a file with another version is
// deleted and rebuilt from the packs, never migrated.
constexpr int Version = 3;

// Stored per indexed pack. Bump it whenever the terms would come out differently: the normalizer
// or stemmers (docs/search-normalization.md), Markdown stripping, what text is indexed, the stop
// words. Packs indexed with another analyzer version are all indexed again.
constexpr int AnalyzerVersion = 2;

// Column weights for maharat_rank(), in column order (docs/search-normalization.md, "Index and
// query"): a title word counts ten times a body word; a search keyword, the author's word for the
// situation, counts almost as much as a summary word.
// fts_head: title, title_words, summary, keywords. fts: the same, then examples, body.
inline constexpr double HeadWeights[] = {10.0, 5.0, 4.0, 3.0};
inline constexpr double AllWeights[] = {10.0, 5.0, 4.0, 3.0, 1.5, 1.0};

// The title columns, in FTS5 column-filter syntax.
inline constexpr char16_t TitleColumns[] = u"title title_words";

QStringList ddl();

} // namespace maharat::search::indexschema
