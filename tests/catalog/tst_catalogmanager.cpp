// Subscriptions, refreshes and installs through CatalogManager, served by the fault server.
#include "catalogmanager.h"
#include "catalogtestutil.h"
#include "faultserver.h"
#include "packreader.h"
#include "packsignature.h"
#include "sharelink.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;
using namespace catalogtest;

class TestCatalogManager : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_packV3, m_packV4;
    minisign::SecretKey m_key;
    FaultServer m_server;
    int m_dirs = 0;

    // Serves a published folder's files under /c/.
    void serve(const QString &folder)
    {
        for (const QString &name : QDir(folder).entryList(QDir::Files))
            m_server.files[u"/c/"_s + name] = {.body = readAll(QDir(folder).filePath(name)), .etag = "\"" + QByteArray::number(qHash(name)) + "\""};
    }
    QString link() const { return catalog::shareLink(m_server.url(u"/c/catalog.json"_s), m_key.publicKey()); }
    QString newDataDir() { return m_tmp.filePath(u"data%1"_s.arg(++m_dirs)); }
    static bool waitIdle(CatalogManager &m)
    {
        if (!m.isBusy())
            return true;
        QSignalSpy idle(&m, &CatalogManager::idle);
        return idle.wait(20000);
    }
    static CatalogError lastRefresh(QSignalSpy &spy)
    {
        return spy.isEmpty() ? CatalogError(CatalogError::Cancelled) : spy.last().at(1).value<CatalogError>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(m_server.listen());
        m_packV3 = buildMiniVersion(m_tmp.path(), 3);
        m_packV4 = buildMiniVersion(m_tmp.path(), 4);
        QVERIFY(!m_packV3.isEmpty() && !m_packV4.isEmpty());
        m_key = makeKey(m_tmp.path());
        QVERIFY(m_key.isValid());
    }
    void init() { m_server.files.clear(); }

    void subscribeInstallUpdate()
    {
        const QString pub = m_tmp.filePath(u"pub-a"_s);
        QCOMPARE(publish({m_packV3}, m_key, pub), QString());
        serve(pub);
        const QString data = newDataDir();
        {
            CatalogManager m(data);
            QSignalSpy refreshed(&m, &CatalogManager::refreshFinished);
            m.subscribe(link());
            QVERIFY(waitIdle(m));
            QCOMPARE(lastRefresh(refreshed).codeName(), u"None"_s);
            QCOMPARE(m.offers().size(), 1);
            QCOMPARE(m.offers().first().state, CatalogOffer::NotInstalled);
            QSignalSpy installed(&m, &CatalogManager::packInstalled);
            QSignalSpy progress(&m, &CatalogManager::downloadProgress);
            m.installAll();
            QVERIFY(waitIdle(m));
            QCOMPARE(installed.size(), 1);
            QVERIFY(progress.size() >= 1);
            QCOMPARE(progress.last().at(1).toLongLong(), QFileInfo(m_packV3).size());
            QCOMPARE(m.offers().first().state, CatalogOffer::Installed);
        }
        LoadedPack p;
        QVERIFY(!readPack(data + u"/packs/org.maharat.test-mini.skillpack"_s, p));
        QCOMPARE(p.content.manifest.version, 3);

        // A new start knows the subscription and its catalog without the network.
        QCOMPARE(publish({m_packV4}, m_key, pub), QString());
        m_server.files.clear();
        CatalogManager again(data);
        again.setInstalledVersions({{u"org.maharat.test-mini"_s, 3}});
        QCOMPARE(again.subscriptions().size(), 1);
        QCOMPARE(again.offers().first().state, CatalogOffer::Installed);
        QSignalSpy refreshed(&again, &CatalogManager::refreshFinished);
        again.refreshAll();
        QVERIFY(waitIdle(again));
        QVERIFY(lastRefresh(refreshed)); // offline (404 here): an error line, the catalog stays
        QVERIFY(!again.subscriptions().first().lastError.isEmpty());
        QCOMPARE(again.offers().size(), 1);
        serve(pub);
        again.refreshAll();
        QVERIFY(waitIdle(again));
        QCOMPARE(lastRefresh(refreshed).codeName(), u"None"_s);
        QVERIFY(again.subscriptions().first().lastError.isEmpty());
        QCOMPARE(again.offers().first().state, CatalogOffer::UpdateAvailable);
        QCOMPARE(again.offers().first().entry.version, 4);
        again.installAll();
        QVERIFY(waitIdle(again));
        QCOMPARE(again.offers().first().state, CatalogOffer::Installed);
        QVERIFY(!readPack(data + u"/packs/org.maharat.test-mini.skillpack"_s, p));
        QCOMPARE(p.content.manifest.version, 4);
        QVERIFY(QDir(data + u"/catalogs/downloads"_s).entryList(QDir::Files).isEmpty());
    }

    void refusedCatalogs()
    {
        const QString pub = m_tmp.filePath(u"pub-b"_s);
        QCOMPARE(publish({m_packV3}, m_key, pub, 5), QString());
        serve(pub);
        const QString data = newDataDir();
        CatalogManager m(data);
        QSignalSpy refreshed(&m, &CatalogManager::refreshFinished);
        m.subscribe(link());
        QVERIFY(waitIdle(m));
        QCOMPARE(lastRefresh(refreshed).codeName(), u"None"_s);

        // Tampered on the server: refused, the last good catalog is kept.
        QByteArray json = readAll(pub + u"/catalog.json"_s);
        m_server.files[u"/c/catalog.json"_s].body = QByteArray(json).replace("Maharat tests", "Maharat t3sts");
        m.refreshAll();
        QVERIFY(waitIdle(m));
        QCOMPARE(lastRefresh(refreshed).codeName(), u"SignatureInvalid"_s);
        QCOMPARE(m.subscriptions().first().catalog.publisher, u"Maharat tests"_s);

        // An older (validly signed) catalog replayed: rollback refused.
        const QString older = m_tmp.filePath(u"pub-b-old"_s);
        QCOMPARE(publish({m_packV3}, m_key, older, 4), QString());
        serve(older);
        m.refreshAll();
        QVERIFY(waitIdle(m));
        QCOMPARE(lastRefresh(refreshed).codeName(), u"Rollback"_s);
        QCOMPARE(m.subscriptions().first().sequence, 5);

        // Signed by another key.
        const QString foreign = m_tmp.filePath(u"pub-b-foreign"_s);
        QCOMPARE(publish({m_packV3}, minisign::generateKey(), foreign, 9), QString());
        serve(foreign);
        m.refreshAll();
        QVERIFY(waitIdle(m));
        QCOMPARE(lastRefresh(refreshed).codeName(), u"WrongKey"_s);

        // Over the size cap.
        m_server.files[u"/c/catalog.json"_s] = {.body = QByteArray(catalog::kMaxCatalogBytes + 10, ' ')};
        m.refreshAll();
        QVERIFY(waitIdle(m));
        QCOMPARE(lastRefresh(refreshed).codeName(), u"TooLarge"_s);

        // No signature file.
        serve(pub);
        m_server.files.remove(u"/c/catalog.json.minisig"_s);
        m.refreshAll();
        QVERIFY(waitIdle(m));
        QCOMPARE(lastRefresh(refreshed).codeName(), u"SignatureMissing"_s);
        QCOMPARE(m.subscriptions().first().sequence, 5);
    }

    void expiredStillWorks()
    {
        const QString pub = m_tmp.filePath(u"pub-c"_s);
        QCOMPARE(publish({m_packV3}, m_key, pub, 1, 1, QDateTime(QDate(2021, 5, 1), QTime(0, 0), Qt::UTC)), QString());
        serve(pub);
        CatalogManager m(newDataDir());
        QSignalSpy refreshed(&m, &CatalogManager::refreshFinished);
        m.subscribe(link());
        QVERIFY(waitIdle(m));
        QCOMPARE(lastRefresh(refreshed).codeName(), u"None"_s);
        QCOMPARE(refreshed.last().at(2).toBool(), true);
        QVERIFY(m.subscriptions().first().catalog.isExpired());
        QCOMPARE(m.offers().size(), 1);
    }

    void wrongBytesInstallNothing()
    {
        const QString pub = m_tmp.filePath(u"pub-d"_s);
        QCOMPARE(publish({m_packV3}, m_key, pub), QString());
        serve(pub);
        // A mirror serving a different (valid!) pack under the catalog's name.
        m_server.files[u"/c/org.maharat.test-mini-3.skillpack"_s].body = readAll(m_packV4);
        const QString data = newDataDir();
        CatalogManager m(data);
        m.subscribe(link());
        QVERIFY(waitIdle(m));
        QSignalSpy finished(&m, &CatalogManager::downloadFinished);
        m.installAll();
        QVERIFY(waitIdle(m));
        QCOMPARE(finished.size(), 1);
        const CatalogError e = finished.first().at(2).value<CatalogError>();
        QVERIFY(QStringList({u"HashMismatch"_s, u"SizeMismatch"_s}).contains(e.codeName()));
        QCOMPARE(m.offers().first().transfer, CatalogOffer::Failed);
        QVERIFY(!m.offers().first().error.isEmpty());
        QVERIFY(!QFile::exists(data + u"/packs/org.maharat.test-mini.skillpack"_s));
    }

    void unknownKeyAsksFirst()
    {
        const QString pub = m_tmp.filePath(u"pub-e"_s);
        QCOMPARE(publish({m_packV3}, m_key, pub), QString());
        serve(pub);
        CatalogManager m(newDataDir());
        QSignalSpy ask(&m, &CatalogManager::keyConfirmationNeeded);
        m.subscribe(m_server.url(u"/c/catalog.json"_s).toString());
        QVERIFY(ask.wait(10000));
        QCOMPARE(ask.first().at(1).toString(), m_key.publicKey().fingerprint());
        QVERIFY(m.subscriptions().isEmpty()); // nothing pinned before the answer
        m.confirmPendingKey();
        QVERIFY(waitIdle(m));
        QCOMPARE(m.subscriptions().size(), 1);
        QCOMPARE(m.subscriptions().first().key.key, m_key.publicKey().key);

        CatalogManager no(newDataDir());
        QSignalSpy ask2(&no, &CatalogManager::keyConfirmationNeeded);
        no.subscribe(m_server.url(u"/c/catalog.json"_s).toString());
        QVERIFY(ask2.wait(10000));
        no.rejectPendingKey();
        QVERIFY(waitIdle(no));
        QVERIFY(no.subscriptions().isEmpty());
    }

    void usbFolder()
    {
        const QString pub = m_tmp.filePath(u"usb stick/packs"_s);
        QCOMPARE(publish({m_packV3}, m_key, pub), QString());
        const QString data = newDataDir();
        CatalogManager m(data);
        QSignalSpy refreshed(&m, &CatalogManager::refreshFinished);
        m.subscribe(catalog::shareLink(QUrl::fromLocalFile(pub + u"/catalog.json"_s), m_key.publicKey()));
        QVERIFY(waitIdle(m));
        QCOMPARE(lastRefresh(refreshed).codeName(), u"None"_s);
        m.installAll();
        QVERIFY(waitIdle(m));
        QVERIFY(QFile::exists(data + u"/packs/org.maharat.test-mini.skillpack"_s));
    }

    void signedPackAndSignerClaim()
    {
        // A pack signed by its publisher installs; a catalog that misstates its signer does not.
        const QString signedPack = m_tmp.filePath(u"signed-v3.skillpack"_s);
        QVERIFY(QFile::copy(m_packV3, signedPack));
        QCOMPARE(signPack(signedPack, m_key), QString());
        const QString pub = m_tmp.filePath(u"pub-g"_s);
        QCOMPARE(publish({signedPack}, m_key, pub), QString());
        catalog::Catalog c;
        QVERIFY(!catalog::parse(readAll(pub + u"/catalog.json"_s), c));
        QCOMPARE(c.packs.first().signer, m_key.publicKey().keyIdHex());
        serve(pub);
        const QString data = newDataDir();
        {
            CatalogManager m(data);
            m.subscribe(link());
            QVERIFY(waitIdle(m));
            m.installAll();
            QVERIFY(waitIdle(m));
            QCOMPARE(m.offers().first().state, CatalogOffer::Installed);
        }
        c.packs.first().signer.clear();
        c.sequence += 1;
        const QByteArray json = catalog::toJson(c);
        m_server.files[u"/c/catalog.json"_s].body = json;
        m_server.files[u"/c/catalog.json.minisig"_s].body = minisign::sign(m_key, json, u"test"_s);
        const QString data2 = newDataDir();
        CatalogManager m(data2);
        QSignalSpy finished(&m, &CatalogManager::downloadFinished);
        m.subscribe(link());
        QVERIFY(waitIdle(m));
        m.installAll();
        QVERIFY(waitIdle(m));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(2).value<CatalogError>().codeName(), u"InstallFailed"_s);
        QVERIFY(!QFile::exists(data2 + u"/packs/org.maharat.test-mini.skillpack"_s));
    }

    void dailyCheck()
    {
        const QString pub = m_tmp.filePath(u"pub-f"_s);
        QCOMPARE(publish({m_packV3}, m_key, pub), QString());
        serve(pub);
        CatalogManager m(newDataDir());
        QVERIFY(!m.refreshDue()); // nothing subscribed
        m.subscribe(link());
        QVERIFY(waitIdle(m));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!m.refreshDue(now.addSecs(3600)));
        QVERIFY(m.refreshDue(now.addSecs(25 * 3600)));
    }
};

QTEST_GUILESS_MAIN(TestCatalogManager)
#include "tst_catalogmanager.moc"
