#pragma once
#include <QByteArray>
#include <QList>

struct sqlite3;

namespace maharat::search {

// maharat_rank(fts_table, idf, w0, w1, …): the BM25 score of the current row, higher is better,
// with column weights w0… and one IDF per phrase of the MATCH expression (in phrase order, as a
// blob of doubles). It is FTS5's bm25() except for where the IDFs come from: bm25() counts the
// rows of every phrase on every query, walking each whole doclist, which costs milliseconds for a
// word that is in most topics; the index keeps document frequencies instead (fts5rank.cpp).
// Also maharat_rank_any(fts_table, idf, tokens, tokenWeights, w0, …) for a query that needs only
// some of its words: BM25 times the squared share of the query's information the row covers;
// `tokens` gives each phrase's query word (one byte each), `tokenWeights` each word's weight (a
// blob of doubles, its largest IDF) (fts5rank.cpp).
bool registerRankFunction(sqlite3 *db);

// Packs IDFs for the function's second argument.
QByteArray idfBlob(const QList<double> &idf);

// BM25's IDF, in the form that stays positive for words in more than half the rows (Lucene's):
// every query word is required, so a common one must still count, just less.
double bm25Idf(qint64 rows, qint64 rowsWithTerm);

} // namespace maharat::search
