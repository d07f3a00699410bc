#include "librarytestutil.h"

#include "packbuilder.h"
#include "packsignature.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace librarytest {

static bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir src(from);
    for (const QFileInfo &fi : src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(fi.fileName());
        if (fi.isDir() ? !copyTree(fi.filePath(), target) : !QFile::copy(fi.filePath(), target))
            return false;
    }
    return true;
}

QString buildVariant(const QString &dir, const QString &name, const Variant &v)
{
    const QString src = QDir(dir).filePath(u"src-"_s + name);
    QDir(src).removeRecursively();
    if (!copyTree(QStringLiteral(MAHARAT_TEST_DATA "/mini"), src))
        return {};
    for (const QString &skill : v.dropSkills)
        QFile::remove(src + u"/skills/"_s + skill + u".skill"_s);
    QFile manifest(src + u"/pack.manifest"_s);
    if (!manifest.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(manifest.readAll());
    manifest.close();
    text.replace(QRegularExpression(u"^@version \\d+"_s, QRegularExpression::MultilineOption),
                 u"@version "_s + QString::number(v.version));
    if (!v.id.isEmpty())
        text.replace(QRegularExpression(u"^@id .*$"_s, QRegularExpression::MultilineOption), u"@id "_s + v.id);
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate) || manifest.write(text.toUtf8()) < 0)
        return {};
    manifest.close();
    const QString out = QDir(dir).filePath(name);
    QFile::remove(out);
    const maharat::BuildResult r = maharat::buildPack(src, out, {dir + u"/cache"_s, false});
    if (!r.ok()) {
        for (const auto &e : r.errors)
            qWarning("%s", qPrintable(e.toString()));
        qWarning("%s", qPrintable(r.failure));
        return {};
    }
    return out;
}

maharat::minisign::SecretKey stockKey(const QString &dir, const QString &name)
{
    const QString base = QDir(dir).filePath(name);
    QFile::remove(base + u".key"_s);
    QFile::remove(base + u".pub"_s);
    QProcess p;
    p.start(u"minisign"_s, {u"-G"_s, u"-W"_s, u"-p"_s, base + u".pub"_s, u"-s"_s, base + u".key"_s});
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        return {};
    QFile f(base + u".key"_s);
    maharat::minisign::SecretKey key;
    if (!f.open(QIODevice::ReadOnly)
        || maharat::minisign::readSecretKey(f.readAll(), {}, key) != maharat::minisign::KeyError::None)
        return {};
    return key;
}

bool sign(const QString &pack, const maharat::minisign::SecretKey &key)
{
    const QString error = maharat::signPack(pack, key);
    if (!error.isEmpty())
        qWarning("sign: %s", qPrintable(error));
    return error.isEmpty();
}

bool writePublicKey(const maharat::minisign::SecretKey &key, const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(key.publicKey().toFile()) > 0;
}

QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.insert(name, f.readAll());
    }
    return out;
}

} // namespace librarytest
