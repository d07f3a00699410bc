// Runs tests/qml/tst_*.qml with the app's QML module, fonts and a freshly built test pack.
#include "appcontext.h"
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
        m_context = std::make_unique<maharat::AppContext>(m_dir.filePath(u"data"_s), QStringList{packs});
        maharat::UiApp::setInitialLanguage(u"en"_s);
        maharat::UiApp::loadFonts();
        QQuickStyle::setStyle(u"Material"_s);
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(u"qrc:/qt/qml"_s); }
    void cleanupTestCase() { m_context.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<maharat::AppContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(maharat, Setup)

#include "tst_qml.moc"
