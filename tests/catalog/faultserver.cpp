#include "faultserver.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

FaultServer::FaultServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::onConnection);
}

bool FaultServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
}

void FaultServer::onConnection()
{
    while (QTcpSocket *s = m_server.nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
            buffer->append(s->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArray head = buffer->left(end);
                buffer->clear();
                respond(s, head);
            }
        });
    }
}

void FaultServer::respond(QTcpSocket *s, const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    Request req;
    req.path = QString::fromLatin1(first.value(1));
    for (const QByteArray &l : lines.mid(1)) {
        const qsizetype colon = l.indexOf(':');
        const QByteArray name = l.left(colon).trimmed().toLower(), value = l.mid(colon + 1).trimmed();
        if (name == "range")
            req.range = value;
        else if (name == "if-range")
            req.ifRange = value;
    }
    requests.append(req);

    auto send = [s](int status, const QByteArray &reason, const QList<QByteArray> &headers, const QByteArray &body) {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const QByteArray &h : headers)
            out += h + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        s->write(out);
        s->disconnectFromHost();
    };
    if (!files.contains(req.path))
        return send(404, "Not Found", {}, "not found");
    File &f = files[req.path];
    if (f.status)
        return send(f.status, "Fault", {}, "fault");
    if (!f.redirectTo.isEmpty())
        return send(302, "Found", {"Location: " + f.redirectTo.toLatin1()}, {});

    qint64 from = 0;
    bool partial = false;
    static const QRegularExpression range(u"^bytes=(\\d+)-$"_s);
    const auto m = range.match(QString::fromLatin1(req.range));
    const QByteArray validator = f.etag.isEmpty() ? f.lastModified : f.etag;
    if (m.hasMatch() && (req.ifRange.isEmpty() || req.ifRange == validator || f.ignoreIfRange)
        && m.captured(1).toLongLong() < f.body.size()) {
        from = m.captured(1).toLongLong();
        partial = true;
    }
    QByteArray out = partial ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
    if (!f.etag.isEmpty())
        out += "ETag: " + f.etag + "\r\n";
    if (!f.lastModified.isEmpty())
        out += "Last-Modified: " + f.lastModified + "\r\n";
    if (partial)
        out += "Content-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(f.body.size() - 1) + '/'
               + QByteArray::number(f.body.size()) + "\r\n";
    if (!f.endless)
        out += "Content-Length: " + QByteArray::number(f.body.size() - from) + "\r\n";
    out += "Accept-Ranges: bytes\r\nConnection: close\r\n\r\n";
    s->write(out);

    const qint64 dropAt = f.dropAt, stallAt = f.stallAt;
    if (f.once) {
        f.dropAt = -1;
        f.stallAt = -1;
    }
    // Body bytes go out from a timer so drops, stalls and trickles happen mid-transfer.
    auto *timer = new QTimer(s);
    timer->setInterval(f.bytesPerTick > 0 ? 5 : 0);
    auto pos = std::make_shared<qint64>(from);
    const QByteArray body = f.body;
    const bool endless = f.endless;
    const int perTick = f.bytesPerTick > 0 ? f.bytesPerTick : 64 * 1024;
    connect(timer, &QTimer::timeout, s, [this, s, timer, pos, body, endless, perTick, dropAt, stallAt] {
        if (s->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        if (s->bytesToWrite() > 256 * 1024)
            return;
        qint64 limit = endless ? (64LL << 20) : body.size(); // endless, but a bounded test
        if (dropAt >= 0)
            limit = qMin(limit, dropAt);
        if (stallAt >= 0 && *pos >= stallAt) {
            timer->stop();
            return;
        }
        if (stallAt >= 0)
            limit = qMin(limit, stallAt);
        if (*pos >= limit) {
            timer->stop();
            if (stallAt < 0 || limit != stallAt)
                s->disconnectFromHost();
            return;
        }
        const qint64 n = qMin<qint64>(perTick, limit - *pos);
        QByteArray chunk = *pos < body.size() ? body.mid(*pos, n) : QByteArray();
        if (chunk.size() < n)
            chunk += QByteArray(n - chunk.size(), 'x');
        s->write(chunk);
        *pos += n;
        bytesSent += n;
    });
    timer->start();
}
