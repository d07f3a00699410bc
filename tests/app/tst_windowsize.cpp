// --size: a clear message for a bad value and a sane upper bound (100000x100000 used to reach
// 9.9 GB), checked both in the parser and through the real executable.
#include "windowsize.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWindowSize : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void badSizeIsAUsageErrorWithAMessage_data();
    void badSizeIsAUsageErrorWithAMessage();
};

void TestWindowSize::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("size");
    QTest::newRow("phone") << u"360x640"_s << QSize(360, 640);
    QTest::newRow("desktop, capital X") << u"1280X800"_s << QSize(1280, 800);
    QTest::newRow("8K") << u"7680x4320"_s << QSize(7680, 4320);
    QTest::newRow("empty") << u""_s << QSize();
    QTest::newRow("one number") << u"360"_s << QSize();
    QTest::newRow("words") << u"big"_s << QSize();
    QTest::newRow("negative") << u"-360x640"_s << QSize();
    QTest::newRow("zero") << u"0x0"_s << QSize();
    QTest::newRow("tiny") << u"10x10"_s << QSize();
    QTest::newRow("huge") << u"100000x100000"_s << QSize();
    QTest::newRow("one huge side") << u"8193x200"_s << QSize();
    QTest::newRow("too many pixels") << u"8192x8192"_s << QSize();
    QTest::newRow("overflow") << u"99999999999x1"_s << QSize();
}

void TestWindowSize::parses()
{
    QFETCH(QString, text);
    QFETCH(QSize, size);
    QString error;
    const auto parsed = maharat::parseWindowSize(text, &error);
    if (size.isValid()) {
        QVERIFY(parsed);
        QCOMPARE(*parsed, size);
    } else {
        QVERIFY(!parsed);
        QVERIFY(error.contains(u"--size"_s));
        QVERIFY(error.contains(u"360x640"_s)); // says what is accepted
    }
}

void TestWindowSize::badSizeIsAUsageErrorWithAMessage_data()
{
    QTest::addColumn<QString>("size");
    QTest::newRow("words") << u"big"_s;
    QTest::newRow("huge") << u"100000x100000"_s;
}

void TestWindowSize::badSizeIsAUsageErrorWithAMessage()
{
    QFETCH(QString, size);
    QProcess app;
    app.start(QStringLiteral(MAHARAT_EXE), {u"--screenshot"_s, u"/nonexistent/out.png"_s, u"--size"_s, size});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY2(app.readAllStandardError().contains("--size"), "no message");
}

QTEST_GUILESS_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
