#pragma once
#include "packreader.h"
#include "searchhit.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace maharat::search {

class SearchWorker;

// Runs the search index off the calling thread: a worker QThread owns the SearchIndex and its own
// SQLite connection (a connection per thread). Every search gets a generation number; a newer
// search makes older ones stale: a stale search that has not started is skipped, one that is
// running is interrupted inside SQLite, and stale results are never delivered. So a search box
// can call search() on every keystroke and only ever sees the answer to what it shows now.
class SearchService : public QObject
{
    Q_OBJECT
public:
    // indexPath: <data folder>/SearchIndex::fileName(), or ":memory:".
    explicit SearchService(const QString &indexPath, QObject *parent = nullptr);
    ~SearchService() override;

    // Brings the index in line with the installed packs (queued: searches issued later see it).
    void setPacks(const QList<LoadedPack> &packs);
    // Starts a search and returns its generation; results() follows unless a newer search starts
    // first. `limit` topics at most.
    quint64 search(const QString &query, const QString &uiLanguage, int limit = 20);
    // Makes the running search stale without starting another (e.g. the search box was cleared).
    void cancel();
    quint64 generation() const { return m_latest->load(); }
    bool isReady() const { return m_ready; }

signals:
    // The hits for `query`, ranked. A non-empty correctedQuery means nothing matched `query` and
    // these hits are for the corrected spelling ("showing results for …"); a non-empty suggestion
    // is a spelling to offer ("did you mean …") while the hits are for what was typed.
    void results(quint64 generation, const QString &query, const QList<maharat::search::SearchHit> &hits,
                 const QString &correctedQuery, const QString &suggestion);
    // After each setPacks(): the index is up to date and holds this many topics.
    void indexReady(int topics);
    // The index could not be opened or updated; searches return nothing.
    void failed(const QString &error);

private:
    friend class SearchWorker;
    void deliver(quint64 generation, const QString &query, const QList<SearchHit> &hits, const QString &corrected,
                 const QString &suggestion);

    QThread m_thread;
    SearchWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    bool m_ready = false;
};

} // namespace maharat::search
