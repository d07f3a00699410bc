// Catalog benchmark (docs/benchmarks.md): a catalog of 1,000 packs is verified and parsed, and
// the catalogs page renders it, each against a baseline measured in the same run: plain
// QJsonDocument parsing of the same bytes, and opening the settings page.
#include "benchutil.h"
#include "appcontext.h"
#include "catalog.h"
#include "catalogcheck.h"
#include "minisign.h"
#include "pagerunner.h"
#include "subscriptionstore.h"
#include "uiapp.h"

#include <QAbstractItemModel>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

Q_IMPORT_QML_PLUGIN(MaharatPlugin)

using namespace Qt::StringLiterals;
using bench::median;
using namespace maharat;

namespace {

constexpr int kPacks = 1000;
constexpr int kRuns = 15;

catalog::Catalog syntheticCatalog()
{
    catalog::Catalog c;
    c.sequence = 42;
    c.generated = QDateTime::currentDateTimeUtc().addDays(-1);
    c.generated = QDateTime::fromSecsSinceEpoch(c.generated.toSecsSinceEpoch(), Qt::UTC);
    c.expires = c.generated.addDays(30);
    c.publisher = u"Benchmark Org"_s;
    for (int i = 0; i < kPacks; ++i) {
        catalog::Entry e;
        e.id = u"org.bench.pack-%1"_s.arg(i);
        e.version = 1 + i % 7;
        e.languages = {u"fa"_s, u"ar"_s, u"en"_s};
        e.title = {{u"fa"_s, u"بستهٔ آموزشی شمارهٔ %1"_s.arg(i)}, {u"ar"_s, u"حزمة تدريبية رقم %1"_s.arg(i)},
                   {u"en"_s, u"Training pack number %1"_s.arg(i)}};
        // One short line per language: 1,000 packs must fit the 1 MiB catalog cap.
        e.description = {{u"en"_s, u"Greeting, listening, complaints."_s},
                         {u"fa"_s, u"خوشامد، گوش دادن، شکایت."_s},
                         {u"ar"_s, u"الترحيب والإصغاء والشكاوى."_s}};
        e.topics = {{u"fa"_s, 10 + i % 40}, {u"ar"_s, 10 + i % 40}, {u"en"_s, 10 + i % 40}};
        e.size = 100000 + qint64(i) * 7919;
        e.sha256 = QString::fromLatin1(QCryptographicHash::hash(e.id.toUtf8(), QCryptographicHash::Sha256).toHex());
        e.digest = QString::fromLatin1(QCryptographicHash::hash(e.title.value(u"en"_s).toUtf8(), QCryptographicHash::Sha256).toHex());
        e.signer = u"0123456789ABCDEF"_s;
        e.url = e.id + u"-"_s + QString::number(e.version) + u".skillpack"_s;
        c.packs.append(e);
    }
    return c;
}

template <typename F> double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// Opens a route and waits until the window has drawn it (grabWindow renders a frame).
double openAndRender(QQmlApplicationEngine &engine, const QString &route, const std::function<bool()> &ready)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    return timeMs([&] {
        QVariant ok;
        QMetaObject::invokeMethod(window, "openRoute", Q_RETURN_ARG(QVariant, ok), Q_ARG(QVariant, route));
        QElapsedTimer guard;
        guard.start();
        while (!ready() && guard.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        (void)window->grabWindow();
    });
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    app.setProperty("maharatOffscreen", true);
    QTextStream out(stdout);

    const catalog::Catalog c = syntheticCatalog();
    const QByteArray json = catalog::toJson(c);
    const minisign::SecretKey key = minisign::generateKey();
    const QByteArray sig = minisign::sign(key, json, u"bench"_s);

    QList<double> raw, strict;
    for (int i = 0; i < kRuns; ++i) {
        raw.append(timeMs([&] { (void)QJsonDocument::fromJson(json).object().size(); }));
        catalog::Catalog parsed;
        strict.append(timeMs([&] {
            if (const CatalogError e = catalog::checkCatalog(json, sig, key.publicKey(), 0, parsed))
                qFatal("the benchmark catalog was refused: %s", qPrintable(e.message()));
        }));
    }
    const double rawMs = median(raw), strictMs = median(strict);
    out << "catalog: " << kPacks << " packs, " << json.size() << " bytes\n"
        << "parse  QJsonDocument only (baseline): " << QString::number(rawMs, 'f', 2) << " ms\n"
        << "parse  verify + strict parse:         " << QString::number(strictMs, 'f', 2) << " ms  ("
        << QString::number(strictMs / rawMs, 'f', 1) << "x baseline)\n";
    out.flush();

    // A data folder subscribed to that catalog, as the app finds it after a check.
    QTemporaryDir data;
    catalog::SubscriptionStore store(data.path());
    catalog::Subscription s;
    s.url = QUrl(u"https://bench.example/packs/catalog.json"_s);
    s.key = key.publicKey();
    s.sequence = c.sequence;
    s.lastChecked = s.lastAttempt = QDateTime::currentDateTimeUtc();
    store.items().append(s);
    if (!store.save() || !store.storeCatalog(s.url, json, sig))
        qFatal("cannot write the benchmark data folder");

    QElapsedTimer startup;
    startup.start();
    AppContext context(data.path(), {});
    UiApp::setInitialLanguage(u"fa"_s);
    UiApp::loadFonts();
    QQuickStyle::setStyle(u"Material"_s);
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.load(QUrl(u"qrc:/qt/qml/Maharat/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    window->resize(360, 640);
    QObject *catalogs = engine.singletonInstance<QObject *>(qmlTypeId("Maharat", 1, 0, "Catalogs"));
    const auto offerCount = [&] {
        auto *model = catalogs ? catalogs->property("offers").value<QAbstractItemModel *>() : nullptr;
        return model ? model->rowCount() : 0;
    };
    while (offerCount() < kPacks && startup.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double loadedMs = double(startup.elapsed());

    QList<double> settings, catalogPage;
    const auto onPage = [&](const char *name) {
        return [&, name] {
            const QObject *stack = window->findChild<QObject *>(u"stack"_s);
            const QVariant top = stack ? stack->property("currentItem") : QVariant();
            const QObject *item = top.value<QObject *>();
            return item && item->objectName() == QLatin1String(name);
        };
    };
    for (int i = 0; i < kRuns; ++i) {
        openAndRender(engine, u"home"_s, onPage("homePage"));
        settings.append(openAndRender(engine, u"settings"_s, onPage("settingsPage")));
        openAndRender(engine, u"home"_s, onPage("homePage"));
        catalogPage.append(openAndRender(engine, u"catalogs"_s, onPage("catalogsPage")));
    }
    const double settingsMs = median(settings), catalogMs = median(catalogPage);
    out << "app start until the 1,000 offers are in the model: " << QString::number(loadedMs, 'f', 0) << " ms\n"
        << "render settings page (baseline):  " << QString::number(settingsMs, 'f', 1) << " ms\n"
        << "render catalogs page, 1,000 packs: " << QString::number(catalogMs, 'f', 1) << " ms  ("
        << QString::number(catalogMs / settingsMs, 'f', 2) << "x baseline)\n"
        << "parse + render: " << QString::number(strictMs + catalogMs, 'f', 1) << " ms (target 200 ms)\n";
    out << "{\"packs\":" << kPacks << ",\"bytes\":" << json.size() << ",\"parse_baseline_ms\":" << rawMs
        << ",\"parse_ms\":" << strictMs << ",\"render_baseline_ms\":" << settingsMs << ",\"render_ms\":" << catalogMs
        << "}\n";
    return 0;
}
