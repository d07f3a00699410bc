// Downloads and catalog refreshes against a server that misbehaves on purpose.
#include "catalogmanager.h"
#include "catalogtestutil.h"
#include "download.h"
#include "faultserver.h"
#include "packreader.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;
using namespace catalogtest;

namespace {

QByteArray sha(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}

QByteArray pseudoRandom(int size, char seed)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (int i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        b[i] = char(x >> 24);
    }
    return b;
}

} // namespace

class TestDownload : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QNetworkAccessManager m_nam;
    FaultServer m_server;
    QByteArray m_body = pseudoRandom(300 * 1024, 1);

    // Runs one download to its end; returns its error code name.
    QString run(Download &d)
    {
        QSignalSpy done(&d, &Download::finished);
        d.start();
        if (!done.wait(20000))
            return u"no finish"_s;
        return d.error().codeName();
    }
    DownloadSpec spec(const QString &path, const QByteArray &body, const QString &part)
    {
        DownloadSpec s;
        s.url = m_server.url(path);
        s.expectedSize = body.size();
        s.sha256 = sha(body);
        s.partPath = part.isEmpty() ? QString() : m_tmp.filePath(part);
        s.stallTimeoutMs = 5000;
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(m_server.listen());
    }
    void init() { m_server.requests.clear(); }

    void whole()
    {
        m_server.files[u"/a.skillpack"_s] = {.body = m_body, .etag = "\"v1\""};
        Download d(&m_nam, spec(u"/a.skillpack"_s, m_body, u"a.part"_s));
        QCOMPARE(run(d), u"None"_s);
        QCOMPARE(readAll(m_tmp.filePath(u"a.part"_s)), m_body);
    }

    void dropThenResume()
    {
        m_server.files[u"/b.skillpack"_s] = {.body = m_body, .etag = "\"v1\"", .dropAt = 100000, .once = true};
        const DownloadSpec s = spec(u"/b.skillpack"_s, m_body, u"b.part"_s);
        {
            Download d(&m_nam, s);
            QVERIFY(QStringList({u"NetworkError"_s, u"SizeMismatch"_s}).contains(run(d))); // closed early
            QCOMPARE(d.received(), 100000);
        }
        QCOMPARE(QFileInfo(s.partPath).size(), 100000); // kept for the next attempt
        Download again(&m_nam, s);
        QCOMPARE(run(again), u"None"_s);
        QCOMPARE(again.resumedFrom(), 100000);
        QVERIFY(!again.restarted());
        QCOMPARE(m_server.requests.last().range, QByteArray("bytes=100000-"));
        QCOMPARE(m_server.requests.last().ifRange, QByteArray("\"v1\""));
        QCOMPARE(sha(readAll(s.partPath)), sha(m_body));
    }

    void lastModifiedValidator()
    {
        m_server.files[u"/lm.skillpack"_s] = {.body = m_body, .lastModified = "Tue, 01 Dec 2026 10:00:00 GMT", .dropAt = 5000, .once = true};
        const DownloadSpec s = spec(u"/lm.skillpack"_s, m_body, u"lm.part"_s);
        {
            Download d(&m_nam, s);
            QVERIFY(QStringList({u"NetworkError"_s, u"SizeMismatch"_s}).contains(run(d))); // closed early
        }
        Download again(&m_nam, s);
        QCOMPARE(run(again), u"None"_s);
        QCOMPARE(m_server.requests.last().ifRange, QByteArray("Tue, 01 Dec 2026 10:00:00 GMT"));
        QCOMPARE(again.resumedFrom(), 5000);
    }

    void fileReplacedRestarts()
    {
        m_server.files[u"/c.skillpack"_s] = {.body = m_body, .etag = "\"v1\"", .dropAt = 150000, .once = true};
        DownloadSpec s = spec(u"/c.skillpack"_s, m_body, u"c.part"_s);
        {
            Download d(&m_nam, s);
            QVERIFY(QStringList({u"NetworkError"_s, u"SizeMismatch"_s}).contains(run(d))); // closed early
        }
        // The publisher replaced the file (and the catalog, hence the expected hash).
        const QByteArray v2 = pseudoRandom(m_body.size(), 2);
        m_server.files[u"/c.skillpack"_s] = {.body = v2, .etag = "\"v2\""};
        s.sha256 = sha(v2);
        Download again(&m_nam, s);
        QCOMPARE(run(again), u"None"_s);
        QVERIFY(again.restarted());
        QCOMPARE(readAll(s.partPath), v2); // not the first half of v1 with the second of v2
    }

    void brokenIfRangeIsNotSpliced()
    {
        m_server.files[u"/d.skillpack"_s] = {.body = m_body, .etag = "\"v1\"", .dropAt = 120000, .once = true};
        DownloadSpec s = spec(u"/d.skillpack"_s, m_body, u"d.part"_s);
        {
            Download d(&m_nam, s);
            QVERIFY(QStringList({u"NetworkError"_s, u"SizeMismatch"_s}).contains(run(d))); // closed early
        }
        // A server that answers every Range with 206, even for a changed file.
        const QByteArray v2 = pseudoRandom(m_body.size(), 3);
        m_server.files[u"/d.skillpack"_s] = {.body = v2, .etag = "\"v2\"", .ignoreIfRange = true};
        s.sha256 = sha(v2);
        Download again(&m_nam, s);
        QCOMPARE(run(again), u"None"_s);
        QVERIFY(again.restarted());
        QCOMPARE(readAll(s.partPath), v2);
    }

    void wrongBytesRefused()
    {
        m_server.files[u"/e.skillpack"_s] = {.body = pseudoRandom(m_body.size(), 9), .etag = "\"x\""};
        const DownloadSpec s = spec(u"/e.skillpack"_s, m_body, u"e.part"_s);
        Download d(&m_nam, s);
        QCOMPARE(run(d), u"HashMismatch"_s);
        QVERIFY(!QFile::exists(s.partPath)); // never resumed from
        QVERIFY(!QFile::exists(Download::metaPath(s.partPath)));
    }

    void endlessBodyIsCut()
    {
        m_server.files[u"/f.skillpack"_s] = {.body = m_body, .endless = true};
        const qint64 before = m_server.bytesSent;
        Download d(&m_nam, spec(u"/f.skillpack"_s, m_body, u"f.part"_s));
        QCOMPARE(run(d), u"None"_s);
        QCOMPARE(d.received(), m_body.size());
        QCOMPARE(QFileInfo(m_tmp.filePath(u"f.part"_s)).size(), m_body.size());
        QVERIFY(m_server.bytesSent - before < 32LL << 20); // it stopped reading long before the junk ran out
    }

    void longerThanCatalogSays()
    {
        // A server file that grew: exactly the catalog's length is read, then the hash decides.
        m_server.files[u"/g.skillpack"_s] = {.body = m_body + "trailing"};
        Download d(&m_nam, spec(u"/g.skillpack"_s, m_body, {}));
        QCOMPARE(run(d), u"None"_s);
        QCOMPARE(d.data(), m_body);
    }

    void stallTimesOut()
    {
        m_server.files[u"/h.skillpack"_s] = {.body = m_body, .etag = "\"v1\"", .stallAt = 20000};
        DownloadSpec s = spec(u"/h.skillpack"_s, m_body, u"h.part"_s);
        s.stallTimeoutMs = 300;
        Download d(&m_nam, s);
        QElapsedTimer t;
        t.start();
        QCOMPARE(run(d), u"Timeout"_s);
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(QFileInfo(s.partPath).size(), 20000); // kept: the next try resumes
        QVERIFY(!d.error().message().isEmpty());
    }

    void statusErrors()
    {
        m_server.files[u"/500"_s] = {.status = 500};
        m_server.files[u"/403"_s] = {.status = 403};
        DownloadSpec s;
        s.maxBytes = 4096;
        s.url = m_server.url(u"/missing"_s);
        Download notFound(&m_nam, s);
        QCOMPARE(run(notFound), u"NotFound"_s);
        QVERIFY(notFound.error().message().contains(u"404"_s));
        s.url = m_server.url(u"/500"_s);
        Download server(&m_nam, s);
        QCOMPARE(run(server), u"ServerError"_s);
        QVERIFY(server.error().message().contains(u"500"_s));
        s.url = m_server.url(u"/403"_s);
        Download forbidden(&m_nam, s);
        QCOMPARE(run(forbidden), u"HttpStatus"_s);
    }

    void capWithoutLength()
    {
        m_server.files[u"/big.json"_s] = {.body = QByteArray(100, 'x'), .endless = true};
        m_server.files[u"/big2.json"_s] = {.body = QByteArray(2 << 20, 'x')};
        DownloadSpec s;
        s.maxBytes = 1 << 20;
        s.url = m_server.url(u"/big.json"_s);
        Download endless(&m_nam, s);
        QCOMPARE(run(endless), u"TooLarge"_s);
        s.url = m_server.url(u"/big2.json"_s);
        Download declared(&m_nam, s);
        QCOMPARE(run(declared), u"TooLarge"_s);
        QVERIFY(declared.received() <= s.maxBytes);
    }

    void redirectLoop()
    {
        m_server.files[u"/loop"_s] = {.redirectTo = u"/loop"_s};
        DownloadSpec s;
        s.url = m_server.url(u"/loop"_s);
        Download d(&m_nam, s);
        QCOMPARE(run(d), u"TooManyRedirects"_s);
    }

    void localFile()
    {
        const QString src = m_tmp.filePath(u"usb.skillpack"_s);
        QVERIFY(writeAll(src, m_body));
        DownloadSpec s;
        s.url = QUrl::fromLocalFile(src);
        s.expectedSize = m_body.size();
        s.sha256 = sha(m_body);
        s.partPath = m_tmp.filePath(u"usb.part"_s);
        Download d(&m_nam, s);
        QCOMPARE(run(d), u"None"_s);
        QCOMPARE(readAll(s.partPath), m_body);
    }

    void cancelDiscards()
    {
        m_server.files[u"/slow.skillpack"_s] = {.body = m_body, .etag = "\"v1\"", .bytesPerTick = 2048};
        const DownloadSpec s = spec(u"/slow.skillpack"_s, m_body, u"slow.part"_s);
        Download d(&m_nam, s);
        QSignalSpy done(&d, &Download::finished);
        QSignalSpy progress(&d, &Download::progress);
        d.start();
        QVERIFY(progress.wait(5000));
        d.cancel();
        QVERIFY(done.count() || done.wait(5000));
        QCOMPARE(d.error().codeName(), u"Cancelled"_s);
        QVERIFY(!QFile::exists(s.partPath));
    }
};

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"
