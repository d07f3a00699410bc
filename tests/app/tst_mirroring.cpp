// Mirroring must really happen: render the skill page offscreen and find where the title's ink
// is. In Persian and Arabic it must end at the right margin; in English start at the left one.
#include "appcontext.h"
#include "packtestutil.h"
#include "pagerunner.h"
#include "uiapp.h"

#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(MaharatPlugin)

using namespace Qt::StringLiterals;

// Pages live in the visual tree (childItems), not always among QObject children.
static QQuickItem *findVisible(QQuickItem *root, const QString &name)
{
    QQuickItem *found = nullptr;
    for (QQuickItem *child : root->childItems()) {
        if (child->objectName() == name && child->isVisible())
            found = child;
        else if (QQuickItem *inner = findVisible(child, name))
            found = inner;
    }
    return found;
}

class TestMirroring : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void titleFollowsReadingDirection_data();
    void titleFollowsReadingDirection();
    void digitsFollowLanguage();
    void englishHasPluralForms();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<maharat::AppContext> m_context;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

void TestMirroring::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString packs = m_dir.filePath(u"packs"_s);
    QDir().mkpath(packs);
    QVERIFY(!testutil::buildMini(packs).isEmpty());
    m_context = std::make_unique<maharat::AppContext>(m_dir.filePath(u"data"_s), QStringList{packs});
    QCOMPARE(m_context->library().packs().size(), 1);
    maharat::UiApp::loadFonts();
    QQuickStyle::setStyle(u"Material"_s);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/qt/qml"_s);
    m_engine->load(QUrl(u"qrc:/qt/qml/Maharat/Main.qml"_s));
    QVERIFY(!m_engine->rootObjects().isEmpty());
}

void TestMirroring::cleanupTestCase()
{
    m_engine.reset();
    m_context.reset();
}

void TestMirroring::titleFollowsReadingDirection_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("rtl");
    QTest::newRow("fa") << u"fa"_s << true;
    QTest::newRow("ar") << u"ar"_s << true;
    QTest::newRow("en") << u"en"_s << false;
}

void TestMirroring::titleFollowsReadingDirection()
{
    QFETCH(QString, lang);
    QFETCH(bool, rtl);
    maharat::UiApp::instance()->setLanguage(lang);
    maharat::PageRunner runner(*m_engine);
    runner.resize(QSize(360, 640));
    QVERIFY(runner.openRoute(u"skill:patience"_s));
    auto *window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
    QVERIFY(window);
    QQuickItem *title = findVisible(window->contentItem(), u"skillTitle"_s);
    QVERIFY(title);
    const QRectF box = title->mapRectToScene(QRectF(0, 0, title->width(), title->height()));
    const QImage image = window->grabWindow();
    QVERIFY(!image.isNull());
    const qreal dpr = image.devicePixelRatio();

    // The header's buttons share the title's rows; their icons are not title ink.
    QList<QRectF> others;
    if (QQuickItem *header = title->parentItem())
        for (QQuickItem *sibling : header->childItems())
            if (sibling != title && sibling->isVisible())
                others.append(sibling->mapRectToScene(QRectF(0, 0, sibling->width(), sibling->height())));
    const auto covered = [&](int x, int y) {
        return std::any_of(others.cbegin(), others.cend(),
                           [&](const QRectF &r) { return r.contains(QPointF(x / dpr, y / dpr)); });
    };
    QVERIFY(!others.isEmpty()); // the bookmark and compare buttons are there

    // Ink: pixels clearly darker than the page background, inside the title's rows.
    int left = image.width(), right = -1;
    for (int y = int(box.top() * dpr); y < int(box.bottom() * dpr) && y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 110 && !covered(x, y)) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
    QVERIFY2(right > left, "no title ink found");
    const int width = image.width();
    if (rtl) {
        QVERIFY2(right >= width - 30 * dpr, qPrintable(u"right edge at %1 of %2"_s.arg(right).arg(width)));
        QVERIFY2(left > 40 * dpr, qPrintable(u"left edge at %1"_s.arg(left)));
    } else {
        QVERIFY2(left <= 30 * dpr, qPrintable(u"left edge at %1"_s.arg(left)));
        QVERIFY2(right < width - 40 * dpr, qPrintable(u"right edge at %1 of %2"_s.arg(right).arg(width)));
    }
}

void TestMirroring::digitsFollowLanguage()
{
    maharat::UiApp *app = maharat::UiApp::instance();
    app->setLanguage(u"fa"_s);
    QCOMPARE(app->number(12), u"۱۲"_s);
    app->setLanguage(u"ar"_s);
    QCOMPARE(app->number(12), u"١٢"_s);
    app->setLanguage(u"en"_s);
    QCOMPARE(app->number(12), u"12"_s);
}

// English is the source language, but "%Ln topic(s)" must still read "1 topic" / "25 topics":
// maharat_en.qm (plural forms only) has to be built, bundled and loaded, also after a switch back.
void TestMirroring::englishHasPluralForms()
{
    maharat::UiApp *app = maharat::UiApp::instance();
    const auto topics = [](int n) { return QCoreApplication::translate("HomePage", "%Ln topic(s)", nullptr, n); };
    app->setLanguage(u"fa"_s);
    QVERIFY(!topics(1).contains(u"(s)"_s));
    app->setLanguage(u"en"_s);
    QCOMPARE(topics(1), u"1 topic"_s);
    QCOMPARE(topics(25), u"25 topics"_s);
    QCOMPARE(QCoreApplication::translate("QuizSessionPage", "Time: %Ln second(s)", nullptr, 1), u"Time: 1 second"_s);
    QCOMPARE(QCoreApplication::translate("QuizPage", "%Ln question(s) to refresh today.", nullptr, 3),
             u"3 questions to refresh today."_s);
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    TestMirroring test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mirroring.moc"
