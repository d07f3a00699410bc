#pragma once
// SearchIndex's state, shared by its source files: searchindex.cpp (connection and schema),
// searchindexsync.cpp (indexing), searchindexquery.cpp (matching, ranking, hits) and
// searchindexspelling.cpp (typo correction). Not for use outside them.
#include "indexdocument.h"
#include "searchindex.h"
#include "searchquery.h"
#include "spelldictionary.h"
#include "sqlitestatement.h"
#include "textmatch.h"
#include "vocabulary.h"

#include <QHash>
#include <QString>

#include <array>
#include <functional>
#include <optional>

struct sqlite3;

namespace maharat::search {

// Rowids are `title word count << RowidSeqBits | sequence` (see indexPack).
constexpr int RowidSeqBits = 40;

struct SearchIndex::Private
{
    // A topic found by one of the match levels, before its hit is made.
    struct Candidate
    {
        QString packId, skillId, lang;
        MatchKind kind = MatchKind::Anywhere;
        double score = 0;
        bool scored = false;
        bool uiLanguageMatched = false; // the row in the UI language met the query too
        int topic = -1;                 // index into topics
    };

    // What a rowid of doc (and of both FTS tables) stands for, kept in memory so the match levels
    // read only rowids and scores from SQLite (a join with doc's wide rows per ranked row cost
    // more than the ranking). Loaded at open() and after a sync, off the query path.
    struct DocKey
    {
        int topic = -1; // index into topics
        QString lang;
    };
    struct TopicId
    {
        QString packId, skillId;
        QList<QPair<QString, qint64>> rows; // language, rowid
        qint64 row(const QString &lang) const
        {
            for (const auto &[l, id] : rows)
                if (l == lang)
                    return id;
            return -1;
        }
    };

    QString connection;
    QString path;
    QString error;
    sqlite3 *db = nullptr;
    std::function<bool()> cancel;
    Vocabulary vocab;
    SpellDictionary dictionary;
    bool vocabLoaded = false;
    // Document frequencies and the row count behind the IDFs; reloaded after a sync.
    QHash<QString, qint64> dfCache;
    QHash<QString, QStringList> expansionCache;
    qint64 rows = -1;
    QHash<qint64, DocKey> docKeys;
    QList<TopicId> topics;
    bool docKeysLoaded = false;

    Statement headCandidates, allCandidates, anyCandidates, exactTitle, docHead, docExamples, docBody, surfaceDocs, dfExact,
        dfPrefix, termsWithPrefix;
    // Every prepared statement: all are finalized before the connection closes (a connection
    // with a live statement does not close, and its memory is never freed).
    std::array<Statement *, 11> statements()
    {
        return {&headCandidates, &allCandidates, &anyCandidates, &exactTitle, &docHead, &docExamples, &docBody,
                &surfaceDocs, &dfExact, &dfPrefix, &termsWithPrefix};
    }

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
    // What every search needs from the tables, loaded after open() and each sync that changed
    // something, so that no search pays for it.
    void warmCaches();
    void loadVocabulary();
    bool loadDocKeys();
    // Phrases no indexed row holds (document frequency 0) leave the query: they cannot match, and
    // FTS5 would still look each one up. True when every token still has a phrase.
    bool dropAbsentPhrases(SearchQuery &q);
    // The ranked rows of one match level, best first (score, then rowid), or nullopt if cancelled.
    std::optional<QList<QPair<qint64, double>>> rankedRows(Statement &s);
    qint64 rowCount();
    qint64 documentFrequency(const SearchQuery::Phrase &phrase);
    QByteArray idfs(const SearchQuery &q);
    void expandPrefixes(SearchQuery &q);

    SearchResult run(const SearchQuery &q, const QString &ui, int limit);
    // The any-words fallback: appends topics not in `found` yet. False when cancelled.
    bool runAnyWords(const SearchQuery &q, const QString &ui, int limit, QList<Candidate> &found,
                     QHash<int, qsizetype> &byTopic);
    SearchHit makeHit(const Candidate &c, const QueryMatcher &matcher, const QString &ui, bool lookInText);
    struct Correction
    {
        SearchQuery query;
        QString display;
    };
    std::optional<Correction> correct(const SearchQuery &q, QStringView text, bool *cancelled);
    QString surfaceOf(const QString &word);
};

} // namespace maharat::search
