// The catalog format, the publisher tool and the checks a fetched catalog goes through.
#include "catalog.h"
#include "catalogcheck.h"
#include "catalogpublish.h"
#include "catalogtestutil.h"
#include "sharelink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;
using namespace catalogtest;

class TestCatalog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_packV3, m_packV4;
    minisign::SecretKey m_key;

    QJsonObject validRoot()
    {
        QJsonObject pack{{u"id"_s, u"org.example.basics"_s},
                         {u"version"_s, 2},
                         {u"title"_s, QJsonObject{{u"fa"_s, u"پایه‌ها"_s}, {u"en"_s, u"Basics"_s}}},
                         {u"languages"_s, QJsonArray{u"fa"_s, u"en"_s}},
                         {u"topics"_s, QJsonObject{{u"fa"_s, 3}, {u"en"_s, 3}}},
                         {u"size"_s, 1234},
                         {u"sha256"_s, QString(64, u'a')},
                         {u"digest"_s, QString(64, u'b')},
                         {u"signer"_s, u"0123456789ABCDEF"_s},
                         {u"url"_s, u"packs/org.example.basics-2.skillpack"_s},
                         {u"future_field"_s, u"ignored"_s}};
        return QJsonObject{{u"format"_s, u"maharat-catalog"_s},
                           {u"format_version"_s, 1},
                           {u"sequence"_s, 7},
                           {u"generated"_s, u"2026-01-01T00:00:00Z"_s},
                           {u"expires"_s, u"2026-02-01T00:00:00Z"_s},
                           {u"publisher"_s, u"Example Org"_s},
                           {u"packs"_s, QJsonArray{pack}},
                           {u"mirrors"_s, QJsonArray{}}};
    }
    static QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(); }
    static QJsonObject withPack(QJsonObject root, const QString &key, const QJsonValue &value)
    {
        QJsonArray packs = root.value(u"packs").toArray();
        QJsonObject p = packs.at(0).toObject();
        if (value.isUndefined())
            p.remove(key);
        else
            p.insert(key, value);
        packs[0] = p;
        root.insert(u"packs"_s, packs);
        return root;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_packV3 = buildMiniVersion(m_tmp.path(), 3);
        m_packV4 = buildMiniVersion(m_tmp.path(), 4);
        QVERIFY(!m_packV3.isEmpty() && !m_packV4.isEmpty());
        m_key = makeKey(m_tmp.path());
        QVERIFY2(m_key.isValid(), "minisign key generation");
    }

    void parsesValid()
    {
        catalog::Catalog c;
        QCOMPARE(catalog::parse(bytes(validRoot()), c).codeName(), u"None"_s);
        QCOMPARE(c.sequence, 7);
        QCOMPARE(c.publisher, u"Example Org"_s);
        QCOMPARE(c.packs.size(), 1);
        const catalog::Entry &e = c.packs.first();
        QCOMPARE(e.id, u"org.example.basics"_s);
        QCOMPARE(e.version, 2);
        QCOMPARE(e.titleIn(u"fa"_s), u"پایه‌ها"_s); // ZWNJ is ordinary Persian text
        QCOMPARE(e.titleIn(u"ar"_s), u"Basics"_s);  // not offered in Arabic: English
        QCOMPARE(e.topics.value(u"en"_s), 3);
        QCOMPARE(e.size, 1234);
        QCOMPARE(catalog::packUrl(QUrl(u"https://h/a/catalog.json"_s), e),
                 QUrl(u"https://h/a/packs/org.example.basics-2.skillpack"_s));
        QVERIFY(c.isExpired(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC)));
        QVERIFY(!c.isExpired(QDateTime(QDate(2026, 1, 15), QTime(0, 0), Qt::UTC)));
    }

    void refusesInvalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QJsonObject ok = validRoot();
        auto root = [&](const QString &k, const QJsonValue &v) {
            QJsonObject o = ok;
            if (v.isUndefined())
                o.remove(k);
            else
                o.insert(k, v);
            return bytes(o);
        };
        auto pack = [&](const QString &k, const QJsonValue &v) { return bytes(withPack(ok, k, v)); };
        QTest::newRow("not json") << QByteArray("{\"format\":") << u"InvalidJson"_s << QString();
        QTest::newRow("array") << QByteArray("[]") << u"WrongFormat"_s << QString();
        QTest::newRow("other format") << root(u"format"_s, u"fdroid"_s) << u"WrongFormat"_s << QString();
        QTest::newRow("newer format") << root(u"format_version"_s, 2) << u"NewerFormat"_s << QString();
        QTest::newRow("sequence missing") << root(u"sequence"_s, QJsonValue::Undefined) << u"InvalidField"_s << u"sequence"_s;
        QTest::newRow("sequence fraction") << root(u"sequence"_s, 1.5) << u"InvalidField"_s << u"sequence"_s;
        QTest::newRow("sequence string") << root(u"sequence"_s, u"7"_s) << u"InvalidField"_s << u"sequence"_s;
        QTest::newRow("sequence zero") << root(u"sequence"_s, 0) << u"InvalidField"_s << u"sequence"_s;
        QTest::newRow("date format") << root(u"generated"_s, u"yesterday"_s) << u"InvalidField"_s << u"generated"_s;
        QTest::newRow("local time") << root(u"expires"_s, u"2026-02-01T00:00:00+03:00"_s) << u"InvalidField"_s << u"expires"_s;
        QTest::newRow("expires before generated") << root(u"expires"_s, u"2025-01-01T00:00:00Z"_s) << u"InvalidField"_s << u"expires"_s;
        QTest::newRow("publisher empty") << root(u"publisher"_s, u" "_s) << u"InvalidField"_s << u"publisher"_s;
        QTest::newRow("publisher bidi override") << root(u"publisher"_s, u"Acme\u202Eevil"_s) << u"InvalidField"_s << u"publisher"_s;
        QTest::newRow("packs object") << root(u"packs"_s, QJsonObject{}) << u"InvalidField"_s << u"packs"_s;
        QTest::newRow("pack id") << pack(u"id"_s, u"Not An Id"_s) << u"InvalidField"_s << u"packs[0].id"_s;
        QTest::newRow("version zero") << pack(u"version"_s, 0) << u"InvalidField"_s << u"packs[0].version"_s;
        QTest::newRow("language unknown") << pack(u"languages"_s, QJsonArray{u"de"_s}) << u"InvalidField"_s << u"packs[0].languages"_s;
        QTest::newRow("language twice") << pack(u"languages"_s, QJsonArray{u"fa"_s, u"fa"_s}) << u"InvalidField"_s << u"packs[0].languages"_s;
        QTest::newRow("title missing language") << pack(u"title"_s, QJsonObject{{u"en"_s, u"Basics"_s}}) << u"InvalidField"_s << u"packs[0].title.fa"_s;
        QTest::newRow("title control char") << pack(u"title"_s, QJsonObject{{u"en"_s, u"a\u0007"_s}, {u"fa"_s, u"b"_s}}) << u"InvalidField"_s << u"packs[0].title.en"_s;
        QTest::newRow("title too long") << pack(u"title"_s, QJsonObject{{u"en"_s, QString(121, u'x')}, {u"fa"_s, u"b"_s}}) << u"InvalidField"_s << u"packs[0].title.en"_s;
        QTest::newRow("size zero") << pack(u"size"_s, 0) << u"InvalidField"_s << u"packs[0].size"_s;
        QTest::newRow("size huge") << pack(u"size"_s, 1e12) << u"InvalidField"_s << u"packs[0].size"_s;
        QTest::newRow("size negative") << pack(u"size"_s, -5) << u"InvalidField"_s << u"packs[0].size"_s;
        QTest::newRow("sha upper") << pack(u"sha256"_s, QString(64, u'A')) << u"InvalidField"_s << u"packs[0].sha256"_s;
        QTest::newRow("sha short") << pack(u"sha256"_s, QString(63, u'a')) << u"InvalidField"_s << u"packs[0].sha256"_s;
        QTest::newRow("digest missing") << pack(u"digest"_s, QJsonValue::Undefined) << u"InvalidField"_s << u"packs[0].digest"_s;
        QTest::newRow("signer lower") << pack(u"signer"_s, u"0123456789abcdef"_s) << u"InvalidField"_s << u"packs[0].signer"_s;
        QTest::newRow("url absolute") << pack(u"url"_s, u"https://evil/x.skillpack"_s) << u"InvalidField"_s << u"packs[0].url"_s;
        QTest::newRow("url rooted") << pack(u"url"_s, u"/etc/x.skillpack"_s) << u"InvalidField"_s << u"packs[0].url"_s;
        QTest::newRow("url parent") << pack(u"url"_s, u"a/../../x.skillpack"_s) << u"InvalidField"_s << u"packs[0].url"_s;
        QTest::newRow("url dot") << pack(u"url"_s, u"./x.skillpack"_s) << u"InvalidField"_s << u"packs[0].url"_s;
        QTest::newRow("url query") << pack(u"url"_s, u"x.skillpack?y"_s) << u"InvalidField"_s << u"packs[0].url"_s;
        QTest::newRow("url backslash") << pack(u"url"_s, u"a\\x.skillpack"_s) << u"InvalidField"_s << u"packs[0].url"_s;
        QTest::newRow("url double slash") << pack(u"url"_s, u"a//x.skillpack"_s) << u"InvalidField"_s << u"packs[0].url"_s;
        QTest::newRow("url other type") << pack(u"url"_s, u"x.exe"_s) << u"InvalidField"_s << u"packs[0].url"_s;
        QJsonObject twice = ok;
        QJsonArray packs = twice.value(u"packs").toArray();
        packs.append(packs.at(0));
        twice.insert(u"packs"_s, packs);
        QTest::newRow("duplicate pack") << bytes(twice) << u"DuplicatePack"_s << QString();
        QByteArray badUtf8 = bytes(ok);
        badUtf8.replace("Example Org", "Example \xC3\x28rg");
        QTest::newRow("invalid utf-8") << badUtf8 << u"InvalidUtf8"_s << QString();
        QByteArray big = root(u"padding"_s, QString(catalog::kMaxCatalogBytes, u'x'));
        QTest::newRow("over 1 MiB") << big << u"TooLarge"_s << QString();
    }

    void refusesInvalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, field);
        catalog::Catalog c;
        const CatalogError e = catalog::parse(json, c);
        QCOMPARE(e.codeName(), code);
        if (!field.isEmpty())
            QCOMPARE(e.args().value(0), field);
        QVERIFY(!e.message().isEmpty());
        QVERIFY(c.packs.isEmpty()); // nothing of a refused catalog is handed out
    }

    void roundTrip()
    {
        catalog::Catalog c;
        QVERIFY(!catalog::parse(bytes(validRoot()), c));
        catalog::Catalog again;
        QVERIFY(!catalog::parse(catalog::toJson(c), again));
        QCOMPARE(catalog::toJson(again), catalog::toJson(c));
    }

    void publishVerifiesWithStockMinisign()
    {
        const QString out = m_tmp.filePath(u"pub1"_s);
        QCOMPARE(publish({m_packV3}, m_key, out), QString());
        const QString minisignExe = QStandardPaths::findExecutable(u"minisign"_s);
        if (minisignExe.isEmpty())
            QSKIP("minisign is not installed (scripts/setup-deps installs it)");
        QProcess p;
        p.setWorkingDirectory(out);
        p.start(minisignExe, {u"-V"_s, u"-p"_s, m_tmp.filePath(u"base.pub"_s), u"-m"_s, u"catalog.json"_s});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("sequence:1"));

        // The file is what the reader expects, and its entry matches the copied pack.
        catalog::Catalog c;
        QVERIFY(!catalog::checkCatalog(readAll(out + u"/catalog.json"_s), readAll(out + u"/catalog.json.minisig"_s),
                                       m_key.publicKey(), 0, c));
        QCOMPARE(c.packs.size(), 1);
        const catalog::Entry &e = c.packs.first();
        QCOMPARE(e.id, u"org.maharat.test-mini"_s);
        QCOMPARE(e.version, 3);
        QCOMPARE(e.url, u"org.maharat.test-mini-3.skillpack"_s);
        const QByteArray file = readAll(out + u'/' + e.url);
        QCOMPARE(e.size, file.size());
        QCOMPARE(e.sha256, QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(e.languages, (QStringList{u"fa"_s, u"ar"_s, u"en"_s}));
        QCOMPARE(e.topics.value(u"fa"_s), 2);
        QCOMPARE(minisign::PublicKey::fromText(readAll(out + u"/catalog.pub"_s)).key, m_key.publicKey().key);
        QVERIFY(c.expires.secsTo(c.generated) == -30 * 86400);
    }

    void sequenceOnlyGrows()
    {
        const QString out = m_tmp.filePath(u"pub2"_s);
        QCOMPARE(publish({m_packV3}, m_key, out), QString());
        QCOMPARE(publish({m_packV4}, m_key, out), QString());
        catalog::Catalog c;
        QVERIFY(!catalog::parse(readAll(out + u"/catalog.json"_s), c));
        QCOMPARE(c.sequence, 2);
        QCOMPARE(c.packs.first().version, 4);
        QVERIFY(QFile::exists(out + u"/org.maharat.test-mini-3.skillpack"_s)); // old file stays for clients mid-download
        QVERIFY(!publish({m_packV4}, m_key, out, 2).isEmpty());               // not above the current one
        QCOMPARE(publish({m_packV4}, m_key, out, 10), QString());
        QVERIFY(!catalog::parse(readAll(out + u"/catalog.json"_s), c));
        QCOMPARE(c.sequence, 10);
    }

    void publishRefusesBadPack()
    {
        const QString bad = m_tmp.filePath(u"bad.skillpack"_s);
        QVERIFY(writeAll(bad, "not a pack"));
        const QString out = m_tmp.filePath(u"pub3"_s);
        QVERIFY(!publish({bad}, m_key, out).isEmpty());
        QVERIFY(!QFile::exists(out + u"/catalog.json"_s));
    }

    void checkOrder()
    {
        const QString out = m_tmp.filePath(u"pub4"_s);
        QCOMPARE(publish({m_packV3}, m_key, out, 5), QString());
        const QByteArray json = readAll(out + u"/catalog.json"_s), sig = readAll(out + u"/catalog.json.minisig"_s);
        catalog::Catalog c;
        QCOMPARE(catalog::checkCatalog(json, sig, m_key.publicKey(), 5, c).codeName(), u"None"_s); // same one again
        QCOMPARE(catalog::checkCatalog(json, sig, m_key.publicKey(), 6, c).codeName(), u"Rollback"_s);
        QByteArray tampered = json;
        tampered.replace("\"size\":", "\"size\":1");
        QCOMPARE(catalog::checkCatalog(tampered, sig, m_key.publicKey(), 0, c).codeName(), u"SignatureInvalid"_s);
        QCOMPARE(catalog::checkCatalog(json, {}, m_key.publicKey(), 0, c).codeName(), u"SignatureMissing"_s);
        const minisign::SecretKey other = minisign::generateKey();
        QCOMPARE(catalog::checkCatalog(json, sig, other.publicKey(), 0, c).codeName(), u"WrongKey"_s);
        QVERIFY(c.packs.isEmpty());
        // Signed but expired: accepted, and it says so.
        const QString old = m_tmp.filePath(u"pub5"_s);
        QCOMPARE(publish({m_packV3}, m_key, old, 1, 1, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC)), QString());
        QVERIFY(!catalog::checkCatalog(readAll(old + u"/catalog.json"_s), readAll(old + u"/catalog.json.minisig"_s),
                                       m_key.publicKey(), 0, c));
        QVERIFY(c.isExpired());
    }

    void shareLinks()
    {
        const minisign::PublicKey pub = m_key.publicKey();
        const QUrl url(u"https://intranet.example/packs/catalog.json"_s);
        for (const QString &link : {catalog::shareLink(url, pub), catalog::maharatLink(url, pub)}) {
            const catalog::ShareLink l = catalog::parseShareLink(link);
            QVERIFY2(l.ok(), qPrintable(link + u' ' + l.error));
            QCOMPARE(l.url, url);
            QCOMPARE(l.key.key, pub.key);
        }
        // The raw base64 key in a fragment, as a person would paste it.
        catalog::ShareLink raw = catalog::parseShareLink(url.toString() + u"#key="_s + pub.toBase64());
        QVERIFY(raw.ok());
        QCOMPARE(raw.key.key, pub.key);
        // A folder means its catalog.json; no key is allowed (first use asks).
        raw = catalog::parseShareLink(u"file:///media/usb/packs/"_s);
        QVERIFY(raw.ok());
        QCOMPARE(raw.url, QUrl(u"file:///media/usb/packs/catalog.json"_s));
        QVERIFY(!raw.key.isValid());
        QVERIFY(!catalog::parseShareLink(u"ftp://x/catalog.json"_s).ok());
        QVERIFY(!catalog::parseShareLink(u"https://user:pw@x/catalog.json"_s).ok());
        QVERIFY(!catalog::parseShareLink(u"https://x/catalog.json#key=RWnotakey"_s).ok());
        QVERIFY(!catalog::parseShareLink(u"catalog.json"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
