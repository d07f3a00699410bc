// Memory soak (issue 12): the real window opens 1,000 pages in one process (every route the
// bundled packs offer, in turn) and prints the resident set size after 50 and after 1,000. A
// page view that keeps memory shows as a ratio well above 1.
#include "appcontext.h"
#include "offlinenetwork.h"
#include "pagerunner.h"
#include "processmemory.h"
#include "uiapp.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

Q_IMPORT_QML_PLUGIN(MaharatPlugin)

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    const int pages = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTextStream out(stdout);

    QTemporaryDir data;
    maharat::AppContext context(data.path(), {QStringLiteral(MAHARAT_BENCH_PACKS_DIR)});
    if (context.library().packs().isEmpty()) {
        out << "no packs in " << MAHARAT_BENCH_PACKS_DIR << ": build the `packs` target first\n";
        return 1;
    }
    maharat::UiApp::setInitialLanguage(u"en"_s);
    maharat::UiApp::loadFonts();
    QQuickStyle::setStyle(u"Material"_s);
    QQmlApplicationEngine engine;
    maharat::prepareEngine(engine);
    engine.load(QUrl(u"qrc:/qt/qml/Maharat/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;

    // Driven by the application's own event loop, as a person tapping through pages would: a
    // page closed by the StackView is freed by that loop (deleteLater), nothing else helps.
    QObject *window = engine.rootObjects().first();
    const QStringList routes = maharat::PageRunner::allRoutes();
    out << "routes: " << routes.size() << ", pages: " << pages << Qt::endl;
    qint64 at50 = 0;
    qint64 peak = 0;
    int opened = 0;
    QTimer step;
    step.setInterval(20);
    QObject::connect(&step, &QTimer::timeout, &app, [&] {
        if (opened == pages) {
            step.stop();
            app.quit();
            return;
        }
        QVariant ok;
        QMetaObject::invokeMethod(window, "openRoute", Q_RETURN_ARG(QVariant, ok),
                                  Q_ARG(QVariant, routes[opened % routes.size()]));
        ++opened;
        const qint64 rss = maharat::residentBytes();
        peak = std::max(peak, rss);
        if (opened == 50)
            at50 = rss;
        if (opened % 100 == 0)
            out << "after " << opened << " pages: " << rss / (1024 * 1024) << " MB" << Qt::endl;
    });
    step.start();
    app.exec();
    const qint64 end = maharat::residentBytes();
    const double ratio = at50 > 0 ? double(end) / double(at50) : 0;
    out << "RSS after 50 pages: " << at50 / (1024 * 1024) << " MB\n"
        << "RSS after " << pages << " pages: " << end / (1024 * 1024) << " MB (peak " << peak / (1024 * 1024) << " MB)\n"
        << "ratio: " << QString::number(ratio, 'f', 2) << " (goal <= 1.30: " << (ratio <= 1.3 ? "met" : "NOT met") << ")\n";
    out << "{\"rss50\":" << at50 << ",\"rssEnd\":" << end << ",\"pages\":" << pages << ",\"ratio\":" << ratio << "}\n";
    return ratio <= 1.3 ? 0 : 1;
}
