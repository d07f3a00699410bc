#include "subscriptionstore.h"

#include "catalogcheck.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace maharat::catalog {

namespace {

QByteArray readCapped(const QString &path, qint64 cap)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > cap)
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

SubscriptionStore::SubscriptionStore(const QString &dataDir) : m_dir(QDir(dataDir).filePath(u"catalogs"_s)) {}

QString SubscriptionStore::downloadsFolder() const
{
    return QDir(m_dir).filePath(u"downloads"_s);
}

QString SubscriptionStore::cacheFolder(const QUrl &url) const
{
    const QByteArray h = QCryptographicHash::hash(url.toString(QUrl::FullyEncoded).toUtf8(), QCryptographicHash::Sha256);
    return QDir(m_dir).filePath(QString::fromLatin1(h.toHex().left(16)));
}

void SubscriptionStore::load()
{
    m_items.clear();
    const QJsonObject root = QJsonDocument::fromJson(readCapped(QDir(m_dir).filePath(u"subscriptions.json"_s), 4 << 20)).object();
    for (const QJsonValue &v : root.value(u"subscriptions").toArray()) {
        const QJsonObject o = v.toObject();
        Subscription s;
        s.url = QUrl(o.value(u"url").toString(), QUrl::StrictMode);
        s.key = minisign::PublicKey::fromText(o.value(u"key").toString().toUtf8());
        if (!s.url.isValid() || !s.key.isValid() || find(s.url))
            continue;
        s.sequence = o.value(u"sequence").toInteger();
        s.lastChecked = QDateTime::fromString(o.value(u"last_checked").toString(), Qt::ISODate);
        s.lastAttempt = QDateTime::fromString(o.value(u"last_attempt").toString(), Qt::ISODate);
        s.lastError = o.value(u"last_error").toString();
        const QString cache = cacheFolder(s.url);
        const QByteArray json = readCapped(cache + u"/catalog.json"_s, kMaxCatalogBytes);
        const QByteArray sig = readCapped(cache + u"/catalog.json.minisig"_s, kMaxSignatureBytes);
        if (!json.isEmpty()) {
            if (const CatalogError e = checkCatalog(json, sig, s.key, 0, s.catalog))
                qCWarning(lcCatalog) << "cached catalog dropped:" << s.url << e.codeName();
        }
        m_items.append(std::move(s));
    }
}

bool SubscriptionStore::save() const
{
    QJsonArray list;
    for (const Subscription &s : m_items)
        list.append(QJsonObject{{u"url"_s, s.url.toString(QUrl::FullyEncoded)},
                                {u"key"_s, s.key.toBase64()},
                                {u"sequence"_s, s.sequence},
                                {u"last_checked"_s, stamp(s.lastChecked)},
                                {u"last_attempt"_s, stamp(s.lastAttempt)},
                                {u"last_error"_s, s.lastError}});
    QDir().mkpath(m_dir);
    return writeFile(QDir(m_dir).filePath(u"subscriptions.json"_s),
                     QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"subscriptions"_s, list}}).toJson());
}

Subscription *SubscriptionStore::find(const QUrl &url)
{
    for (Subscription &s : m_items)
        if (s.url == url)
            return &s;
    return nullptr;
}

void SubscriptionStore::remove(const QUrl &url)
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items[i].url == url) {
            QDir(cacheFolder(url)).removeRecursively();
            m_items.removeAt(i);
            return;
        }
}

bool SubscriptionStore::storeCatalog(const QUrl &url, const QByteArray &json, const QByteArray &minisig) const
{
    const QString cache = cacheFolder(url);
    // Signature first: a crash between the two leaves a pair that fails verification on load
    // (dropped, refetched), never an unverified catalog that is used.
    return QDir().mkpath(cache) && writeFile(cache + u"/catalog.json.minisig"_s, minisig)
           && writeFile(cache + u"/catalog.json"_s, json);
}

} // namespace maharat::catalog
