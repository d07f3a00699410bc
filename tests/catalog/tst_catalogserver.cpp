// The round trip a publisher and a staff member make, with the real executables: maharat-pack
// catalog → lighttpd on 127.0.0.1 → maharat --subscribe / --check-updates; and an app killed
// in the middle of a download that resumes from its .part file.
#include "catalogtestutil.h"
#include "faultserver.h"
#include "packreader.h"
#include "progressstore.h"
#include "sharelink.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;
using namespace catalogtest;

namespace {

struct Run {
    int code = -1;
    QString out;
};

Run runApp(const QString &exe, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(exe, args);
    Run r;
    // Not waitForFinished: the fault server lives on this thread's event loop.
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
        QTest::qWait(20);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    if (r.code != 0)
        qInfo().noquote() << r.out << QString::fromUtf8(p.readAllStandardError()).right(2000);
    return r;
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

} // namespace

class TestCatalogServer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_packV3, m_packV4;
    minisign::SecretKey m_key;
    const QString m_app = QStringLiteral(MAHARAT_APP_EXE);
    const QString m_packTool = QStringLiteral(MAHARAT_PACK_EXE);

    Run publishWithTool(const QString &pack, const QString &dir)
    {
        return runApp(m_packTool, {u"catalog"_s, pack, u"-k"_s, m_tmp.filePath(u"base.key"_s), u"-o"_s, dir});
    }
    static int installedVersion(const QString &data)
    {
        LoadedPack p;
        return readPack(data + u"/packs/org.maharat.test-mini.skillpack"_s, p) ? 0 : p.content.manifest.version;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_packV3 = buildMiniVersion(m_tmp.path(), 3);
        m_packV4 = buildMiniVersion(m_tmp.path(), 4);
        QVERIFY(!m_packV3.isEmpty() && !m_packV4.isEmpty());
        m_key = makeKey(m_tmp.path());
        QVERIFY(m_key.isValid());
    }

    void lighttpdRoundTrip()
    {
        const QString lighttpd = u"/usr/sbin/lighttpd"_s;
        if (!QFile::exists(lighttpd))
            QSKIP("lighttpd is not installed (scripts/setup-deps installs it)");
        const QString www = m_tmp.filePath(u"www"_s);
        QVERIFY(QDir().mkpath(www + u"/packs"_s));
        const quint16 port = freePort();
        const QString conf = m_tmp.filePath(u"lighttpd.conf"_s);
        QVERIFY(writeAll(conf, u"server.document-root = \"%1\"\nserver.bind = \"127.0.0.1\"\nserver.port = %2\n"
                               "server.errorlog = \"%3\"\nserver.stat-cache-engine = \"disable\"\nmimetype.assign = (\".json\" => \"application/json\")\n"_s
                                   .arg(www).arg(port).arg(m_tmp.filePath(u"lighttpd.log"_s)).toUtf8()));
        QProcess server;
        server.start(lighttpd, {u"-D"_s, u"-f"_s, conf});
        QVERIFY(server.waitForStarted(5000));
        auto stop = qScopeGuard([&] {
            server.terminate();
            server.waitForFinished(5000);
        });
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            up = probe.waitForConnected(100);
            if (!up)
                QTest::qWait(50);
        }
        QVERIFY2(up, "lighttpd did not start");

        QCOMPARE(publishWithTool(m_packV3, www + u"/packs"_s).code, 0);
        const QUrl url(u"http://127.0.0.1:%1/packs/catalog.json"_s.arg(port));
        const QString data = m_tmp.filePath(u"staff"_s);
        Run r = runApp(m_app, {u"--data-dir"_s, data, u"--subscribe"_s, catalog::shareLink(url, m_key.publicKey()),
                               u"--install-all"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"pack org.maharat.test-mini v3: not installed"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"(100%)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"installed org.maharat.test-mini v3"_s), qPrintable(r.out));
        QCOMPARE(installedVersion(data), 3);

        // The user's progress on the pack, which the update must not touch.
        {
            ProgressStore store;
            QCOMPARE(store.open(data + u"/progress.db"_s), ProgressStore::Status::Ok);
            QVERIFY(store.setBookmarked({u"org.maharat.test-mini"_s, u"listening"_s}, true));
        }

        r = runApp(m_app, {u"--data-dir"_s, data, u"--check-updates"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(u"update available"_s));

        QCOMPARE(publishWithTool(m_packV4, www + u"/packs"_s).code, 0);
        r = runApp(m_app, {u"--data-dir"_s, data, u"--check-updates"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"sequence 2"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"pack org.maharat.test-mini v4: update available (installed v3)"_s), qPrintable(r.out));
        QCOMPARE(installedVersion(data), 3); // checking installs nothing

        r = runApp(m_app, {u"--data-dir"_s, data, u"--check-updates"_s, u"--install-all"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"installed org.maharat.test-mini v4"_s), qPrintable(r.out));
        QCOMPARE(installedVersion(data), 4);
        {
            ProgressStore store;
            QCOMPARE(store.open(data + u"/progress.db"_s), ProgressStore::Status::Ok);
            QVERIFY(store.isBookmarked({u"org.maharat.test-mini"_s, u"listening"_s}));
        }

        // A catalog changed on the server is a failure, and the installed pack stays.
        QByteArray json = readAll(www + u"/packs/catalog.json"_s);
        QVERIFY(writeAll(www + u"/packs/catalog.json"_s, json.replace("\"version\":4", "\"version\":5")));
        r = runApp(m_app, {u"--data-dir"_s, data, u"--check-updates"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(u"signature is not valid"_s));
        QCOMPARE(installedVersion(data), 4);
    }

    void killedDownloadResumes()
    {
        const QString pub = m_tmp.filePath(u"pub-kill"_s);
        QCOMPARE(publish({m_packV3}, m_key, pub), QString());
        FaultServer server;
        QVERIFY(server.listen());
        for (const QString &name : QDir(pub).entryList(QDir::Files))
            server.files[u"/k/"_s + name] = {.body = readAll(QDir(pub).filePath(name)), .etag = "\"1\""};
        const QString packPath = u"/k/org.maharat.test-mini-3.skillpack"_s;
        server.files[packPath].bytesPerTick = 512; // ~100 kB/s: slow enough to kill mid-way
        const QString data = m_tmp.filePath(u"killed"_s);
        const QStringList args{u"--data-dir"_s, data, u"--subscribe"_s,
                               catalog::shareLink(server.url(u"/k/catalog.json"_s), m_key.publicKey()), u"--install-all"_s};
        QProcess app;
        app.start(m_app, args);
        QVERIFY(app.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(server.bytesSent > 40000, 30000);
        app.kill();
        QVERIFY(app.waitForFinished(5000));
        const QString part = data + u"/catalogs/downloads/org.maharat.test-mini-3.skillpack.part"_s;
        const qint64 have = QFileInfo(part).size();
        QVERIFY2(have > 0, "no .part file left by the killed download");
        QCOMPARE(installedVersion(data), 0);

        server.files[packPath].bytesPerTick = 0;
        server.requests.clear();
        const Run r = runApp(m_app, args);
        QCOMPARE(r.code, 0);
        QCOMPARE(installedVersion(data), 3);
        bool resumed = false;
        for (const FaultServer::Request &req : server.requests)
            if (req.path == packPath) {
                QVERIFY(req.range.startsWith("bytes="));
                resumed = req.range.mid(6).chopped(1).toLongLong() > 0;
            }
        QVERIFY2(resumed, "the second run did not continue from the .part file");
        QVERIFY(!QFile::exists(part));
    }
};

QTEST_GUILESS_MAIN(TestCatalogServer)
#include "tst_catalogserver.moc"
