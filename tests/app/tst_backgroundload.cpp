// The window's start-up load (AppContext::LibraryLoad::Background): the library starts empty and
// says it is loading, the bundled packs come first, the user's packs only once the window has
// been drawn, and nothing that needs the whole library (imports, removals, a reload after a
// catalog install) runs before it is there.
#include "appcontext.h"
#include "packlibrary.h"
#include "packtestutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;

namespace {

QStringList ids(const Library &library)
{
    QStringList out;
    for (const LoadedPack &p : library.packs())
        out.append(p.content.manifest.id);
    return out;
}

} // namespace

class TestBackgroundLoad : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bundledFirstThenUserPacksAfterTheWindow();
    void importsWaitForTheWholeLibrary();
    void withoutAFrameTheUserPacksStillCome();
    void noUserPacksOneStep();

private:
    QString freshData();
    QTemporaryDir m_dir;
    QString m_bundled, m_userPack;
    int m_n = 0;
};

void TestBackgroundLoad::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bundled = m_dir.filePath(u"bundled"_s);
    QDir().mkpath(m_bundled);
    QVERIFY(!testutil::buildMini(m_bundled).isEmpty());
    m_userPack = testutil::buildMiniAs(m_dir.path(), u"user.skillpack"_s, u"org.maharat.test-user"_s, 1);
    QVERIFY(!m_userPack.isEmpty());
}

// A data folder whose packs/ already holds the user's pack (as after an earlier import).
QString TestBackgroundLoad::freshData()
{
    const QString data = m_dir.filePath(u"data"_s + QString::number(++m_n));
    QDir().mkpath(data + u"/packs"_s);
    if (!QFile::copy(m_userPack, data + u"/packs/org.maharat.test-user.skillpack"_s))
        return {};
    return data;
}

void TestBackgroundLoad::bundledFirstThenUserPacksAfterTheWindow()
{
    const QString data = freshData();
    QVERIFY(!data.isEmpty());
    AppContext ctx(data, {m_bundled, data + u"/packs"_s}, AppContext::LibraryLoad::Background);
    QSignalSpy changed(&ctx, &AppContext::libraryChanged);
    QSignalSpy loading(&ctx, &AppContext::libraryLoadingChanged);
    QVERIFY(ctx.libraryLoading());
    QVERIFY(ctx.library().packs().isEmpty()); // the constructor did not wait for the packs
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
    QCOMPARE(ids(ctx.library()), QStringList{u"org.maharat.test-mini"_s});
    QVERIFY(ctx.libraryLoading());
    // Well before the two-second fallback: the window has drawn its first frame.
    ctx.windowShown();
    QTRY_VERIFY_WITH_TIMEOUT(!ctx.libraryLoading(), 20000);
    QCOMPARE(loading.size(), 1);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(ids(ctx.library()), (QStringList{u"org.maharat.test-mini"_s, u"org.maharat.test-user"_s}));
    QVERIFY(ctx.library().failures().isEmpty());
}

void TestBackgroundLoad::importsWaitForTheWholeLibrary()
{
    const QString data = freshData();
    QVERIFY(!data.isEmpty());
    AppContext ctx(data, {m_bundled, data + u"/packs"_s}, AppContext::LibraryLoad::Background);
    PackLibrary packs;
    QSignalSpy loadingChanged(&packs, &PackLibrary::loadingChanged);
    QVERIFY(packs.loading());
    // Judging "already installed" needs every pack: refused until then, nothing started.
    QVERIFY(!packs.importFile(QUrl::fromLocalFile(m_userPack)));
    QVERIFY(!packs.busy());
    QVERIFY(!packs.removePack(u"org.maharat.test-user"_s));
    // A catalog install's reload waits too, and happens once the load is over.
    QSignalSpy changed(&ctx, &AppContext::libraryChanged);
    ctx.reloadLibrary();
    ctx.windowShown();
    QTRY_VERIFY_WITH_TIMEOUT(!packs.loading(), 20000);
    QCOMPARE(loadingChanged.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 3, 20000); // bundled, all, then the reload
    QCOMPARE(ids(ctx.library()), (QStringList{u"org.maharat.test-mini"_s, u"org.maharat.test-user"_s}));
    // Now the same file is judged against the whole library: already installed.
    QSignalSpy failed(&packs, &PackLibrary::importFailed);
    QVERIFY(packs.importFile(QUrl::fromLocalFile(m_userPack)));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(packs.lastErrorCode(), ImportError(ImportError::AlreadyInstalled).codeName());
}

void TestBackgroundLoad::withoutAFrameTheUserPacksStillCome()
{
    const QString data = freshData();
    QVERIFY(!data.isEmpty());
    AppContext ctx(data, {m_bundled, data + u"/packs"_s}, AppContext::LibraryLoad::Background);
    QTRY_VERIFY_WITH_TIMEOUT(!ctx.libraryLoading(), 20000); // the two-second fallback
    QCOMPARE(ctx.library().packs().size(), 2);
}

void TestBackgroundLoad::noUserPacksOneStep()
{
    QTemporaryDir empty;
    AppContext ctx(empty.path(), {m_bundled, empty.filePath(u"packs"_s)}, AppContext::LibraryLoad::Background);
    QSignalSpy changed(&ctx, &AppContext::libraryChanged);
    // Nothing of the user's to wait for: done without any frame, in one step.
    QTRY_VERIFY_WITH_TIMEOUT(!ctx.libraryLoading(), 1500);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(ids(ctx.library()), QStringList{u"org.maharat.test-mini"_s});
}

QTEST_MAIN(TestBackgroundLoad)
#include "tst_backgroundload.moc"
