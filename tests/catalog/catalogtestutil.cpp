#include "catalogtestutil.h"

#include "catalogpublish.h"
#include "packbuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace maharat;

namespace catalogtest {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QString buildMiniVersion(const QString &dir, int version)
{
    const QString src = QDir(dir).filePath(u"src-v%1"_s.arg(version));
    const QDir from(QStringLiteral(MAHARAT_TEST_DATA "/mini"));
    QDirIterator it(from.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(src).filePath(from.relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).path());
        QFile::copy(file, target);
    }
    QByteArray manifest = readAll(src + u"/pack.manifest"_s);
    manifest.replace(QByteArray("@version 3"), QByteArray("@version " + QByteArray::number(version)));
    writeAll(src + u"/pack.manifest"_s, manifest);
    const QString out = QDir(dir).filePath(u"mini-v%1.skillpack"_s.arg(version));
    const BuildResult r = buildPack(src, out, {dir + u"/cache"_s, false});
    return r.ok() ? out : QString();
}

minisign::SecretKey makeKey(const QString &dir)
{
    const minisign::SecretKey key = minisign::generateKey();
    writeAll(QDir(dir).filePath(u"base.key"_s), minisign::secretKeyFile(key, {}, u"test key"_s));
    writeAll(QDir(dir).filePath(u"base.pub"_s), key.publicKey().toFile());
    return key;
}

QString publish(const QStringList &packs, const minisign::SecretKey &key, const QString &outDir, qint64 sequence,
                int expiresDays, const QDateTime &now)
{
    catalog::PublishOptions o;
    o.packs = packs;
    o.key = key;
    o.outDir = outDir;
    o.sequence = sequence;
    o.expiresDays = expiresDays;
    o.now = now;
    return catalog::publish(o).error;
}

} // namespace catalogtest
