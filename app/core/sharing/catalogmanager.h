#pragma once
#include "library.h"
#include "catalog.h"
#include "catalogerror.h"
#include "subscriptionstore.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <optional>
#include <functional>

class QNetworkAccessManager;

namespace maharat {

class Download;

// One pack a subscribed catalog offers, as the library page and Home show it.
struct CatalogOffer {
    enum State { NotInstalled, UpdateAvailable, Installed };
    enum Transfer { Idle, Queued, Downloading, Installing, Failed };
    QUrl catalogUrl;
    QString publisher;
    catalog::Entry entry;
    int installedVersion = 0; // 0: not installed
    State state = NotInstalled;
    Transfer transfer = Idle;
    qint64 received = 0;
    QString error; // translated, when transfer == Failed
};

// Subscriptions, catalog refreshes and the download queue: everything behind "Add a catalog",
// "check now" and a download's progress bar, and the headless --subscribe / --check-updates.
// Asynchronous on the thread it lives on (the UI moves it to a worker thread); one catalog
// fetch and one pack download run at a time, the rest wait in order.
class CatalogManager : public QObject
{
    Q_OBJECT
public:
    // Hands a downloaded, hash-checked file to the import pipeline; returns why it was refused.
    using Installer = std::function<CatalogError(const QString &file, const catalog::Entry &entry)>;

    explicit CatalogManager(const QString &dataDir, QObject *parent = nullptr);
    ~CatalogManager() override;

    void setInstaller(Installer installer) { m_installer = std::move(installer); }
    void setInstalledVersions(const QMap<QString, int> &versions);
    void setStallTimeoutMs(int ms) { m_stallMs = ms; }

    const QList<catalog::Subscription> &subscriptions() const { return m_store.items(); }
    QList<CatalogOffer> offers() const;
    bool isBusy() const;
    // When a refresh of every catalog is due (at most once a day, at start-up).
    bool refreshDue(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static constexpr qint64 kCheckIntervalSecs = 24 * 3600;

    // The default installer until the import pipeline takes over: full safe read, id, version
    // and content digest must match the catalog, then an atomic move into <data>/packs/.
    static CatalogError installIntoFolder(const QString &file, const catalog::Entry &entry, const QString &packsDir,
                                          QString *installedPath = nullptr);
    // Installs through the same pipeline as a local file (PackInstaller: staging copy, full
    // validation, key pins per pack id, "only signed packs", library.db record, atomic rename),
    // after the catalog's claims about the file are checked. The catalog vouches for the signer
    // it names, so that key may be pinned for a new pack id; a pinned id signed by another key is
    // refused exactly as for a file. `folders` are the library's folders, as AppContext has them.
    void useImportPipeline(const QList<Library::Folder> &folders);

public slots:
    // A share link or plain url. A known url is refreshed. Without a key in the link the
    // server's catalog.pub is fetched and keyConfirmationNeeded asks (unless acceptUnknownKey).
    void subscribe(const QString &link, bool acceptUnknownKey = false);
    void confirmPendingKey();
    void rejectPendingKey();
    void refresh(const QUrl &url);
    void refreshAll();
    void unsubscribe(const QUrl &url);
    void download(const QUrl &catalogUrl, const QString &packId);
    // Every pack not installed and every update, from every subscribed catalog.
    void installAll();
    // Queues the packs whose .part files a killed run left behind.
    void resumePending();
    void cancel(const QString &packId);

signals:
    void changed();
    void keyConfirmationNeeded(const QUrl &url, const QString &fingerprint, const QString &keyId);
    void refreshFinished(const QUrl &url, const maharat::CatalogError &error, bool expired);
    void downloadProgress(const QString &packId, qint64 received, qint64 total);
    void downloadFinished(const QString &packId, int version, const maharat::CatalogError &error);
    void packInstalled(const QString &packId, int version);
    void idle();

private:
    struct RefreshJob {
        QUrl url;
        minisign::PublicKey key; // invalid: first subscription without a key
        bool acceptUnknownKey = false;
        QByteArray json, sig;
    };
    struct QueueItem {
        QUrl catalogUrl;
        catalog::Entry entry;
        CatalogOffer::Transfer transfer = CatalogOffer::Queued;
        qint64 received = 0;
        int attempts = 0;
        QString error;
    };

    void nextRefresh();
    void fetchInto(const QUrl &url, qint64 cap, std::function<void(CatalogError, QByteArray)> then);
    void finishRefresh(RefreshJob job, const minisign::PublicKey &key);
    void failRefresh(RefreshJob job, const CatalogError &error);
    void nextDownload();
    void onDownloadFinished();
    QString partPath(const catalog::Entry &entry) const;
    void checkIdle();

    QString m_dataDir;
    catalog::SubscriptionStore m_store;
    QNetworkAccessManager *m_network;
    Installer m_installer;
    QMap<QString, int> m_installed;
    int m_stallMs = 30000;

    QList<RefreshJob> m_refreshes;
    bool m_refreshing = false;
    std::optional<RefreshJob> m_pendingKey;
    minisign::PublicKey m_pendingKeyValue;
    QPointer<Download> m_fetch;

    QList<QueueItem> m_queue;
    QPointer<Download> m_download;
};

} // namespace maharat

