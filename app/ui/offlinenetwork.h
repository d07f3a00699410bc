#pragma once
#include <QNetworkAccessManager>
#include <QQmlNetworkAccessManagerFactory>

class QQmlEngine;

namespace maharat {

// The QML engine's network: it refuses every request (images, fonts, styles, XMLHttpRequest),
// so nothing a pack writes can make the app contact a server. Catalog and pack downloads the
// user starts use their own QNetworkAccessManager in C++, never the engine's.
class OfflineNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    // Requests refused since start-up, for tests and the log.
    static int refusedCount();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override;
};

class OfflineNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;
};

// Everything every QML engine of the app needs (the app, tests, benchmarks): the module import
// path and the refusing network.
void prepareEngine(QQmlEngine &engine);

} // namespace maharat
