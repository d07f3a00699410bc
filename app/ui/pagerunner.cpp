#include "pagerunner.h"

#include "appcontext.h"
#include "logging.h"
#include "uiapp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

QStringList s_messages;
QtMessageHandler s_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        s_messages.append(message);
    if (s_previous)
        s_previous(type, context, message);
}

QQuickWindow *windowOf(QQmlApplicationEngine &engine)
{
    const auto roots = engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
}

} // namespace

PageRunner::PageRunner(QQmlApplicationEngine &engine) : m_engine(engine) {}

void PageRunner::pump(int ms)
{
    QElapsedTimer t;
    t.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // processEvents() outside an event loop never runs deleteLater(): without this, every
        // page the runner closes (StackView destroys them that way) would stay in memory.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (ms > 0)
            QThread::msleep(5);
    } while (t.elapsed() < ms);
}

void PageRunner::settle()
{
    // Let bindings, layouts and deferred loads finish, then one more frame.
    QElapsedTimer t;
    t.start();
    pump(m_settleMs);
    // Pages that load in the background (search) say so; give them up to ten seconds.
    QQuickWindow *window = windowOf(m_engine);
    bool waited = false;
    while (window && window->property("busy").toBool() && t.elapsed() < 10000) {
        pump(5);
        waited = true;
    }
    if (waited)
        pump(100);
}

bool PageRunner::waitForLibrary()
{
    AppContext *ctx = AppContext::instance();
    QElapsedTimer t;
    t.start();
    while (ctx && ctx->libraryLoading() && t.elapsed() < 120000)
        pump(5);
    return !ctx || !ctx->libraryLoading();
}

bool PageRunner::openRoute(const QString &route)
{
    waitForLibrary();
    QQuickWindow *window = windowOf(m_engine);
    if (!window)
        return false;
    QVariant ok;
    QMetaObject::invokeMethod(window, "openRoute", Q_RETURN_ARG(QVariant, ok), Q_ARG(QVariant, route));
    settle();
    return ok.toBool();
}

bool PageRunner::openFiles(const QStringList &files)
{
    waitForLibrary();
    QQuickWindow *window = windowOf(m_engine);
    if (!window)
        return false;
    QVariantList urls;
    for (const QString &f : files)
        urls.append(QUrl::fromLocalFile(f));
    QVariant ok;
    QMetaObject::invokeMethod(window, "openFiles", Q_RETURN_ARG(QVariant, ok), Q_ARG(QVariant, QVariant(urls)));
    settle();
    return ok.toBool();
}

void PageRunner::resize(QSize size)
{
    if (QQuickWindow *window = windowOf(m_engine)) {
        window->resize(size);
        settle();
    }
}

bool PageRunner::screenshot(const QString &file)
{
    waitForLibrary();
    QQuickWindow *window = windowOf(m_engine);
    if (!window)
        return false;
    settle();
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(file, "PNG")) {
        qCWarning(lcUi) << "cannot write screenshot" << file;
        return false;
    }
    return true;
}

int PageRunner::selfTest(const QStringList &routes, const QList<QSize> &sizes)
{
    UiApp *app = UiApp::instance();
    if (!app || !windowOf(m_engine) || !waitForLibrary())
        return 1;
    s_messages.clear();
    s_previous = qInstallMessageHandler(collect);
    int problems = 0;
    QTextStream out(stdout);
    for (const QString &lang : app->languages()) {
        app->setLanguage(lang);
        for (const QSize &size : sizes) {
            resize(size);
            for (const QString &route : routes) {
                const qsizetype before = s_messages.size();
                const bool opened = openRoute(route);
                const qsizetype after = s_messages.size();
                if (!opened || after > before) {
                    ++problems;
                    out << "FAIL " << lang << ' ' << size.width() << 'x' << size.height() << ' ' << route
                        << (opened ? QString() : u" (route not opened)"_s) << '\n';
                    for (qsizetype i = before; i < after; ++i)
                        out << "    " << s_messages[i] << '\n';
                }
            }
        }
    }
    qInstallMessageHandler(s_previous);
    out << "self-test: " << routes.size() << " routes x " << app->languages().size() << " languages x "
        << sizes.size() << " sizes, " << problems << (problems == 1 ? " problem\n" : " problems\n");
    return problems;
}

QStringList PageRunner::allRoutes()
{
    QStringList routes{u"home"_s, u"search:"_s, u"search:angry customer"_s, u"search:مشتري عصباني"_s, u"search:angry custmer"_s, u"quiz"_s, u"refresher"_s, u"settings"_s, u"about"_s, u"catalogs"_s, u"packs"_s};
    AppContext *ctx = AppContext::instance();
    if (!ctx)
        return routes;
    for (const Library::CategoryRef &c : ctx->library().categories()) {
        const QString packId = c.pack->content.manifest.id;
        routes.append(u"category:"_s + packId + u'/' + c.category->id);
        for (const Library::SkillRef &s : ctx->library().skillsOf(c))
            routes.append(u"skill:"_s + packId + u'/' + s.skill->id);
        // One quiz per category is enough to cover the quiz screens' shapes.
        if (const auto skills = ctx->library().skillsOf(c); !skills.isEmpty())
            routes.append(u"quiz:"_s + packId + u'/' + skills.first().skill->id);
    }
    return routes;
}

} // namespace maharat
