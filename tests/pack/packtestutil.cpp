#include "packtestutil.h"

#include "packbuilder.h"

#include <QDir>
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
