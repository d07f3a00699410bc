#include "searchindex_p.h"

#include "fts5rank.h"
#include "logging.h"
#include "searchindexschema.h"
#include "sqlitehandle.h"

#include <QFile>
#include <QSqlError>
#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

constexpr QStringView MemoryPath = u":memory:";
constexpr int MaxLimit = 200;
// SQLite calls the cancel check every this many virtual-machine steps (well under a millisecond).
constexpr int ProgressSteps = 2000;

template<size_t N>
QString weights(const double (&w)[N])
{
    QStringList out;
    for (double x : w)
        out.append(QString::number(x, 'f', 1));
    return out.join(u", "_s);
}

} // namespace

QString SearchIndex::fileName()
{
    return u"search-index.db"_s;
}

SearchIndex::SearchIndex() : d(std::make_unique<Private>()) {}

SearchIndex::~SearchIndex()
{
    close();
}

bool SearchIndex::Private::exec(QStringView sql, bool quiet)
{
    QString message;
    if (execSql(db, sql, &message))
        return true;
    error = message;
    if (!quiet)
        qCWarning(lcSearch) << "search index:" << sql.left(60) << message;
    return false;
}

bool SearchIndex::Private::connect(const QString &p)
{
    connection = sqlite::uniqueConnectionName(u"search");
    QSqlDatabase qdb = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    qdb.setDatabaseName(p);
    if (!qdb.open()) {
        error = qdb.lastError().text();
        return false;
    }
    db = sqlite::handle(qdb);
    if (!db) {
        error = u"no SQLite handle"_s;
        return false;
    }
    path = p;
    if (!registerRankFunction(db)) {
        error = u"FTS5 is not available"_s;
        return false;
    }
    // A rollback journal, not WAL: only this connection reads the index, so WAL's concurrency buys
    // nothing, and a sync would write every new page twice (to the WAL, then to the file).
    // Quiet: a file that fails here is simply rebuilt by open().
    if (p != MemoryPath && !exec(u"PRAGMA journal_mode = DELETE; PRAGMA synchronous = NORMAL", true))
        return false;
    return exec(u"PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000", true);
}

void SearchIndex::Private::disconnect()
{
    // Statements first: a connection with live statements does not close.
    for (Statement *s : statements())
        *s = {};
    db = nullptr;
    if (!connection.isEmpty()) {
        {
            QSqlDatabase qdb = QSqlDatabase::database(connection, false);
            if (qdb.isOpen()) {
                qdb.close();
                // A statement still alive keeps SQLite from closing the connection, which then
                // stays in memory until the process ends (LeakSanitizer found that once): say so.
                if (qdb.lastError().type() == QSqlError::ConnectionError)
                    qCWarning(lcSearch) << "search index: connection not closed:" << qdb.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        connection.clear();
    }
    invalidateCaches();
}

void SearchIndex::Private::invalidateCaches()
{
    vocab.clear();
    vocabLoaded = false;
    dfCache.clear();
    expansionCache.clear();
    rows = -1;
    docKeys.clear();
    topics.clear();
    docKeysLoaded = false;
}

bool SearchIndex::Private::prepareSchema()
{
    Statement version(db, u"PRAGMA user_version");
    if (!version.next()) {
        error = version.errorString();
        return false;
    }
    const int v = int(version.int64(0));
    version = {};
    if (v == indexschema::Version) {
        Statement probe(db, u"SELECT count(*) FROM indexed_pack");
        if (probe.next())
            return true;
        error = probe.errorString();
        return false;
    }
    Statement objects(db, u"SELECT count(*) FROM sqlite_schema");
    if (!objects.next()) {
        error = objects.errorString();
        return false;
    }
    if (objects.int64(0) != 0) {
        error = u"index schema version %1, expected %2"_s.arg(v).arg(indexschema::Version);
        return false;
    }
    objects = {};
    if (!exec(u"BEGIN"))
        return false;
    for (const QString &sql : indexschema::ddl()) {
        if (!exec(sql)) {
            exec(u"ROLLBACK");
            return false;
        }
    }
    if (!exec(QString(u"PRAGMA user_version = "_s + QString::number(indexschema::Version))) || !exec(u"COMMIT")) {
        exec(u"ROLLBACK");
        return false;
    }
    return true;
}

bool SearchIndex::Private::prepareStatements()
{
    // Each match level ranks at most ?2 rows (CandidatesPerLevel); ?3 holds the IDFs. Rowids and
    // scores only: docKeys says which topic and language a rowid is.
    const auto candidates = [&](QStringView table, const QString &w) {
        return Statement(db, QString(u"SELECT rowid, maharat_rank("_s + table + u", ?3, "_s + w + u") FROM "_s + table
                                     + u" WHERE "_s + table + u" MATCH ?1 LIMIT ?2"_s));
    };
    headCandidates = candidates(u"fts_head", weights(indexschema::HeadWeights));
    allCandidates = candidates(u"fts", weights(indexschema::AllWeights));
    // The any-words fallback; ?4 maps phrases to query words and ?5 weighs the words (fts5rank.h).
    anyCandidates = Statement(db, QString(u"SELECT rowid, maharat_rank_any(fts, ?3, ?4, ?5, "_s
                                          + weights(indexschema::AllWeights) + u") FROM fts WHERE fts MATCH ?1 LIMIT ?2"_s));
    exactTitle = Statement(db, u"SELECT id FROM doc WHERE title_norm = ?1 ORDER BY id");
    docHead = Statement(db, u"SELECT id, lang, title, title_norm, summary, summary_norm FROM doc WHERE id = ?1");
    docExamples = Statement(db, u"SELECT examples, examples_norm FROM doc WHERE id = ?1");
    docBody = Statement(db, u"SELECT body, body_norm FROM doc WHERE id = ?1");
    surfaceDocs = Statement(db, u"SELECT title, summary, keywords, examples, body FROM doc WHERE id IN "
                                "(SELECT rowid FROM fts WHERE fts MATCH ?1 LIMIT 3)");
    dfExact = Statement(db, u"SELECT coalesce(sum(n), 0) FROM term_df WHERE term = ?1");
    dfPrefix = Statement(db, u"SELECT coalesce(sum(n), 0) FROM term_df WHERE term >= ?1 AND term < ?2");
    termsWithPrefix = Statement(db, u"SELECT term FROM term_df WHERE term >= ?1 AND term < ?2 GROUP BY term LIMIT ?3");
    for (const Statement *s : statements()) {
        if (!s->isValid()) {
            error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    return true;
}

void SearchIndex::Private::warmCaches()
{
    loadDocKeys();
    loadVocabulary();
}

bool SearchIndex::Private::loadDocKeys()
{
    if (docKeysLoaded)
        return true;
    docKeys.clear();
    topics.clear();
    QHash<QString, int> topicIndex;
    // The covering index doc_topic holds every column asked for: doc's wide rows are not read.
    Statement s(db, u"SELECT id, pack_id, skill_id, lang FROM doc INDEXED BY doc_topic");
    QString lastPack;
    while (s.next()) {
        QString packId = s.text(1);
        // Rows come grouped by pack: share one string per pack.
        if (packId == lastPack)
            packId = lastPack;
        else
            lastPack = packId;
        const QString skillId = s.text(2);
        const QString key = packId + u'/' + skillId;
        auto it = topicIndex.constFind(key);
        if (it == topicIndex.cend()) {
            it = topicIndex.insert(key, int(topics.size()));
            TopicId topic;
            topic.packId = packId;
            topic.skillId = skillId;
            topics.append(std::move(topic));
        }
        const QString lang = s.text(3);
        docKeys.insert(s.int64(0), {*it, lang});
        topics[*it].rows.append({lang, s.int64(0)});
    }
    docKeysLoaded = s.rc() == SQLITE_DONE;
    if (!docKeysLoaded)
        qCWarning(lcSearch) << "search index: cannot read its rows:" << s.errorString();
    return docKeysLoaded;
}

bool SearchIndex::open(const QString &path)
{
    close();
    d->error.clear();
    bool ok = d->connect(path) && d->prepareSchema();
    if (!ok && path != MemoryPath) {
        // Another schema version, a damaged or foreign file: it only ever held a cache.
        qCInfo(lcSearch) << "rebuilding search index" << path << "because:" << d->error;
        d->disconnect();
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(path + suffix);
        d->error.clear();
        ok = d->connect(path) && d->prepareSchema();
    }
    ok = ok && d->prepareStatements();
    // Off the query path: the first search should not pay for them.
    if (ok) {
        d->warmCaches();
        d->dictionary.loadInBackground();
    }
    if (!ok) {
        qCWarning(lcSearch) << "search index cannot be opened:" << path << d->error;
        d->disconnect();
    }
    return ok;
}

void SearchIndex::close()
{
    d->disconnect();
}

bool SearchIndex::isOpen() const
{
    return d->db;
}

QString SearchIndex::errorString() const
{
    return d->error;
}

QSqlDatabase SearchIndex::database() const
{
    return QSqlDatabase::database(d->connection, false);
}

void SearchIndex::setCancelCheck(std::function<bool()> isCancelled)
{
    d->cancel = std::move(isCancelled);
}

int SearchIndex::topicCount() const
{
    if (!d->db)
        return 0;
    Statement s(d->db, u"SELECT count(*) FROM (SELECT DISTINCT pack_id, skill_id FROM doc)");
    return s.next() ? int(s.int64(0)) : 0;
}

int SearchIndex::documentCount() const
{
    return d->db ? int(d->rowCount()) : 0;
}

// ---- search entry ----------------------------------------------------------------------------

SearchResult SearchIndex::search(QStringView query, QStringView uiLanguage, int limit)
{
    SearchResult r;
    if (!d->db)
        return r;
    const SearchQuery q = parseQuery(query);
    if (q.isEmpty())
        return r;
    limit = std::clamp(limit, 1, MaxLimit);
    const QString ui = uiLanguage.toString();
    // Only while searching: a cancel check must never abandon a sync.
    if (d->cancel) {
        const auto check = [](void *p) { return static_cast<Private *>(p)->isCancelled() ? 1 : 0; };
        sqlite3_progress_handler(d->db, ProgressSteps, check, d.get());
    }
    // One read transaction for the whole search: otherwise every statement takes and drops the
    // file locks itself, which is a good part of a search's time.
    const bool transaction = d->exec(u"BEGIN", true);
    r = d->run(q, ui, limit);
    if (!r.cancelled) {
        bool cancelled = false;
        if (const auto fix = d->correct(q, query, &cancelled)) {
            if (!r.hits.isEmpty()) {
                r.suggestion = fix->display;
            } else {
                SearchResult second = d->run(fix->query, ui, limit);
                if (!second.hits.isEmpty() || second.cancelled) {
                    r = std::move(second);
                    r.correctedQuery = fix->display;
                }
            }
        }
        r.cancelled |= cancelled;
    }
    if (transaction && !sqlite3_get_autocommit(d->db) && !d->exec(u"COMMIT", true))
        d->exec(u"ROLLBACK", true);
    sqlite3_progress_handler(d->db, 0, nullptr, nullptr);
    if (r.cancelled)
        r.hits.clear();
    return r;
}

} // namespace maharat::search
