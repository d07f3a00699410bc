// Runs tests/qml/tst_*.qml with the app's QML module, fonts and a freshly built test pack, plus
// pack files to import (tst_packs.qml): signed by keys the app has never seen, and unsigned.
#include "appcontext.h"
#include "minisign.h"
#include "packsignature.h"
#include "offlinenetwork.h"
#include "packtestutil.h"
#include "uiapp.h"

#include <QDir>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(MaharatPlugin)

using namespace Qt::StringLiterals;

// The files tst_packs.qml imports, as the QML singleton TestFiles (tests only).
class TestFiles : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString partner MEMBER partner CONSTANT)               // id ...test-partner v3, key A
    Q_PROPERTY(QString partnerFingerprint MEMBER partnerFingerprint CONSTANT)
    Q_PROPERTY(QString partnerForged MEMBER partnerForged CONSTANT)   // same id, v4, key B
    Q_PROPERTY(QString stranger MEMBER stranger CONSTANT)             // id ...test-stranger, key C
    Q_PROPERTY(QString unsignedPack MEMBER unsignedPack CONSTANT)     // id ...test-unsigned
    Q_PROPERTY(QString userPacksDir MEMBER userPacksDir CONSTANT)
public:
    QString partner, partnerFingerprint, partnerForged, stranger, unsignedPack, userPacksDir;
    // The .skillpack files in a folder, for "nothing was installed".
    Q_INVOKABLE QStringList packFiles(const QString &dir) const
    {
        return QDir(dir).entryList({u"*.skillpack"_s}, QDir::Files);
    }
};

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        const QString packs = m_dir.filePath(u"packs"_s);
        QDir().mkpath(packs);
        if (testutil::buildMini(packs).isEmpty())
            qFatal("cannot build the test pack");
        const QString incoming = m_dir.filePath(u"incoming"_s);
        QDir().mkpath(incoming);
        const auto build = [&](const QString &name, const QString &id, int version, const maharat::minisign::SecretKey *key) {
            const QString path = testutil::buildMiniAs(incoming, name, id, version);
            if (path.isEmpty() || (key && !maharat::signPack(path, *key).isEmpty()))
                qFatal("cannot build %s", qPrintable(name));
            return path;
        };
        const auto keyA = maharat::minisign::generateKey(), keyB = maharat::minisign::generateKey(),
                   keyC = maharat::minisign::generateKey();
        m_files.partner = build(u"partner.skillpack"_s, u"org.maharat.test-partner"_s, 3, &keyA);
        m_files.partnerFingerprint = keyA.publicKey().fingerprint();
        m_files.partnerForged = build(u"partner-update.skillpack"_s, u"org.maharat.test-partner"_s, 4, &keyB);
        m_files.stranger = build(u"stranger.skillpack"_s, u"org.maharat.test-stranger"_s, 1, &keyC);
        m_files.unsignedPack = build(u"unsigned.skillpack"_s, u"org.maharat.test-unsigned"_s, 1, nullptr);
        m_files.userPacksDir = m_dir.filePath(u"data/packs"_s);
        qmlRegisterSingletonInstance("MaharatTest", 1, 0, "TestFiles", &m_files);
        // As main() does: the bundled folder, then the folder imports install into.
        m_context = std::make_unique<maharat::AppContext>(m_dir.filePath(u"data"_s), QStringList{packs, m_files.userPacksDir});
        maharat::UiApp::setInitialLanguage(u"en"_s);
        maharat::UiApp::loadFonts();
        QQuickStyle::setStyle(u"Material"_s);
    }
    void qmlEngineAvailable(QQmlEngine *engine) { maharat::prepareEngine(*engine); }
    void cleanupTestCase() { m_context.reset(); }

private:
    QTemporaryDir m_dir;
    TestFiles m_files;
    std::unique_ptr<maharat::AppContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(maharat, Setup)

#include "tst_qml.moc"
