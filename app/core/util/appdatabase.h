#pragma once
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace maharat::appdb {

// Opening, creating and migrating a SQLite file the app owns in the user's data folder
// (progress.db; library.db and subscriptions should use it too). The rules it enforces:
// - only a file marked with our PRAGMA application_id (or, for stores written before the mark
//   existed, one whose tables are exactly what our own migrations made) is ever written to;
//   anything else is refused untouched;
// - a version number outside 0..latest is an error, never an index;
// - creation and every migration run in BEGIN IMMEDIATE with the version read again inside it,
//   so a second process starting at the same moment waits (bounded) and then finds the work done;
// - an existing file is copied (VACUUM INTO a temporary name, checked, renamed) before the
//   first migration, after checking there is room; no good copy, no migration;
// - the details of a failure (SQLite's own words) are for the log; callers show a sentence
//   chosen from Status.

struct Schema {
    quint32 applicationId = 0;    // PRAGMA application_id that marks the file as ours
    QList<QStringList> migrations; // migration N (1-based) takes user_version N-1 to N
    // Store files made before the application id existed carry 0; when true, such a file is
    // adopted if its tables are exactly those its user_version implies.
    bool adoptUntagged = false;
    int latestVersion() const { return int(migrations.size()); }
};

enum class Status {
    Ok,
    CannotOpen,      // no such folder, a folder in the way, I/O error
    ReadOnly,        // the file or its folder cannot be written
    NotOurs,         // another program's database (or not recognisably ours)
    NewerVersion,    // written by a newer version of the app: untouched
    BadVersion,      // a version number no version of the app ever wrote (negative, …)
    Corrupt,         // not a SQLite file, or quick_check failed
    NoSpace,         // not enough room for the safety copy or the migration
    BackupFailed,
    MigrationFailed, // rolled back; the verified backup is kept
    Busy,            // another process held the file longer than the wait allows
};

struct Options {
    int busyTimeoutMs = 2000;  // every wait for another process's SQLite lock is bounded by this
    int upgradeWaitMs = 20000; // and the wait for another process's copy-and-upgrade by this
    bool backupBeforeMigrate = true;
    // Free bytes in a folder; tests replace it to simulate a nearly full disk.
    std::function<qint64(const QString &dir)> freeBytes;
};

struct Result {
    Status status = Status::CannotOpen;
    QString detail;     // technical: for the log only, never shown to the user
    QString backupPath; // set only when a verified copy exists
    int version = -1;   // user_version found (before migrating)
};

// Opens `path` on the QSQLITE connection `connectionName` (added if needed), then checks,
// creates or migrates it. On Ok the connection is open, in WAL mode with synchronous=FULL and
// at schema.latestVersion(). On failure the connection is closed and the file is as it was.
Result open(const QString &connectionName, const QString &path, const Schema &schema, const Options &options = {});

// Whether retrying later could succeed (space freed, permissions fixed, the other process done).
bool isTransient(Status status);

// Runs `work` inside BEGIN IMMEDIATE … COMMIT (rolled back if it returns false or the commit
// fails). Writes should use this rather than QSqlDatabase::transaction(): a deferred
// transaction that has to upgrade its lock fails at once instead of waiting for the other writer.
bool writeTransaction(QSqlDatabase db, const std::function<bool()> &work, QString *detail = nullptr);

} // namespace maharat::appdb
