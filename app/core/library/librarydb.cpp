#include "librarydb.h"

#include "logging.h"
#include "sqlitehandle.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

// Migration n brings user_version from n-1 to n, in one transaction.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {
        {
            // What was fully validated: a file whose size, mtime and file id still match is
            // trusted to hold these bytes, so start-up only re-checks its structure.
            u"CREATE TABLE pack_file(path TEXT NOT NULL PRIMARY KEY, size INTEGER NOT NULL, "
            "mtime_ns INTEGER NOT NULL, file_id TEXT NOT NULL, digest TEXT NOT NULL, pack_id TEXT NOT NULL, "
            "version INTEGER NOT NULL, signer_key TEXT NOT NULL, validated_at INTEGER NOT NULL, "
            "installed_at INTEGER NOT NULL) STRICT"_s,
            u"CREATE INDEX pack_file_by_id ON pack_file(pack_id)"_s,
            // The publisher key pinned to a pack id on first accept; updates must carry it.
            u"CREATE TABLE trust_pin(pack_id TEXT NOT NULL PRIMARY KEY, signer_key TEXT NOT NULL, "
            "publisher TEXT NOT NULL, pinned_at INTEGER NOT NULL) STRICT"_s,
            u"CREATE TABLE setting(key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL) STRICT"_s,
        },
    };
    return list;
}

} // namespace

LibraryDb::LibraryDb() : m_connection(sqlite::uniqueConnectionName(u"library")) {}

LibraryDb::~LibraryDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase LibraryDb::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool LibraryDb::isOpen() const
{
    return database().isOpen();
}

bool LibraryDb::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? database()
                                                          : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.exec(u"PRAGMA synchronous = FULL"_s)) {
        m_error = q.lastError().text();
        db.close();
        return false;
    }
    if (!migrate()) {
        db.close();
        return false;
    }
    return true;
}

bool LibraryDb::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    const int current = q.value(0).toInt();
    q.finish();
    const int latest = int(migrations().size());
    if (current > latest) {
        m_error = u"library.db was written by a newer version of Maharat"_s;
        return false;
    }
    for (int v = current + 1; v <= latest; ++v) {
        if (!db.transaction()) {
            m_error = db.lastError().text();
            return false;
        }
        bool ok = true;
        for (const QString &sql : migrations()[v - 1])
            ok = ok && q.exec(sql);
        ok = ok && q.exec(u"PRAGMA user_version = "_s + QString::number(v));
        if (!ok || !db.commit()) {
            m_error = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
            db.rollback();
            qCWarning(lcLibrary) << "library.db migration" << v << "failed:" << m_error;
            return false;
        }
    }
    return true;
}

} // namespace maharat
