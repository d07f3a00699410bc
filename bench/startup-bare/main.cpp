// The baseline of maharat-bench-startup-vs-bare: a bare Qt Quick Controls Material window with
// a toolbar and a list, built in the same tree with the same Qt, run the same way as the app
// (offscreen, software renderer). Same flags as the app: --exit-after-first-frame quits on the
// first drawn frame; --screenshot FILE draws and saves one frame.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <cstdio>

using namespace Qt::StringLiterals;

static const char bareQml[] = R"(
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

ApplicationWindow {
    width: 360
    height: 640
    visible: true
    title: "Bare"
    header: ToolBar {
        Label { anchors.centerIn: parent; text: "Bare window"; color: "white" }
    }
    ListView {
        anchors.fill: parent
        model: 50
        delegate: ItemDelegate { width: ListView.view.width; text: "Item " + modelData }
    }
}
)";

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QQuickStyle::setStyle(u"Material"_s);
    QQmlApplicationEngine engine;
    engine.loadData(QByteArray(bareQml), QUrl(u"qrc:/bare.qml"_s));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    if (args.contains(u"--exit-after-first-frame"_s)) {
        // As the app does: one line when the frame is drawn, which the benchmark times.
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&app] {
            std::fputs("first frame\n", stdout);
            std::fflush(stdout);
            app.quit();
        }, Qt::QueuedConnection);
        return app.exec();
    }
    const qsizetype shot = args.indexOf(u"--screenshot"_s);
    if (shot >= 0 && shot + 1 < args.size())
        return window->grabWindow().save(args[shot + 1], "PNG") ? 0 : 1;
    return app.exec();
}
