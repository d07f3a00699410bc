// The start-up load: the read-only folders' packs first, the user's packs only once the window
// has been drawn, and the two steps together give exactly the library a direct load gives.
#include "builtinkey.h"
#include "librarytestutil.h"
#include "packinstaller.h"
#include "startuploader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;

namespace {

// What a library holds, in order: "id@version" per pack, then "!file" per refused file.
QStringList describe(const Library &library)
{
    QStringList out;
    for (const LoadedPack &p : library.packs())
        out.append(p.content.manifest.id + u'@' + QString::number(p.content.manifest.version));
    for (const Library::Failure &f : library.failures())
        out.append(u'!' + QFileInfo(f.path).fileName());
    return out;
}

} // namespace

class TestStartupLoader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void stepsGiveTheDirectLibrary();
    void userPacksWaitForTheWindow();
    void noUserPacksOneStep();
    void destroyedWhileWaiting();

private:
    QList<Library::Folder> folders() const
    {
        // As the app orders them: bundled, the user's folder, then a --packs-dir.
        return {{m_bundled, true}, {m_data + u"/packs"_s, false}, {m_extra, true}};
    }
    QTemporaryDir m_work;
    QString m_data, m_bundled, m_extra;
};

void TestStartupLoader::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_data = m_work.filePath(u"data"_s);
    m_bundled = m_work.filePath(u"bundled"_s);
    m_extra = m_work.filePath(u"extra"_s);
    const QString user = m_data + u"/packs"_s;
    // Bundled mini v3, a --packs-dir pack of its own id, and in the user's folder: mini v4 (an
    // update of a bundled pack, which must win and keep the bundled pack's place), a new id,
    // and a file that is not a pack.
    QVERIFY(!librarytest::buildVariant(m_bundled, u"mini.skillpack"_s, {3}).isEmpty());
    QVERIFY(!librarytest::buildVariant(m_extra, u"extra.skillpack"_s, {1, {}, u"org.maharat.test-extra"_s}).isEmpty());
    QVERIFY(!librarytest::buildVariant(user, u"a-mini-update.skillpack"_s, {4}).isEmpty());
    QVERIFY(!librarytest::buildVariant(user, u"b-other.skillpack"_s, {2, {}, u"org.maharat.test-other"_s}).isEmpty());
    QFile junk(user + u"/c-junk.skillpack"_s);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a pack at all");
}

void TestStartupLoader::stepsGiveTheDirectLibrary()
{
    const QStringList direct = describe(PackInstaller(m_data, builtinPublisherKey()).load(folders()));
    QCOMPARE(direct, (QStringList{u"org.maharat.test-mini@4"_s, u"org.maharat.test-other@2"_s,
                                  u"org.maharat.test-extra@1"_s, u"!c-junk.skillpack"_s}));

    StartupLoader loader(m_data, folders(), builtinPublisherKey());
    QSignalSpy spy(&loader, &StartupLoader::loaded);
    loader.start();
    QVERIFY(spy.wait(20000));
    QCOMPARE(spy.at(0).at(1).toBool(), false);
    QCOMPARE(describe(spy.at(0).at(0).value<Library>()),
             (QStringList{u"org.maharat.test-mini@3"_s, u"org.maharat.test-extra@1"_s}));
    loader.continueWithUserPacks();
    QVERIFY(spy.wait(20000));
    QCOMPARE(spy.at(1).at(1).toBool(), true);
    QCOMPARE(describe(spy.at(1).at(0).value<Library>()), direct);
}

void TestStartupLoader::userPacksWaitForTheWindow()
{
    StartupLoader loader(m_data, folders(), builtinPublisherKey());
    QSignalSpy spy(&loader, &StartupLoader::loaded);
    loader.start();
    QVERIFY(spy.wait(20000));
    // Without the go-ahead the user's packs are not opened, however long it takes.
    QVERIFY(!spy.wait(500));
    QCOMPARE(spy.size(), 1);
    loader.continueWithUserPacks();
    QVERIFY(spy.wait(20000));
    QCOMPARE(spy.size(), 2);
}

void TestStartupLoader::noUserPacksOneStep()
{
    QTemporaryDir empty;
    const QList<Library::Folder> onlyBundled{{m_bundled, true}, {empty.filePath(u"packs"_s), false}};
    StartupLoader loader(empty.path(), onlyBundled, builtinPublisherKey());
    QSignalSpy spy(&loader, &StartupLoader::loaded);
    loader.start();
    // Nothing to wait for: the whole library comes at once, without the go-ahead.
    QVERIFY(spy.wait(20000));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(1).toBool(), true);
    QCOMPARE(describe(spy.at(0).at(0).value<Library>()), QStringList{u"org.maharat.test-mini@3"_s});
}

void TestStartupLoader::destroyedWhileWaiting()
{
    QElapsedTimer t;
    {
        StartupLoader loader(m_data, folders(), builtinPublisherKey());
        QSignalSpy spy(&loader, &StartupLoader::loaded);
        loader.start();
        QVERIFY(spy.wait(20000));
        t.start();
    } // quitting before the window was drawn: the thread ends without opening the user's packs
    QVERIFY2(t.elapsed() < 5000, "the start-up thread kept the app from quitting");
}

QTEST_GUILESS_MAIN(TestStartupLoader)
#include "tst_startuploader.moc"
