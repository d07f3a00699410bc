// Progress survives anything: a writer killed with SIGKILL at random moments, 100 times, leaves
// a database that opens, passes integrity_check, and has lost at most the answer being written.
#include "progressschema.h"
#include "progressstore.h"

#include <QFile>

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesAtMostOneAnswer();
    void killDuringUpgradeLeavesOldOrNew();
};

// A version 2 store (as the previous release left it, without the application id) holding
// `answers` answers: big enough that the backup and the upgrade take a while to kill into.
static void writeVersion2Store(const QString &path, int answers)
{
    const QString name = u"fixture"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode = WAL"_s));
        QVERIFY(db.transaction());
        for (int v = 0; v < 2; ++v)
            for (const QString &sql : maharat::progressschema::migrations()[v])
                QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO attempt(pack_id, question_id, skill_id, answer, correct, time_ms, rating, answered_at) "
                       "SELECT 'org.test', 's.q' || i, 's', 'a', i % 2, 1000, 3, 1770000000000 + i * 60000 FROM n"_s.arg(answers)));
        QVERIFY(q.exec(u"PRAGMA user_version = 2"_s));
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Reads what a killed upgrade left: the version and, if upgraded, whether the aggregate matches.
static void checkUpgradeState(const QString &path, int answers, int run)
{
    const QString name = u"upgrade-check"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        const int version = q.value(0).toInt();
        QVERIFY2(version == 2 || version == maharat::progressschema::latestVersion(),
                 qPrintable(u"run %1: version %2"_s.arg(run).arg(version)));
        QVERIFY(q.exec(u"SELECT count(*) FROM attempt"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), answers);
        if (version == maharat::progressschema::latestVersion()) {
            QVERIFY(q.exec(u"SELECT sum(answers) FROM answer_day"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), answers);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestCrashSafety::killedWriterLosesAtMostOneAnswer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"progress.db"_s);
    QRandomGenerator rng(20261122); // reproducible kill moments
    int acknowledged = 0; // answers the writers reported as committed, over all runs
    int next = 0;
    int killedMidWrite = 0;
    for (int run = 0; run < 100; ++run) {
        QProcess writer;
        writer.start(QStringLiteral(CRASH_WRITER), {path, QString::number(next)});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        // Odd runs kill a writer that is already answering (its first line is out), so a slow
        // start (a loaded machine, ASan) cannot turn every kill into one before the first write;
        // even runs kill from the start, creation and migration included.
        if (run % 2)
            QVERIFY(writer.waitForReadyRead(10000));
        QThread::msleep(5 + rng.bounded(60));
        writer.kill(); // SIGKILL: no destructors, no flush, no rollback
        QVERIFY(writer.waitForFinished(10000));
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        int last = -1;
        for (const QByteArray &line : lines)
            if (!line.trimmed().isEmpty())
                last = line.trimmed().toInt();
        const int acknowledgedNow = last < 0 ? 0 : last - next + 1;

        {
            // A kill at any moment, even while the store is being created, leaves one that opens.
            maharat::ProgressStore store;
            QCOMPARE(store.open(path), maharat::ProgressStore::Status::Ok);
            QSqlQuery q(store.database());
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            // A writer killed while it was still creating the store (slow starts, e.g. under
            // ASan) leaves no attempt table yet; then nothing can have been acknowledged.
            QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name = 'attempt'"_s) && q.next());
            const bool created = q.value(0).toInt() == 1;
            QVERIFY(!created || (q.exec(u"SELECT count(*) FROM attempt"_s) && q.next()));
            const int stored = created ? q.value(0).toInt() : 0;
            // Everything acknowledged is there; at most the one answer in flight beyond it.
            QVERIFY2(stored >= acknowledged + acknowledgedNow,
                     qPrintable(u"run %1: %2 stored, %3 acknowledged"_s.arg(run).arg(stored).arg(acknowledged + acknowledgedNow)));
            QVERIFY2(stored <= acknowledged + acknowledgedNow + 1,
                     qPrintable(u"run %1: %2 stored, %3 acknowledged"_s.arg(run).arg(stored).arg(acknowledged + acknowledgedNow)));
            killedMidWrite += stored - (acknowledged + acknowledgedNow);
            // Answer and schedule are written together: no attempt without its memory row.
            if (created) {
                QVERIFY(q.exec(u"SELECT count(*) FROM attempt a LEFT JOIN memory m "
                               "ON m.pack_id = a.pack_id AND m.question_id = a.question_id WHERE m.question_id IS NULL"_s)
                        && q.next());
                QCOMPARE(q.value(0).toInt(), 0);
                // The per-day aggregate is written in the same transaction as the answers.
                QVERIFY(q.exec(u"SELECT coalesce(sum(answers), 0) FROM answer_day"_s) && q.next());
                QCOMPARE(q.value(0).toInt(), stored);
            }
            acknowledged = stored;
            next = stored;
        }
    }
    QVERIFY2(acknowledged > 100, "the writers hardly wrote anything; the kills proved nothing");
    qInfo("100 kills, %d answers stored, %d committed but not yet acknowledged when killed", acknowledged,
          killedMidWrite);
}

void TestCrashSafety::killDuringUpgradeLeavesOldOrNew()
{
    // SIGKILL while the store is copied and upgraded from version 2: afterwards the file is
    // either still version 2 or fully upgraded, every answer is there, and a backup under its
    // final name is always a whole copy (a half-written one only ever has the .part name).
    constexpr int Answers = 20000;
    QRandomGenerator rng(20261201);
    int withBackup = 0;
    for (int run = 0; run < 12; ++run) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"progress.db"_s);
        writeVersion2Store(path, Answers);
        QProcess opener;
        opener.start(QStringLiteral(CRASH_WRITER), {u"--open"_s, path});
        QVERIFY2(opener.waitForStarted(10000), qPrintable(opener.errorString()));
        QThread::msleep(2 + rng.bounded(120));
        opener.kill();
        QVERIFY(opener.waitForFinished(10000));
        checkUpgradeState(path, Answers, run);
        if (QTest::currentTestFailed())
            return;
        const QString backup = path + u".v2.bak"_s;
        if (QFile::exists(backup)) {
            checkUpgradeState(backup, Answers, run);
            ++withBackup;
        }
        maharat::ProgressStore store;
        QCOMPARE(store.open(path), maharat::ProgressStore::Status::Ok);
        QCOMPARE(store.attempts().size(), Answers);
        QVERIFY(QFile::exists(backup)); // the finished upgrade made (or kept) its verified copy
    }
    qInfo("12 kills during the upgrade from version 2 (%d after the copy was made); every store opened whole",
          withBackup);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
