#include "catalogpublish.h"

#include "filehash.h"
#include "packreader.h"
#include "packstats.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace maharat::catalog {

namespace {

bool writeAtomically(const QString &path, const QByteArray &data, QString &error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        error = u"cannot write "_s + path + u": "_s + f.errorString();
        return false;
    }
    return true;
}

bool copyAtomically(const QString &from, const QString &to, QString &error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        error = u"cannot read "_s + from;
        return false;
    }
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly)) {
        error = u"cannot write "_s + to + u": "_s + out.errorString();
        return false;
    }
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty())
        if (out.write(chunk) != chunk.size()) {
            error = u"cannot write "_s + to + u": "_s + out.errorString();
            return false;
        }
    if (!out.commit()) {
        error = u"cannot write "_s + to + u": "_s + out.errorString();
        return false;
    }
    return true;
}

} // namespace

QString publishedFileName(const QString &packId, int version)
{
    return packId + u'-' + QString::number(version) + u".skillpack"_s;
}

PublishResult publish(const PublishOptions &o)
{
    PublishResult r;
    if (!o.key.isValid()) {
        r.error = u"no usable secret key"_s;
        return r;
    }
    if (o.packs.isEmpty()) {
        r.error = u"no packs given"_s;
        return r;
    }
    if (o.expiresDays < 1 || o.expiresDays > 3650) {
        r.error = u"--expires-days must be between 1 and 3650"_s;
        return r;
    }
    const QDir dir(o.outDir);
    if (!QDir().mkpath(o.outDir)) {
        r.error = u"cannot create "_s + o.outDir;
        return r;
    }

    // The sequence only grows: the previous catalog in the folder (our own file) sets the floor.
    qint64 previous = 0;
    QFile old(dir.filePath(u"catalog.json"_s));
    if (old.exists()) {
        Catalog prev;
        if (!old.open(QIODevice::ReadOnly) || parse(old.read(kMaxCatalogBytes + 1), prev)) {
            r.error = u"the existing "_s + old.fileName() + u" cannot be read; remove it or pass --sequence"_s;
            if (o.sequence == 0)
                return r;
            r.error.clear();
        }
        previous = prev.sequence;
    }
    Catalog &c = r.catalog;
    c.sequence = o.sequence > 0 ? o.sequence : previous + 1;
    if (c.sequence <= previous) {
        r.error = u"--sequence %1 is not above the folder's current catalog (%2)"_s.arg(c.sequence).arg(previous);
        return r;
    }
    const QDateTime now = (o.now.isValid() ? o.now : QDateTime::currentDateTimeUtc()).toUTC();
    c.generated = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    c.expires = c.generated.addDays(o.expiresDays);

    for (const QString &path : o.packs) {
        LoadedPack pack;
        if (const PackError e = readPack(path, pack, {.digest = true})) {
            r.error = path + u": "_s + e.message();
            return r;
        }
        const Manifest &m = pack.content.manifest;
        if (c.find(m.id)) {
            r.error = u"the pack "_s + m.id + u" is given twice"_s;
            return r;
        }
        Entry e;
        e.id = m.id;
        e.version = m.version;
        e.languages = m.languages;
        for (const QString &lang : m.languages) {
            e.title.insert(lang, m.title.value(lang));
            if (!m.description.value(lang).isEmpty())
                e.description.insert(lang, m.description.value(lang));
        }
        const auto counts = countByLanguage(pack.content);
        for (auto it = counts.begin(); it != counts.end(); ++it)
            e.topics.insert(it.key(), it->topics);
        e.size = QFileInfo(path).size();
        e.sha256 = QString::fromLatin1(sha256File(path).toHex());
        e.digest = pack.digest;
        if (pack.signer.isSigned())
            e.signer = pack.signer.key.keyIdHex();
        e.url = publishedFileName(m.id, m.version);
        if (c.publisher.isEmpty())
            c.publisher = m.publisher;
        const QString target = dir.filePath(e.url);
        if (QFileInfo(target).canonicalFilePath() != QFileInfo(path).canonicalFilePath()
            && !copyAtomically(path, target, r.error))
            return r;
        c.packs.append(std::move(e));
    }
    if (!o.publisher.isEmpty())
        c.publisher = o.publisher;

    const QByteArray json = toJson(c);
    Catalog check;
    if (const CatalogError e = parse(json, check)) {
        r.error = u"the catalog would not be accepted: "_s + e.message();
        return r;
    }
    const QString comment = u"maharat-catalog sequence:%1 generated:%2"_s.arg(c.sequence).arg(
        c.generated.toString(Qt::ISODate));
    const QByteArray sig = minisign::sign(o.key, json, comment);
    if (sig.isEmpty()) {
        r.error = u"signing failed"_s;
        return r;
    }
    // catalog.pub lets a subscriber without a share link see the fingerprint and decide; a
    // share link's key is what protects against a hostile server replacing this file.
    if (!writeAtomically(dir.filePath(u"catalog.pub"_s), o.key.publicKey().toFile(), r.error)
        || !writeAtomically(dir.filePath(u"catalog.json.minisig"_s), sig, r.error)
        || !writeAtomically(dir.filePath(u"catalog.json"_s), json, r.error))
        return r;
    return r;
}

} // namespace maharat::catalog
