// The audio service on a machine that may have no sound server at all (CI): clips load from
// their pack, decode, report the duration the pack recorded, and "no output" is an error the
// user sees rather than silence.
#include "appcontext.h"
#include "audioplayer.h"
#include "packreader.h"
#include "packtestutil.h"

#include <QAudioDecoder>
#include <QAudioDevice>
#include <QBuffer>
#include <QMediaDevices>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

static const QString clip = u"org.maharat.test-mini/patience.wait.en.good"_s;

class TestAudio : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsClipAndReportsRecordedDuration();
    void clipDecodesToItsRecordedLength();
    void unknownClipIsAnError();
    void noOutputIsSaid();
    void cleanupTestCase() { m_context.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<maharat::AppContext> m_context;
};

void TestAudio::initTestCase()
{
    const QString packs = m_dir.filePath(u"packs"_s);
    QDir().mkpath(packs);
    QVERIFY(!testutil::buildMini(packs).isEmpty());
    m_context = std::make_unique<maharat::AppContext>(m_dir.filePath(u"data"_s), QStringList{packs});
}

void TestAudio::loadsClipAndReportsRecordedDuration()
{
    maharat::AudioPlayer player;
    const qint64 recorded = player.recordedDuration(clip);
    QVERIFY(recorded > 1000);
    QVERIFY(player.load(clip));
    QCOMPARE(player.currentClip(), clip);
    QVERIFY(player.error().isEmpty());
    // Before the backend has looked at the stream, the pack's figure stands in.
    QVERIFY(player.duration() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(player.loaded() || !player.error().isEmpty(), 10000);
    QVERIFY2(player.error().isEmpty(), qPrintable(player.error()));
    QVERIFY2(qAbs(player.duration() - recorded) <= 100,
             qPrintable(u"player says %1 ms, pack says %2 ms"_s.arg(player.duration()).arg(recorded)));
}

void TestAudio::clipDecodesToItsRecordedLength()
{
    // Decode the very bytes the player gets, independent of any output device.
    const maharat::LoadedPack &pack = m_context->library().packs().first();
    const maharat::MediaInfo *info = pack.content.mediaInfo(u"patience.wait.en.good");
    QVERIFY(info);
    QByteArray data;
    QCOMPARE(maharat::readPackMedia(pack.path, *info, data).code(), maharat::PackError::None);
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QAudioDecoder decoder;
    decoder.setSourceDevice(&buffer);
    qint64 decodedUs = 0;
    bool finished = false;
    connect(&decoder, &QAudioDecoder::bufferReady, this, [&] { decodedUs += decoder.read().duration(); });
    connect(&decoder, &QAudioDecoder::finished, this, [&] { finished = true; });
    decoder.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished || decoder.error() != QAudioDecoder::NoError, 10000);
    QCOMPARE(decoder.error(), QAudioDecoder::NoError);
    QVERIFY2(qAbs(decodedUs / 1000 - info->durationMs) <= 100,
             qPrintable(u"decoded %1 ms, pack says %2 ms"_s.arg(decodedUs / 1000).arg(info->durationMs)));
}

void TestAudio::unknownClipIsAnError()
{
    maharat::AudioPlayer player;
    QVERIFY(!player.load(u"org.maharat.test-mini/nothing.here"_s));
    QVERIFY(!player.error().isEmpty());
    QVERIFY(!player.load(u"no-such-pack/patience.wait.en.good"_s));
    QVERIFY(!player.error().isEmpty());
}

void TestAudio::noOutputIsSaid()
{
    maharat::AudioPlayer player;
    if (!QMediaDevices::audioOutputs().isEmpty())
        QSKIP("this machine has an audio output; the no-output path cannot be exercised");
    QVERIFY(!player.outputAvailable());
    player.play(clip);
    QVERIFY(!player.playing());
    QVERIFY(player.error().contains(u"audio output"_s));
}

QTEST_MAIN(TestAudio)
#include "tst_audio.moc"
