#include "catalogs.h"

#include "appcontext.h"
#include "importservice.h"
#include "logging.h"
#include "uiapp.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace maharat {

template <typename F> void Catalogs::onWorker(F &&f)
{
    QMetaObject::invokeMethod(m_manager, std::forward<F>(f), Qt::QueuedConnection);
}

Catalogs::Catalogs(QObject *parent) : QObject(parent)
{
    AppContext *ctx = AppContext::instance();
    const QString dataDir = ctx ? ctx->dataDir() : QString();
    QMap<QString, int> installed;
    if (ctx)
        for (const LoadedPack &p : ctx->library().packs())
            installed.insert(p.content.manifest.id, p.content.manifest.version);

    m_thread.setObjectName(u"catalogs"_s);
    m_manager = new CatalogManager(dataDir);
    m_manager->setInstalledVersions(installed);
    if (ctx)
        m_manager->useImportPipeline(ctx->folders());
    m_manager->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_manager, &QObject::deleteLater);
    // Everything below runs on the worker thread and posts plain values back.
    connect(m_manager, &CatalogManager::changed, m_manager, [this] { publish(); });
    connect(m_manager, &CatalogManager::keyConfirmationNeeded, this,
            [this](const QUrl &url, const QString &fingerprint, const QString &) {
                m_pendingUrl = url.toDisplayString();
                m_pendingFingerprint = fingerprint;
                emit pendingKeyChanged();
            });
    connect(m_manager, &CatalogManager::refreshFinished, this, [this](const QUrl &, const CatalogError &error, bool expired) {
        if (m_checking)
            return; // a background check: its result shows as "last checked …", never a dialog
        if (error)
            setMessage(error.message(), true);
        else if (expired)
            //: After adding a catalog whose expiry date has passed
            setMessage(QCoreApplication::translate("Catalogs", "Catalog added, but it has expired: the publisher has not renewed it, so newer packs may be missing."), true);
        else
            //: After adding or refreshing a catalog successfully
            setMessage(QCoreApplication::translate("Catalogs", "Catalog is up to date."), false);
    });
    connect(m_manager, &CatalogManager::downloadFinished, this, [this](const QString &, int, const CatalogError &error) {
        if (error && error.code() != CatalogError::Cancelled)
            setMessage(error.message(), true);
    });
    connect(m_manager, &CatalogManager::packInstalled, this, &Catalogs::packInstalled);
    // A downloaded pack joins the live library (pages, search) without a restart, and any
    // change to the library (imports, removals) updates what counts as installed here.
    connect(m_manager, &CatalogManager::packInstalled, this, [] {
        if (AppContext *c = AppContext::instance())
            c->reloadLibrary();
    });
    if (ctx)
        connect(ctx, &AppContext::libraryChanged, this, [this] {
            QMap<QString, int> versions;
            if (AppContext *c = AppContext::instance())
                for (const LoadedPack &p : c->library().packs())
                    versions.insert(p.content.manifest.id, p.content.manifest.version);
            onWorker([m = m_manager, versions] { m->setInstalledVersions(versions); });
        });
    m_thread.start();

    if (UiApp *app = UiApp::instance())
        connect(app, &UiApp::languageChanged, this, [this] {
            m_offers.refreshTexts();
            m_catalogs.refreshTexts();
            emit stateChanged();
            emit pendingKeyChanged();
        });

    // Start-up: show the cached catalogs at once; fetch at most once a day, and never from the
    // offscreen screenshot/self-test runs. Downloads a killed run left half-way continue.
    const bool offscreen = QCoreApplication::instance()
                           && QCoreApplication::instance()->property("maharatOffscreen").toBool();
    onWorker([m = m_manager, offscreen] {
        if (!offscreen) {
            m->resumePending();
            if (m->refreshDue())
                m->refreshAll();
        }
        m->changed();
    });
}

Catalogs::~Catalogs()
{
    m_thread.quit();
    m_thread.wait();
}

Catalogs *Catalogs::create(QQmlEngine *, QJSEngine *)
{
    return new Catalogs;
}

void Catalogs::publish()
{
    // On the worker thread.
    QList<CatalogOffer> offers = m_manager->offers();
    QList<CatalogInfo> infos;
    for (const catalog::Subscription &s : m_manager->subscriptions())
        infos.append({s.url, s.catalog.publisher, s.key.fingerprint(), int(s.catalog.packs.size()), s.lastChecked,
                      s.lastError, s.hasCatalog() && s.catalog.isExpired(), s.catalog.expires});
    const bool busy = m_manager->isBusy();
    QMetaObject::invokeMethod(this, [this, offers, infos, busy] {
        m_offers.setOffers(offers);
        m_catalogs.setCatalogs(infos);
        m_busy = busy;
        if (!busy)
            m_checking = false;
        emit stateChanged();
    }, Qt::QueuedConnection);
}

int Catalogs::updateCount() const
{
    int n = 0;
    for (const CatalogOffer &o : m_offers.offers())
        n += o.state == CatalogOffer::UpdateAvailable;
    return n;
}

qint64 Catalogs::updateBytes() const
{
    qint64 n = 0;
    for (const CatalogOffer &o : m_offers.offers())
        if (o.state == CatalogOffer::UpdateAvailable)
            n += o.entry.size;
    return n;
}

void Catalogs::setMessage(const QString &text, bool error)
{
    m_message = text;
    m_messageIsError = error;
    emit messageChanged();
}

void Catalogs::add(const QString &link)
{
    m_checking = false;
    setMessage({}, false);
    onWorker([m = m_manager, link] { m->subscribe(link); });
}

void Catalogs::confirmKey()
{
    m_pendingUrl.clear();
    m_pendingFingerprint.clear();
    emit pendingKeyChanged();
    onWorker([m = m_manager] { m->confirmPendingKey(); });
}

void Catalogs::rejectKey()
{
    m_pendingUrl.clear();
    m_pendingFingerprint.clear();
    emit pendingKeyChanged();
    onWorker([m = m_manager] { m->rejectPendingKey(); });
}

void Catalogs::checkNow()
{
    m_checking = true;
    setMessage({}, false);
    emit stateChanged();
    onWorker([m = m_manager] { m->refreshAll(); });
}

void Catalogs::download(const QUrl &catalogUrl, const QString &packId)
{
    onWorker([m = m_manager, catalogUrl, packId] { m->download(catalogUrl, packId); });
}

bool Catalogs::downloadPack(const QString &packId)
{
    for (const CatalogOffer &o : m_offers.offers())
        if (o.entry.id == packId) {
            download(o.catalogUrl, packId);
            return true;
        }
    return false;
}

void Catalogs::cancel(const QString &packId)
{
    onWorker([m = m_manager, packId] { m->cancel(packId); });
}

void Catalogs::installUpdates()
{
    for (const CatalogOffer &o : m_offers.offers())
        if (o.state == CatalogOffer::UpdateAvailable)
            download(o.catalogUrl, o.entry.id);
}

void Catalogs::remove(const QString &url)
{
    const QUrl u(url);
    for (const CatalogOffer &o : m_offers.offers())
        if (o.catalogUrl.toDisplayString() == url) {
            onWorker([m = m_manager, c = o.catalogUrl] { m->unsubscribe(c); });
            return;
        }
    onWorker([m = m_manager, u] { m->unsubscribe(u); });
}

} // namespace maharat
