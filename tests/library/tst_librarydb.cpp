// library.db follows the rules of every app-owned SQLite file (appdb::open): a bad version
// number is an error (it used to index the migration list at -1), another program's file is
// left untouched, and a library.db from before the application id is adopted.
#include "librarydb.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;

class TestLibraryDb : public QObject
{
    Q_OBJECT
private slots:
    void negativeVersionIsAnError();
    void foreignFileIsUntouched();
    void oldUntaggedFileIsAdopted();
};

static void rawExec(const QString &path, const QStringList &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : sql)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

static QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestLibraryDb::negativeVersionIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    {
        LibraryDb db;
        QVERIFY(db.open(path));
    }
    rawExec(path, {u"PRAGMA user_version = -1"_s});
    LibraryDb db;
    QVERIFY(!db.open(path));
    QVERIFY(!db.isOpen());
    QVERIFY(!db.error().isEmpty());
}

void TestLibraryDb::foreignFileIsUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    rawExec(path, {u"CREATE TABLE notes(x)"_s, u"INSERT INTO notes VALUES ('mine')"_s});
    const QByteArray before = bytes(path);
    LibraryDb db;
    QVERIFY(!db.open(path));
    QCOMPARE(bytes(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestLibraryDb::oldUntaggedFileIsAdopted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    {
        LibraryDb db;
        QVERIFY(db.open(path));
        QSqlQuery q(db.database());
        QVERIFY(q.exec(u"INSERT INTO setting VALUES ('only_signed', '1')"_s));
    }
    rawExec(path, {u"PRAGMA application_id = 0"_s}); // as the first release wrote it
    LibraryDb db;
    QVERIFY(db.open(path));
    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"SELECT value FROM setting WHERE key = 'only_signed'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"1"_s);
    QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
    QCOMPARE(quint32(q.value(0).toLongLong()), LibraryDb::ApplicationId);
}

QTEST_GUILESS_MAIN(TestLibraryDb)
#include "tst_librarydb.moc"
