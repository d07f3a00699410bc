#include "searchservice.h"

#include "logging.h"
#include "searchindex.h"

using namespace Qt::StringLiterals;

namespace maharat::search {

// Lives on the service's thread; everything it does runs there, in the order it was asked.
class SearchWorker : public QObject
{
public:
    SearchWorker(SearchService *service, std::shared_ptr<std::atomic<quint64>> latest)
        : m_service(service), m_latest(std::move(latest))
    {
    }

    void open(const QString &path)
    {
        m_index = std::make_unique<SearchIndex>();
        // Stale as soon as a newer generation exists; SQLite polls this while a query runs.
        m_index->setCancelCheck([this] { return m_latest->load() != m_running; });
        if (!m_index->open(path))
            report(m_index->errorString());
    }

    void close() { m_index.reset(); }

    void sync(const QList<LoadedPack> &packs)
    {
        if (!m_index || !m_index->isOpen())
            return;
        const SearchIndex::SyncStats st = m_index->sync(packs);
        if (!st.ok) {
            report(m_index->errorString());
            return;
        }
        qCInfo(lcSearch) << "search index:" << st.indexedPacks << "packs indexed," << st.unchangedPacks
                         << "unchanged," << st.removedPacks << "removed";
        const int topics = m_index->topicCount();
        QMetaObject::invokeMethod(
            m_service, [s = m_service, topics] {
                s->m_ready = true;
                emit s->indexReady(topics);
            },
            Qt::QueuedConnection);
    }

    void search(quint64 generation, const QString &query, const QString &ui, int limit)
    {
        // Queued behind newer keystrokes already: nobody wants these results.
        if (m_latest->load() != generation)
            return;
        QList<SearchHit> hits;
        QString corrected, suggestion;
        if (m_index && m_index->isOpen()) {
            m_running = generation;
            SearchResult r = m_index->search(query, ui, limit);
            m_running = 0;
            if (r.cancelled || m_latest->load() != generation)
                return;
            hits = std::move(r.hits);
            corrected = std::move(r.correctedQuery);
            suggestion = std::move(r.suggestion);
        }
        QMetaObject::invokeMethod(
            m_service,
            [s = m_service, generation, query, hits, corrected, suggestion] {
                s->deliver(generation, query, hits, corrected, suggestion);
            },
            Qt::QueuedConnection);
    }

private:
    void report(const QString &error)
    {
        QMetaObject::invokeMethod(
            m_service, [s = m_service, error] { emit s->failed(error); }, Qt::QueuedConnection);
    }

    SearchService *m_service;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<SearchIndex> m_index;
    quint64 m_running = 0;
};

SearchService::SearchService(const QString &indexPath, QObject *parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<QList<SearchHit>>();
    m_worker = new SearchWorker(this, m_latest);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(u"search"_s);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, indexPath] { w->open(indexPath); }, Qt::QueuedConnection);
}

SearchService::~SearchService()
{
    cancel();
    // The connection belongs to the worker's thread, so it is closed there.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void SearchService::setPacks(const QList<LoadedPack> &packs)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, packs] { w->sync(packs); }, Qt::QueuedConnection);
}

quint64 SearchService::search(const QString &query, const QString &uiLanguage, int limit)
{
    const quint64 generation = ++*m_latest;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, generation, query, uiLanguage, limit] { w->search(generation, query, uiLanguage, limit); },
        Qt::QueuedConnection);
    return generation;
}

void SearchService::cancel()
{
    ++*m_latest;
}

void SearchService::deliver(quint64 generation, const QString &query, const QList<SearchHit> &hits,
                            const QString &corrected, const QString &suggestion)
{
    // Checked again here: a newer search may have started while these results were on their way.
    if (generation == m_latest->load())
        emit results(generation, query, hits, corrected, suggestion);
}

} // namespace maharat::search
