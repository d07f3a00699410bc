#pragma once
#include "packreader.h"
#include "searchhit.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace maharat::search {

// The app's own full-text index over validated pack content (never over tables from a pack):
// every language of every topic, title, summary, body without Markdown and example lines, in an
// SQLite FTS5 file in the user's data folder (or ":memory:"). Terms come from the search
// normalizer, so every spelling textnormalizer.h folds finds the same topics. It is a cache: a
// file with another schema version, or one that cannot be read, is rebuilt from the packs.
// Rules: docs/search-normalization.md, "Index and query".
//
// One SQLite connection, used from the thread that called open(); use one SearchIndex per thread.
class SearchIndex
{
public:
    struct SyncStats
    {
        int indexedPacks = 0;   // analyzed and written (new or changed)
        int unchangedPacks = 0; // same version and content: left alone
        int removedPacks = 0;   // no longer installed: dropped
        int indexedTopics = 0;  // topics of the indexed packs
        bool rebuilt = false;   // the analyzer version changed: everything was indexed again
        bool ok = true;
    };

    // File name inside the user's data folder.
    static QString fileName();

    SearchIndex();
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Opens or creates the index; ":memory:" for one that lives as long as this object.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString errorString() const;

    // Brings the index in line with the installed packs: indexes new and changed ones (by pack
    // version and a hash of their content), drops removed ones, and re-indexes all of them when
    // the analyzer version changed. One transaction.
    SyncStats sync(const QList<LoadedPack> &packs);

    // Ranked topics for a query typed in any language; titles and snippets in uiLanguage when a
    // topic has it. As you type: the last word is a prefix. Topics with every word first; when
    // they are few, those with the most and most telling words (MatchKind::SomeWords). A word of
    // 4+ letters that neither the packs nor a dictionary knows gets a correction one letter away:
    // offered (result.suggestion), or searched when nothing else matched (result.correctedQuery).
    // A plain function of the text, as a fuzz target wants it.
    SearchResult search(QStringView query, QStringView uiLanguage, int limit = 20);

    // Called often while a search runs (also from inside SQLite); returning true abandons it
    // and search() returns a result marked cancelled.
    void setCancelCheck(std::function<bool()> isCancelled);

    int topicCount() const;    // distinct topics indexed
    int documentCount() const; // topic-language rows
    // The connection (same thread only), e.g. for a benchmark's comparison table.
    QSqlDatabase database() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maharat::search
