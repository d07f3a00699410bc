// A hostile pack in the real window: tracking pixels, markdown images, file:, qrc: and http:
// URLs, tags and a right-to-left override in every text field. The reader refuses such a pack
// (tst_packtext); this test checks the second line of defence by writing the same text into a
// pack after it was read. Every page is opened in two languages at both sizes while a loopback
// listener counts connections: there must be none, and no text item may render pack markup.
#include "appcontext.h"
#include "offlinenetwork.h"
#include "pagerunner.h"
#include "packtestutil.h"
#include "uiapp.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

Q_IMPORT_QML_PLUGIN(MaharatPlugin)

using namespace Qt::StringLiterals;

class TestHostileUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listenerSeesRealRequests();
    void engineRefusesImagesFontsAndXhr();
    void everyPageWithHostileText();
    void linksAskFirstAndOpenOnlyWeb();
    void cleanupTestCase();

private:
    QString hostile(const QString &original, bool body = false) const;
    void poison(maharat::PackContent &c) const;
    void pumpFor(int ms);
    QStringList richTextProblems(QQuickItem *root) const;
    QQuickWindow *window() const;
    // By object name in the visual tree (pages and popups are not QObject children of the window).
    QQuickItem *findItem(const QString &name) const;

    QTemporaryDir m_dir;
    QTcpServer m_server;
    int m_connections = 0;
    std::unique_ptr<maharat::AppContext> m_context;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

QString TestHostileUi::hostile(const QString &original, bool body) const
{
    const QString base = u"http://127.0.0.1:"_s + QString::number(m_server.serverPort());
    QString h = u"<img src=\""_s + base + u"/pixel.png\"><b>BOLD</b> ![m]("_s + base + u"/md.png) "
                u"<img src=\"file:///etc/hostname\"> <img src=\"qrc:/qt/qml/Maharat/icons/home.svg\"> "
                u"[f](file:///etc/passwd) <a href=\""_s + base + u"/a\">a</a> "
                u"<style>@import url("_s + base + u"/s.css);</style><link rel=\"stylesheet\" href=\""_s + base
                + u"/l.css\"> \u202E"_s;
    if (body)
        return h + u"\n\n"_s + original + u"\n\n- ![x]("_s + base + u"/list.png)\n- [web](" + base + u"/link)\n"_s;
    return h + original;
}

void TestHostileUi::poison(maharat::PackContent &c) const
{
    const auto all = [this](maharat::LangText &t) {
        for (auto it = t.begin(); it != t.end(); ++it)
            *it = hostile(*it);
    };
    all(c.manifest.title);
    all(c.manifest.description);
    c.manifest.publisher = hostile(c.manifest.publisher);
    c.manifest.license = hostile(c.manifest.license);
    for (QString &credit : c.manifest.credits)
        credit = hostile(credit);
    for (maharat::Category &cat : c.categories)
        all(cat.title);
    for (maharat::Skill &s : c.skills) {
        for (auto it = s.text.begin(); it != s.text.end(); ++it) {
            it->title = hostile(it->title);
            it->summary = hostile(it->summary);
            it->body = hostile(it->body, true);
        }
        for (maharat::Example &e : s.examples)
            for (auto it = e.text.begin(); it != e.text.end(); ++it)
                for (QString *field : {&it->situation, &it->bad, &it->good, &it->why})
                    *field = hostile(*field);
        for (maharat::Question &q : s.questions) {
            all(q.stem);
            all(q.explanation);
            for (maharat::QuestionOption &o : q.options)
                all(o.text);
        }
    }
}

void TestHostileUi::pumpFor(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::qWait(5);
    }
}

QQuickWindow *TestHostileUi::window() const
{
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().value(0));
}

QQuickItem *TestHostileUi::findItem(const QString &name) const
{
    QList<QQuickItem *> todo{window()->contentItem()};
    while (!todo.isEmpty()) {
        QQuickItem *item = todo.takeLast();
        if (item->objectName() == name && item->isVisible())
            return item;
        todo.append(item->childItems());
    }
    return nullptr;
}

void TestHostileUi::initTestCase()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            ++m_connections;
            s->close();
            s->deleteLater();
        }
    });

    const QString packs = m_dir.filePath(u"packs"_s);
    QDir().mkpath(packs);
    QVERIFY(!testutil::buildMini(packs).isEmpty());
    m_context = std::make_unique<maharat::AppContext>(m_dir.filePath(u"data"_s), QStringList{packs});
    QCOMPARE(m_context->library().packs().size(), 1);
    // Behind the reader's back: the library is ours and no page has been built from it yet.
    auto &loaded = const_cast<QList<maharat::LoadedPack> &>(m_context->library().packs());
    poison(loaded.first().content);

    maharat::UiApp::setInitialLanguage(u"en"_s);
    maharat::UiApp::loadFonts();
    QQuickStyle::setStyle(u"Material"_s);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    maharat::prepareEngine(*m_engine);
    m_engine->load(QUrl(u"qrc:/qt/qml/Maharat/Main.qml"_s));
    QVERIFY(window());
}

void TestHostileUi::listenerSeesRealRequests()
{
    // The counter works: a request that really goes out is seen.
    QNetworkAccessManager direct;
    QNetworkReply *reply = direct.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/control"_s.arg(m_server.serverPort()))));
    QTRY_VERIFY_WITH_TIMEOUT(m_connections >= 1, 5000);
    reply->abort();
    reply->deleteLater();
    pumpFor(50);
    m_connections = 0;
}

void TestHostileUi::engineRefusesImagesFontsAndXhr()
{
    const int refusedBefore = maharat::OfflineNetworkAccessManager::refusedCount();
    const QString base = u"http://127.0.0.1:"_s + QString::number(m_server.serverPort());
    QQmlComponent component(m_engine.get());
    component.setData((u"import QtQuick\n"
                       "Item {\n"
                       "  property bool xhrDone: false\n"
                       "  property int xhrStatus: -1\n"
                       "  Image { source: \""_s + base + u"/image.png\" }\n"
                       "  FontLoader { source: \""_s + base + u"/font.ttf\" }\n"
                       "  Text { textFormat: Text.RichText; text: \"<img src='"_s + base + u"/rich.png'>\" }\n"
                       "  Component.onCompleted: {\n"
                       "    const x = new XMLHttpRequest();\n"
                       "    x.onreadystatechange = function() { if (x.readyState === XMLHttpRequest.DONE) { xhrStatus = x.status; xhrDone = true } }\n"
                       "    x.open('GET', '"_s + base + u"/xhr'); x.send()\n"
                       "  }\n"
                       "}\n"_s).toUtf8(),
                      QUrl(u"qrc:/hostile-probe.qml"_s));
    // The refused loads warn (Image, FontLoader, the log): expected here, so not checked.
    std::unique_ptr<QObject> probe(component.create());
    QVERIFY2(probe, qPrintable(component.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(probe->property("xhrDone").toBool(), 5000);
    pumpFor(300);
    QCOMPARE(m_connections, 0);
    QVERIFY2(maharat::OfflineNetworkAccessManager::refusedCount() - refusedBefore >= 4,
             qPrintable(QString::number(maharat::OfflineNetworkAccessManager::refusedCount() - refusedBefore)));
}

QStringList TestHostileUi::richTextProblems(QQuickItem *root) const
{
    QStringList problems;
    QList<QQuickItem *> todo{root};
    while (!todo.isEmpty()) {
        QQuickItem *item = todo.takeLast();
        todo.append(item->childItems());
        if (!item->inherits("QQuickText") || !item->isVisible())
            continue;
        const QString text = item->property("text").toString();
        const int format = item->property("textFormat").toInt();
        const bool rich = format == Qt::RichText || format == Qt::MarkdownText || format == 4 /* StyledText */
                          || (format == Qt::AutoText && Qt::mightBeRichText(text));
        if (!rich)
            continue;
        for (const QString &marker : {u"<img"_s, u"<b>BOLD"_s, u"<style"_s, u"<link"_s, u"href=\"file"_s,
                                      u"href=\"qrc"_s})
            if (text.contains(marker, Qt::CaseInsensitive))
                problems.append(item->objectName() + u" renders "_s + marker + u": "_s + text.left(160));
        if (format == Qt::AutoText)
            problems.append(u"AutoText label with markup: "_s + text.left(160));
    }
    return problems;
}

void TestHostileUi::everyPageWithHostileText()
{
    const int refusedBefore = maharat::OfflineNetworkAccessManager::refusedCount();
    maharat::PageRunner runner(*m_engine);
    runner.setSettleTime(60);
    const QStringList routes = maharat::PageRunner::allRoutes();
    QVERIFY(routes.size() > 8);
    int pages = 0;
    for (const QString &lang : {u"en"_s, u"fa"_s}) {
        maharat::UiApp::instance()->setLanguage(lang);
        for (const QSize size : {QSize(360, 640), QSize(1280, 800)}) {
            runner.resize(size);
            for (const QString &route : routes) {
                QVERIFY2(runner.openRoute(route), qPrintable(route));
                // Drawn, so every text item has laid out (and would have loaded what it names).
                QVERIFY(!window()->grabWindow().isNull());
                const QStringList problems = richTextProblems(window()->contentItem());
                QVERIFY2(problems.isEmpty(), qPrintable(lang + u' ' + route + u": "_s + problems.join(u"\n  "_s)));
                ++pages;
            }
        }
    }
    pumpFor(300);
    qInfo("pages opened: %d", pages);
    QCOMPARE(m_connections, 0);
    QCOMPARE(maharat::OfflineNetworkAccessManager::refusedCount() - refusedBefore, 0);
}

void TestHostileUi::linksAskFirstAndOpenOnlyWeb()
{
    maharat::PageRunner runner(*m_engine);
    runner.setSettleTime(60);
    maharat::UiApp::instance()->setLanguage(u"en"_s);
    runner.resize(QSize(360, 640));
    const QStringList routes = maharat::PageRunner::allRoutes();
    const auto skill = std::find_if(routes.cbegin(), routes.cend(), [](const QString &r) { return r.startsWith(u"skill:"); });
    QVERIFY(skill != routes.cend());
    QVERIFY(runner.openRoute(*skill));
    QQuickItem *body = findItem(u"skillBody"_s);
    QVERIFY(body);
    // The body is escaped rich text with the one web link as a link and the file link as text.
    const QString html = body->property("text").toString();
    QVERIFY2(html.contains(u"&lt;img"_s) && html.contains(u"<a href=\"http://127.0.0.1"_s), qPrintable(html.left(400)));
    QVERIFY(!html.contains(u"file:///etc/passwd\""_s));

    // Activating a link asks; the address is shown in full as plain text.
    const QString target = u"http://127.0.0.1:%1/link"_s.arg(m_server.serverPort());
    QVERIFY(QMetaObject::invokeMethod(body, "linkActivated", Q_ARG(QString, target)));
    pumpFor(100);
    QObject *dialog = nullptr;
    for (QObject *o : body->parentItem()->findChildren<QObject *>(u"linkDialog"_s))
        if (o->property("opened").toBool() || o->property("visible").toBool())
            dialog = o;
    QVERIFY(dialog);
    QCOMPARE(dialog->property("url").toString(), target);
    QTRY_VERIFY(dialog->property("opened").toBool());
    QQuickItem *shown = findItem(u"linkDialogUrl"_s);
    QVERIFY(shown);
    QCOMPARE(shown->property("text").toString(), target);
    QCOMPARE(shown->property("textFormat").toInt(), int(Qt::PlainText));
    QVERIFY(QMetaObject::invokeMethod(dialog, "reject"));
    pumpFor(400);
    QCOMPARE(m_connections, 0);

    // Even when asked directly, only http(s) opens.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused to open a link"_s));
    QVERIFY(!maharat::UiApp::instance()->openLink(u"file:///etc/passwd"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused to open a link"_s));
    QVERIFY(!maharat::UiApp::instance()->openLink(u"qrc:/qt/qml/Maharat/Main.qml"_s));
}

void TestHostileUi::cleanupTestCase()
{
    m_engine.reset();
    m_context.reset();
}

QTEST_MAIN(TestHostileUi)
#include "tst_hostileui.moc"
