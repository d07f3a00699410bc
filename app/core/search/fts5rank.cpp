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

// What stays the same for every row of one query: the average row length and the arguments'
// blobs decoded once, and buffers reused for each row (a ranked row must not allocate).
struct QueryState
{
    double averageLength = 1;
    std::vector<double> idf;          // per phrase
    std::vector<int> phraseToken;     // per phrase (rank_any)
    std::vector<double> tokenWeight;  // per token (rank_any)
    std::vector<double> frequency;    // per phrase, the current row's
    std::vector<double> tokenHit;     // per token, the current row's
};

std::vector<double> doubles(sqlite3_value *v)
{
    const int bytes = sqlite3_value_bytes(v);
    const auto *data = static_cast<const unsigned char *>(sqlite3_value_blob(v));
    std::vector<double> out(data ? size_t(bytes) / sizeof(double) : 0);
    if (!out.empty())
        std::memcpy(out.data(), data, out.size() * sizeof(double));
    return out;
}

// The query's state, made at its first row. Null after reporting an error.
QueryState *queryState(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, sqlite3_value **args,
                       bool any)
{
    if (auto *state = static_cast<QueryState *>(api->xGetAuxdata(fts, 0)))
        return state;
    sqlite3_int64 rows = 0, tokens = 0;
    if (api->xRowCount(fts, &rows) != SQLITE_OK || api->xColumnTotalSize(fts, -1, &tokens) != SQLITE_OK) {
        sqlite3_result_error(ctx, "maharat_rank: no row statistics", -1);
        return nullptr;
    }
    auto *state = new QueryState;
    state->averageLength = rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1.0;
    const size_t phrases = size_t(std::max(api->xPhraseCount(fts), 0));
    // Phrases without an IDF count 1.
    state->idf = doubles(args[0]);
    state->idf.resize(phrases, 1.0);
    state->frequency.assign(phrases, 0.0);
    if (any) {
        const int tokenBytes = sqlite3_value_bytes(args[1]);
        const auto *tokenData = static_cast<const unsigned char *>(sqlite3_value_blob(args[1]));
        state->tokenWeight = doubles(args[2]);
        for (size_t p = 0; p < phrases; ++p)
            state->phraseToken.push_back(tokenData && int(p) < tokenBytes ? tokenData[p] : 0);
        // A token the weights do not cover weighs the largest IDF of its phrases.
        const int maxToken = state->phraseToken.empty()
            ? -1 : *std::max_element(state->phraseToken.cbegin(), state->phraseToken.cend());
        const size_t given = state->tokenWeight.size();
        state->tokenWeight.resize(size_t(maxToken + 1), 0.0);
        for (size_t p = 0; p < phrases; ++p) {
            const auto t = size_t(state->phraseToken[p]);
            if (t >= given)
                state->tokenWeight[t] = std::max(state->tokenWeight[t], state->idf[p]);
        }
        state->tokenHit.assign(state->tokenWeight.size(), 0.0);
    }
    if (api->xSetAuxdata(fts, state, [](void *p) { delete static_cast<QueryState *>(p); }) != SQLITE_OK) {
        sqlite3_result_error_nomem(ctx);
        return nullptr;
    }
    return state;
}

// The BM25 score of the current row; state.frequency gets each phrase's weighted frequency.
// False after reporting an error. Column weights start at args[first].
bool bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal, sqlite3_value **args,
          int first, QueryState &state, double &score)
{
    std::fill(state.frequency.begin(), state.frequency.end(), 0.0);
    const int phrases = int(state.frequency.size());
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
        state.frequency[size_t(phrase)] += weight;
    }
    int length = 0;
    api->xColumnSize(fts, -1, &length);
    const double norm = K1 * (1 - B + B * double(length) / state.averageLength);
    score = 0;
    for (int p = 0; p < phrases; ++p) {
        const double f = state.frequency[size_t(p)];
        if (f > 0)
            score += state.idf[size_t(p)] * f * (K1 + 1) / (f + norm);
    }
    return true;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal, sqlite3_value **args)
{
    if (nVal < 1) {
        sqlite3_result_error(ctx, "maharat_rank: idf argument missing", -1);
        return;
    }
    QueryState *state = queryState(api, fts, ctx, args, false);
    double score = 0;
    if (state && bm25(api, fts, ctx, nVal, args, 1, *state, score))
        sqlite3_result_double(ctx, score);
}

// maharat_rank_any(fts, idf, tokens, tokenWeights, w0, …): for an any-words query. The score is
// BM25 times the share of the query's information that the row holds: each query word counts
// with its weight, once, if any of its phrases occurs (with the largest IDF among those). So a
// row with more of the words, and with the rarer ones, comes first.
void rankAny(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal, sqlite3_value **args)
{
    if (nVal < 3) {
        sqlite3_result_error(ctx, "maharat_rank_any: idf, token or weight argument missing", -1);
        return;
    }
    QueryState *state = queryState(api, fts, ctx, args, true);
    double score = 0;
    if (!state || !bm25(api, fts, ctx, nVal, args, 3, *state, score))
        return;
    std::fill(state->tokenHit.begin(), state->tokenHit.end(), 0.0);
    for (size_t p = 0; p < state->frequency.size(); ++p) {
        if (state->frequency[p] > 0) {
            double &hit = state->tokenHit[size_t(state->phraseToken[p])];
            hit = std::max(hit, state->idf[p]);
        }
    }
    double all = 0, hit = 0;
    for (size_t t = 0; t < state->tokenWeight.size(); ++t) {
        all += state->tokenWeight[t];
        hit += state->tokenHit[t];
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
