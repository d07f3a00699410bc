#include "catalogmanager.h"
#include "packinstaller.h"
#include "builtinkey.h"

#include "catalogcheck.h"
#include "download.h"
#include "logging.h"
#include "packreader.h"
#include "sharelink.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace maharat {

using catalog::Entry;
using catalog::Subscription;

CatalogManager::CatalogManager(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_store(dataDir), m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<maharat::CatalogError>();
    // No cookies, no cache, no credentials: a catalog host learns only which files are fetched.
    m_network->setCookieJar(nullptr);
    m_store.load();
    const QString packsDir = QDir(dataDir).filePath(u"packs"_s);
    m_installer = [packsDir](const QString &file, const Entry &entry) {
        return installIntoFolder(file, entry, packsDir);
    };
}

CatalogManager::~CatalogManager() = default;

void CatalogManager::setInstalledVersions(const QMap<QString, int> &versions)
{
    m_installed = versions;
    emit changed();
}

QList<CatalogOffer> CatalogManager::offers() const
{
    QList<CatalogOffer> list;
    for (const Subscription &s : m_store.items()) {
        for (const Entry &e : s.catalog.packs) {
            CatalogOffer o;
            o.catalogUrl = s.url;
            o.publisher = s.catalog.publisher;
            o.entry = e;
            o.installedVersion = m_installed.value(e.id, 0);
            o.state = o.installedVersion == 0             ? CatalogOffer::NotInstalled
                      : o.installedVersion < e.version ? CatalogOffer::UpdateAvailable
                                                       : CatalogOffer::Installed;
            for (const QueueItem &q : m_queue)
                if (q.entry.id == e.id && q.catalogUrl == s.url && q.entry.version == e.version) {
                    o.transfer = q.transfer;
                    o.received = q.received;
                    o.error = q.error;
                }
            list.append(std::move(o));
        }
    }
    return list;
}

bool CatalogManager::isBusy() const
{
    if (m_refreshing || !m_refreshes.isEmpty() || m_pendingKey)
        return true;
    for (const QueueItem &q : m_queue)
        if (q.transfer == CatalogOffer::Queued || q.transfer == CatalogOffer::Downloading
            || q.transfer == CatalogOffer::Installing)
            return true;
    return false;
}

bool CatalogManager::refreshDue(const QDateTime &now) const
{
    for (const Subscription &s : m_store.items())
        if (!s.lastAttempt.isValid() || s.lastAttempt.secsTo(now) >= kCheckIntervalSecs || s.lastAttempt > now)
            return true;
    return false;
}

void CatalogManager::checkIdle()
{
    emit changed();
    if (!isBusy())
        emit idle();
}

// ---- catalogs ----

void CatalogManager::subscribe(const QString &text, bool acceptUnknownKey)
{
    const catalog::ShareLink link = catalog::parseShareLink(text);
    if (!link.ok()) {
        emit refreshFinished(QUrl(), CatalogError(CatalogError::BadUrl), false);
        checkIdle();
        return;
    }
    RefreshJob job;
    job.url = link.url;
    job.acceptUnknownKey = acceptUnknownKey;
    if (const Subscription *s = m_store.find(link.url)) {
        // The pinned key stays: a link cannot swap it (that would let anyone who can send a
        // message re-key a catalog). A different key gets a refusal from the signature check.
        job.key = s->key;
        if (link.key.isValid() && link.key.key != s->key.key) {
            emit refreshFinished(link.url, CatalogError(CatalogError::WrongKey, {link.key.keyIdHex(), s->key.keyIdHex()}), false);
            checkIdle();
            return;
        }
    } else {
        job.key = link.key;
    }
    m_refreshes.append(job);
    nextRefresh();
}

void CatalogManager::refresh(const QUrl &url)
{
    if (const Subscription *s = m_store.find(url)) {
        RefreshJob job;
        job.url = url;
        job.key = s->key;
        m_refreshes.append(job);
        nextRefresh();
    }
}

void CatalogManager::refreshAll()
{
    for (const Subscription &s : m_store.items())
        refresh(s.url);
    checkIdle();
}

void CatalogManager::unsubscribe(const QUrl &url)
{
    m_store.remove(url);
    m_store.save();
    checkIdle();
}

void CatalogManager::fetchInto(const QUrl &url, qint64 cap, std::function<void(CatalogError, QByteArray)> then)
{
    DownloadSpec spec;
    spec.url = url;
    spec.maxBytes = cap;
    spec.noCache = true;
    spec.stallTimeoutMs = m_stallMs;
    auto *d = new Download(m_network, spec, this);
    m_fetch = d;
    connect(d, &Download::finished, this, [d, then] {
        d->deleteLater();
        then(d->error(), d->data());
    });
    d->start();
}

void CatalogManager::nextRefresh()
{
    if (m_refreshing || m_pendingKey || m_refreshes.isEmpty()) {
        checkIdle();
        return;
    }
    m_refreshing = true;
    emit changed();
    const QUrl url = m_refreshes.first().url;
    fetchInto(url, catalog::kMaxCatalogBytes, [this, url](CatalogError e, QByteArray json) {
        RefreshJob &job = m_refreshes.first();
        if (e)
            return failRefresh(job, e);
        job.json = json;
        QUrl sigUrl = url;
        sigUrl.setPath(url.path() + u".minisig"_s);
        fetchInto(sigUrl, catalog::kMaxSignatureBytes, [this, url](CatalogError e, QByteArray sig) {
            RefreshJob &job = m_refreshes.first();
            if (e)
                return failRefresh(job, e.code() == CatalogError::NotFound ? CatalogError(CatalogError::SignatureMissing) : e);
            job.sig = sig;
            if (job.key.isValid()) {
                RefreshJob ready = m_refreshes.takeFirst();
                const minisign::PublicKey key = ready.key;
                return finishRefresh(std::move(ready), key);
            }
            // First contact without a key: take the server's word for it only after the user
            // compared the fingerprint (or a provisioning script said so).
            const QUrl pubUrl = url.resolved(QUrl(u"catalog.pub"_s));
            fetchInto(pubUrl, catalog::kMaxSignatureBytes, [this](CatalogError e, QByteArray pub) {
                RefreshJob job = m_refreshes.takeFirst();
                const minisign::PublicKey key = minisign::PublicKey::fromText(pub);
                if (e || !key.isValid())
                    return failRefresh(job, e ? e : CatalogError(CatalogError::NoKey));
                if (job.acceptUnknownKey)
                    return finishRefresh(job, key);
                m_pendingKey = job;
                m_pendingKeyValue = key;
                m_refreshing = false;
                emit keyConfirmationNeeded(job.url, key.fingerprint(), key.keyIdHex());
                emit changed();
            });
        });
    });
}

void CatalogManager::confirmPendingKey()
{
    if (!m_pendingKey)
        return;
    RefreshJob job = *m_pendingKey;
    m_pendingKey.reset();
    m_refreshing = true;
    finishRefresh(job, m_pendingKeyValue);
}

void CatalogManager::rejectPendingKey()
{
    if (!m_pendingKey)
        return;
    const QUrl url = m_pendingKey->url;
    m_pendingKey.reset();
    emit refreshFinished(url, CatalogError(CatalogError::NoKey), false);
    nextRefresh();
}

void CatalogManager::failRefresh(RefreshJob job, const CatalogError &error)
{
    if (!m_refreshes.isEmpty() && m_refreshes.first().url == job.url)
        m_refreshes.removeFirst();
    if (Subscription *s = m_store.find(job.url)) {
        // Offline is normal: the last good catalog stays, the page says when it was checked.
        s->lastAttempt = QDateTime::currentDateTimeUtc();
        s->lastError = error.message();
        m_store.save();
    }
    qCInfo(lcCatalog) << "catalog refresh failed:" << job.url << error.codeName();
    m_refreshing = false;
    emit refreshFinished(job.url, error, false);
    nextRefresh();
}

void CatalogManager::finishRefresh(RefreshJob job, const minisign::PublicKey &key)
{
    Subscription *existing = m_store.find(job.url);
    catalog::Catalog c;
    const CatalogError e = catalog::checkCatalog(job.json, job.sig, key, existing ? existing->sequence : 0, c);
    if (e) {
        m_refreshing = false;
        m_refreshes.prepend(job); // failRefresh removes it again
        return failRefresh(job, e);
    }
    if (!m_store.storeCatalog(job.url, job.json, job.sig)) {
        m_refreshing = false;
        m_refreshes.prepend(job);
        return failRefresh(job, CatalogError(CatalogError::WriteFailed, {m_store.cacheFolder(job.url)}));
    }
    if (!existing) {
        Subscription s;
        s.url = job.url;
        s.key = key;
        m_store.items().append(s);
        existing = &m_store.items().last();
    }
    const bool expired = c.isExpired();
    existing->sequence = c.sequence;
    existing->catalog = std::move(c);
    existing->lastChecked = existing->lastAttempt = QDateTime::currentDateTimeUtc();
    existing->lastError.clear();
    m_store.save();
    m_refreshing = false;
    emit refreshFinished(job.url, {}, expired);
    nextRefresh();
}

// ---- downloads ----

QString CatalogManager::partPath(const Entry &entry) const
{
    return QDir(m_store.downloadsFolder()).filePath(entry.id + u'-' + QString::number(entry.version) + u".skillpack.part"_s);
}

void CatalogManager::download(const QUrl &catalogUrl, const QString &packId)
{
    const Subscription *s = m_store.find(catalogUrl);
    const Entry *e = s ? s->catalog.find(packId) : nullptr;
    if (!e)
        return;
    for (QueueItem &q : m_queue)
        if (q.entry.id == packId) {
            if (q.transfer == CatalogOffer::Failed && q.entry.version == e->version) {
                q.transfer = CatalogOffer::Queued; // retry, resuming from the .part
                q.attempts = 0;
                q.error.clear();
                nextDownload();
            }
            return;
        }
    QueueItem item;
    item.catalogUrl = catalogUrl;
    item.entry = *e;
    item.received = QFileInfo(partPath(*e)).size();
    m_queue.append(item);
    nextDownload();
}

void CatalogManager::installAll()
{
    for (const CatalogOffer &o : offers())
        if (o.state != CatalogOffer::Installed)
            download(o.catalogUrl, o.entry.id);
    checkIdle();
}

void CatalogManager::resumePending()
{
    for (const CatalogOffer &o : offers())
        if (o.state != CatalogOffer::Installed && QFile::exists(partPath(o.entry)))
            download(o.catalogUrl, o.entry.id);
    checkIdle();
}

void CatalogManager::cancel(const QString &packId)
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue[i].entry.id != packId)
            continue;
        if (m_queue[i].transfer == CatalogOffer::Downloading && m_download) {
            m_download->cancel(); // onDownloadFinished removes the item
            return;
        }
        Download::discardPart(partPath(m_queue[i].entry));
        m_queue.removeAt(i);
        checkIdle();
        return;
    }
}

void CatalogManager::nextDownload()
{
    if (m_download) {
        emit changed();
        return;
    }
    QueueItem *item = nullptr;
    for (QueueItem &q : m_queue)
        if (q.transfer == CatalogOffer::Queued) {
            item = &q;
            break;
        }
    if (!item) {
        checkIdle();
        return;
    }
    QDir().mkpath(m_store.downloadsFolder());
    DownloadSpec spec;
    spec.url = catalog::packUrl(item->catalogUrl, item->entry);
    spec.expectedSize = item->entry.size;
    spec.sha256 = QByteArray::fromHex(item->entry.sha256.toLatin1());
    spec.partPath = partPath(item->entry);
    spec.stallTimeoutMs = m_stallMs;
    item->transfer = CatalogOffer::Downloading;
    ++item->attempts;
    auto *d = new Download(m_network, spec, this);
    m_download = d;
    const QString id = item->entry.id;
    connect(d, &Download::progress, this, [this, id](qint64 received, qint64 total) {
        for (QueueItem &q : m_queue)
            if (q.entry.id == id)
                q.received = received;
        emit downloadProgress(id, received, total);
    });
    connect(d, &Download::finished, this, &CatalogManager::onDownloadFinished);
    emit changed();
    d->start();
}

void CatalogManager::onDownloadFinished()
{
    Download *d = m_download;
    m_download = nullptr;
    if (!d)
        return;
    d->deleteLater();
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_queue.size(); ++i)
        if (m_queue[i].transfer == CatalogOffer::Downloading)
            index = i;
    if (index < 0)
        return nextDownload();
    QueueItem &item = m_queue[index];
    const Entry entry = item.entry;
    CatalogError error = d->error();
    // A dropped connection that still made progress is picked up again at once from the .part;
    // a stall or a server error waits for the next try (the user's, or the next check).
    const bool transient = error.code() == CatalogError::NetworkError || error.code() == CatalogError::SizeMismatch;
    if (transient && item.attempts < 3 && d->received() > d->resumedFrom()) {
        item.transfer = CatalogOffer::Queued;
        return nextDownload();
    }
    if (error.code() == CatalogError::Cancelled) {
        m_queue.removeAt(index);
        emit downloadFinished(entry.id, entry.version, error);
        return nextDownload();
    }
    if (!error) {
        item.transfer = CatalogOffer::Installing;
        emit changed();
        const CatalogError refused = m_installer(d->spec().partPath, entry);
        Download::discardPart(d->spec().partPath);
        if (refused)
            error = refused.code() == CatalogError::InstallFailed || refused.code() == CatalogError::WriteFailed
                        ? refused
                        : CatalogError(CatalogError::InstallFailed, {refused.message()});
    }
    if (error) {
        m_queue[index].transfer = CatalogOffer::Failed;
        m_queue[index].error = error.message();
    } else {
        m_queue.removeAt(index);
        m_installed.insert(entry.id, entry.version);
        emit packInstalled(entry.id, entry.version);
    }
    emit downloadFinished(entry.id, entry.version, error);
    nextDownload();
}

namespace {
// The catalog's claims about the file must hold, the signer included: a catalog cannot present
// an unsigned or differently signed pack as signed by someone else.
CatalogError checkClaims(const QString &file, const Entry &entry, LoadedPack &pack)
{
    if (const PackError e = readPack(file, pack, {.digest = true}))
        return CatalogError(CatalogError::InstallFailed, {e.message()});
    const Manifest &m = pack.content.manifest;
    const QString signer = pack.signer.isSigned() ? pack.signer.key.keyIdHex() : QString();
    if (m.id != entry.id || m.version != entry.version || pack.digest != entry.digest || signer != entry.signer)
        return CatalogError(CatalogError::InstallFailed, {QCoreApplication::translate("CatalogError", "The pack is not the one the catalog describes.")});
    return {};
}
} // namespace

void CatalogManager::useImportPipeline(const QList<Library::Folder> &folders)
{
    const QString dataDir = m_dataDir;
    m_installer = [dataDir, folders](const QString &file, const Entry &entry) -> CatalogError {
        LoadedPack pack;
        if (CatalogError e = checkClaims(file, entry, pack))
            return e;
        // One installer per call: it owns a library.db connection, and this runs on the
        // manager's thread, not the one that made the manager.
        PackInstaller installer(dataDir, builtinPublisherKey());
        const Library current = installer.load(folders);
        InstallPolicy policy;
        if (pack.signer.isSigned())
            policy.acceptKeys = {pack.signer.key};
        else
            policy.allowUnsigned = true; // the signed catalog vouches for the file's hash
        if (const ImportError e = installer.install(file, current, policy))
            return CatalogError(CatalogError::InstallFailed, {e.message()});
        return {};
    };
}

CatalogError CatalogManager::installIntoFolder(const QString &file, const Entry &entry, const QString &packsDir,
                                               QString *installedPath)
{
    LoadedPack pack;
    if (CatalogError e = checkClaims(file, entry, pack))
        return e;
    if (!QDir().mkpath(packsDir))
        return CatalogError(CatalogError::WriteFailed, {packsDir});
    // Copy to a staging name in the target folder, then rename over the old version: a kill at
    // any moment leaves the old pack or the new one.
    const QString target = QDir(packsDir).filePath(entry.id + u".skillpack"_s);
    const QString staging = target + u".staging"_s;
    QFile::remove(staging);
    if (!QFile::copy(file, staging))
        return CatalogError(CatalogError::WriteFailed, {staging});
    {
        QFile f(staging);
        if (f.open(QIODevice::ReadWrite))
            f.flush();
    }
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(staging);
        return CatalogError(CatalogError::WriteFailed, {target});
    }
    if (installedPath)
        *installedPath = target;
    return {};
}

} // namespace maharat
