#include "offlinenetwork.h"

#include "logging.h"

#include <QAtomicInt>
#include <QNetworkReply>
#include <QQmlEngine>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

QAtomicInt s_refused;

// A reply that never touches a socket: it fails with "access denied" on the next turn of the
// event loop, as a network error would, so callers see an ordinary failed load.
class RefusedReply : public QNetworkReply
{
public:
    RefusedReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly); // before setError: opening clears the error string
        setError(ContentAccessDenied, u"Maharat makes no network requests from its interface"_s);
        setFinished(true);
        QTimer::singleShot(0, this, [this] {
            emit errorOccurred(ContentAccessDenied);
            emit finished();
        });
    }
    void abort() override {}
    qint64 bytesAvailable() const override { return 0; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

} // namespace

int OfflineNetworkAccessManager::refusedCount()
{
    return s_refused.loadRelaxed();
}

QNetworkReply *OfflineNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *)
{
    s_refused.ref();
    qCWarning(lcUi) << "refused a network request from the interface:" << request.url().toDisplayString().left(200);
    return new RefusedReply(op, request, this);
}

QNetworkAccessManager *OfflineNetworkFactory::create(QObject *parent)
{
    return new OfflineNetworkAccessManager(parent);
}

void prepareEngine(QQmlEngine &engine)
{
    engine.addImportPath(u"qrc:/qt/qml"_s);
    // The engine does not own its factory; one stateless factory serves every engine.
    static OfflineNetworkFactory factory;
    engine.setNetworkAccessManagerFactory(&factory);
}

} // namespace maharat
