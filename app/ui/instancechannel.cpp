#include "instancechannel.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

// First line of every message, so a stray client (or an older build) is ignored.
constexpr QByteArrayView Magic = "maharat-open-1\n";
constexpr int ConnectTimeoutMs = 1000;
constexpr int WriteTimeoutMs = 2000;

QString canonicalDir(const QString &dir)
{
    const QFileInfo info(dir);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

InstanceChannel::InstanceChannel(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_name(serverName(dataDir))
{
}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::serverName(const QString &dataDir)
{
    // Socket names live in a shared folder (/tmp): a hash keeps them short and says nothing
    // about the user's folders; the home folder keeps two users' names apart.
    const QByteArray key = (canonicalDir(dataDir) + u'\n' + QDir::homePath()).toUtf8();
    return u"maharat-"_s
           + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

InstanceChannel::Outcome InstanceChannel::forwardOrListen(const QStringList &files)
{
    // Two launches at the same moment must not both become the first: whoever holds the lock
    // connects or listens while the other waits, then finds it listening.
    QDir().mkpath(m_dataDir);
    QLockFile lock(QDir(m_dataDir).filePath(u"instance.lock"_s));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(5000))
        qCWarning(lcUi) << "instance lock:" << lock.error();
    if (send(files))
        return Outcome::Forwarded;
    return listen() ? Outcome::Listening : Outcome::Failed;
}

bool InstanceChannel::send(const QStringList &files)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false;
    QByteArray message(Magic.data(), Magic.size());
    for (const QString &f : files.mid(0, MaxFiles))
        message += f.toUtf8() + '\n';
    socket.write(message);
    while (socket.bytesToWrite() > 0)
        if (!socket.waitForBytesWritten(WriteTimeoutMs))
            return false;
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(WriteTimeoutMs);
    qCInfo(lcUi) << "handed" << files.size() << "file(s) to the running window";
    return true;
}

bool InstanceChannel::listen()
{
    m_server = new QLocalServer(this);
    // Only this user may hand files to the window.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::accept);
    if (m_server->listen(m_name))
        return true;
    // A socket left behind by a crashed instance: nobody answered on it above, so it is stale.
    QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name))
        return true;
    qCWarning(lcUi) << "cannot listen for other launches:" << m_server->errorString();
    return false;
}

void InstanceChannel::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, socket, [socket] {
            // Over the cap: stop reading, drop the connection; nothing is opened.
            if (socket->bytesAvailable() > MaxBytes)
                socket->abort();
        });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            socket->deleteLater();
            const QByteArray data = socket->readAll();
            if (!data.startsWith(QByteArray(Magic.data(), Magic.size())) || data.size() > MaxBytes)
                return;
            QStringList files;
            for (const QByteArray &line : data.mid(Magic.size()).split('\n')) {
                const QString path = QString::fromUtf8(line);
                if (!line.isEmpty() && QFileInfo(path).isAbsolute() && files.size() < MaxFiles)
                    files.append(path);
            }
            emit filesReceived(files);
        });
        // A client that never finishes is cut off rather than kept open.
        QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
    }
}

QStringList absoluteFileArguments(const QStringList &arguments)
{
    QStringList files;
    for (const QString &a : arguments) {
        const QUrl url(a);
        const QString path = url.isLocalFile() ? url.toLocalFile() : a;
        files.append(QFileInfo(path).absoluteFilePath());
    }
    return files;
}

} // namespace maharat
