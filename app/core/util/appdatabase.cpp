#include "appdatabase.h"

#include "logging.h"
#include "sqlitehandle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QVariant>
#include <sqlite3.h>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace maharat::appdb {

namespace {

int primaryCode(const QSqlError &e)
{
    return e.nativeErrorCode().toInt() & 0xff;
}

// What an SQLite error means for the user; the text itself only goes to the log.
Status statusFor(const QSqlError &e, Status fallback)
{
    switch (primaryCode(e)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Status::Busy;
    case SQLITE_READONLY: return Status::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return Status::Corrupt;
    case SQLITE_FULL: return Status::NoSpace;
    default: return fallback;
    }
}

QString errorText(const QSqlError &e)
{
    return e.text().left(300);
}

struct Reader {
    QSqlDatabase db;
    QSqlError error;
    std::optional<QVariant> value(const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next()) {
            error = q.lastError();
            return std::nullopt;
        }
        return q.value(0);
    }
};

// The tables our own migrations 1..version create, by name.
QSet<QString> expectedTables(const Schema &schema, int version)
{
    static const QRegularExpression create(u"^\\s*CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([A-Za-z_][A-Za-z0-9_]*)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QSet<QString> out;
    for (int v = 0; v < version && v < schema.migrations.size(); ++v)
        for (const QString &sql : schema.migrations[v])
            if (const auto m = create.match(sql); m.hasMatch())
                out.insert(m.captured(1));
    return out;
}

bool syncFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && ::fsync(f.handle()) == 0;
}

bool syncDir(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Checks a fresh copy on its own read-only connection: whole, same version, same tables.
QString verifyCopy(const QString &copy, int version, qint64 tables)
{
    if (QFileInfo(copy).size() <= 0)
        return u"the copy is empty"_s;
    QString problem;
    const QString name = u"maharat-backup-check-"_s + QString::number(quintptr(&problem), 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(copy);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        Reader r{db, {}};
        if (!db.open()) {
            problem = errorText(db.lastError());
        } else {
            const auto check = r.value(u"PRAGMA quick_check"_s);
            const auto v = check ? r.value(u"PRAGMA user_version"_s) : std::nullopt;
            const auto n = v ? r.value(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table'"_s) : std::nullopt;
            if (!n)
                problem = errorText(r.error);
            else if (check->toString() != u"ok")
                problem = u"quick_check: "_s + check->toString().left(200);
            else if (v->toInt() != version || n->toLongLong() != tables)
                problem = u"the copy differs (version %1, %2 tables)"_s.arg(v->toInt()).arg(n->toLongLong());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

Result makeBackup(QSqlDatabase db, const QString &path, int version, const Options &options)
{
    Result r;
    r.version = version;
    Reader read{db, {}};
    const auto pages = read.value(u"PRAGMA page_count"_s);
    const auto pageSize = pages ? read.value(u"PRAGMA page_size"_s) : std::nullopt;
    const auto freePages = pageSize ? read.value(u"PRAGMA freelist_count"_s) : std::nullopt;
    const auto tables = freePages ? read.value(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table'"_s)
                                  : std::nullopt;
    if (!tables) {
        r.status = statusFor(read.error, Status::BackupFailed);
        r.detail = errorText(read.error);
        return r;
    }
    // Room for the copy and for the migration's own growth (WAL), plus a margin.
    const qint64 used = (pages->toLongLong() - freePages->toLongLong()) * pageSize->toLongLong();
    const qint64 needed = 2 * used + 1024 * 1024;
    const QString dir = QFileInfo(path).absolutePath();
    const qint64 free = options.freeBytes ? options.freeBytes(dir) : QStorageInfo(dir).bytesAvailable();
    if (free >= 0 && free < needed) {
        r.status = Status::NoSpace;
        r.detail = u"%1 bytes free, %2 needed for the copy"_s.arg(free).arg(needed);
        return r;
    }
    const QString target = path + u".v"_s + QString::number(version) + u".bak"_s;
    const QString part = target + u".part"_s;
    if (QFileInfo(part).isFile())
        QFile::remove(part); // a copy a killed start-up left half written
    QSqlQuery q(db);
    QString problem;
    if (!q.exec(u"VACUUM INTO '"_s + QString(part).replace(u'\'', u"''"_s) + u'\''))
        problem = errorText(q.lastError());
    if (problem.isEmpty())
        problem = verifyCopy(part, version, tables->toLongLong());
    if (problem.isEmpty() && !syncFile(part))
        problem = u"cannot sync the copy"_s;
    // rename() replaces an older copy atomically: there is never a moment without one.
    if (problem.isEmpty()
        && ::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0)
        problem = u"cannot rename the copy: "_s + QString::fromLocal8Bit(strerror(errno));
    if (!problem.isEmpty()) {
        if (QFileInfo(part).isFile())
            QFile::remove(part);
        r.status = Status::BackupFailed;
        r.detail = problem;
        return r;
    }
    syncDir(dir);
    r.status = Status::Ok;
    r.backupPath = target;
    return r;
}

// SQLite's own busy timeout backs off to 100 ms between looks, so a process waiting for the write
// lock while another commits in a loop (a second instance recording answers) looked a few dozen
// times in two seconds and could miss every short gap between the other's transactions: its
// answer, or its start-up, was refused as "database is locked" (tst_startuprace). Looking every
// millisecond finds such a gap; the wait stays bounded by Options::busyTimeoutMs.
int waitForLock(void *timeoutMs, int attempt)
{
    // One connection per thread and one statement at a time: a thread waits for one lock at once.
    thread_local std::chrono::steady_clock::time_point since;
    const auto now = std::chrono::steady_clock::now();
    if (attempt == 0)
        since = now;
    if (now - since >= std::chrono::milliseconds(reinterpret_cast<intptr_t>(timeoutMs)))
        return 0;
    ::usleep(1000);
    return 1;
}

bool exec(QSqlDatabase db, const QString &sql, QSqlError *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}

} // namespace

bool isTransient(Status status)
{
    switch (status) {
    case Status::CannotOpen:
    case Status::ReadOnly:
    case Status::NoSpace:
    case Status::BackupFailed:
    case Status::Busy:
        return true;
    default:
        return false;
    }
}

bool writeTransaction(QSqlDatabase db, const std::function<bool()> &work, QString *detail)
{
    QSqlError error;
    if (!exec(db, u"BEGIN IMMEDIATE"_s, &error)) {
        if (detail)
            *detail = errorText(error);
        return false;
    }
    if (work() && exec(db, u"COMMIT"_s, &error))
        return true;
    if (detail && error.isValid())
        *detail = errorText(error);
    QSqlError ignored;
    exec(db, u"ROLLBACK"_s, &ignored);
    return false;
}

static Result openOnce(const QString &connectionName, const QString &path, const Schema &schema, const Options &options)
{
    Result r;
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    if (info.isDir()) {
        r.detail = u"a folder is in the way"_s;
        return r;
    }
    if (!QDir().mkpath(dir)) {
        r.detail = u"cannot create the folder "_s + dir;
        return r;
    }
    if (info.exists()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            r.detail = f.errorString();
            return r;
        }
        // Anything that is not an SQLite file is left exactly as it is. The size is taken before
        // the read: a store another process is creating grows from 0 bytes to its first page at
        // any moment, and an empty header read before that write, judged by the size after it,
        // made a fresh store look like a foreign file ("not an SQLite file (4096 bytes)",
        // tst_startuprace under ASan).
        const qint64 size = f.size();
        const QByteArray header = f.read(16);
        if (size > 0 && (size < 512 || header != QByteArrayView("SQLite format 3\0", 16))) {
            r.status = Status::Corrupt;
            r.detail = u"not an SQLite file (%1 bytes)"_s.arg(size);
            return r;
        }
    }
    if (!QFileInfo(dir).isWritable() || (info.exists() && !info.isWritable())) {
        r.status = Status::ReadOnly;
        r.detail = u"no write permission"_s;
        return r;
    }

    QSqlDatabase db = QSqlDatabase::contains(connectionName) ? QSqlDatabase::database(connectionName, false)
                                                             : QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    if (db.isOpen())
        db.close();
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(options.busyTimeoutMs));
    if (!db.open()) {
        r.detail = errorText(db.lastError());
        return r;
    }
    if (sqlite3 *h = sqlite::handle(db))
        sqlite3_busy_handler(h, waitForLock, reinterpret_cast<void *>(intptr_t(options.busyTimeoutMs)));
    const auto fail = [&](Status s, const QString &detail) {
        r.status = s;
        r.detail = detail;
        r.backupPath.clear();
        db.close();
        return r;
    };

    // Read-only look first: nothing is written before the file is known to be ours.
    Reader read{db, {}};
    // The id, the version and the tables are read in one snapshot: a second process creating the
    // store at this moment must not be seen half-way (its tables, but not yet its id).
    QSqlError snapshotError;
    if (!exec(db, u"BEGIN"_s, &snapshotError))
        return fail(statusFor(snapshotError, Status::CannotOpen), errorText(snapshotError));
    const auto appId = read.value(u"PRAGMA application_id"_s);
    const auto version = appId ? read.value(u"PRAGMA user_version"_s) : std::nullopt;
    if (!version)
        return fail(statusFor(read.error, Status::CannotOpen), errorText(read.error));
    if (sqlite3 *h = sqlite::handle(db); h && sqlite3_db_readonly(h, "main") == 1)
        return fail(Status::ReadOnly, u"SQLite opened the file read-only"_s);
    QSet<QString> tables;
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s))
            return fail(statusFor(q.lastError(), Status::Corrupt), errorText(q.lastError()));
        while (q.next())
            tables.insert(q.value(0).toString());
    }
    if (!exec(db, u"COMMIT"_s, &snapshotError))
        return fail(statusFor(snapshotError, Status::CannotOpen), errorText(snapshotError));
    r.version = version->toInt();
    const quint32 id = quint32(appId->toLongLong());
    const int latest = schema.latestVersion();
    if (id != 0 && id != schema.applicationId)
        return fail(Status::NotOurs, u"application_id %1"_s.arg(id, 8, 16, QChar(u'0')));
    if (r.version < 0)
        return fail(Status::BadVersion, u"user_version %1"_s.arg(r.version));
    if (id == 0) {
        const bool fresh = r.version == 0 && tables.isEmpty();
        const bool legacy = schema.adoptUntagged && r.version >= 1 && r.version <= latest
                            && tables == expectedTables(schema, r.version);
        if (!fresh && !legacy)
            return fail(Status::NotOurs, u"untagged file, user_version %1, %2 tables"_s.arg(r.version).arg(tables.size()));
    }
    if (r.version > latest)
        return fail(Status::NewerVersion, u"user_version %1, this app knows %2"_s.arg(r.version).arg(latest));
    if (const auto check = read.value(u"PRAGMA quick_check"_s); !check || check->toString() != u"ok")
        return fail(Status::Corrupt, check ? u"quick_check: "_s + check->toString().left(200) : errorText(read.error));

    // WAL keeps readers and the writer apart; FULL syncs every commit, so an answer that was
    // acknowledged survives a crash or power loss.
    if (const auto mode = read.value(u"PRAGMA journal_mode = WAL"_s); !mode || mode->toString() != u"wal")
        return fail(statusFor(read.error, Status::CannotOpen),
                    mode ? u"journal_mode stays "_s + mode->toString() : errorText(read.error));
    QSqlError error;
    if (!exec(db, u"PRAGMA synchronous = FULL"_s, &error) || !exec(db, u"PRAGMA foreign_keys = ON"_s, &error))
        return fail(statusFor(error, Status::CannotOpen), errorText(error));

    if (r.version == latest && id == schema.applicationId) {
        r.status = Status::Ok;
        return r;
    }
    // Copy and upgrade one process at a time: a second instance starting now waits here (bounded),
    // then finds the version already raised and neither copies nor migrates again. A lock left by
    // a killed process is stale (its pid is gone) and taken over.
    QLockFile upgradeLock(path + u".lock"_s);
    upgradeLock.setStaleLockTime(0);
    // QLockFile's own wait sleeps 100, 200, 400… ms between looks, which added most of a second to
    // a second instance's start although the other's creation takes milliseconds.
    QElapsedTimer lockWait;
    lockWait.start();
    while (!upgradeLock.tryLock(0)) {
        if (upgradeLock.error() != QLockFile::LockFailedError || lockWait.elapsed() >= options.upgradeWaitMs)
            return fail(Status::Busy, u"another process is upgrading the file"_s);
        QThread::msleep(5);
    }
    const auto versionNow = read.value(u"PRAGMA user_version"_s);
    if (!versionNow)
        return fail(statusFor(read.error, Status::MigrationFailed), errorText(read.error));
    const int found = versionNow->toInt();
    if (found > 0 && found < latest && options.backupBeforeMigrate) {
        const Result backup = makeBackup(db, path, found, options);
        if (backup.status != Status::Ok)
            return fail(backup.status, backup.detail);
        r.backupPath = backup.backupPath;
    }

    // One migration per transaction. BEGIN IMMEDIATE takes the write lock (waiting at most
    // busyTimeoutMs for another process); the version is read again under it, so two
    // instances starting together never both create the same tables.
    for (;;) {
        if (!exec(db, u"BEGIN IMMEDIATE"_s, &error))
            return fail(statusFor(error, Status::MigrationFailed), errorText(error));
        const auto nowId = read.value(u"PRAGMA application_id"_s);
        const auto now = nowId ? read.value(u"PRAGMA user_version"_s) : std::nullopt;
        QSqlError ignored;
        if (!now) {
            exec(db, u"ROLLBACK"_s, &ignored);
            return fail(statusFor(read.error, Status::MigrationFailed), errorText(read.error));
        }
        const quint32 idNow = quint32(nowId->toLongLong());
        const int v = now->toInt();
        if ((idNow != 0 && idNow != schema.applicationId) || v < 0 || v > latest) {
            exec(db, u"ROLLBACK"_s, &ignored);
            return fail(v > latest ? Status::NewerVersion : Status::NotOurs, u"changed by another process"_s);
        }
        bool ok = true;
        QSqlQuery q(db);
        if (v < latest)
            for (const QString &sql : schema.migrations[v])
                if (ok && !q.exec(sql)) {
                    ok = false;
                    error = q.lastError();
                }
        if (ok && v < latest && !exec(db, u"PRAGMA user_version = "_s + QString::number(v + 1), &error))
            ok = false;
        if (ok && idNow == 0
            && !exec(db, u"PRAGMA application_id = "_s + QString::number(qint32(schema.applicationId)), &error))
            ok = false;
        q.finish();
        if (!ok || !exec(db, u"COMMIT"_s, &error)) {
            exec(db, u"ROLLBACK"_s, &ignored);
            qCWarning(lcProgress) << "migration of" << path << "to version" << v + 1 << "failed:" << errorText(error);
            const Status s = statusFor(error, Status::MigrationFailed);
            const QString keep = r.backupPath;
            fail(s == Status::Busy || s == Status::NoSpace ? s : Status::MigrationFailed, errorText(error));
            r.backupPath = keep; // the verified copy stays where it is
            return r;
        }
        if (v == latest)
            break;
    }
    if (r.version != latest)
        qCInfo(lcProgress) << path << "now at version" << latest << "(found" << r.version << ")";
    r.status = Status::Ok;
    return r;
}

Result open(const QString &connectionName, const QString &path, const Schema &schema, const Options &options)
{
    // A second process can hold the file for a moment in ways SQLite's busy handler does not
    // wait for (switching to WAL, recovering a WAL); try again within the same bound.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        Result r = openOnce(connectionName, path, schema, options);
        if (r.status != Status::Busy || waited.elapsed() >= options.busyTimeoutMs)
            return r;
        qCInfo(lcProgress) << path << "busy, trying again:" << r.detail;
        QThread::msleep(50);
    }
}

} // namespace maharat::appdb
