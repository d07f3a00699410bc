#include "searchindexschema.h"

using namespace Qt::StringLiterals;

namespace maharat::search::indexschema {

QStringList ddl()
{
    return {
        // What is indexed, so sync() can skip packs that did not change.
        u"CREATE TABLE indexed_pack (pack_id TEXT PRIMARY KEY, version INTEGER NOT NULL, "
        "content_hash TEXT NOT NULL, analyzer INTEGER NOT NULL, topics INTEGER NOT NULL) STRICT"_s,
        // One row per topic and language; id is also the FTS5 rowid. The plain texts are what
        // snippets are cut from; *_norm are their normalized lines.
        u"CREATE TABLE doc (id INTEGER PRIMARY KEY, pack_id TEXT NOT NULL, skill_id TEXT NOT NULL, "
        "lang TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, examples TEXT NOT NULL, "
        "body TEXT NOT NULL, title_norm TEXT NOT NULL, summary_norm TEXT NOT NULL, "
        "examples_norm TEXT NOT NULL, body_norm TEXT NOT NULL) STRICT"_s,
        u"CREATE UNIQUE INDEX doc_topic ON doc (pack_id, skill_id, lang)"_s,
        u"CREATE INDEX doc_title ON doc (title_norm)"_s,
        // Terms from analyzeForIndex(), space-separated; the ascii tokenizer keeps each one whole.
        u"CREATE VIRTUAL TABLE fts USING fts5(title, title_words, summary, examples, body, "
        "tokenize = 'ascii', prefix = '2 3 4')"_s,
        // Indexed words (not stems) and their counts per pack, for spelling correction.
        u"CREATE TABLE vocab (pack_id TEXT NOT NULL, word TEXT NOT NULL, n INTEGER NOT NULL, "
        "PRIMARY KEY (pack_id, word)) STRICT, WITHOUT ROWID"_s,
    };
}

} // namespace maharat::search::indexschema
