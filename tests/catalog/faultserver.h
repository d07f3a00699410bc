#pragma once
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

// A small HTTP/1.1 static server for the tests that misbehaves on request: it honours Range and
// If-Range like a real one, and can drop the connection at a byte, stall, send an endless body,
// ignore If-Range, answer with any status, redirect, or trickle bytes slowly.
class FaultServer : public QObject
{
    Q_OBJECT
public:
    struct File {
        QByteArray body;
        QByteArray etag;           // empty: none sent
        QByteArray lastModified;   // empty: none sent
        int status = 0;            // non-zero: answer with this status and a short body
        qint64 dropAt = -1;        // close the connection after this absolute byte offset
        qint64 stallAt = -1;       // stop sending (but keep the connection) at this offset
        bool endless = false;      // after the body, keep sending junk with no Content-Length
        bool ignoreIfRange = false;// always answer a Range with 206, like a broken server
        QString redirectTo;        // answer 302 to this path
        int bytesPerTick = 0;      // > 0: send this many bytes every 5 ms
        bool once = false;         // faults (drop/stall) apply to the first request only
    };
    struct Request {
        QString path;
        QByteArray range, ifRange;
    };

    explicit FaultServer(QObject *parent = nullptr);
    bool listen();
    QUrl url(const QString &path) const;

    QMap<QString, File> files;
    QList<Request> requests;
    qint64 bytesSent = 0; // body bytes, all connections

private:
    void onConnection();
    void respond(class QTcpSocket *socket, const QByteArray &head);
    QTcpServer m_server;
};
