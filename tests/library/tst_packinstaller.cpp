// The import pipeline on real files and real keys: every rule a user sees, with nothing changed
// when a file is refused, the trust model (pins, unsigned), removal and the validation cache.
#include "activity.h"
#include "builtinkey.h"
#include "exporter.h"
#include "progressstore.h"
#include "quizsession.h"
#include "importservice.h"
#include "librarydb.h"
#include "libraryloader.h"
#include "librarytestutil.h"
#include "packinstaller.h"
#include "packrecords.h"
#include "truststore.h"
#include "../pack/packtestutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace maharat;
using librarytest::snapshot;

class TestPackInstaller : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void unsignedNeedsAllow();
    void onlySignedRefusesUnsigned();
    void unknownKeyIsPinned();
    void wrongKeyUpdateRefused();
    void unsignedUpdateOfSignedRefused();
    void builtinKeyTrusted();
    void sameVersionTwice();
    void rollbackRefused();
    void notAPack_data();
    void notAPack();
    void tamperedAfterSigning_data();
    void tamperedAfterSigning();
    void hostilePack();
    void updateReplacesOlderFile();
    void removeAndReimport();
    void removeForgetsPin();
    void removeBuiltinRefused();
    void stagingLeftoversCleaned();
    void cacheSkipsFullCheck();
    void changedFileValidatedAgain();
    void progressSurvivesUpdate();
    void serviceAsksAndInstalls();
    void serviceRejectChangesNothing();

private:
    QList<Library::Folder> folders() const { return {{m_bundled, true}, {m_data + u"/packs"_s, false}}; }
    Library load() { return PackInstaller(m_data, builtinPublisherKey()).load(folders()); }
    QString variant(const QString &name, const librarytest::Variant &v)
    {
        return librarytest::buildVariant(m_work.path(), name, v);
    }
    void expectRefused(const QString &file, ImportError::Code code, const InstallPolicy &policy = {});

    QTemporaryDir m_work;
    QString m_data, m_bundled;
    minisign::SecretKey m_keyA, m_keyB, m_builtinSecret;
    QString m_v3, m_v3signedA, m_v4signedA, m_v4signedB, m_v4unsigned, m_v2signedA;
};

void TestPackInstaller::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_keyA = librarytest::stockKey(m_work.path(), u"a"_s);
    m_keyB = librarytest::stockKey(m_work.path(), u"b"_s);
    QVERIFY2(m_keyA.isValid() && m_keyB.isValid(), "minisign -G -W failed (the stock tool is a test dependency)");
    m_v3 = variant(u"v3.skillpack"_s, {3});
    m_v3signedA = variant(u"v3a.skillpack"_s, {3});
    m_v4signedA = variant(u"v4a.skillpack"_s, {4, {u"patience"_s}});
    m_v4signedB = variant(u"v4b.skillpack"_s, {4});
    m_v4unsigned = variant(u"v4u.skillpack"_s, {4});
    m_v2signedA = variant(u"v2a.skillpack"_s, {2});
    for (const QString &f : {m_v3, m_v3signedA, m_v4signedA, m_v4signedB, m_v4unsigned, m_v2signedA})
        QVERIFY(!f.isEmpty());
    QVERIFY(librarytest::sign(m_v3signedA, m_keyA));
    QVERIFY(librarytest::sign(m_v4signedA, m_keyA));
    QVERIFY(librarytest::sign(m_v4signedB, m_keyB));
    QVERIFY(librarytest::sign(m_v2signedA, m_keyA));
}

void TestPackInstaller::init()
{
    static int n = 0;
    m_data = m_work.filePath(u"data"_s + QString::number(++n));
    m_bundled = m_work.filePath(u"bundled"_s + QString::number(n));
    QDir().mkpath(m_bundled);
}

void TestPackInstaller::expectRefused(const QString &file, ImportError::Code code, const InstallPolicy &policy)
{
    const QMap<QString, QByteArray> before = snapshot(m_data + u"/packs"_s);
    const Library library = load();
    const ImportError e = PackInstaller(m_data, builtinPublisherKey()).install(file, library, policy);
    QCOMPARE(e.codeName(), ImportError(code).codeName());
    QVERIFY(!e.message().isEmpty());
    QCOMPARE(snapshot(m_data + u"/packs"_s), before); // nothing changed, no staging file left
}

void TestPackInstaller::unsignedNeedsAllow()
{
    expectRefused(m_v3, ImportError::UnsignedRefused);
    QVERIFY(!load().pack(u"org.maharat.test-mini"));
    InstallPolicy allow;
    allow.allowUnsigned = true;
    QVERIFY(!PackInstaller(m_data, builtinPublisherKey()).install(m_v3, load(), allow));
    const Library after = load();
    QVERIFY(after.pack(u"org.maharat.test-mini"));
    QVERIFY(!after.pack(u"org.maharat.test-mini")->signer.isSigned());
    QVERIFY(QFile::exists(m_data + u"/packs/org.maharat.test-mini.skillpack"_s));
}

void TestPackInstaller::onlySignedRefusesUnsigned()
{
    PackInstaller installer(m_data, builtinPublisherKey());
    QVERIFY(installer.setOnlySigned(true));
    InstallPolicy allow;
    allow.allowUnsigned = true;
    QCOMPARE(installer.prepare(m_v3, load()).error.code(), ImportError::UnsignedRefused);
    QVERIFY(snapshot(m_data + u"/packs"_s).isEmpty());
    QVERIFY(installer.setOnlySigned(false));
    QCOMPARE(installer.prepare(m_v3, load()).trust.kind, TrustRequest::Unsigned);
}

void TestPackInstaller::unknownKeyIsPinned()
{
    expectRefused(m_v3signedA, ImportError::UnknownKey);
    PackInstaller installer(m_data, builtinPublisherKey());
    PackInstaller::Prepared p = installer.prepare(m_v3signedA, load());
    QVERIFY(!p.error);
    QCOMPARE(p.trust.kind, TrustRequest::UnknownKey);
    QCOMPARE(p.trust.keyId, m_keyA.publicKey().keyIdHex());
    QCOMPARE(p.trust.fingerprint, m_keyA.publicKey().fingerprint());
    QCOMPARE(p.trust.publisher, u"Maharat tests"_s);
    QVERIFY(QFile::exists(p.staging));
    QVERIFY(!installer.commit(p, true));
    LibraryDb db;
    QVERIFY(db.open(m_data + u"/library.db"_s));
    QCOMPARE(TrustStore(db).pinnedKey(u"org.maharat.test-mini"_s).toBase64(), m_keyA.publicKey().toBase64());
    // The update from the same publisher needs no question.
    PackInstaller::Prepared update = installer.prepare(m_v4signedA, load());
    QVERIFY(!update.error);
    QCOMPARE(update.trust.kind, TrustRequest::None);
    QVERIFY(!installer.commit(update, false));
    QCOMPARE(load().pack(u"org.maharat.test-mini")->content.manifest.version, 4);
}

void TestPackInstaller::wrongKeyUpdateRefused()
{
    InstallPolicy policy;
    policy.acceptKeys = {m_keyA.publicKey(), m_keyB.publicKey()};
    QVERIFY(!PackInstaller(m_data, builtinPublisherKey()).install(m_v3signedA, load(), policy));
    // Even a key the caller would accept is refused for an id pinned to another key.
    expectRefused(m_v4signedB, ImportError::KeyMismatch, policy);
    QCOMPARE(load().pack(u"org.maharat.test-mini")->content.manifest.version, 3);
    QVERIFY(ImportError(ImportError::KeyMismatch, {u"T"_s, u"B"_s, u"A"_s}).message().contains(u"Warning"_s));
}

void TestPackInstaller::unsignedUpdateOfSignedRefused()
{
    InstallPolicy policy;
    policy.acceptKeys = {m_keyA.publicKey()};
    policy.allowUnsigned = true;
    QVERIFY(!PackInstaller(m_data, builtinPublisherKey()).install(m_v3signedA, load(), policy));
    expectRefused(m_v4unsigned, ImportError::LostSignature, policy);
}

void TestPackInstaller::builtinKeyTrusted()
{
    // The built-in key's pack: trusted without a question (sign with a key whose public half is
    // the built-in one by swapping: the test treats keyA as built-in).
    PackInstaller installer(m_data, m_keyA.publicKey());
    PackInstaller::Prepared p = installer.prepare(m_v3signedA, Library());
    QVERIFY(!p.error);
    QCOMPARE(p.trust.kind, TrustRequest::None);
    installer.discard(p);
    QVERIFY(!QFile::exists(p.staging));
}

void TestPackInstaller::sameVersionTwice()
{
    InstallPolicy allow;
    allow.allowUnsigned = true;
    QVERIFY(!PackInstaller(m_data, builtinPublisherKey()).install(m_v3, load(), allow));
    expectRefused(m_v3, ImportError::AlreadyInstalled, allow);
}

void TestPackInstaller::rollbackRefused()
{
    InstallPolicy policy;
    policy.acceptKeys = {m_keyA.publicKey()};
    QVERIFY(!PackInstaller(m_data, builtinPublisherKey()).install(m_v3signedA, load(), policy));
    expectRefused(m_v2signedA, ImportError::OlderVersion, policy);
    QCOMPARE(load().pack(u"org.maharat.test-mini")->content.manifest.version, 3);
}

void TestPackInstaller::notAPack_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::newRow("text") << QByteArray("hello, this is not a pack\n") << u"pack:NotAPack"_s;
    QTest::newRow("empty") << QByteArray() << u"pack:NotAPack"_s;
    QByteArray sqlite("SQLite format 3\0", 16);
    sqlite.append(QByteArray(4096 - 16, '\0'));
    QTest::newRow("truncated sqlite") << sqlite << u"pack:NotAPack"_s;
}

void TestPackInstaller::notAPack()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    const QString path = m_work.filePath(u"junk.skillpack"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    InstallPolicy allow;
    allow.allowUnsigned = true;
    const ImportError e = PackInstaller(m_data, builtinPublisherKey()).install(path, load(), allow);
    QCOMPARE(e.codeName(), code);
    QVERIFY(snapshot(m_data + u"/packs"_s).isEmpty());
    // A folder and a missing file are refused too.
    QCOMPARE(PackInstaller(m_data, builtinPublisherKey()).install(m_work.path(), load(), allow).codeName(),
             u"pack:NotAPack"_s);
    QCOMPARE(PackInstaller(m_data, builtinPublisherKey()).install(path + u".missing"_s, load(), allow).codeName(),
             u"pack:FileMissing"_s);
}

void TestPackInstaller::tamperedAfterSigning_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("one text byte") << u"UPDATE skill_text SET title = 'Listenin.' WHERE skill_id = 'listening' AND lang = 'en'"_s;
    QTest::newRow("one media byte")
        << u"UPDATE media SET data = CAST(substr(data, 1, 100) || X'00' || substr(data, 102) AS BLOB)"_s;
}

void TestPackInstaller::tamperedAfterSigning()
{
    QFETCH(QString, sql);
    const QString copy = m_work.filePath(u"tampered.skillpack"_s);
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_v3signedA, copy));
    QVERIFY(testutil::tamper(copy, sql));
    InstallPolicy policy;
    policy.acceptKeys = {m_keyA.publicKey()};
    const QMap<QString, QByteArray> before = snapshot(m_data + u"/packs"_s);
    const ImportError e = PackInstaller(m_data, builtinPublisherKey()).install(copy, load(), policy);
    QCOMPARE(e.code(), ImportError::InvalidPack);
    QVERIFY2(e.pack().code() == PackError::SignatureMismatch || e.pack().code() == PackError::MediaHashMismatch,
             qPrintable(e.codeName()));
    QCOMPARE(snapshot(m_data + u"/packs"_s), before);
}

void TestPackInstaller::hostilePack()
{
    const QString copy = m_work.filePath(u"hostile.skillpack"_s);
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_v3, copy));
    QVERIFY(testutil::tamper(copy, u"CREATE TRIGGER t AFTER INSERT ON skill BEGIN SELECT 1; END"_s));
    InstallPolicy allow;
    allow.allowUnsigned = true;
    QCOMPARE(PackInstaller(m_data, builtinPublisherKey()).install(copy, load(), allow).codeName(),
             u"pack:HasTrigger"_s);
    QVERIFY(snapshot(m_data + u"/packs"_s).isEmpty());
}

void TestPackInstaller::updateReplacesOlderFile()
{
    // A pack dropped into the folder under another name is replaced by the update, not kept beside it.
    QDir().mkpath(m_data + u"/packs"_s);
    QVERIFY(QFile::copy(m_v3signedA, m_data + u"/packs/old-name.skillpack"_s));
    QCOMPARE(load().pack(u"org.maharat.test-mini")->content.manifest.version, 3); // adopted, key pinned
    QVERIFY(!PackInstaller(m_data, builtinPublisherKey()).install(m_v4signedA, load(), {}));
    QCOMPARE(snapshot(m_data + u"/packs"_s).keys(), QStringList{u"org.maharat.test-mini.skillpack"_s});
    QCOMPARE(load().pack(u"org.maharat.test-mini")->content.manifest.version, 4);
}

void TestPackInstaller::removeAndReimport()
{
    InstallPolicy allow;
    allow.allowUnsigned = true;
    PackInstaller installer(m_data, builtinPublisherKey());
    QVERIFY(!installer.install(m_v3, load(), allow));
    QVERIFY(!installer.remove(u"org.maharat.test-mini"_s, load()));
    QVERIFY(!load().pack(u"org.maharat.test-mini"));
    QVERIFY(snapshot(m_data + u"/packs"_s).isEmpty());
    QCOMPARE(installer.remove(u"org.maharat.test-mini"_s, load()).code(), ImportError::NotInstalled);
    QVERIFY(!installer.install(m_v3, load(), allow));
    QVERIFY(load().pack(u"org.maharat.test-mini"));
}

void TestPackInstaller::removeForgetsPin()
{
    // A publisher who lost their key: staff remove the pack, and the new key's version asks again.
    InstallPolicy policy;
    policy.acceptKeys = {m_keyA.publicKey()};
    PackInstaller installer(m_data, builtinPublisherKey());
    QVERIFY(!installer.install(m_v3signedA, load(), policy));
    QCOMPARE(installer.prepare(m_v4signedB, load()).error.code(), ImportError::KeyMismatch);
    QVERIFY(!installer.remove(u"org.maharat.test-mini"_s, load()));
    PackInstaller::Prepared p = installer.prepare(m_v4signedB, load());
    QVERIFY(!p.error);
    QCOMPARE(p.trust.kind, TrustRequest::UnknownKey);
    QCOMPARE(p.trust.keyId, m_keyB.publicKey().keyIdHex());
    installer.discard(p);
}

void TestPackInstaller::removeBuiltinRefused()
{
    QVERIFY(QFile::copy(m_v3, m_bundled + u"/mini.skillpack"_s));
    const Library library = load();
    QVERIFY(library.pack(u"org.maharat.test-mini"));
    QVERIFY(library.origin(u"org.maharat.test-mini").bundled);
    QCOMPARE(PackInstaller(m_data, builtinPublisherKey()).remove(u"org.maharat.test-mini"_s, library).code(),
             ImportError::BuiltinPack);
    QVERIFY(QFile::exists(m_bundled + u"/mini.skillpack"_s));
}

void TestPackInstaller::stagingLeftoversCleaned()
{
    QDir().mkpath(m_data + u"/packs"_s);
    QFile f(m_data + u"/packs/.import-abc.part"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("half a pack");
    f.close();
    QVERIFY(QFile::copy(m_v3, m_data + u"/packs/keep.skillpack"_s));
    PackInstaller::cleanStaging(m_data + u"/packs"_s);
    QCOMPARE(snapshot(m_data + u"/packs"_s).keys(), QStringList{u"keep.skillpack"_s});
}

void TestPackInstaller::cacheSkipsFullCheck()
{
    QVERIFY(QFile::copy(m_v3signedA, m_bundled + u"/mini.skillpack"_s));
    LibraryDb db;
    QVERIFY(db.open(m_data + u"/library.db"_s));
    LibraryLoader first(db, builtinPublisherKey());
    const Library a = first.load(folders());
    QCOMPARE(first.fullChecks(), 1);
    LibraryLoader second(db, builtinPublisherKey());
    const Library b = second.load(folders());
    QCOMPARE(second.fullChecks(), 0);
    // The cheap path gives the same pack: digest and signer come from the record.
    const LoadedPack *pa = a.pack(u"org.maharat.test-mini"), *pb = b.pack(u"org.maharat.test-mini");
    QVERIFY(pa && pb);
    QCOMPARE(pb->digest, pa->digest);
    QVERIFY(pb->signer.isSigned());
    QCOMPARE(pb->signer.key.toBase64(), m_keyA.publicKey().toBase64());
    QCOMPARE(pb->content.skills.size(), pa->content.skills.size());
}

void TestPackInstaller::changedFileValidatedAgain()
{
    const QString path = m_bundled + u"/mini.skillpack"_s;
    QVERIFY(QFile::copy(m_v3signedA, path));
    LibraryDb db;
    QVERIFY(db.open(m_data + u"/library.db"_s));
    QVERIFY(LibraryLoader(db, builtinPublisherKey()).load(folders()).pack(u"org.maharat.test-mini"));
    // One media byte changed behind the app's back (same size): the full check runs and refuses it.
    QVERIFY(testutil::tamper(path, u"UPDATE media SET data = CAST(substr(data, 1, 100) || X'00' || substr(data, 102) AS BLOB)"_s));
    LibraryLoader again(db, builtinPublisherKey());
    const Library library = again.load(folders());
    QCOMPARE(again.fullChecks(), 1);
    QVERIFY(!library.pack(u"org.maharat.test-mini"));
    QCOMPARE(library.failures().size(), 1);
}

void TestPackInstaller::progressSurvivesUpdate()
{
    // v3 (both topics) then v4 without "patience": what still exists keeps its progress, what
    // vanished breaks no statistic, quiz or export, and comes back with a re-import of v3-like ids.
    InstallPolicy policy;
    policy.acceptKeys = {m_keyA.publicKey()};
    PackInstaller installer(m_data, builtinPublisherKey());
    QVERIFY(!installer.install(m_v3signedA, load(), policy));
    ProgressStore store;
    QCOMPARE(store.open(m_data + u"/progress.db"_s), ProgressStore::Status::Ok);
    const QString pack = u"org.maharat.test-mini"_s;
    QVERIFY(store.setBookmarked({pack, u"listening"_s}, true));
    QVERIFY(store.setBookmarked({pack, u"patience"_s}, true));
    const quiz::Scheduler scheduler(0.9);
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-3);
    for (const QString &skill : {u"listening"_s, u"patience"_s}) {
        Attempt a;
        a.question = {pack, skill + u".q1"_s, skill};
        a.answer = u"x"_s;
        a.answeredAt = past;
        QVERIFY(store.recordAnswer(a, scheduler.review({}, quiz::Rating::Good, past)));
    }
    QCOMPARE(topicMastery(store, load(), scheduler, QDateTime::currentDateTimeUtc()).size(), 2);

    QVERIFY(!installer.install(m_v4signedA, load(), policy));
    const Library updated = load();
    QCOMPARE(updated.pack(pack)->content.manifest.version, 4);
    QVERIFY(!updated.findSkill(u"org.maharat.test-mini/patience"));
    QCOMPARE(store.bookmarks().size(), 2);
    QCOMPARE(store.attempts().size(), 2);
    const QList<TopicMastery> mastery = topicMastery(store, updated, scheduler, QDateTime::currentDateTimeUtc());
    QCOMPARE(mastery.size(), 1);
    QRandomGenerator rng(7);
    const QList<quiz::QuizItem> due = quiz::refresherQuiz(updated, store.schedule(), QDateTime::currentDateTimeUtc().addYears(1), rng);
    QCOMPARE(due.size(), 1);
    QCOMPARE(quiz::dueCount(updated, store.schedule(), QDateTime::currentDateTimeUtc().addYears(1)), 1);
    QString error;
    QVERIFY2(exportResults(store, updated, scheduler, m_work.filePath(u"export.json"_s), ExportFormat::Json,
                           QDateTime::currentDateTimeUtc(), &error),
             qPrintable(error));
}

void TestPackInstaller::serviceAsksAndInstalls()
{
    ImportService service(m_data, folders(), builtinPublisherKey());
    QSignalSpy asked(&service, &ImportService::trustRequested);
    QSignalSpy finished(&service, &ImportService::finished);
    QSignalSpy reloaded(&service, &ImportService::libraryReloaded);
    QSignalSpy progress(&service, &ImportService::progress);
    QVERIFY(service.importFile(m_v3signedA, load()));
    QVERIFY(!service.importFile(m_v3, load())); // one at a time
    QVERIFY(asked.wait(10000));
    const auto request = asked.first().first().value<TrustRequest>();
    QCOMPARE(request.kind, TrustRequest::UnknownKey);
    QCOMPARE(request.fingerprint, m_keyA.publicKey().fingerprint());
    QVERIFY(finished.isEmpty());
    service.answerTrust(true);
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().at(1).value<ImportError>());
    QCOMPARE(finished.first().at(2).toString(), u"org.maharat.test-mini"_s);
    QCOMPARE(reloaded.size(), 1);
    QVERIFY(reloaded.first().first().value<Library>().pack(u"org.maharat.test-mini"));
    QVERIFY(!progress.isEmpty());
    QVERIFY(!service.isBusy());
}

void TestPackInstaller::serviceRejectChangesNothing()
{
    ImportService service(m_data, folders(), builtinPublisherKey());
    QSignalSpy asked(&service, &ImportService::trustRequested);
    QSignalSpy finished(&service, &ImportService::finished);
    QVERIFY(service.importFile(m_v3, load()));
    QVERIFY(asked.wait(10000));
    QCOMPARE(asked.first().first().value<TrustRequest>().kind, TrustRequest::Unsigned);
    service.answerTrust(false);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).value<ImportError>().code(), ImportError::Rejected);
    QVERIFY(snapshot(m_data + u"/packs"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestPackInstaller)
#include "tst_packinstaller.moc"
