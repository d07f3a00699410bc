#include "fts5rank.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace maharat::search {

namespace {

// BM25 constants as FTS5's bm25() uses them.
constexpr double K1 = 1.2;
constexpr double B = 0.75;

struct QueryConstants
{
    double averageLength = 1;
};

// The BM25 score of the current row; `frequency` gets each phrase's weighted frequency and
// `idf` each phrase's IDF. False after reporting an error. Column weights start at args[first].
bool bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal, sqlite3_value **args,
          int first, std::vector<double> &frequency, std::vector<double> &idf, double &score)
{
    auto *constants = static_cast<QueryConstants *>(api->xGetAuxdata(fts, 0));
    if (!constants) {
        sqlite3_int64 rows = 0, tokens = 0;
        if (api->xRowCount(fts, &rows) != SQLITE_OK || api->xColumnTotalSize(fts, -1, &tokens) != SQLITE_OK) {
            sqlite3_result_error(ctx, "maharat_rank: no row statistics", -1);
            return false;
        }
        constants = new QueryConstants{rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1.0};
        if (api->xSetAuxdata(fts, constants, [](void *p) { delete static_cast<QueryConstants *>(p); }) != SQLITE_OK) {
            sqlite3_result_error_nomem(ctx);
            return false;
        }
    }
    const int phrases = api->xPhraseCount(fts);
    const int idfBytes = sqlite3_value_bytes(args[0]);
    const auto *idfData = static_cast<const unsigned char *>(sqlite3_value_blob(args[0]));
    const int idfCount = idfData ? idfBytes / int(sizeof(double)) : 0;

    frequency.assign(size_t(phrases), 0.0);
    idf.assign(size_t(phrases), 1.0);
    for (int p = 0; p < phrases && p < idfCount; ++p)
        std::memcpy(&idf[size_t(p)], idfData + size_t(p) * sizeof(double), sizeof(double));
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(ctx, "maharat_rank: no instances", -1);
        return false;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK || phrase < 0 || phrase >= phrases)
            continue;
        const double weight = column + first < nVal ? sqlite3_value_double(args[column + first]) : 1.0;
        frequency[size_t(phrase)] += weight;
    }
    int length = 0;
    api->xColumnSize(fts, -1, &length);
    const double norm = K1 * (1 - B + B * double(length) / constants->averageLength);
    score = 0;
    for (int p = 0; p < phrases; ++p) {
        const double f = frequency[size_t(p)];
        if (f > 0)
            score += idf[size_t(p)] * f * (K1 + 1) / (f + norm);
    }
    return true;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal, sqlite3_value **args)
{
    if (nVal < 1) {
        sqlite3_result_error(ctx, "maharat_rank: idf argument missing", -1);
        return;
    }
    std::vector<double> frequency, idf;
    double score = 0;
    if (bm25(api, fts, ctx, nVal, args, 1, frequency, idf, score))
        sqlite3_result_double(ctx, score);
}

// maharat_rank_any(fts, idf, tokens, w0, …): for an any-words query. `tokens` gives each phrase's
// query word (one byte each). The score is BM25 times the share of the query's information that
// the row holds: each query word counts with the largest IDF among its phrases, once, if any of
// them occurs. So a row with more of the words, and with the rarer ones, comes first.
void rankAny(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal, sqlite3_value **args)
{
    if (nVal < 2) {
        sqlite3_result_error(ctx, "maharat_rank_any: idf or token argument missing", -1);
        return;
    }
    std::vector<double> frequency, idf;
    double score = 0;
    if (!bm25(api, fts, ctx, nVal, args, 2, frequency, idf, score))
        return;
    const int tokenBytes = sqlite3_value_bytes(args[1]);
    const auto *tokenData = static_cast<const unsigned char *>(sqlite3_value_blob(args[1]));
    std::vector<double> tokenIdf(256, 0.0), tokenHit(256, 0.0);
    for (size_t p = 0; p < frequency.size(); ++p) {
        const int t = tokenData && int(p) < tokenBytes ? tokenData[p] : 0;
        tokenIdf[size_t(t)] = std::max(tokenIdf[size_t(t)], idf[p]);
        if (frequency[p] > 0)
            tokenHit[size_t(t)] = std::max(tokenHit[size_t(t)], idf[p]);
    }
    double all = 0, hit = 0;
    for (size_t t = 0; t < tokenIdf.size(); ++t) {
        all += tokenIdf[t];
        hit += tokenHit[t];
    }
    const double coverage = all > 0 ? hit / all : 0;
    sqlite3_result_double(ctx, score * coverage * coverage);
}

} // namespace

bool registerRankFunction(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (!api || api->iVersion < 2)
        return false;
    return api->xCreateFunction(api, "maharat_rank", nullptr, &rank, nullptr) == SQLITE_OK
           && api->xCreateFunction(api, "maharat_rank_any", nullptr, &rankAny, nullptr) == SQLITE_OK;
}

QByteArray idfBlob(const QList<double> &idf)
{
    return QByteArray(reinterpret_cast<const char *>(idf.constData()), idf.size() * qsizetype(sizeof(double)));
}

double bm25Idf(qint64 rows, qint64 rowsWithTerm)
{
    const double n = double(std::max<qint64>(rows, 0));
    const double df = double(std::clamp<qint64>(rowsWithTerm, 0, rows));
    return std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

} // namespace maharat::search
