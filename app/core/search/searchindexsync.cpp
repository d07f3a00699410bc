#include "searchindex_p.h"

#include "logging.h"
#include "searchindexschema.h"
#include "textnormalizer.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <QThread>
#include <sqlite3.h>

#include <algorithm>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

// Topic-language rows analyzed per batch: enough to keep every core busy, few enough that the
// analyzed text of one batch stays small.
constexpr int AnalysisBatch = 512;

struct Stored
{
    int version = 0;
    QString hash;
    int analyzer = 0;
};

// Analysis is the expensive part of indexing and touches nothing shared: it runs on every core,
// while SQLite writes stay on the calling thread. `prepare`, when given, fills in document i's
// plain texts first (Markdown stripping is worth spreading too).
void analyzeAll(QList<IndexDocument> &docs, TermCounts *counts,
                const std::function<void(qsizetype, IndexDocument &)> &prepare = {})
{
    const qsizetype n = docs.size();
    const int workers = int(std::clamp<qsizetype>((n + 31) / 32, 1, std::max(1, QThread::idealThreadCount())));
    QList<TermCounts> partial(counts ? workers : 0);
    const auto work = [&](int w) {
        for (qsizetype i = w; i < n; i += workers) {
            if (prepare)
                prepare(i, docs[i]);
            analyzeDocument(docs[i], counts ? &partial[w] : nullptr);
        }
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
    head.bind(o + 5, doc.keywordsTerms);
    all.bind(o + 1, rowid).bind(o + 2, doc.titleTerms).bind(o + 3, doc.titleWords).bind(o + 4, doc.summaryTerms);
    all.bind(o + 5, doc.keywordsTerms).bind(o + 6, doc.examplesTerms).bind(o + 7, doc.bodyTerms);
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
    Statement head(db, u"INSERT INTO fts_head (fts_head, rowid, title, title_words, summary, keywords) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Statement all(db, u"INSERT INTO fts (fts, rowid, title, title_words, summary, keywords, examples, body) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    // In rowid order, for the same reason rows are inserted in it (see indexPack).
    Statement rowsOfPack(db, u"SELECT id, lang, title, summary, keywords, examples, body FROM doc WHERE pack_id = ?1 "
                             "ORDER BY id");
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
            doc.keywords = rowsOfPack.text(4);
            doc.examples = rowsOfPack.text(5);
            doc.body = rowsOfPack.text(6);
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
        int titleWords;
    };
    QList<Job> jobs;
    QSet<QString> topics;
    for (const Skill &s : content.skills) {
        for (const QString &lang : content.manifest.languages) {
            if (s.text.contains(lang)) {
                jobs.append({&s, lang, int(std::min<qsizetype>(tokens(s.text.value(lang).title).size(), 4095))});
                topics.insert(s.id);
            }
        }
    }
    // Rows go in in rowid order, and the rowid starts with the title's word count: FTS5 writes out
    // its pending terms whenever a rowid is not above the last one, so any other order would cut
    // the index into thousands of tiny segments.
    std::stable_sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) { return a.titleWords < b.titleWords; });

    Statement insertDoc(db, u"INSERT INTO doc (id, pack_id, skill_id, lang, title, summary, keywords, examples, "
                            "body, title_norm, summary_norm, keywords_norm, examples_norm, body_norm) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    Statement head(db, u"INSERT INTO fts_head (rowid, title, title_words, summary, keywords) "
                       "VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement all(db, u"INSERT INTO fts (rowid, title, title_words, summary, keywords, examples, body) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    TermCounts counts;
    QElapsedTimer clock;
    qint64 analysisNs = 0, writeNs = 0;
    for (qsizetype from = 0; from < jobs.size(); from += AnalysisBatch) {
        clock.start();
        QList<IndexDocument> docs(std::min<qsizetype>(AnalysisBatch, jobs.size() - from));
        analyzeAll(docs, &counts, [&](qsizetype i, IndexDocument &doc) {
            doc = plainDocument(*jobs.at(from + i).skill, jobs.at(from + i).lang);
        });
        analysisNs += clock.nsecsElapsed();
        clock.start();
        for (qsizetype i = 0; i < docs.size(); ++i) {
            const IndexDocument &doc = docs.at(i);
            // The title length leads the rowid: FTS5 yields rows in rowid order, so when a level
            // has more matches than it ranks, the short titles are the ones ranked.
            const qint64 rowid = (qint64(jobs.at(from + i).titleWords) << RowidSeqBits) | seq++;
            insertDoc.reset().bind(1, rowid).bind(2, packId).bind(3, doc.skillId).bind(4, doc.lang);
            insertDoc.bind(5, doc.title).bind(6, doc.summary).bind(7, doc.keywords).bind(8, doc.examples);
            insertDoc.bind(9, doc.body).bind(10, doc.titleNorm).bind(11, doc.summaryNorm).bind(12, doc.keywordsNorm);
            insertDoc.bind(13, doc.examplesNorm).bind(14, doc.bodyNorm);
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
    if (changed) {
        d->invalidateCaches();
        d->warmCaches();
    }
    return st;
}

} // namespace maharat::search
