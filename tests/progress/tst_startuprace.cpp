// Two instances started at the same moment on the same data folder: both must open the store
// (one creates or upgrades it, the other waits for the lock, then finds the work done), and two
// writers side by side must both keep every answer.
#include "progressschema.h"
#include "progressstore.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

static QByteArray runPair(const QStringList &a, const QStringList &b, int *exitA, int *exitB)
{
    QProcess first, second;
    first.start(QStringLiteral(CRASH_WRITER), a);
    second.start(QStringLiteral(CRASH_WRITER), b);
    if (!first.waitForStarted(10000) || !second.waitForStarted(10000))
        return "did not start";
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
    // Both start on a fresh folder and write answers as fast as they can, side by side for longer
    // than a lock wait may last (2 s): neither may fail to create the store or give up on an
    // answer because the other holds the lock. SQLite's own busy timeout looked for the lock too
    // rarely and lost that race to a writer in a loop. Both must have written before the clock
    // starts (no fixed start-up time: under ASan on a busy machine that takes long).
    for (int pair = 0; pair < 2; ++pair) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"progress.db"_s);
        QProcess first, second;
        first.start(QStringLiteral(CRASH_WRITER), {path, u"0"_s});
        second.start(QStringLiteral(CRASH_WRITER), {path, u"1000000"_s});
        QVERIFY(first.waitForStarted(10000) && second.waitForStarted(10000));
        QByteArray outA, outB;
        const auto bothWrote = [&] { return outA.contains('\n') && outB.contains('\n'); };
        const auto collect = [&](int ms, bool untilBothWrote) {
            const QDeadlineTimer until(ms);
            while (!until.hasExpired() && first.state() == QProcess::Running
                   && second.state() == QProcess::Running && !(untilBothWrote && bothWrote())) {
                first.waitForReadyRead(10);
                second.waitForReadyRead(10);
                outA += first.readAllStandardOutput();
                outB += second.readAllStandardOutput();
            }
        };
        collect(30000, true);
        if (bothWrote())
            collect(2500, false);
        const bool bothRunning = first.state() == QProcess::Running && second.state() == QProcess::Running;
        first.kill();
        second.kill();
        first.waitForFinished(5000);
        second.waitForFinished(5000);
        outA += first.readAllStandardOutput();
        outB += second.readAllStandardOutput();
        const QString why = u"pair %1: wrote %2/%3 answers; %4"_s.arg(pair)
                                .arg(outA.count('\n'))
                                .arg(outB.count('\n'))
                                .arg(QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError()).right(400));
        // Exit 1 means an answer (or the store) was refused; only our kill may end them.
        QVERIFY2(bothRunning, qPrintable(why));
        QVERIFY2(bothWrote(), qPrintable(why));
    }
}

QTEST_GUILESS_MAIN(TestStartupRace)
#include "tst_startuprace.moc"
