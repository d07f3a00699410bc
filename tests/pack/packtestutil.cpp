#include "packtestutil.h"

#include "packbuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace testutil {

QString miniSource()
{
    return QStringLiteral(MAHARAT_TEST_DATA "/mini");
}

QString buildMini(const QString &dir, const QString &name)
{
    const QString out = QDir(dir).filePath(name);
    const maharat::BuildResult r = maharat::buildPack(miniSource(), out, {dir + u"/cache"_s, false});
    if (!r.ok()) {
        for (const auto &e : r.errors)
            qWarning("%s", qPrintable(e.toString()));
        qWarning("%s", qPrintable(r.failure));
        return {};
    }
    return out;
}

QString buildMiniAs(const QString &dir, const QString &name, const QString &id, int version)
{
    const QString source = QDir(dir).filePath(name + u".src"_s);
    QDir().mkpath(source);
    QDirIterator it(miniSource(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = QDir(source).filePath(QDir(miniSource()).relativeFilePath(from));
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::remove(to);
        if (!QFile::copy(from, to))
            return {};
    }
    QFile manifest(QDir(source).filePath(u"pack.manifest"_s));
    if (!manifest.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(manifest.readAll()).split(u'\n');
    manifest.close();
    for (QString &line : lines) {
        if (line.startsWith(u"@id "_s))
            line = u"@id "_s + id;
        else if (line.startsWith(u"@version "_s))
            line = u"@version "_s + QString::number(version);
    }
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    manifest.write(lines.join(u'\n').toUtf8());
    manifest.close();
    const QString out = QDir(dir).filePath(name);
    const maharat::BuildResult r = maharat::buildPack(source, out, {dir + u"/cache"_s, false});
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.failure));
        return {};
    }
    return out;
}

bool tamper(const QString &path, const QString &sql, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    char *msg = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &msg);
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(msg);
    sqlite3_free(msg);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

} // namespace testutil
