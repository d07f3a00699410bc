#pragma once
#include "catalog.h"
#include "minisign.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

// The catalogs the user subscribed to, in <data>/catalogs/: subscriptions.json (url, pinned key,
// highest sequence accepted, when it was last checked) and, per catalog, the last good
// catalog.json + .minisig for offline use. Every write is atomic (QSaveFile). The cached catalog
// is verified again on load, so a file changed on disk is dropped, not trusted.
namespace maharat::catalog {

struct Subscription {
    QUrl url;
    minisign::PublicKey key;   // pinned at subscription, never replaced silently
    qint64 sequence = 0;       // highest accepted: a lower one is a rollback
    QDateTime lastChecked;     // last successful fetch (UTC)
    QDateTime lastAttempt;     // last try, successful or not
    QString lastError;         // translated message of the last failed try (empty when it worked)
    Catalog catalog;           // the last good catalog (empty if none is cached)
    bool hasCatalog() const { return catalog.sequence > 0; }
};

class SubscriptionStore
{
public:
    explicit SubscriptionStore(const QString &dataDir);

    void load();
    bool save() const;

    QList<Subscription> &items() { return m_items; }
    const QList<Subscription> &items() const { return m_items; }
    Subscription *find(const QUrl &url);
    void remove(const QUrl &url);

    // Stores a verified catalog's exact bytes as the last good one for url.
    bool storeCatalog(const QUrl &url, const QByteArray &json, const QByteArray &minisig) const;

    QString folder() const { return m_dir; }
    QString downloadsFolder() const;
    QString cacheFolder(const QUrl &url) const;

private:
    QString m_dir;
    QList<Subscription> m_items;
};

} // namespace maharat::catalog
