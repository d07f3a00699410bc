#include "download.h"

#include "filehash.h"
#include "logging.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {
constexpr qint64 kChunk = 256 * 1024;

// Aborting a reply from inside its own signal makes QtNetwork complain; let it go next turn.
void dropReply(QPointer<QNetworkReply> &reply, QObject *receiver)
{
    if (!reply)
        return;
    QNetworkReply *r = reply;
    reply = nullptr;
    r->disconnect(receiver);
    QMetaObject::invokeMethod(r, [r] {
        r->abort();
        r->deleteLater();
    }, Qt::QueuedConnection);
}
} // namespace

Download::Download(QNetworkAccessManager *network, DownloadSpec spec, QObject *parent)
    : QObject(parent), m_network(network), m_spec(std::move(spec))
{
    m_stall.setSingleShot(true);
    m_stall.setInterval(m_spec.stallTimeoutMs);
    connect(&m_stall, &QTimer::timeout, this, &Download::onStall);
}

Download::~Download()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Download::discardPart(const QString &partPath)
{
    QFile::remove(partPath);
    QFile::remove(metaPath(partPath));
}

void Download::start()
{
    const QString scheme = m_spec.url.scheme().toLower();
    if (!m_spec.url.isValid()) {
        fail(CatalogError::BadUrl);
        return;
    }
    if (scheme != u"https" && scheme != u"http" && scheme != u"file") {
        fail(CatalogError::UnsupportedScheme);
        return;
    }
    if (!m_spec.partPath.isEmpty())
        loadPart();
    if (m_finished)
        return;
    if (m_spec.expectedSize >= 0 && m_received == m_spec.expectedSize && m_received > 0) {
        // An earlier run got every byte but died before installing: check and hand it on.
        QMetaObject::invokeMethod(this, &Download::complete, Qt::QueuedConnection);
        return;
    }
    if (scheme == u"file")
        startFile();
    else
        startNetwork();
}

void Download::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    else
        fail(CatalogError::Cancelled);
}

void Download::loadPart()
{
    QFile meta(metaPath(m_spec.partPath));
    QJsonObject o;
    if (meta.open(QIODevice::ReadOnly))
        o = QJsonDocument::fromJson(meta.read(64 * 1024)).object();
    const qint64 have = QFileInfo(m_spec.partPath).size();
    const bool same = o.value(u"url").toString() == m_spec.url.toString()
                      && o.value(u"sha256").toString() == QString::fromLatin1(m_spec.sha256.toHex())
                      && o.value(u"size").toInteger(-2) == m_spec.expectedSize;
    m_validator = o.value(u"validator").toString();
    const bool local = m_spec.url.isLocalFile();
    if (same && !local && have > 0 && !m_validator.isEmpty()
        && (m_spec.expectedSize < 0 || have <= m_spec.expectedSize)) {
        if (addFileToHash(m_spec.partPath, m_hash, have)) {
            m_received = have;
            m_resumedFrom = have;
        } else {
            m_hash.reset();
        }
    }
    if (m_received == 0 && have > 0)
        m_restarted = true;
    m_part.setFileName(m_spec.partPath);
    if (!m_part.open(m_received > 0 ? QIODevice::ReadWrite : (QIODevice::ReadWrite | QIODevice::Truncate))
        || !m_part.seek(m_received)) {
        fail(CatalogError(CatalogError::WriteFailed, {m_spec.partPath}));
        return;
    }
    if (m_received == 0)
        m_validator.clear();
    saveMeta();
}

void Download::saveMeta()
{
    if (m_spec.partPath.isEmpty())
        return;
    const QJsonObject o{{u"url"_s, m_spec.url.toString()},
                        {u"sha256"_s, QString::fromLatin1(m_spec.sha256.toHex())},
                        {u"size"_s, m_spec.expectedSize},
                        {u"validator"_s, m_validator}};
    QSaveFile f(metaPath(m_spec.partPath));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        f.commit();
    }
}

void Download::truncatePart()
{
    m_restarted = m_restarted || m_received > 0;
    m_received = 0;
    m_hash.reset();
    m_data.clear();
    if (m_part.isOpen()) {
        m_part.resize(0);
        m_part.seek(0);
    }
}

void Download::startNetwork()
{
    QNetworkRequest req(m_spec.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setMaximumRedirectsAllowed(m_spec.maxRedirects);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Bytes on the wire are the bytes of the file: no transparent decompression, so Range
    // offsets, the size cap and the hash all count the same thing.
    req.setRawHeader("Accept-Encoding", "identity");
    if (m_spec.noCache)
        req.setRawHeader("Cache-Control", "no-cache");
    if (m_received > 0) {
        req.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
        req.setRawHeader("If-Range", m_validator.toUtf8());
    }
    m_headersChecked = false;
    m_reply = m_network->get(req);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Download::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &Download::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Download::onFinished);
    m_stall.start();
}

void Download::onMetaData()
{
    if (m_headersChecked || !m_reply || m_finished)
        return;
    const QVariant statusVar = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusVar.isValid())
        return;
    const int status = statusVar.toInt();
    if (status >= 300 && status < 400)
        return; // a redirect Qt follows within maxRedirects
    m_headersChecked = true;
    m_stall.start();
    if (status == 404 || status == 410)
        return fail(CatalogError::NotFound);
    if (status >= 500)
        return fail(CatalogError(CatalogError::ServerError, {QString::number(status)}));
    if (status != 200 && status != 206)
        return fail(CatalogError(CatalogError::HttpStatus, {QString::number(status)}));

    const QByteArray etag = m_reply->rawHeader("ETag");
    const QByteArray lastModified = m_reply->rawHeader("Last-Modified");
    // If-Range needs a strong validator; a weak ETag is useless for it.
    const QString validator = !etag.isEmpty() && !etag.startsWith("W/") ? QString::fromLatin1(etag)
                                                                        : QString::fromLatin1(lastModified);
    if (status == 206) {
        static const QRegularExpression range(u"^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"_s);
        const auto m = range.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")));
        const bool startOk = m.hasMatch() && m.captured(1).toLongLong() == m_received;
        const bool totalOk = m.hasMatch() && (m.captured(3) == u"*" || m_spec.expectedSize < 0
                                              || m.captured(3).toLongLong() == m_spec.expectedSize);
        // A server that ignores If-Range must not make us splice two versions of a file.
        const bool sameFile = validator.isEmpty() || validator == m_validator;
        if (m_received == 0 || !startOk || !totalOk || !sameFile) {
            qCInfo(lcCatalog) << "range answer unusable, starting over:" << m_spec.url;
            dropReply(m_reply, this);
            truncatePart();
            m_validator.clear();
            saveMeta();
            startNetwork();
            return;
        }
    } else if (m_received > 0) {
        // 200 to a Range request: the file changed on the server (If-Range) or ranges are not
        // supported. Either way the old bytes are useless.
        qCInfo(lcCatalog) << "server sent the whole file, starting over:" << m_spec.url;
        truncatePart();
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (m_spec.expectedSize < 0 && length.isValid() && length.toLongLong() > m_spec.maxBytes)
        return fail(CatalogError(CatalogError::TooLarge, {QString::number(m_spec.maxBytes)}));
    if (validator != m_validator) {
        m_validator = validator;
        saveMeta();
    }
}

void Download::onReadyRead()
{
    if (!m_reply || m_finished)
        return;
    if (!m_headersChecked)
        onMetaData();
    if (m_finished || !m_reply || !m_headersChecked)
        return;
    m_stall.start();
    while (m_reply && !m_finished && m_reply->bytesAvailable() > 0)
        if (!accept(m_reply->read(kChunk)))
            return;
}

bool Download::accept(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    const qint64 limit = m_spec.expectedSize >= 0 ? m_spec.expectedSize : m_spec.maxBytes;
    QByteArray take = bytes;
    bool cut = false;
    if (m_received + bytes.size() > limit) {
        if (m_spec.expectedSize < 0) {
            fail(CatalogError(CatalogError::TooLarge, {QString::number(m_spec.maxBytes)}));
            return false;
        }
        take.truncate(limit - m_received);
        cut = true;
    }
    if (m_part.isOpen()) {
        if (m_part.write(take) != take.size()) {
            fail(CatalogError(CatalogError::WriteFailed, {m_spec.partPath}));
            return false;
        }
    } else {
        m_data.append(take);
    }
    m_hash.addData(take);
    m_received += take.size();
    emit progress(m_received, m_spec.expectedSize);
    if (cut) {
        // Never read past what the signed catalog says: whatever else the server sends is
        // dropped unread, and the hash decides whether the first expectedSize bytes are right.
        m_cut = true;
        dropReply(m_reply, this);
        m_local.close();
        complete();
        return false;
    }
    return true;
}

void Download::onFinished()
{
    if (m_finished || !m_reply)
        return;
    m_stall.stop();
    if (!m_headersChecked && !m_timedOut && !m_cancelled)
        onMetaData();
    if (m_finished)
        return;
    if (m_reply->bytesAvailable() > 0 && m_headersChecked)
        onReadyRead();
    if (m_finished)
        return;
    const QNetworkReply::NetworkError err = m_reply->error();
    const QString text = m_reply->errorString();
    m_reply->deleteLater();
    m_reply = nullptr;
    if (m_timedOut)
        return fail(CatalogError::Timeout);
    if (m_cancelled)
        return fail(CatalogError::Cancelled);
    if (err == QNetworkReply::TooManyRedirectsError)
        return fail(CatalogError::TooManyRedirects);
    if (err == QNetworkReply::InsecureRedirectError)
        return fail(CatalogError(CatalogError::NetworkError, {text}));
    if (err != QNetworkReply::NoError)
        return fail(CatalogError(CatalogError::NetworkError, {text}));
    complete();
}

void Download::onStall()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void Download::startFile()
{
    m_local.setFileName(m_spec.url.toLocalFile());
    if (!m_local.open(QIODevice::ReadOnly))
        return fail(CatalogError(CatalogError::FileUnreadable, {m_spec.url.toLocalFile()}));
    if (m_spec.expectedSize < 0 && m_local.size() > m_spec.maxBytes)
        return fail(CatalogError(CatalogError::TooLarge, {QString::number(m_spec.maxBytes)}));
    truncatePart();
    m_restarted = false;
    // One chunk per event-loop turn: a USB stick is slow, and the owner's thread stays responsive.
    QTimer::singleShot(0, this, &Download::readFileChunk);
}

void Download::readFileChunk()
{
    if (m_finished)
        return;
    if (m_cancelled)
        return fail(CatalogError::Cancelled);
    const QByteArray chunk = m_local.read(kChunk);
    if (chunk.isEmpty()) {
        if (m_local.error() != QFileDevice::NoError)
            return fail(CatalogError(CatalogError::FileUnreadable, {m_local.fileName()}));
        m_local.close();
        return complete();
    }
    if (accept(chunk))
        QTimer::singleShot(0, this, &Download::readFileChunk);
}

void Download::complete()
{
    if (m_finished)
        return;
    m_stall.stop();
    if (m_part.isOpen() && !m_part.flush())
        return fail(CatalogError(CatalogError::WriteFailed, {m_spec.partPath}));
    if (m_spec.expectedSize >= 0 && m_received != m_spec.expectedSize)
        return fail(CatalogError(CatalogError::SizeMismatch,
                                 {QString::number(m_received), QString::number(m_spec.expectedSize)}));
    if (!m_spec.sha256.isEmpty() && m_hash.result() != m_spec.sha256) {
        // Wrong bytes are never resumed from: the next attempt starts from zero.
        m_part.close();
        if (!m_spec.partPath.isEmpty())
            discardPart(m_spec.partPath);
        return fail(CatalogError::HashMismatch);
    }
    m_part.close();
    m_finished = true;
    emit finished();
}

void Download::fail(CatalogError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_stall.stop();
    dropReply(m_reply, this);
    m_part.close();
    if (m_error.code() == CatalogError::Cancelled && !m_spec.partPath.isEmpty())
        discardPart(m_spec.partPath);
    qCInfo(lcCatalog) << "download failed:" << m_spec.url << m_error.codeName();
    // Always asynchronous, so a caller never sees finished() from inside start().
    QMetaObject::invokeMethod(this, &Download::finished, Qt::QueuedConnection);
}

} // namespace maharat
