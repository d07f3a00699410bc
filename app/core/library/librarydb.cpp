#include "librarydb.h"

#include "appdatabase.h"
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
    // The same rules as progress.db (appdb::open): only a file marked as ours is written, a
    // version outside 0..latest is an error, creation and upgrades are locked against a second
    // process, and an upgrade starts only after a verified copy.
    appdb::Schema schema;
    schema.applicationId = ApplicationId;
    schema.migrations = migrations();
    schema.adoptUntagged = true; // library.db files made before the application id
    const appdb::Result r = appdb::open(m_connection, path, schema, {.busyTimeoutMs = 5000});
    if (r.status != appdb::Status::Ok) {
        m_error = r.detail;
        qCWarning(lcLibrary) << "library.db" << path << "not usable, status" << int(r.status) << r.detail;
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace maharat
