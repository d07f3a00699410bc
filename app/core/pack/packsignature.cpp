#include "packsignature.h"

#include "logging.h"
#include "packreader.h"
#include "packschema.h"
#include "sqlitehandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

// Statement lines are "key value"; a publisher name is free text, so line breaks in it become
// spaces to keep one field per line. The digest covers the exact manifest anyway.
QString oneLine(QString s)
{
    for (QChar &c : s)
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    return s;
}

bool fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool copyFile(const QString &from, const QString &to)
{
    QFile in(from), out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray buf;
    while (!(buf = in.read(1 << 20)).isEmpty())
        if (out.write(buf) != buf.size())
            return false;
    return in.error() == QFileDevice::NoError && out.flush();
}

// Replaces the signature row on a plain writable connection to our own private copy.
QString writeSignatureRow(const QString &path, const QString &publicKey, const QByteArray &minisig)
{
    const QString name = sqlite::uniqueConnectionName(u"signer");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            const bool ok = db.transaction() && q.exec(u"DELETE FROM signature"_s)
                            && q.prepare(u"INSERT INTO signature(slot, public_key, minisig) VALUES (1, ?, ?)"_s);
            if (ok) {
                q.addBindValue(publicKey);
                q.addBindValue(QString::fromUtf8(minisig));
            }
            if (!ok || !q.exec() || !db.commit())
                error = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QByteArray packStatement(const QString &packId, int version, const QString &digest, const QString &publisher)
{
    return u"maharat-pack-statement-v1\nid %1\nversion %2\ndigest %3\npublisher %4\n"_s
        .arg(oneLine(packId), QString::number(version), oneLine(digest), oneLine(publisher))
        .toUtf8();
}

QByteArray packStatement(const LoadedPack &pack)
{
    const Manifest &m = pack.content.manifest;
    return packStatement(m.id, m.version, pack.digest, m.publisher);
}

QString packTrustedComment(const QString &packId, int version, const QString &digest)
{
    return u"maharat-pack id=%1 version=%2 digest=%3"_s.arg(oneLine(packId), QString::number(version), oneLine(digest));
}

PackError checkPackSignature(const QByteArray &publicKeyLine, const QByteArray &minisig,
                             const QByteArray &statement, const QString &trustedComment, PackSigner &signer)
{
    if (publicKeyLine.contains('\n'))
        return {PackError::SignatureMalformed};
    const minisign::PublicKey key = minisign::PublicKey::fromText(publicKeyLine);
    if (!key.isValid())
        return {PackError::SignatureMalformed};
    const minisign::Verified v = minisign::verify(key, statement, minisig);
    switch (v.status) {
    case minisign::Verified::Status::Malformed: return {PackError::SignatureMalformed};
    case minisign::Verified::Status::OtherKey:
    case minisign::Verified::Status::BadSignature: return {PackError::SignatureMismatch};
    case minisign::Verified::Status::Ok: break;
    }
    // The statement already binds id, version and digest; a trusted comment that says
    // otherwise was made for another pack and would mislead whoever checks with minisign.
    if (v.trustedComment != trustedComment)
        return {PackError::SignatureMismatch};
    signer.state = PackSigner::State::Valid;
    signer.key = key;
    signer.minisig = minisig;
    return {};
}

QString signPack(const QString &path, const minisign::SecretKey &key)
{
    if (!key.isValid())
        return u"the secret key is not usable"_s;
    LoadedPack pack;
    if (const PackError e = readPack(path, pack, {.digest = true}))
        return e.message();
    if (pack.formatVersion < packschema::SignedFormatVersion)
        return u"this pack uses format version %1, which cannot carry a signature; rebuild it with this maharat-pack"_s
            .arg(pack.formatVersion);
    const Manifest &m = pack.content.manifest;
    const QByteArray statement = packStatement(pack);
    const QString comment = packTrustedComment(m.id, m.version, pack.digest);
    const QByteArray minisig = minisign::sign(key, statement, comment, u"signature from maharat-pack"_s);
    if (minisig.isEmpty())
        return u"signing failed"_s;

    const QFileInfo fi(path);
    const QString tmp = fi.dir().filePath(u"."_s + fi.fileName() + u".signing"_s);
    QFile::remove(tmp);
    QString error;
    if (!copyFile(path, tmp))
        error = u"cannot write a copy of the pack next to it ("_s + tmp + u')';
    if (error.isEmpty())
        error = writeSignatureRow(tmp, key.publicKey().toBase64(), minisig);
    if (error.isEmpty() && !fsyncPath(tmp, false))
        error = u"cannot flush the signed copy to disk"_s;
    if (error.isEmpty()) {
        // What lands must be a valid pack signed by this key with the digest just signed.
        LoadedPack check;
        if (const PackError e = readPack(tmp, check, {.digest = true}))
            error = e.message();
        else if (!check.signer.isSigned() || check.signer.key.keyId != key.keyId || check.digest != pack.digest)
            error = u"the signed copy does not read back as signed"_s;
    }
    if (error.isEmpty() && ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0)
        error = u"cannot replace "_s + path;
    if (!error.isEmpty()) {
        QFile::remove(tmp);
        qCWarning(lcPack) << "signing" << path << "failed:" << error;
        return error;
    }
    fsyncPath(fi.absolutePath(), true);
    return {};
}

} // namespace maharat
