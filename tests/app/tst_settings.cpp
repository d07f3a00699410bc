// settings.ini is the user's file: whatever is in it, the settings the app uses are valid
// (a theme the settings page offers, a playback speed the player can use).
#include "appcontext.h"
#include "settingsvalues.h"
#include "uisettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void hostileValuesFallBackToDefaults_data();
    void hostileValuesFallBackToDefaults();
    void validValuesAreKept();
};

void TestSettings::hostileValuesFallBackToDefaults_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::newRow("unknown words") << QByteArray("[ui]\ntheme=purple\ntextScale=huge\nlatinDigits=maybe\n"
                                                 "[audio]\nrate=fast\n[quiz]\nretention=high\nlistenOnly=2\n");
    QTest::newRow("out of range") << QByteArray("[ui]\ntheme=\ntextScale=50\n[audio]\nrate=-1\n[quiz]\nretention=2\n");
    QTest::newRow("not numbers") << QByteArray("[ui]\ntextScale=nan\n[audio]\nrate=inf\n[quiz]\nretention=-inf\n");
    QTest::newRow("zero speed") << QByteArray("[audio]\nrate=0\n[ui]\ntextScale=0\n");
    QTest::newRow("garbage file") << QByteArray("\x01\x02[[[\n=\n\xff\xfe");
}

void TestSettings::hostileValuesFallBackToDefaults()
{
    QFETCH(QByteArray, ini);
    QTemporaryDir dir;
    QFile f(QDir(dir.path()).filePath(u"settings.ini"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ini);
    f.close();
    AppContext ctx(dir.path(), {});
    UiSettings settings;
    QCOMPARE(settings.theme(), u"system"_s);
    QCOMPARE(settings.playbackRate(), 1.0);
    QCOMPARE(settings.textScale(), 1.0);
    QCOMPARE(settings.targetRetention(), 0.9);
    QCOMPARE(settings.latinDigits(), false);
    QCOMPARE(settings.listenOnly(), false);
}

void TestSettings::validValuesAreKept()
{
    QTemporaryDir dir;
    QFile f(QDir(dir.path()).filePath(u"settings.ini"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[ui]\ntheme=dark\ntextScale=1.5\nlatinDigits=true\n[audio]\nrate=0.75\n[quiz]\nretention=0.85\nlistenOnly=true\n");
    f.close();
    AppContext ctx(dir.path(), {});
    UiSettings settings;
    QCOMPARE(settings.theme(), u"dark"_s);
    QCOMPARE(settings.playbackRate(), 0.75);
    QCOMPARE(settings.textScale(), 1.5);
    QCOMPARE(settings.targetRetention(), 0.85);
    QVERIFY(settings.latinDigits());
    QVERIFY(settings.listenOnly());
    settings.setPlaybackRate(-2.0); // and the setters refuse what the page does not offer
    QCOMPARE(settings.playbackRate(), 0.75);
    settings.setTheme(u"purple"_s);
    QCOMPARE(settings.theme(), u"dark"_s);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
