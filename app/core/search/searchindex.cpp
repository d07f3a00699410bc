#include "searchindex.h"

#include "fts5rank.h"
#include "indexdocument.h"
#include "logging.h"
#include "searchindexschema.h"
#include "searchquery.h"
#include "snippet.h"
#include "sqlitehandle.h"
#include "sqlitestatement.h"
#include "textmatch.h"
#include "vocabulary.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QThread>
#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

constexpr QStringView MemoryPath = u":memory:";
// Sorts after every term that starts with a given prefix (U+10FFFF, the last code point).
constexpr QStringView PrefixEnd = u"\U0010FFFF";
// A prefix with more indexed terms than this stays a prefix query (see SearchQuery::expansions).
constexpr int MaxPrefixExpansion = 16;

// Rows ranked per match level, at most. Ranking costs about a microsecond a row, and a word that
// is in most topics matches most rows. FTS5 returns rows in rowid order and a rowid starts with
// the title's word count, so the rows ranked are those with the shortest titles: the ones BM25
// would put first for a title match. Below this many matches (every query on the bundled packs)
// the ranking is exact.
constexpr int CandidatesPerLevel = 120;
constexpr int RowidSeqBits = 40;
constexpr int MaxLimit = 200;
// SQLite calls the cancel check every this many virtual-machine steps (well under a millisecond).
constexpr int ProgressSteps = 2000;
// Topic-language rows analyzed per batch: enough to keep every core busy, few enough that the
// analyzed text of one batch stays small.
constexpr int AnalysisBatch = 512;

struct Candidate
{
    QString packId, skillId, lang;
    MatchKind kind = MatchKind::Anywhere;
    double score = 0;
    bool scored = false;
    bool uiLanguageMatched = false; // the row in the UI language met the query too
};

struct Stored
{
    int version = 0;
    QString hash;
    int analyzer = 0;
};

struct BestText
{
    QString text;
    QList<TextRange> ranges;
    int coverage = 0;
    QString field;
};

QString topicKey(const QString &packId, const QString &skillId)
{
    return packId + u'/' + skillId;
}

template<size_t N>
QString weights(const double (&w)[N])
{
    QStringList out;
    for (double x : w)
        out.append(QString::number(x, 'f', 1));
    return out.join(u", "_s);
}

// For "showing results for …": the word as texts write it, without harakat or tatweel.
QString displayForm(QStringView original)
{
    QString out;
    for (QChar c : original) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || c == QChar(0x0640))
            continue;
        if (cat == QChar::Other_Format && c != QChar(0x200C))
            continue;
        out += c;
    }
    return out;
}

bool isArabicScript(QStringView word)
{
    return !word.isEmpty() && QChar::script(word.front().unicode()) == QChar::Script_Arabic;
}

// Analysis is the expensive part of indexing and touches nothing shared: it runs on every core,
// while SQLite writes stay on the calling thread.
void analyzeAll(QList<IndexDocument> &docs, TermCounts *counts)
{
    const qsizetype n = docs.size();
    const int workers = int(std::clamp<qsizetype>((n + 31) / 32, 1, std::max(1, QThread::idealThreadCount())));
    QList<TermCounts> partial(counts ? workers : 0);
    const auto work = [&](int w) {
        for (qsizetype i = w; i < n; i += workers)
            analyzeDocument(docs[i], counts ? &partial[w] : nullptr);
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(work, w);
    work(0);
    for (std::thread &t : pool)
        t.join();
    for (const TermCounts &p : std::as_const(partial)) {
        for (auto it = p.words.cbegin(); it != p.words.cend(); ++it)
            counts->words[it.key()] += it.value();
        for (auto it = p.termDocs.cbegin(); it != p.termDocs.cend(); ++it)
            counts->termDocs[it.key()] += it.value();
    }
}

} // namespace

struct SearchIndex::Private
{
    QString connection;
    QString path;
    QString error;
    sqlite3 *db = nullptr;
    std::function<bool()> cancel;
    Vocabulary vocab;
    bool vocabLoaded = false;
    // Document frequencies and the row count behind the IDFs; reloaded after a sync.
    QHash<QString, qint64> dfCache;
    QHash<QString, QStringList> expansionCache;
    qint64 rows = -1;

    Statement headCandidates, allCandidates, exactTitle, docHead, docBody, anyMatch, surfaceDocs, dfExact, dfPrefix,
        termsWithPrefix;

    bool isCancelled() const { return cancel && cancel(); }
    bool connect(const QString &path);
    void disconnect();
    bool prepareSchema();
    bool prepareStatements();
    bool exec(QStringView sql, bool quiet = false);
    bool removePack(const QString &packId);
    bool indexPack(const LoadedPack &pack, const QString &hash, qint64 &seq);
    bool writeFtsRow(Statement &head, Statement &all, qint64 rowid, const IndexDocument &doc, bool remove);
    void invalidateCaches();
    void loadVocabulary();
    qint64 rowCount();
    qint64 documentFrequency(const SearchQuery::Phrase &phrase);
    QByteArray idfs(const SearchQuery &q);
    void expandPrefixes(SearchQuery &q);

    SearchResult run(const SearchQuery &q, const QString &ui, int limit);
    SearchHit makeHit(const Candidate &c, const QueryMatcher &matcher, const QString &ui);
    struct Correction
    {
        SearchQuery query;
        QString display;
    };
    std::optional<Correction> correct(const SearchQuery &q, QStringView text, bool *cancelled);
    QString surfaceOf(const QString &word);
};

QString SearchIndex::fileName()
{
    return u"search-index.sqlite"_s;
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
    // It is a cache: losing the last transaction to a power cut only means indexing again.
    // Quiet: a file that fails here is simply rebuilt by open().
    if (p != MemoryPath && !exec(u"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", true))
        return false;
    return exec(u"PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000", true);
}

void SearchIndex::Private::disconnect()
{
    // Statements first: a connection with live statements does not close.
    for (Statement *s : {&headCandidates, &allCandidates, &exactTitle, &docHead, &docBody, &anyMatch, &surfaceDocs,
                         &dfExact, &dfPrefix, &termsWithPrefix})
        *s = {};
    db = nullptr;
    if (!connection.isEmpty()) {
        {
            QSqlDatabase qdb = QSqlDatabase::database(connection, false);
            if (qdb.isOpen())
                qdb.close();
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
    // Each match level ranks at most ?2 rows (CandidatesPerLevel); ?3 holds the IDFs.
    const auto candidates = [&](QStringView table, const QString &w) {
        return Statement(db, QString(u"SELECT d.pack_id, d.skill_id, d.lang, c.score FROM (SELECT rowid AS id, "
                                     "maharat_rank("_s + table + u", ?3, "_s + w + u") AS score FROM "_s + table
                                     + u" WHERE "_s + table + u" MATCH ?1 LIMIT ?2) AS c "
                                     "JOIN doc AS d ON d.id = c.id ORDER BY c.score DESC, d.id"_s));
    };
    headCandidates = candidates(u"fts_head", weights(indexschema::HeadWeights));
    allCandidates = candidates(u"fts", weights(indexschema::AllWeights));
    exactTitle = Statement(db, u"SELECT pack_id, skill_id, lang FROM doc WHERE title_norm = ?1 ORDER BY id");
    docHead = Statement(db, u"SELECT lang, title, summary, examples, title_norm, summary_norm, examples_norm "
                            "FROM doc WHERE pack_id = ?1 AND skill_id = ?2 AND lang = ?3");
    docBody = Statement(db, u"SELECT body, body_norm FROM doc WHERE pack_id = ?1 AND skill_id = ?2 AND lang = ?3");
    anyMatch = Statement(db, u"SELECT 1 FROM fts WHERE fts MATCH ?1 LIMIT 1");
    surfaceDocs = Statement(db, u"SELECT title, summary, examples, body FROM doc WHERE id IN "
                                "(SELECT rowid FROM fts WHERE fts MATCH ?1 LIMIT 3)");
    dfExact = Statement(db, u"SELECT coalesce(sum(n), 0) FROM term_df WHERE term = ?1");
    dfPrefix = Statement(db, u"SELECT coalesce(sum(n), 0) FROM term_df WHERE term >= ?1 AND term < ?2");
    termsWithPrefix = Statement(db, u"SELECT term FROM term_df WHERE term >= ?1 AND term < ?2 GROUP BY term LIMIT ?3");
    for (const Statement *s : {&headCandidates, &allCandidates, &exactTitle, &docHead, &docBody, &anyMatch,
                               &surfaceDocs, &dfExact, &dfPrefix, &termsWithPrefix}) {
        if (!s->isValid()) {
            error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    return true;
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

// ---- sync ------------------------------------------------------------------------------------

bool SearchIndex::Private::writeFtsRow(Statement &head, Statement &all, qint64 rowid, const IndexDocument &doc,
                                       bool remove)
{
    // Contentless FTS5 tables forget their text; a row is removed by handing them the same terms.
    const int o = remove ? 1 : 0;
    head.reset();
    all.reset();
    if (remove) {
        head.bind(1, u"delete");
        all.bind(1, u"delete");
    }
    head.bind(o + 1, rowid).bind(o + 2, doc.titleTerms).bind(o + 3, doc.titleWords).bind(o + 4, doc.summaryTerms);
    all.bind(o + 1, rowid).bind(o + 2, doc.titleTerms).bind(o + 3, doc.titleWords).bind(o + 4, doc.summaryTerms);
    all.bind(o + 5, doc.examplesTerms).bind(o + 6, doc.bodyTerms);
    for (Statement *s : {&head, &all}) {
        if (!s->run()) {
            error = s->errorString();
            return false;
        }
    }
    return true;
}

bool SearchIndex::Private::removePack(const QString &packId)
{
    Statement head(db, u"INSERT INTO fts_head (fts_head, rowid, title, title_words, summary) "
                       "VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement all(db, u"INSERT INTO fts (fts, rowid, title, title_words, summary, examples, body) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Statement rowsOfPack(db, u"SELECT id, lang, title, summary, examples, body FROM doc WHERE pack_id = ?1");
    rowsOfPack.bind(1, packId);
    bool more = true;
    while (more) {
        QList<qint64> ids;
        QList<IndexDocument> docs;
        while (docs.size() < AnalysisBatch && (more = rowsOfPack.next())) {
            ids.append(rowsOfPack.int64(0));
            IndexDocument doc;
            doc.lang = rowsOfPack.text(1);
            doc.title = rowsOfPack.text(2);
            doc.summary = rowsOfPack.text(3);
            doc.examples = rowsOfPack.text(4);
            doc.body = rowsOfPack.text(5);
            docs.append(std::move(doc));
        }
        if (!more && rowsOfPack.rc() != SQLITE_DONE) {
            error = rowsOfPack.errorString();
            return false;
        }
        analyzeAll(docs, nullptr);
        for (qsizetype i = 0; i < docs.size(); ++i)
            if (!writeFtsRow(head, all, ids.at(i), docs.at(i), true))
                return false;
    }
    rowsOfPack = {};
    const QStringView statements[] = {u"DELETE FROM doc WHERE pack_id = ?1", u"DELETE FROM vocab WHERE pack_id = ?1",
                                      u"DELETE FROM term_df WHERE pack_id = ?1",
                                      u"DELETE FROM indexed_pack WHERE pack_id = ?1"};
    for (QStringView sql : statements) {
        Statement s(db, sql);
        if (!s.bind(1, packId).run()) {
            error = s.errorString();
            return false;
        }
    }
    return true;
}

bool SearchIndex::Private::indexPack(const LoadedPack &pack, const QString &hash, qint64 &seq)
{
    const PackContent &content = pack.content;
    const QString &packId = content.manifest.id;
    struct Job
    {
        const Skill *skill;
        QString lang;
    };
    QList<Job> jobs;
    QSet<QString> topics;
    for (const Skill &s : content.skills) {
        for (const QString &lang : content.manifest.languages) {
            if (s.text.contains(lang)) {
                jobs.append({&s, lang});
                topics.insert(s.id);
            }
        }
    }

    Statement insertDoc(db, u"INSERT INTO doc (id, pack_id, skill_id, lang, title, summary, examples, body, "
                            "title_norm, summary_norm, examples_norm, body_norm) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    Statement head(db, u"INSERT INTO fts_head (rowid, title, title_words, summary) VALUES (?1, ?2, ?3, ?4)");
    Statement all(db, u"INSERT INTO fts (rowid, title, title_words, summary, examples, body) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    TermCounts counts;
    QElapsedTimer clock;
    qint64 analysisNs = 0, writeNs = 0;
    for (qsizetype from = 0; from < jobs.size(); from += AnalysisBatch) {
        clock.start();
        QList<IndexDocument> docs;
        for (qsizetype i = from; i < std::min<qsizetype>(from + AnalysisBatch, jobs.size()); ++i)
            docs.append(plainDocument(*jobs.at(i).skill, jobs.at(i).lang));
        analyzeAll(docs, &counts);
        analysisNs += clock.nsecsElapsed();
        clock.start();
        for (const IndexDocument &doc : std::as_const(docs)) {
            // The title length leads the rowid: FTS5 yields rows in rowid order, so when a level
            // has more matches than it ranks, the short titles are the ones ranked.
            const qint64 rowid = (qint64(std::clamp(doc.titleWordCount, 0, 4095)) << RowidSeqBits) | seq++;
            insertDoc.reset().bind(1, rowid).bind(2, packId).bind(3, doc.skillId).bind(4, doc.lang);
            insertDoc.bind(5, doc.title).bind(6, doc.summary).bind(7, doc.examples).bind(8, doc.body);
            insertDoc.bind(9, doc.titleNorm).bind(10, doc.summaryNorm).bind(11, doc.examplesNorm).bind(12, doc.bodyNorm);
            if (!insertDoc.run()) {
                error = insertDoc.errorString();
                return false;
            }
            if (!writeFtsRow(head, all, rowid, doc, false))
                return false;
        }
        writeNs += clock.nsecsElapsed();
    }
    qCDebug(lcSearch) << packId << "analysis" << analysisNs / 1000000 << "ms, writing" << writeNs / 1000000 << "ms";

    Statement insertWord(db, u"INSERT INTO vocab (pack_id, word, n) VALUES (?1, ?2, ?3)");
    for (auto it = counts.words.cbegin(); it != counts.words.cend(); ++it) {
        if (!insertWord.reset().bind(1, packId).bind(2, it.key()).bind(3, it.value()).run()) {
            error = insertWord.errorString();
            return false;
        }
    }
    Statement insertDf(db, u"INSERT INTO term_df (term, pack_id, n) VALUES (?1, ?2, ?3)");
    for (auto it = counts.termDocs.cbegin(); it != counts.termDocs.cend(); ++it) {
        if (!insertDf.reset().bind(1, it.key()).bind(2, packId).bind(3, it.value()).run()) {
            error = insertDf.errorString();
            return false;
        }
    }
    Statement insertPack(db, u"INSERT INTO indexed_pack (pack_id, version, content_hash, analyzer, topics) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)");
    insertPack.bind(1, packId).bind(2, qint64(content.manifest.version)).bind(3, hash);
    insertPack.bind(4, qint64(indexschema::AnalyzerVersion)).bind(5, qint64(topics.size()));
    if (!insertPack.run()) {
        error = insertPack.errorString();
        return false;
    }
    return true;
}

SearchIndex::SyncStats SearchIndex::sync(const QList<LoadedPack> &packs)
{
    SyncStats st;
    if (!d->db) {
        st.ok = false;
        return st;
    }
    // The newest version of each pack id, as the Library keeps it.
    QMap<QString, const LoadedPack *> wanted;
    for (const LoadedPack &p : packs) {
        const LoadedPack *&slot = wanted[p.content.manifest.id];
        if (!slot || slot->content.manifest.version < p.content.manifest.version)
            slot = &p;
    }

    if (!d->exec(u"BEGIN IMMEDIATE")) {
        st.ok = false;
        return st;
    }
    const auto fail = [&] {
        qCWarning(lcSearch) << "search index sync failed:" << d->error;
        d->exec(u"ROLLBACK");
        d->invalidateCaches();
        st.ok = false;
        return st;
    };

    QHash<QString, Stored> stored;
    {
        Statement s(d->db, u"SELECT pack_id, version, content_hash, analyzer FROM indexed_pack");
        while (s.next())
            stored.insert(s.text(0), {int(s.int64(1)), s.text(2), int(s.int64(3))});
        if (s.rc() != SQLITE_DONE) {
            d->error = s.errorString();
            return fail();
        }
    }
    const bool analyzerChanged = std::any_of(stored.cbegin(), stored.cend(), [](const Stored &s) {
        return s.analyzer != indexschema::AnalyzerVersion;
    });
    if (analyzerChanged) {
        // Old terms cannot be made again with a new analyzer, so the FTS tables are emptied whole.
        if (!d->exec(u"INSERT INTO fts_head (fts_head) VALUES ('delete-all'); INSERT INTO fts (fts) VALUES ('delete-all'); "
                     "DELETE FROM doc; DELETE FROM vocab; DELETE FROM term_df; DELETE FROM indexed_pack"))
            return fail();
        stored.clear();
        st.rebuilt = true;
    }

    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!wanted.contains(it.key())) {
            if (!d->removePack(it.key()))
                return fail();
            ++st.removedPacks;
        }
    }

    qint64 seq = 1;
    {
        Statement s(d->db, u"SELECT coalesce(max(id & ?1), 0) + 1 FROM doc");
        if (!s.bind(1, (qint64(1) << RowidSeqBits) - 1).next()) {
            d->error = s.errorString();
            return fail();
        }
        seq = s.int64(0);
    }
    for (const LoadedPack *p : std::as_const(wanted)) {
        const QString &id = p->content.manifest.id;
        const QString hash = indexContentHash(p->content);
        const auto old = stored.constFind(id);
        if (old != stored.cend() && old->version == p->content.manifest.version && old->hash == hash) {
            ++st.unchangedPacks;
            continue;
        }
        if (old != stored.cend() && !d->removePack(id))
            return fail();
        if (!d->indexPack(*p, hash, seq))
            return fail();
        ++st.indexedPacks;
        st.indexedTopics += int(p->content.skills.size());
        qCDebug(lcSearch) << "indexed" << id << "version" << p->content.manifest.version;
    }
    // One b-tree per index instead of many segments: every later query reads less.
    const bool changed = st.indexedPacks > 0 || st.removedPacks > 0;
    if (changed
        && !d->exec(u"INSERT INTO fts_head (fts_head) VALUES ('optimize'); INSERT INTO fts (fts) VALUES ('optimize')"))
        return fail();
    if (!d->exec(u"COMMIT"))
        return fail();
    if (changed)
        d->invalidateCaches();
    return st;
}

// ---- ranking statistics ------------------------------------------------------------------------

qint64 SearchIndex::Private::rowCount()
{
    if (rows < 0) {
        Statement s(db, u"SELECT count(*) FROM doc");
        rows = s.next() ? s.int64(0) : 0;
    }
    return rows;
}

qint64 SearchIndex::Private::documentFrequency(const SearchQuery::Phrase &phrase)
{
    const QString key = (phrase.prefix ? u'*' : u'=') + phrase.term;
    if (const auto it = dfCache.constFind(key); it != dfCache.cend())
        return *it;
    qint64 df = 0;
    if (phrase.prefix) {
        // Every term that starts with the prefix; their sum can exceed the row count (a row has
        // several of them), so it is capped there.
        dfPrefix.reset().bind(1, phrase.term).bind(2, QString(phrase.term + PrefixEnd));
        df = dfPrefix.next() ? std::min(dfPrefix.int64(0), rowCount()) : 0;
        dfPrefix.reset();
    } else {
        dfExact.reset().bind(1, phrase.term);
        df = dfExact.next() ? dfExact.int64(0) : 0;
        dfExact.reset();
    }
    dfCache.insert(key, df);
    return df;
}

QByteArray SearchIndex::Private::idfs(const SearchQuery &q)
{
    QList<double> idf;
    const qint64 n = rowCount();
    for (const SearchQuery::Phrase &p : q.phrases())
        idf.append(bm25Idf(n, documentFrequency(p)));
    return idfBlob(idf);
}

void SearchIndex::Private::expandPrefixes(SearchQuery &q)
{
    for (const QString &prefix : q.typedPrefixes()) {
        if (prefix.size() <= MaxIndexedPrefixLength)
            continue;
        auto cached = expansionCache.constFind(prefix);
        if (cached == expansionCache.cend()) {
            QStringList terms;
            termsWithPrefix.reset().bind(1, prefix).bind(2, QString(prefix + PrefixEnd));
            termsWithPrefix.bind(3, qint64(MaxPrefixExpansion + 1));
            while (termsWithPrefix.next())
                terms.append(termsWithPrefix.text(0));
            termsWithPrefix.reset();
            if (terms.size() > MaxPrefixExpansion || terms.isEmpty())
                terms.clear();
            cached = expansionCache.insert(prefix, terms);
        }
        if (!cached->isEmpty())
            q.expansions.insert(prefix, *cached);
    }
}

// ---- search ----------------------------------------------------------------------------------

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
    r = d->run(q, ui, limit);
    if (!r.cancelled && r.hits.isEmpty()) {
        bool cancelled = false;
        if (const auto fix = d->correct(q, query, &cancelled)) {
            SearchResult second = d->run(fix->query, ui, limit);
            if (!second.hits.isEmpty() || second.cancelled) {
                r = std::move(second);
                r.correctedQuery = fix->display;
            }
        }
        r.cancelled |= cancelled;
    }
    sqlite3_progress_handler(d->db, 0, nullptr, nullptr);
    if (r.cancelled)
        r.hits.clear();
    return r;
}

SearchResult SearchIndex::Private::run(const SearchQuery &query, const QString &ui, int limit)
{
    SearchQuery q = query;
    expandPrefixes(q);
    SearchResult r;
    QList<Candidate> found;
    QHash<QString, qsizetype> byTopic;
    QElapsedTimer PT; PT.start(); QStringList PL;

    // A query that is a whole title comes first, whatever the scores say.
    exactTitle.reset().bind(1, q.normalized);
    while (exactTitle.next()) {
        const QString key = topicKey(exactTitle.text(0), exactTitle.text(1));
        const QString lang = exactTitle.text(2);
        if (const auto it = byTopic.constFind(key); it != byTopic.cend()) {
            if (lang == ui)
                found[*it].lang = ui;
            continue;
        }
        byTopic.insert(key, found.size());
        found.append({exactTitle.text(0), exactTitle.text(1), lang, MatchKind::ExactTitle, 0, false, lang == ui});
    }
    if (exactTitle.rc() == SQLITE_INTERRUPT) {
        r.cancelled = true;
        return r;
    }

    struct Level
    {
        MatchKind kind;
        Statement *statement;
        QStringView columns;
    };
    const Level levels[] = {{MatchKind::Title, &headCandidates, indexschema::TitleColumns},
                            {MatchKind::TitleOrSummary, &headCandidates, {}},
                            {MatchKind::Anywhere, &allCandidates, {}}};
    const qint64 budget = std::max(CandidatesPerLevel, limit * 3);
    const QByteArray idf = idfs(q);
    PL << QString::number(PT.nsecsElapsed()/1000) + u"us idf"_s;
    for (const Level &level : levels) {
        if (found.size() >= limit)
            break;
        Statement &s = *level.statement;
        s.reset().bind(1, q.ftsExpression(level.columns)).bind(2, budget).bindBlob(3, idf);
        while (s.next()) {
            const QString packId = s.text(0);
            const QString skillId = s.text(1);
            const QString lang = s.text(2);
            const double score = s.real(3);
            const QString key = topicKey(packId, skillId);
            if (const auto it = byTopic.constFind(key); it != byTopic.cend()) {
                Candidate &c = found[*it];
                if (!c.scored) {
                    c.score = score;
                    c.scored = true;
                }
                if (lang == ui) {
                    c.uiLanguageMatched = true;
                    // Equally good in the UI language: report that one.
                    if (c.kind == level.kind)
                        c.lang = ui;
                }
                continue;
            }
            byTopic.insert(key, found.size());
            found.append({packId, skillId, lang, level.kind, score, true, lang == ui});
        }
        const int rc = s.rc();
        s.reset();
        if (rc == SQLITE_INTERRUPT) {
            r.cancelled = true;
            return r;
        }
        if (rc != SQLITE_DONE)
            qCWarning(lcSearch) << "search failed:" << s.errorString();
        PL << QString::number(PT.nsecsElapsed()/1000) + u"us L"_s + QString::number(int(level.kind)) + u" n"_s + QString::number(found.size());
    }

    if (found.size() > limit)
        found.resize(limit);
    const QueryMatcher matcher(q);
    for (const Candidate &c : std::as_const(found)) {
        if (isCancelled()) {
            r.cancelled = true;
            return r;
        }
        r.hits.append(makeHit(c, matcher, ui));
    }
    PL << QString::number(PT.nsecsElapsed()/1000) + u"us hits"_s;
    if (qEnvironmentVariableIsSet("PT")) qDebug().noquote() << PL.join(u" | "_s) << q.ftsExpression();
    return r;
}

SearchHit SearchIndex::Private::makeHit(const Candidate &c, const QueryMatcher &matcher, const QString &ui)
{
    SearchHit h;
    h.packId = c.packId;
    h.skillId = c.skillId;
    h.matchedLanguage = c.lang;
    h.kind = c.kind;
    h.score = c.score;

    // The topic in the UI language, or in the matched one when its pack lacks the UI language.
    bool have = docHead.reset().bind(1, c.packId).bind(2, c.skillId).bind(3, ui).next();
    if (!have)
        have = docHead.reset().bind(1, c.packId).bind(2, c.skillId).bind(3, c.lang).next();
    if (!have)
        return h;
    h.language = docHead.text(0);
    h.title = docHead.text(1);
    const QString summary = docHead.text(2);
    const QString examples = docHead.text(3);
    const QString titleNorm = docHead.text(4);
    const QString summaryNorm = docHead.text(5);
    const QString examplesNorm = docHead.text(6);
    docHead.reset();

    const int all = std::popcount(matcher.allTokens());
    quint32 seen = 0;
    h.titleHighlights = matcher.highlights(h.title, &seen, titleNorm);
    seen = 0;
    BestText best{summary, matcher.highlights(summary, &seen, summaryNorm), std::popcount(seen), u"summary"_s};

    // Look further only where the shown text is known to hold the match: examples, then the body,
    // line by line, until a line holds every query word.
    const bool shownTextMatched = h.language == c.lang || c.uiLanguageMatched;
    if (c.kind == MatchKind::Anywhere && shownTextMatched && best.coverage < all) {
        const auto scanLines = [&](const QString &text, const QString &norm, const QString &field) {
            const QStringList lines = text.split(u'\n');
            const QStringList norms = norm.split(u'\n');
            const bool aligned = lines.size() == norms.size();
            for (qsizetype i = 0; i < lines.size() && best.coverage < all; ++i) {
                quint32 s = 0;
                QList<TextRange> ranges = matcher.highlights(lines.at(i), &s, aligned ? QStringView(norms.at(i)) : QStringView());
                if (std::popcount(s) > best.coverage)
                    best = {lines.at(i), std::move(ranges), std::popcount(s), field};
            }
        };
        scanLines(examples, examplesNorm, u"examples"_s);
        if (best.coverage < all
            && docBody.reset().bind(1, c.packId).bind(2, c.skillId).bind(3, h.language).next()) {
            const QString body = docBody.text(0);
            const QString bodyNorm = docBody.text(1);
            docBody.reset();
            scanLines(body, bodyNorm, u"body"_s);
        }
    }
    if (best.ranges.isEmpty()) {
        h.snippet = firstSentence(summary);
        h.snippetField = u"summary"_s;
    } else {
        Snippet s = makeSnippet(best.text, best.ranges);
        h.snippet = std::move(s.text);
        h.snippetHighlights = std::move(s.highlights);
        h.snippetField = best.field;
    }
    return h;
}

// ---- spelling --------------------------------------------------------------------------------

void SearchIndex::Private::loadVocabulary()
{
    if (vocabLoaded)
        return;
    vocab.clear();
    Statement s(db, u"SELECT word, sum(n) FROM vocab GROUP BY word");
    while (s.next())
        vocab.add(s.text(0), s.int64(1));
    vocab.finish();
    vocabLoaded = s.rc() == SQLITE_DONE;
}

QString SearchIndex::Private::surfaceOf(const QString &word)
{
    // How the texts spell the word (with ي or ی, ة or ه…): normalized letters would look wrong
    // to an Arabic reader.
    surfaceDocs.reset().bind(1, QString(u'"' + word + u'"'));
    QString found;
    while (found.isEmpty() && surfaceDocs.next()) {
        for (int col = 0; col < 4 && found.isEmpty(); ++col) {
            const QString text = surfaceDocs.text(col);
            for (const WordSpan &span : wordSpans(text)) {
                if (span.word == word) {
                    found = displayForm(QStringView(text).sliced(span.start, span.end - span.start));
                    break;
                }
            }
        }
    }
    surfaceDocs.reset();
    if (found.isEmpty())
        return word;
    // Latin words in lower case: a capital from the start of a sentence is not part of the word.
    return isArabicScript(word) ? found : found.toLower();
}

std::optional<SearchIndex::Private::Correction> SearchIndex::Private::correct(const SearchQuery &q, QStringView text,
                                                                               bool *cancelled)
{
    constexpr int MinTypoLength = 4;
    loadVocabulary();
    if (vocab.isEmpty())
        return std::nullopt;
    QList<QueryToken> tokens = q.tokens;
    QHash<QString, QString> replaced; // normalized query word -> display form of the correction
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString word = q.tokens.at(i).word;
        if (word.size() < MinTypoLength)
            continue;
        // Only the words that match nothing at all are misspelt; the others are just not together.
        const bool matchesSomething = anyMatch.reset().bind(1, q.tokenExpression(i)).next();
        const int rc = anyMatch.rc();
        anyMatch.reset();
        if (rc == SQLITE_INTERRUPT) {
            *cancelled = true;
            return std::nullopt;
        }
        if (matchesSomething)
            continue;
        QString fixed = vocab.nearest(word);
        const bool wholeWord = !fixed.isEmpty();
        if (fixed.isEmpty() && q.isPrefixToken(i))
            fixed = vocab.nearestPrefix(word);
        if (fixed.isEmpty())
            continue;
        const QList<QueryToken> analyzed = analyzeQuery(fixed);
        if (analyzed.size() != 1)
            continue;
        tokens[i] = analyzed.first();
        replaced.insert(word, wholeWord ? surfaceOf(fixed) : fixed);
    }
    if (replaced.isEmpty())
        return std::nullopt;

    // The user's own text with only the corrected words swapped.
    QString display = text.toString();
    const QList<WordSpan> spans = wordSpans(text);
    for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
        const auto fix = replaced.constFind(it->word);
        if (fix != replaced.cend())
            display.replace(it->start, it->end - it->start, *fix);
    }
    return Correction{withTokens(q, std::move(tokens)), display.simplified()};
}

} // namespace maharat::search
