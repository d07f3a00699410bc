#pragma once
#include "searchindex.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace maharat::search {

// A relevance set: situation-style queries with the topics a person means by them
// (tests/search/data/situations.tsv). Shared by the relevance test and maharat-bench-search.
struct JudgedQuery
{
    QString lang;
    QString split; // "tuned" or "heldout": held-out rows are reported only in aggregate
    QString query;
    QStringList expected; // skill ids; any of them counts
};

// Lines "lang<TAB>split<TAB>query<TAB>id,id"; '#' lines are comments. Empty on a bad file, with
// the reason in *error.
QList<JudgedQuery> readJudgedQueries(const QString &path, QString *error = nullptr);

struct RelevanceFigures
{
    int queries = 0;
    int successAt3 = 0; // an expected topic among the first three hits
    int empty = 0;      // no hits at all
    double reciprocalRankSum = 0;

    double successRate() const { return queries ? double(successAt3) / queries : 0; }
    double mrr() const { return queries ? reciprocalRankSum / queries : 0; }
};

struct RelevanceReport
{
    // Keyed "all", "<lang>", "<split>" and "<split>/<lang>".
    QMap<QString, RelevanceFigures> figures;
    // 1-based rank of the first expected topic per query (0: not in the hits), in input order.
    QList<int> ranks;
    QList<QStringList> topHits; // the first three skill ids per query
};

// Runs every query with the UI in the query's own language, as a user of that language would.
RelevanceReport evaluateRelevance(SearchIndex &index, const QList<JudgedQuery> &queries, int limit = 20);

} // namespace maharat::search
