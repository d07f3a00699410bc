// An import is atomic: `maharat --import` killed with SIGKILL at random moments leaves the old
// library or the new one, never half, and progress.db whole; a full disk (a file-size limit on
// the child) changes nothing. The child is the real headless command.
#include "builtinkey.h"
#include "librarytestutil.h"
#include "packinstaller.h"
#include "progressstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace maharat;

class TestImportCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedImportIsAtomic();
    void fullDiskChangesNothing();

private:
    QProcess *startImport(const QString &dataDir, const QString &file, const std::function<void()> &modifier = {});
    void makeBaseline(const QString &dataDir);
    static bool copyDir(const QString &from, const QString &to);

    QTemporaryDir m_work;
    QString m_v3, m_v4, m_pub;
    QByteArray m_v3bytes, m_v4bytes;
};

void TestImportCrash::initTestCase()
{
    QVERIFY(m_work.isValid());
    const minisign::SecretKey key = librarytest::stockKey(m_work.path(), u"a"_s);
    QVERIFY(key.isValid());
    m_pub = m_work.filePath(u"a.pub"_s);
    m_v3 = librarytest::buildVariant(m_work.path(), u"v3.skillpack"_s, {3});
    m_v4 = librarytest::buildVariant(m_work.path(), u"v4.skillpack"_s, {4, {u"patience"_s}});
    QVERIFY(!m_v3.isEmpty() && !m_v4.isEmpty());
    QVERIFY(librarytest::sign(m_v3, key) && librarytest::sign(m_v4, key));
    QFile a(m_v3), b(m_v4);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    m_v3bytes = a.readAll();
    m_v4bytes = b.readAll();
}

QProcess *TestImportCrash::startImport(const QString &dataDir, const QString &file, const std::function<void()> &modifier)
{
    auto *p = new QProcess(this);
    p->setProcessChannelMode(QProcess::MergedChannels);
    if (modifier)
        p->setChildProcessModifier(modifier);
    p->start(QStringLiteral(MAHARAT_EXE), {u"--data-dir"_s, dataDir, u"--import"_s, file, u"--trust-key"_s, m_pub});
    return p;
}

bool TestImportCrash::copyDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &fi : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = QDir(to).filePath(fi.fileName());
        if (fi.isDir() ? !copyDir(fi.filePath(), target) : !QFile::copy(fi.filePath(), target))
            return false;
    }
    return true;
}

// v3 installed, some progress recorded.
void TestImportCrash::makeBaseline(const QString &dataDir)
{
    QProcess *p = startImport(dataDir, m_v3);
    QVERIFY(p->waitForFinished(60000));
    QCOMPARE(p->exitCode(), 0);
    ProgressStore store;
    QCOMPARE(store.open(dataDir + u"/progress.db"_s), ProgressStore::Status::Ok);
    QVERIFY(store.setBookmarked({u"org.maharat.test-mini"_s, u"listening"_s}, true));
    QVERIFY(store.setBookmarked({u"org.maharat.test-mini"_s, u"patience"_s}, true));
}

void TestImportCrash::killedImportIsAtomic()
{
    const QString baseline = m_work.filePath(u"baseline"_s);
    makeBaseline(baseline);
    // How long a whole import takes here, to spread the kills over it.
    const QString timing = m_work.filePath(u"timing"_s);
    QVERIFY(copyDir(baseline, timing));
    QElapsedTimer t;
    t.start();
    QProcess *full = startImport(timing, m_v4);
    QVERIFY(full->waitForFinished(60000));
    QCOMPARE(full->exitCode(), 0);
    const int span = std::max<int>(20, int(t.elapsed() * 11 / 10));

    int oldSeen = 0, newSeen = 0;
    for (int i = 0; i < 50; ++i) {
        const QString dir = m_work.filePath(u"run"_s + QString::number(i));
        QVERIFY(copyDir(baseline, dir));
        QProcess *p = startImport(dir, m_v4);
        QVERIFY(p->waitForStarted());
        QTest::qSleep(QRandomGenerator::global()->bounded(span));
        ::kill(pid_t(p->processId()), SIGKILL);
        p->waitForFinished();
        delete p;

        // The packs folder holds v3 or v4, byte for byte, and nothing else but a staging file.
        PackInstaller::cleanStaging(dir + u"/packs"_s);
        const QMap<QString, QByteArray> files = librarytest::snapshot(dir + u"/packs"_s);
        QCOMPARE(files.keys(), QStringList{u"org.maharat.test-mini.skillpack"_s});
        const QByteArray &bytes = files.first();
        QVERIFY2(bytes == m_v3bytes || bytes == m_v4bytes, qPrintable(u"run "_s + QString::number(i)));
        (bytes == m_v3bytes ? oldSeen : newSeen)++;
        // The library opens it, whatever library.db got to record.
        const Library library = PackInstaller(dir, builtinPublisherKey()).load({{dir + u"/packs"_s, false}});
        QVERIFY(library.failures().isEmpty());
        QCOMPARE(library.pack(u"org.maharat.test-mini")->content.manifest.version, bytes == m_v3bytes ? 3 : 4);
        // Progress untouched.
        ProgressStore store;
        QCOMPARE(store.open(dir + u"/progress.db"_s), ProgressStore::Status::Ok);
        QCOMPARE(store.bookmarks().size(), 2);
        QDir(dir).removeRecursively();
    }
    qInfo("old state %d times, new state %d times", oldSeen, newSeen);
}

void TestImportCrash::fullDiskChangesNothing()
{
    const QString dir = m_work.filePath(u"full"_s);
    makeBaseline(dir);
    const QMap<QString, QByteArray> before = librarytest::snapshot(dir + u"/packs"_s);
    // No file may grow past half the pack: the staging copy hits EFBIG like a full disk.
    const rlim_t limit = rlim_t(m_v4bytes.size() / 2);
    QProcess *p = startImport(dir, m_v4, [limit] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit r{limit, limit};
        ::setrlimit(RLIMIT_FSIZE, &r);
    });
    QVERIFY(p->waitForFinished(60000));
    const QString output = QString::fromUtf8(p->readAll());
    QCOMPARE(p->exitCode(), 1);
    QVERIFY2(output.contains(u"not enough free space"_s), qPrintable(output));
    QCOMPARE(librarytest::snapshot(dir + u"/packs"_s), before);
    const Library library = PackInstaller(dir, builtinPublisherKey()).load({{dir + u"/packs"_s, false}});
    QCOMPARE(library.pack(u"org.maharat.test-mini")->content.manifest.version, 3);
}

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"
