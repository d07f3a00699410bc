#pragma once
#include "catalogerror.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace maharat {

// What to fetch and the limits that apply. Everything the server says is untrusted: sizes and
// hashes come from the signed catalog, never from response headers.
struct DownloadSpec {
    QUrl url;                    // https, http or file
    qint64 expectedSize = -1;    // exact length when known (a pack): nothing past it is read
    qint64 maxBytes = 1 << 20;   // cap when the length is not known (a catalog, a signature)
    QByteArray sha256;           // raw 32 bytes; when set the result must match
    QString partPath;            // empty: keep in memory; else download into this .part file
    int stallTimeoutMs = 30000;  // no byte for this long: Timeout
    int maxRedirects = 5;
    bool noCache = false;        // ask caches/CDNs to revalidate (catalogs)
};

// One transfer on QtNetwork (or a local file for file:// URLs), asynchronous on the thread that
// owns it. With a partPath it resumes: the .part file's sidecar (.part.json) keeps the url, the
// expected hash and the server's validator (ETag or Last-Modified); the next attempt sends
// Range + If-Range, appends on 206 and starts over on 200 (the file changed on the server).
class Download : public QObject
{
    Q_OBJECT
public:
    Download(QNetworkAccessManager *network, DownloadSpec spec, QObject *parent = nullptr);
    ~Download() override;

    void start();
    void cancel();

    const DownloadSpec &spec() const { return m_spec; }
    CatalogError error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    QByteArray data() const { return m_data; }      // in-memory mode
    qint64 received() const { return m_received; }  // bytes held so far, resumed ones included
    qint64 total() const { return m_spec.expectedSize; }
    qint64 resumedFrom() const { return m_resumedFrom; } // offset of the last attempt (tests)
    bool restarted() const { return m_restarted; }        // a .part was discarded (tests)

    static QString metaPath(const QString &partPath) { return partPath + QStringLiteral(".json"); }
    // Removes a .part file and its sidecar.
    static void discardPart(const QString &partPath);

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void startNetwork();
    void startFile();
    void readFileChunk();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onStall();
    bool accept(const QByteArray &bytes);
    void fail(CatalogError error);
    void complete();
    void loadPart();
    void saveMeta();
    void truncatePart();

    QNetworkAccessManager *m_network;
    DownloadSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stall;
    QFile m_part;
    QFile m_local; // file:// source
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_data;
    QString m_validator;
    qint64 m_received = 0;
    qint64 m_resumedFrom = 0;
    bool m_restarted = false;
    bool m_headersChecked = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_cut = false; // reached expectedSize: the rest of the body is ignored
    CatalogError m_error;
};

} // namespace maharat
