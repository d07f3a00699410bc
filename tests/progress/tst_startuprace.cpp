// Two instances started at the same moment on the same data folder: both must open the store
// (one creates or upgrades it, the other waits for the lock, then finds the work done), and two
// writers side by side must both keep every answer.
#include "progressschema.h"
#include "progressstore.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace maharat;

class TestStartupRace : public QObject
{
    Q_OBJECT
private slots:
    void twoInstancesCreateTogether();
    void twoInstancesUpgradeTogether();
    void twoWritersSideBySide();
};

static QByteArray runPair(const QStringList &a, const QStringList &b, int *exitA, int *exitB, int killAfterMs = -1)
{
    QProcess first, second;
    first.start(QStringLiteral(CRASH_WRITER), a);
    second.start(QStringLiteral(CRASH_WRITER), b);
    if (!first.waitForStarted(10000) || !second.waitForStarted(10000))
        return "did not start";
    if (killAfterMs >= 0) {
        QThread::msleep(killAfterMs);
        first.kill();
        second.kill();
    }
    first.waitForFinished(15000);
    second.waitForFinished(15000);
    *exitA = first.exitStatus() == QProcess::NormalExit ? first.exitCode() : -1;
    *exitB = second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -1;
    return first.readAllStandardOutput() + "|" + second.readAllStandardOutput() + "|"
           + first.readAllStandardError() + second.readAllStandardError();
}

void TestStartupRace::twoInstancesCreateTogether()
{
    for (int pair = 0; pair < 12; ++pair) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"progress.db"_s);
        int a = -2, b = -2;
        const QByteArray out = runPair({u"--open"_s, path}, {u"--open"_s, path}, &a, &b);
        QVERIFY2(a == 0 && b == 0, qPrintable(u"pair %1: %2"_s.arg(pair).arg(QString::fromUtf8(out).replace(u'\n', u' '))));
        ProgressStore store;
        QCOMPARE(store.open(path), ProgressStore::Status::Ok);
        QCOMPARE(store.schemaVersion(), progressschema::latestVersion());
    }
}

void TestStartupRace::twoInstancesUpgradeTogether()
{
    for (int pair = 0; pair < 8; ++pair) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"progress.db"_s);
        {
            const QString name = u"v1"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                for (const QString &sql : progressschema::migrations().first())
                    QVERIFY(q.exec(sql));
                QVERIFY(q.exec(u"INSERT INTO bookmark VALUES ('org.x', 'patience', 1000)"_s));
                QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        int a = -2, b = -2;
        const QByteArray out = runPair({u"--open"_s, path}, {u"--open"_s, path}, &a, &b);
        QVERIFY2(a == 0 && b == 0, qPrintable(u"pair %1: %2"_s.arg(pair).arg(QString::fromUtf8(out).replace(u'\n', u' '))));
        ProgressStore store;
        QCOMPARE(store.open(path), ProgressStore::Status::Ok);
        QVERIFY(store.isBookmarked({u"org.x"_s, u"patience"_s}));
    }
}

void TestStartupRace::twoWritersSideBySide()
{
    // Both start on a fresh folder and write answers as fast as they can for a moment: neither
    // may fail to create the store or give up on an answer because the other holds the lock.
    for (int pair = 0; pair < 4; ++pair) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"progress.db"_s);
        int a = -2, b = -2;
        const QByteArray out = runPair({path, u"0"_s}, {path, u"1000000"_s}, &a, &b, 800);
        // Killed (-1) while writing is the expected end; exit code 1 means an answer was refused.
        QVERIFY2(a == -1 && b == -1, qPrintable(u"pair %1: exit %2/%3 %4"_s.arg(pair).arg(a).arg(b)
                                                    .arg(QString::fromUtf8(out.right(300)))));
        // (Which of the two gets the lock more often is SQLite's business; both kept going.)
        const QList<QByteArray> parts = out.split('|');
        QVERIFY2(!parts.value(0).trimmed().isEmpty() || !parts.value(1).trimmed().isEmpty(),
                 "the writers stored nothing; the race proved nothing");
    }
}

QTEST_GUILESS_MAIN(TestStartupRace)
#include "tst_startuprace.moc"
