// maharat: wires the packs, the QML engine and the command line together; no logic of its own.
#include "appcontext.h"
#include "catalogcli.h"
#include "instancechannel.h"
#include "packcommands.h"
#include "offlinenetwork.h"
#include "pagerunner.h"
#include "uiapp.h"
#include "windowplacement.h"
#include "windowsize.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(MaharatPlugin)

using namespace Qt::StringLiterals;

// --import / --list-packs: no window, no GUI platform (provisioning over ssh, scripts).
static int runLibraryCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"maharat"_s);
    QCoreApplication::setOrganizationName(u"Maharat"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Maharat pack library (headless)"_s);
    parser.addHelpOption();
    const QCommandLineOption dataDir(u"data-dir"_s, u"Folder for settings, progress and installed packs."_s, u"dir"_s);
    const QCommandLineOption packsDir(u"packs-dir"_s, u"Extra folder of .skillpack files."_s, u"dir"_s);
    const QCommandLineOption import(u"import"_s, u"Install the pack files given as arguments."_s);
    const QCommandLineOption trustKey(u"trust-key"_s, u"Accept packs signed by this minisign public key."_s, u"KEY.pub"_s);
    const QCommandLineOption allowUnsigned(u"allow-unsigned"_s, u"Install unsigned packs too."_s);
    const QCommandLineOption list(u"list-packs"_s, u"List the installed packs."_s);
    const QCommandLineOption json(u"json"_s, u"With --list-packs: JSON output."_s);
    parser.addOptions({dataDir, packsDir, import, trustKey, allowUnsigned, list, json});
    parser.addPositionalArgument(u"files"_s, u"Pack files to import."_s, u"[FILE...]"_s);
    parser.process(app);

    const QString data = parser.isSet(dataDir)
                             ? parser.value(dataDir)
                             : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QList<maharat::Library::Folder> folders{{maharat::AppContext::bundledPacksDir(), true},
                                            {data + u"/packs"_s, false}};
    if (parser.isSet(packsDir))
        folders.append({parser.value(packsDir), true});
    QTextStream out(stdout), err(stderr);
    if (parser.isSet(import)) {
        maharat::packcommands::ImportOptions options;
        options.files = parser.positionalArguments();
        options.trustKeyFiles = parser.values(trustKey);
        options.allowUnsigned = parser.isSet(allowUnsigned);
        if (options.files.isEmpty()) {
            err << "--import needs at least one file\n";
            return 2;
        }
        return maharat::packcommands::importFiles(data, folders, options, out, err);
    }
    return maharat::packcommands::listPacks(data, folders, parser.isSet(json), out);
}

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--import") == 0 || qstrcmp(argv[i], "--list-packs") == 0)
            return runLibraryCommand(argc, argv);

    // Headless modes must choose the platform and renderer before the application exists.
    bool headless = false;
    for (int i = 1; i < argc; ++i)
        headless |= qstrcmp(argv[i], "--screenshot") == 0 || qstrcmp(argv[i], "--self-test") == 0
                    || qstrcmp(argv[i], "--subscribe") == 0 || qstrcmp(argv[i], "--check-updates") == 0;
    if (headless) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    QGuiApplication app(argc, argv);
    // Offscreen runs (screenshots, self-test, headless commands) make no network request of their own.
    app.setProperty("maharatOffscreen", headless);
    QGuiApplication::setApplicationName(u"maharat"_s);
    QGuiApplication::setOrganizationName(u"Maharat"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(MAHARAT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Maharat: customer-service skills, offline, in Persian, Arabic and English"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(u"lang"_s, u"Interface language: fa, ar or en."_s, u"code"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Folder for settings and progress."_s, u"dir"_s);
    const QCommandLineOption packsDir(u"packs-dir"_s, u"Extra folder of .skillpack files."_s, u"dir"_s);
    const QCommandLineOption screenshot(u"screenshot"_s, u"Render offscreen to this PNG and exit."_s, u"file"_s);
    const QCommandLineOption page(u"page"_s, u"Route to open: home, category:<id>, skill:<id>."_s, u"route"_s,
                                  u"home"_s);
    const QCommandLineOption size(u"size"_s, u"Window size, e.g. 360x640."_s, u"WxH"_s, u"360x640"_s);
    const QCommandLineOption selfTest(u"self-test"_s, u"Open every page in every language; exit 1 on any QML warning."_s);
    const QCommandLineOption subscribe(u"subscribe"_s, u"Subscribe to a catalog (or refresh it) and exit."_s, u"url"_s);
    const QCommandLineOption checkUpdates(u"check-updates"_s, u"Check every subscribed catalog and exit."_s);
    const QCommandLineOption installAll(u"install-all"_s, u"With --subscribe or --check-updates: install every pack and update offered."_s);
    const QCommandLineOption acceptKey(u"accept-key"_s, u"With --subscribe and no key in the link: pin the server's key."_s);
    const QCommandLineOption firstFrame(u"exit-after-first-frame"_s,
                                        u"Quit as soon as the first frame is drawn (bench/startup)."_s);
    const QCommandLineOption loadedFrame(u"exit-when-loaded"_s,
                                         u"Quit at the first frame drawn once every pack is open (bench/startup)."_s);
    parser.addOptions({lang, dataDir, packsDir, screenshot, page, size, selfTest, subscribe, checkUpdates, installAll,
                       acceptKey, firstFrame, loadedFrame});
    parser.addPositionalArgument(u"files"_s, u"Pack files to install (a file manager's \"open with\")."_s,
                                 u"[FILE.skillpack...]"_s);
    parser.process(app);
    // Checked before anything loads: a bad size is a usage error with a message.
    QString sizeError;
    const auto windowSize = maharat::parseWindowSize(parser.value(size), &sizeError);
    if (parser.isSet(screenshot) && !windowSize) {
        qWarning("%s", qPrintable(sizeError));
        return 2;
    }

    const QString data = parser.isSet(dataDir)
                             ? parser.value(dataDir)
                             : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QStringList files = maharat::absoluteFileArguments(parser.positionalArguments());
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    constexpr bool desktop = false; // one full-screen window that the system manages
#else
    const bool desktop = !headless;
#endif
    // A second launch over the same data hands its files to the window already open.
    maharat::InstanceChannel channel(data);
    if (desktop && channel.forwardOrListen(files) == maharat::InstanceChannel::Outcome::Forwarded)
        return 0;
    QStringList packFolders{maharat::AppContext::bundledPacksDir(), data + u"/packs"_s};
    if (parser.isSet(packsDir))
        packFolders.append(parser.value(packsDir));
    const bool catalogCli = parser.isSet(subscribe) || parser.isSet(checkUpdates);
    // The window opens without waiting for the packs; the command line needs all of them first.
    maharat::AppContext context(data, packFolders,
                                catalogCli ? maharat::AppContext::LibraryLoad::Now
                                           : maharat::AppContext::LibraryLoad::Background);

    if (catalogCli) {
        QMap<QString, int> installed;
        for (const maharat::LoadedPack &p : context.library().packs())
            installed.insert(p.content.manifest.id, p.content.manifest.version);
        QTextStream out(stdout);
        return maharat::catalog::runCli({.dataDir = data,
                                         .subscribe = parser.value(subscribe),
                                         .installAll = parser.isSet(installAll),
                                         .acceptKey = parser.isSet(acceptKey),
                                         .folders = context.folders()},
                                        installed, out);
    }

    if (parser.isSet(lang))
        maharat::UiApp::setInitialLanguage(parser.value(lang));
    maharat::UiApp::loadFonts();
    QQuickStyle::setStyle(u"Material"_s);
    maharat::WindowPlacement placement(context.settings());
    const maharat::WindowPlacement::Placement place = placement.placementFor(placement.lastScreen());
    QQmlApplicationEngine engine;
    maharat::prepareEngine(engine);
    // Set before the window is first shown, so it never flashes at the phone size first.
    if (desktop)
        engine.setInitialProperties({{u"x"_s, place.geometry.x()}, {u"y"_s, place.geometry.y()},
                                     {u"width"_s, place.geometry.width()}, {u"height"_s, place.geometry.height()}});
    engine.load(QUrl(u"qrc:/qt/qml/Maharat/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()))
        QObject::connect(window, &QQuickWindow::frameSwapped, &context, &maharat::AppContext::windowShown,
                         Qt::SingleShotConnection);

    if (parser.isSet(firstFrame) || parser.isSet(loadedFrame)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window)
            return 1;
        const bool waitForPacks = parser.isSet(loadedFrame);
        // The line tells the benchmark when the frame was drawn; quitting afterwards may wait
        // for the pack being opened at that moment, which is not start-up time.
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&app, &context, waitForPacks] {
            if (waitForPacks && context.libraryLoading())
                return;
            std::fputs(waitForPacks ? "packs shown\n" : "first frame\n", stdout);
            std::fflush(stdout);
            app.quit();
        }, Qt::QueuedConnection);
        // The library's last change may need no new frame (nothing on screen changed).
        if (waitForPacks)
            QObject::connect(&context, &maharat::AppContext::libraryLoadingChanged, window, &QQuickWindow::update);
        return app.exec();
    }

    maharat::PageRunner runner(engine);
    if (desktop) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst())) {
            placement.restoreAndTrack(window, place);
            QObject::connect(&channel, &maharat::InstanceChannel::filesReceived, window,
                             [window, &runner](const QStringList &received) {
                                 window->raise();
                                 window->requestActivate();
                                 if (!received.isEmpty())
                                     runner.openFiles(received);
                             });
        }
    }
    // Routes come from the packs, so they are listed once every pack is open.
    if (parser.isSet(selfTest))
        return runner.waitForLibrary()
                       && runner.selfTest(maharat::PageRunner::allRoutes(), {QSize(360, 640), QSize(1280, 800)}) == 0
                   ? 0
                   : 1;
    if (parser.isSet(screenshot)) {
        runner.resize(*windowSize);
        if (!runner.openRoute(parser.value(page))) {
            qWarning("unknown route: %s", qPrintable(parser.value(page)));
            return 1;
        }
        // A file with --screenshot shows the import as it happens (its trust question, its error).
        if (!files.isEmpty())
            runner.openFiles(files);
        return runner.screenshot(parser.value(screenshot)) ? 0 : 1;
    }
    if (parser.isSet(page))
        runner.openRoute(parser.value(page));
    if (!files.isEmpty())
        runner.openFiles(files);
    return app.exec();
}
