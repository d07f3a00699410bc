// Desktop window behaviour without a desktop: the single-instance channel over a real local
// socket, and where the window opens (comfortable size, remembered per screen, kept on screen).
#include "instancechannel.h"
#include "windowplacement.h"

#include <QGuiApplication>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace Qt::StringLiterals;
using maharat::InstanceChannel;
using maharat::WindowPlacement;

class TestWindow : public QObject
{
    Q_OBJECT
private slots:
    void secondLaunchHandsFilesOver();
    void otherDataFolderIsAnotherInstance();
    void strayClientsAreIgnored();
    void staleSocketIsReplaced();
    void fileArgumentsBecomeAbsolute();
    void comfortableSize_data();
    void comfortableSize();
    void firstOpenIsComfortableOnTheScreen();
    void placementIsRememberedPerScreen();
    void savedPlacementIsBroughtBackOnScreen();
};

void TestWindow::secondLaunchHandsFilesOver()
{
    QTemporaryDir dir;
    InstanceChannel first(dir.path());
    QSignalSpy received(&first, &InstanceChannel::filesReceived);
    QCOMPARE(first.forwardOrListen({}), InstanceChannel::Outcome::Listening);

    const QStringList files{u"/home/a/Downloads/team.skillpack"_s, u"/media/usb/پک مهارت.skillpack"_s};
    InstanceChannel second(dir.path());
    QCOMPARE(second.forwardOrListen(files), InstanceChannel::Outcome::Forwarded);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), files);

    // A launch without files only asks for the window.
    InstanceChannel third(dir.path());
    QCOMPARE(third.forwardOrListen({}), InstanceChannel::Outcome::Forwarded);
    QTRY_COMPARE(received.size(), 2);
    QVERIFY(received.at(1).at(0).toStringList().isEmpty());
}

void TestWindow::otherDataFolderIsAnotherInstance()
{
    QTemporaryDir a, b;
    QVERIFY(InstanceChannel::serverName(a.path()) != InstanceChannel::serverName(b.path()));
    QCOMPARE(InstanceChannel::serverName(a.path()), InstanceChannel::serverName(a.path() + u"/./"_s));
    InstanceChannel first(a.path());
    QCOMPARE(first.forwardOrListen({}), InstanceChannel::Outcome::Listening);
    InstanceChannel other(b.path());
    QCOMPARE(other.forwardOrListen({u"/x.skillpack"_s}), InstanceChannel::Outcome::Listening);
}

void TestWindow::strayClientsAreIgnored()
{
    QTemporaryDir dir;
    InstanceChannel channel(dir.path());
    QSignalSpy received(&channel, &InstanceChannel::filesReceived);
    QCOMPARE(channel.forwardOrListen({}), InstanceChannel::Outcome::Listening);
    const auto sendRaw = [&](const QByteArray &bytes) {
        QLocalSocket s;
        s.connectToServer(InstanceChannel::serverName(dir.path()));
        QVERIFY(s.waitForConnected(1000));
        s.write(bytes);
        while (s.bytesToWrite() > 0 && s.waitForBytesWritten(1000)) {
        }
        s.disconnectFromServer();
    };
    sendRaw("GET / HTTP/1.0\n/etc/passwd\n");                                  // no header line
    sendRaw("maharat-open-1\n" + QByteArray(InstanceChannel::MaxBytes, 'a')); // over the cap
    sendRaw("maharat-open-1\nrelative/path.skillpack\n/ok.skillpack\n");     // relative paths dropped
    QTRY_COMPARE(received.size(), 1);
    QTest::qWait(200);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), QStringList{u"/ok.skillpack"_s});
}

void TestWindow::staleSocketIsReplaced()
{
    QTemporaryDir dir;
    // A crashed first instance leaves its socket file behind, and nobody answers on it.
    const QString path = QDir::temp().filePath(InstanceChannel::serverName(dir.path()));
    QFile stale(path);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    InstanceChannel channel(dir.path());
    QCOMPARE(channel.forwardOrListen({}), InstanceChannel::Outcome::Listening);
    InstanceChannel second(dir.path());
    QCOMPARE(second.forwardOrListen({}), InstanceChannel::Outcome::Forwarded);
}

void TestWindow::fileArgumentsBecomeAbsolute()
{
    const QStringList files =
        maharat::absoluteFileArguments({u"team.skillpack"_s, u"/abs/x.skillpack"_s, u"file:///tmp/y%20z.skillpack"_s});
    QCOMPARE(files.size(), 3);
    QCOMPARE(files[0], QDir::current().absoluteFilePath(u"team.skillpack"_s));
    QCOMPARE(files[1], u"/abs/x.skillpack"_s);
    QCOMPARE(files[2], u"/tmp/y z.skillpack"_s);
}

void TestWindow::comfortableSize_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("size");
    QTest::newRow("laptop 1280x800") << QRect(0, 0, 1280, 800) << QSize(1024, 680);
    QTest::newRow("laptop, panel on top") << QRect(0, 32, 1366, 736) << QSize(1092, 640);
    QTest::newRow("large monitor") << QRect(1920, 0, 2560, 1440) << QSize(1400, 940);
    QTest::newRow("tiny screen") << QRect(0, 0, 320, 480) << QSize(320, 480);
}

void TestWindow::comfortableSize()
{
    QFETCH(QRect, available);
    QFETCH(QSize, size);
    const QRect r = WindowPlacement::comfortable(available);
    QCOMPARE(r.size(), size);
    QVERIFY(available.contains(r));
    // Centred, so the wide layout (side bar, two columns) opens in the middle of the screen.
    QVERIFY(qAbs(r.center().x() - available.center().x()) <= 1);
    QVERIFY(qAbs(r.center().y() - available.center().y()) <= 1);
    // Wide enough for the two-column layout wherever the screen allows it.
    if (available.width() >= 1000)
        QVERIFY(r.width() >= 700);
}

void TestWindow::firstOpenIsComfortableOnTheScreen()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    WindowPlacement placement(settings);
    QScreen *screen = placement.lastScreen();
    QCOMPARE(screen, QGuiApplication::primaryScreen());
    const WindowPlacement::Placement p = placement.placementFor(screen);
    QCOMPARE(p.geometry, WindowPlacement::comfortable(screen->availableGeometry()));
    QVERIFY(!p.maximized);
}

void TestWindow::placementIsRememberedPerScreen()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"settings.ini"_s);
    QScreen *screen = QGuiApplication::primaryScreen();
    const QRect avail = screen->availableGeometry();
    const QRect chosen(avail.x() + 10, avail.y() + 20, avail.width() / 2, avail.height() / 2);
    {
        QSettings settings(ini, QSettings::IniFormat);
        WindowPlacement placement(settings);
        QWindow window;
        window.setGeometry(chosen);
        placement.save(window, chosen);
    }
    QSettings settings(ini, QSettings::IniFormat);
    WindowPlacement placement(settings);
    QCOMPARE(placement.lastScreen(), screen);
    const WindowPlacement::Placement p = placement.placementFor(screen);
    QCOMPARE(p.geometry, chosen);
    QVERIFY(!p.maximized);
    // Stored under this screen's name and size: another monitor starts from its own default.
    QVERIFY(settings.contains(u"window/"_s + WindowPlacement::screenKey(screen) + u"/geometry"_s));
    settings.setValue(u"window/"_s + WindowPlacement::screenKey(screen) + u"/maximized"_s, true);
    QVERIFY(placement.placementFor(screen).maximized);
    QCOMPARE(placement.placementFor(screen).geometry, chosen); // the size to restore to
}

void TestWindow::savedPlacementIsBroughtBackOnScreen()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    QScreen *screen = QGuiApplication::primaryScreen();
    const QRect avail = screen->availableGeometry();
    const QString key = u"window/"_s + WindowPlacement::screenKey(screen) + u"/geometry"_s;
    WindowPlacement placement(settings);

    // Half off the right edge: moved back, size kept.
    settings.setValue(key, QRect(avail.right() - 100, avail.y(), 300, 300));
    QRect g = placement.placementFor(screen).geometry;
    QCOMPARE(g.size(), QSize(300, 300));
    QVERIFY(avail.contains(g));
    // Larger than the screen now (it was saved on a bigger one): shrunk to fit.
    settings.setValue(key, QRect(avail.topLeft(), avail.size() * 2));
    g = placement.placementFor(screen).geometry;
    QVERIFY(avail.contains(g));
    // Entirely elsewhere (a screen that is gone): the comfortable default.
    settings.setValue(key, QRect(avail.right() + 5000, 0, 400, 400));
    QCOMPARE(placement.placementFor(screen).geometry, WindowPlacement::comfortable(avail));
    // Nonsense in the file (hand-edited): the default, no crash.
    settings.setValue(key, u"not a rect"_s);
    QCOMPARE(placement.placementFor(screen).geometry, WindowPlacement::comfortable(avail));
}

QTEST_MAIN(TestWindow)

#include "tst_window.moc"
