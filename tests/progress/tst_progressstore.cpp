// The user's progress store: round trips, ordering, and refusing what it cannot handle safely.
#include "activity.h"
#include "progressschema.h"
#include "progressstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <future>

using namespace Qt::StringLiterals;
using namespace maharat;

class TestProgressStore : public QObject
{
    Q_OBJECT
private slots:
    void freshStoreIsAtLatestVersion();
    void bookmarksRoundTrip();
    void viewsAndSearchesAreNewestFirst();
    void survivesReopen();
    void refusesNewerVersion();
    void negativeOrHugeVersionIsAClearError_data();
    void negativeOrHugeVersionIsAClearError();
    void anotherAppsDatabaseIsRefusedUntouched();
    void damagedFilesAreRefusedUntouched_data();
    void damagedFilesAreRefusedUntouched();
    void readOnlyFileIsReportedAndRecovers();
    void migratesVersion1KeepingDataAndBackup();
    void untaggedOldStoreIsAdopted();
    void failedUpgradeKeepsVersion1AndBackup();
    void noUpgradeWithoutRoomForTheCopy();
    void noUpgradeWithoutAGoodCopy();
    void fullDiskFailsTheAnswerAndRecovers();
    void answersPerDayComesFromTheAggregate();
    void statisticsReadOnAnotherThread();

private:
    static void rawExec(const QString &path, const QStringList &sql);
    static QVariant rawValue(const QString &path, const QString &sql);
};

static QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The user sees a sentence, never SQLite's own words or an empty path.
static void checkMessage(const ProgressStore &store)
{
    const QString m = store.errorMessage();
    QVERIFY(!m.isEmpty());
    for (const char *raw : {"SQLite", "sqlite", "malformed", "Unable to", "quick_check", "database is locked", " .", "%1"})
        QVERIFY2(!m.contains(QLatin1String(raw)), qPrintable(m));
}

QVariant TestProgressStore::rawValue(const QString &path, const QString &sql)
{
    const QString name = u"rawvalue"_s;
    QVariant out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                out = q.value(0);
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

void TestProgressStore::rawExec(const QString &path, const QStringList &sql)
{
    const QString name = u"raw"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : sql)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestProgressStore::freshStoreIsAtLatestVersion()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    QCOMPARE(store.schemaVersion(), progressschema::latestVersion());
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
}

void TestProgressStore::bookmarksRoundTrip()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    const SkillKey a{u"org.x"_s, u"patience"_s}, b{u"org.x"_s, u"listening"_s};
    QVERIFY(!store.isBookmarked(a));
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1000000, Qt::UTC);
    QVERIFY(store.setBookmarked(a, true, t0));
    QVERIFY(store.setBookmarked(b, true, t0.addSecs(5)));
    QVERIFY(store.setBookmarked(a, true, t0.addSecs(10))); // again: stays once, keeps its time
    QVERIFY(store.isBookmarked(a));
    QCOMPARE(store.bookmarks(), (QList<SkillKey>{b, a}));
    QVERIFY(store.setBookmarked(b, false));
    QCOMPARE(store.bookmarks(), (QList<SkillKey>{a}));
}

void TestProgressStore::viewsAndSearchesAreNewestFirst()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(2000000, Qt::UTC);
    const SkillKey a{u"p"_s, u"a"_s}, b{u"p"_s, u"b"_s}, c{u"p"_s, u"c"_s};
    QVERIFY(store.recordView(a, t0));
    QVERIFY(store.recordView(b, t0.addSecs(1)));
    QVERIFY(store.recordView(c, t0.addSecs(2)));
    QVERIFY(store.recordView(a, t0.addSecs(3)));
    QCOMPARE(store.recentlyViewed(2), (QList<SkillKey>{a, c}));
    QVERIFY(store.addRecentSearch(u"angry"_s, t0));
    QVERIFY(store.addRecentSearch(u"  مشتری  "_s, t0.addSecs(1)));
    QVERIFY(!store.addRecentSearch(u"   "_s, t0.addSecs(2)));
    QVERIFY(store.addRecentSearch(u"angry"_s, t0.addSecs(3)));
    QCOMPARE(store.recentSearches(10), (QStringList{u"angry"_s, u"مشتری"_s}));
    for (int i = 0; i < 60; ++i)
        store.addRecentSearch(u"q"_s + QString::number(i), t0.addSecs(10 + i));
    QCOMPARE(store.recentSearches(100).size(), 50);
}

void TestProgressStore::survivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    {
        ProgressStore store;
        QCOMPARE(store.open(path), ProgressStore::Status::Ok);
        QVERIFY(store.setBookmarked({u"p"_s, u"a"_s}, true));
    }
    ProgressStore again;
    QCOMPARE(again.open(path), ProgressStore::Status::Ok);
    QVERIFY(again.isBookmarked({u"p"_s, u"a"_s}));
}

void TestProgressStore::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    rawExec(path, {u"CREATE TABLE future(x)"_s,
                   u"PRAGMA application_id = "_s + QString::number(progressschema::ApplicationId),
                   u"PRAGMA user_version = "_s + QString::number(progressschema::latestVersion() + 1)});
    const QByteArray before = fileBytes(path);
    ProgressStore store;
    QCOMPARE(store.open(path), ProgressStore::Status::NewerVersion);
    checkMessage(store);
    QCOMPARE(fileBytes(path), before); // untouched
}

void TestProgressStore::negativeOrHugeVersionIsAClearError_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("tagged");
    QTest::addColumn<int>("status");
    QTest::newRow("-1 (crashed before)") << -1 << false << int(ProgressStore::Status::BadVersion);
    QTest::newRow("-1 tagged") << -1 << true << int(ProgressStore::Status::BadVersion);
    QTest::newRow("int min") << int(0x80000000) << true << int(ProgressStore::Status::BadVersion);
    QTest::newRow("int max") << 0x7fffffff << true << int(ProgressStore::Status::NewerVersion);
}

void TestProgressStore::negativeOrHugeVersionIsAClearError()
{
    QFETCH(int, version);
    QFETCH(bool, tagged);
    QFETCH(int, status);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    {
        ProgressStore made;
        QCOMPARE(made.open(path), ProgressStore::Status::Ok);
        QVERIFY(made.setBookmarked({u"org.x"_s, u"a"_s}, true));
    }
    rawExec(path, {u"PRAGMA user_version = "_s + QString::number(version),
                   u"PRAGMA application_id = "_s + QString::number(tagged ? progressschema::ApplicationId : 0)});
    ProgressStore store;
    QCOMPARE(int(store.open(path)), status);
    checkMessage(store);
    QVERIFY(!store.isOpen());
    QVERIFY(!store.setBookmarked({u"org.x"_s, u"b"_s}, true));
    QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), version);
    QCOMPARE(rawValue(path, u"SELECT count(*) FROM bookmark"_s).toInt(), 1);
}

void TestProgressStore::anotherAppsDatabaseIsRefusedUntouched()
{
    // Somebody else's SQLite file where progress.db should be: not taken over (no tables, no
    // WAL, no application id added), with a clear message that names no empty backup.
    for (const bool foreignId : {false, true}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.db"_s);
        QStringList sql{u"CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)"_s,
                        u"INSERT INTO notes(text) VALUES ('mine')"_s};
        if (foreignId)
            sql << u"PRAGMA application_id = 1234"_s << u"PRAGMA user_version = 2"_s;
        rawExec(path, sql);
        const QByteArray before = fileBytes(path);
        ProgressStore store;
        QCOMPARE(store.open(path), ProgressStore::Status::NotOurs);
        checkMessage(store);
        QVERIFY(store.backupPath().isEmpty());
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(rawValue(path, u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!store.reopen()); // not something that goes away by itself
    }
    // Our tables plus someone else's: not ours either.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    rawExec(path, QStringList(progressschema::migrations().first()) << u"CREATE TABLE extra(x)"_s
                                                                      << u"PRAGMA user_version = 1"_s);
    ProgressStore store;
    QCOMPARE(store.open(path), ProgressStore::Status::NotOurs);
}

void TestProgressStore::damagedFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("truncated") << u"truncated"_s << int(ProgressStore::Status::Corrupt);
    QTest::newRow("random bytes") << u"random"_s << int(ProgressStore::Status::Corrupt);
    QTest::newRow("half a header") << u"short"_s << int(ProgressStore::Status::Corrupt);
    QTest::newRow("a folder") << u"folder"_s << int(ProgressStore::Status::CannotOpen);
}

void TestProgressStore::damagedFilesAreRefusedUntouched()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    if (kind == u"folder") {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == u"random" || kind == u"short") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(kind == u"short" ? 10 : 8192, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        if (kind == u"short")
            bytes = QByteArray("SQLite for");
        f.write(bytes);
    } else {
        {
            ProgressStore made;
            QCOMPARE(made.open(path), ProgressStore::Status::Ok);
            QSqlQuery q(made.database());
            QVERIFY(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                           "INSERT INTO recent_search SELECT 'query number ' || i || ' with some padding', i FROM n"_s));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QFile f(path);
        QVERIFY(f.size() > 3 * 4096);
        QVERIFY(f.resize(2 * 4096));
    }
    const QByteArray before = fileBytes(path);
    ProgressStore store;
    QCOMPARE(int(store.open(path)), status);
    checkMessage(store);
    QVERIFY(!store.isOpen());
    QVERIFY(!store.recordView({u"org.x"_s, u"a"_s}));
    QCOMPARE(fileBytes(path), before);
}

// Makes a file unwritable even for root (the immutable attribute) or, failing that, by mode.
static bool makeReadOnly(const QString &path, bool on)
{
    if (QProcess::execute(u"chattr"_s, {on ? u"+i"_s : u"-i"_s, path}) == 0)
        return true;
    return QFile::setPermissions(path, on ? QFile::ReadOwner : QFile::ReadOwner | QFile::WriteOwner)
           && (!on || !QFileInfo(path).isWritable());
}

void TestProgressStore::readOnlyFileIsReportedAndRecovers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    {
        ProgressStore made;
        QCOMPARE(made.open(path), ProgressStore::Status::Ok);
        QVERIFY(made.setBookmarked({u"org.x"_s, u"a"_s}, true));
        QSqlQuery q(made.database());
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    if (!makeReadOnly(path, true) || QFileInfo(path).isWritable())
        QSKIP("cannot make a file read-only here");
    ProgressStore store;
    const ProgressStore::Status status = store.open(path);
    makeReadOnly(path, false);
    QCOMPARE(status, ProgressStore::Status::ReadOnly);
    checkMessage(store);
    QVERIFY(store.reopen()); // the cause went away: the store is back
    QVERIFY(store.isBookmarked({u"org.x"_s, u"a"_s}));
    QVERIFY(store.setBookmarked({u"org.x"_s, u"b"_s}, true));
}

// A store exactly as version 1 of the app left it, with a bookmark in it.
static QStringList version1Fixture()
{
    QStringList sql = progressschema::migrations().first();
    sql << u"INSERT INTO bookmark VALUES ('org.x', 'patience', 1000)"_s << u"PRAGMA user_version = 1"_s;
    return sql;
}

void TestProgressStore::migratesVersion1KeepingDataAndBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    rawExec(path, version1Fixture());
    ProgressStore store;
    QCOMPARE(store.open(path), ProgressStore::Status::Ok);
    QCOMPARE(store.schemaVersion(), progressschema::latestVersion());
    QVERIFY(store.isBookmarked({u"org.x"_s, u"patience"_s}));
    QCOMPARE(store.backupPath(), path + u".v1.bak"_s);
    QVERIFY(QFile::exists(store.backupPath()));
    ProgressStore backup;
    QCOMPARE(backup.open(store.backupPath()), ProgressStore::Status::Ok); // the copy is usable
    QVERIFY(backup.isBookmarked({u"org.x"_s, u"patience"_s}));
}

void TestProgressStore::untaggedOldStoreIsAdopted()
{
    // Stores written before the application id existed are ours by their tables; the mark is
    // added with the upgrade.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    rawExec(path, version1Fixture());
    QCOMPARE(rawValue(path, u"PRAGMA application_id"_s).toInt(), 0);
    {
        ProgressStore store;
        QCOMPARE(store.open(path), ProgressStore::Status::Ok);
    }
    QCOMPARE(quint32(rawValue(path, u"PRAGMA application_id"_s).toLongLong()), progressschema::ApplicationId);
}

void TestProgressStore::failedUpgradeKeepsVersion1AndBackup()
{
    // A table in the way of migration 2: the upgrade fails, version 1 and its data stay.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    rawExec(path, version1Fixture() << u"CREATE TABLE attempt(x)"_s
                                    << u"PRAGMA application_id = "_s + QString::number(progressschema::ApplicationId));
    ProgressStore store;
    QCOMPARE(store.open(path), ProgressStore::Status::MigrationFailed);
    QCOMPARE(store.backupPath(), path + u".v1.bak"_s);
    QVERIFY(store.errorMessage().contains(path + u".v1.bak"_s));
    checkMessage(store);
    QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(rawValue(path, u"SELECT count(*) FROM bookmark"_s).toInt(), 1);
    QCOMPARE(rawValue(path, u"SELECT count(*) FROM sqlite_schema WHERE name = 'memory'"_s).toInt(), 0);
    QCOMPARE(rawValue(store.backupPath(), u"SELECT count(*) FROM bookmark"_s).toInt(), 1);
}

void TestProgressStore::noUpgradeWithoutRoomForTheCopy()
{
    // 140 KB free: no copy can be promised, so no upgrade, no claim, nothing changed; once
    // space is freed the same store upgrades.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    QStringList sql = version1Fixture();
    sql << u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
           "INSERT INTO recent_search SELECT 'a longer query to take some room ' || i, i FROM n"_s;
    rawExec(path, sql);
    auto free = std::make_shared<qint64>(140 * 1024);
    ProgressStore store;
    QCOMPARE(store.open(path, {.freeBytes = [free](const QString &) { return *free; }}), ProgressStore::Status::NoSpace);
    checkMessage(store);
    QVERIFY(!store.errorMessage().contains(u".bak"_s));
    QVERIFY(store.backupPath().isEmpty());
    QVERIFY(!QFile::exists(path + u".v1.bak"_s));
    QVERIFY(!QFile::exists(path + u".v1.bak.part"_s));
    QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), 1);
    *free = 1LL << 34;
    QVERIFY(store.reopen());
    QCOMPARE(store.schemaVersion(), progressschema::latestVersion());
    QCOMPARE(rawValue(store.backupPath(), u"SELECT count(*) FROM recent_search"_s).toInt(), 2000);
}

void TestProgressStore::noUpgradeWithoutAGoodCopy()
{
    // The copy cannot be written (a folder where it goes): the upgrade is not attempted and
    // no copy is claimed.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    rawExec(path, version1Fixture());
    QVERIFY(QDir().mkpath(path + u".v1.bak.part"_s));
    ProgressStore store;
    QCOMPARE(store.open(path), ProgressStore::Status::BackupFailed);
    checkMessage(store);
    QVERIFY(store.backupPath().isEmpty());
    QVERIFY(!QFile::exists(path + u".v1.bak"_s));
    QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), 1);
    QVERIFY(QDir(path + u".v1.bak.part"_s).removeRecursively());
    QVERIFY(store.reopen());
    QCOMPARE(rawValue(store.backupPath(), u"PRAGMA quick_check"_s).toString(), u"ok"_s);
}

static Attempt answerAt(int n, const QDateTime &when)
{
    return {{u"org.test"_s, u"s.q"_s + QString::number(n), u"s"_s}, u"a"_s, true, 1200, quiz::Rating::Good, when};
}

static quiz::CardState stateAt(const QDateTime &when)
{
    quiz::CardState state;
    state.memory = quiz::MemoryState{5.0, 2.5};
    state.lastReview = when;
    state.due = when.addDays(2);
    state.reps = 1;
    return state;
}

void TestProgressStore::fullDiskFailsTheAnswerAndRecovers()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store.recordAnswer(answerAt(0, now), stateAt(now)));
    QSqlQuery q(store.database());
    // The database cannot grow by a page: what a full disk looks like to SQLite.
    QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
    const int pages = q.value(0).toInt();
    QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
    int refused = 0;
    for (int i = 1; i < 200 && !refused; ++i)
        refused += store.recordAnswer(answerAt(i, now), stateAt(now)) ? 0 : 1;
    QCOMPARE(refused, 1);
    QVERIFY(q.exec(u"PRAGMA max_page_count = 100000"_s));
    QVERIFY(store.recordAnswer(answerAt(1000, now), stateAt(now)));
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM attempt) = (SELECT sum(answers) FROM answer_day)"_s) && q.next());
    QVERIFY(q.value(0).toBool());
}

void TestProgressStore::answersPerDayComesFromTheAggregate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    const QDate today = QDate::currentDate();
    {
        ProgressStore store;
        QCOMPARE(store.open(path), ProgressStore::Status::Ok);
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.recordAnswer(answerAt(i, QDateTime(today, QTime(10, i))), stateAt(QDateTime::currentDateTimeUtc())));
        QVERIFY(store.recordAnswer(answerAt(9, QDateTime(today.addDays(-3), QTime(23, 30))), stateAt(QDateTime::currentDateTimeUtc())));
        const QMap<QDate, int> days = store.answersPerDay(today.addDays(-10));
        QCOMPARE(days.value(today), 5);
        QCOMPARE(days.value(today.addDays(-3)), 1);
        QCOMPARE(days.size(), 2);
        QCOMPARE(store.lastAnsweredAt(), QDateTime(today, QTime(10, 4)).toUTC());
    }
    // Upgrading a version 2 store fills the aggregate from the answers already there.
    QTemporaryDir dir2;
    const QString old = dir2.filePath(u"p.db"_s);
    QStringList sql = QStringList(progressschema::migrations()[0]) + progressschema::migrations()[1];
    const qint64 ms = QDateTime(today, QTime(12, 0)).toMSecsSinceEpoch();
    sql << u"INSERT INTO attempt(pack_id, question_id, skill_id, answer, correct, time_ms, rating, answered_at) "
           "VALUES ('p', 's.q', 's', 'a', 1, 10, 3, %1), ('p', 's.q', 's', 'a', 1, 10, 3, %1)"_s.arg(ms)
        << u"PRAGMA user_version = 2"_s;
    rawExec(old, sql);
    ProgressStore upgraded;
    QCOMPARE(upgraded.open(old), ProgressStore::Status::Ok);
    QCOMPARE(upgraded.answersPerDay(today.addDays(-1)).value(today), 2);
}

void TestProgressStore::statisticsReadOnAnotherThread()
{
    // The quiz page's figures come from a worker with its own read-only connection: the same
    // numbers as the store's own, and the reader never writes (not even to create the file).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    const QDate today = QDate::currentDate();
    ProgressStore store;
    QCOMPARE(store.open(path), ProgressStore::Status::Ok);
    for (int d = 0; d < 4; ++d)
        QVERIFY(store.recordAnswer(answerAt(d, QDateTime(today.addDays(-d), QTime(9, 0))), stateAt(QDateTime::currentDateTimeUtc())));
    const ActivityStats here = activityStats(store, today);
    const ActivitySnapshot there = std::async(std::launch::async, [&] { return activitySnapshot(path, today); }).get();
    QVERIFY(there.valid);
    QCOMPARE(there.stats.streakDays, 4);
    QCOMPARE(there.stats.last30Days, here.last30Days);
    QCOMPARE(there.lastAnswered, store.lastAnsweredAt());
    const QString missing = dir.filePath(u"none.db"_s);
    QVERIFY(!activitySnapshot(missing, today).valid);
    QVERIFY(!QFile::exists(missing));
    QCOMPARE(store.answersPerTopic().size(), 1);
    QCOMPARE(store.answersPerTopic().first().answers, 4);
}

QTEST_GUILESS_MAIN(TestProgressStore)
#include "tst_progressstore.moc"
