#include "searchindexschema.h"

using namespace Qt::StringLiterals;

namespace maharat::search::indexschema {

QStringList ddl()
{
    return {
        // What is indexed, so sync() can skip packs that did not change.
        u"CREATE TABLE indexed_pack (pack_id TEXT PRIMARY KEY, version INTEGER NOT NULL, "
        "content_hash TEXT NOT NULL, analyzer INTEGER NOT NULL, topics INTEGER NOT NULL) STRICT"_s,
        // One row per topic and language; id is also the rowid in both FTS tables and starts with
        // the title's word count (see SearchIndex). The plain texts are what snippets are cut
        // from, and what the terms are analyzed from again when a row is removed. Columns in the
        // order a hit reads them: SQLite reads a row up to the last column asked for, so the long
        // body (kilobytes, on overflow pages) comes after everything every hit needs.
        u"CREATE TABLE doc (id INTEGER PRIMARY KEY, pack_id TEXT NOT NULL, skill_id TEXT NOT NULL, "
        "lang TEXT NOT NULL, title TEXT NOT NULL, title_norm TEXT NOT NULL, summary TEXT NOT NULL, "
        "summary_norm TEXT NOT NULL, examples TEXT NOT NULL, examples_norm TEXT NOT NULL, body TEXT NOT NULL, "
        "body_norm TEXT NOT NULL, keywords TEXT NOT NULL, keywords_norm TEXT NOT NULL) STRICT"_s,
        u"CREATE UNIQUE INDEX doc_topic ON doc (pack_id, skill_id, lang)"_s,
        u"CREATE INDEX doc_title ON doc (title_norm)"_s,
        // Terms from analyzeForIndex(), space-separated; the ascii tokenizer keeps each one whole.
        // Contentless: the terms can always be made again from doc. fts_head is the title and
        // summary (and the search keywords) alone, so the first two match levels read short doclists.
        u"CREATE VIRTUAL TABLE fts_head USING fts5(title, title_words, summary, keywords, "
        "tokenize = 'ascii', prefix = '2 3 4', content = '')"_s,
        u"CREATE VIRTUAL TABLE fts USING fts5(title, title_words, summary, keywords, examples, body, "
        "tokenize = 'ascii', prefix = '2 3 4', content = '')"_s,
        // Terms are collected in memory up to this size before FTS5 writes a segment: a sync then
        // writes few segments, and its final 'optimize' has little left to merge.
        u"INSERT INTO fts_head (fts_head, rank) VALUES ('hashsize', 33554432)"_s,
        u"INSERT INTO fts (fts, rank) VALUES ('hashsize', 33554432)"_s,
        // Indexed words (not stems) and their counts per pack, for spelling correction.
        u"CREATE TABLE vocab (pack_id TEXT NOT NULL, word TEXT NOT NULL, n INTEGER NOT NULL, "
        "PRIMARY KEY (pack_id, word)) STRICT, WITHOUT ROWID"_s,
        // Rows containing each term, per pack: the IDFs of maharat_rank().
        u"CREATE TABLE term_df (term TEXT NOT NULL, pack_id TEXT NOT NULL, n INTEGER NOT NULL, "
        "PRIMARY KEY (term, pack_id)) STRICT, WITHOUT ROWID"_s,
    };
}

} // namespace maharat::search::indexschema
