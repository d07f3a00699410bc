// The user's progress store: round trips, ordering, and refusing what it cannot handle safely.
#include "progressschema.h"
#include "progressstore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
    void failedMigrationRollsBack();
    void migratesVersion1KeepingDataAndBackup();
    void failedUpgradeKeepsVersion1AndBackup();

private:
    static void rawExec(const QString &path, const QStringList &sql);
};

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
                   u"PRAGMA user_version = "_s + QString::number(progressschema::latestVersion() + 1)});
    ProgressStore store;
    QCOMPARE(store.open(path), ProgressStore::Status::NewerVersion);
    QVERIFY(!store.errorMessage().isEmpty());
    QCOMPARE(store.schemaVersion(), progressschema::latestVersion() + 1); // untouched
}

void TestProgressStore::failedMigrationRollsBack()
{
    // A table already in the way makes migration 1 fail half way: nothing of it may remain.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    rawExec(path, {u"CREATE TABLE skill_view(keep TEXT)"_s, u"INSERT INTO skill_view VALUES ('mine')"_s});
    ProgressStore store;
    QCOMPARE(store.open(path), ProgressStore::Status::MigrationFailed);
    QVERIFY(!store.errorMessage().isEmpty());
    QCOMPARE(store.schemaVersion(), 0);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name = 'bookmark'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(u"SELECT keep FROM skill_view"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"mine"_s);
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

void TestProgressStore::failedUpgradeKeepsVersion1AndBackup()
{
    // A table in the way of migration 2: the upgrade fails, version 1 and its data stay.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.db"_s);
    rawExec(path, version1Fixture() << u"CREATE TABLE attempt(x)"_s);
    ProgressStore store;
    QCOMPARE(store.open(path), ProgressStore::Status::MigrationFailed);
    QCOMPARE(store.schemaVersion(), 1);
    QVERIFY(store.errorMessage().contains(path + u".v1.bak"_s));
    QVERIFY(QFile::exists(path + u".v1.bak"_s));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"SELECT count(*) FROM bookmark"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name = 'memory'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestProgressStore)
#include "tst_progressstore.moc"
