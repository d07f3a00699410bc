// What a user types goes through normalization, stemming and the query parser into an FTS5
// expression: no input may crash it, and the expression must stay within the query limits.
#include "searchquery.h"
#include "textnormalizer.h"

#include <QString>

#include <sqlite3.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
// An empty FTS5 table: compiling a MATCH against it tells whether the expression is valid FTS5.
sqlite3_stmt *matchStatement()
{
    static sqlite3_stmt *statement = [] {
        sqlite3 *db = nullptr;
        sqlite3_open(":memory:", &db);
        sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(title, summary, body, prefix='2 3 4')", nullptr,
                     nullptr, nullptr);
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?", -1, &s, nullptr);
        return s;
    }();
    return statement;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace maharat::search;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)normalize(text);
    for (const QString &token : tokens(text))
        (void)stems(token);
    (void)analyzeQuery(text);
    const SearchQuery query = parseQuery(text);
    if (query.tokens.size() > MaxQueryTokens)
        abort();
    (void)query.phrases();
    if (query.isEmpty())
        return 0;
    // Whatever was typed, the expression we build must be valid FTS5 syntax: user text must never
    // reach the FTS5 query language unquoted.
    const QByteArray expression = query.ftsExpression().toUtf8();
    sqlite3_stmt *s = matchStatement();
    sqlite3_bind_text(s, 1, expression.constData(), int(expression.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fprintf(stderr, "invalid FTS5 expression: %s\n", expression.constData());
        abort();
    }
    return 0;
}
