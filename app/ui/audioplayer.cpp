#include "audioplayer.h"

#include "appcontext.h"
#include "logging.h"
#include "packreader.h"
#include "uisettings.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QCoreApplication>
#include <QMediaDevices>
#include <QMediaPlayer>

using namespace Qt::StringLiterals;

namespace maharat {

AudioPlayer::AudioPlayer(QObject *parent) : QObject(parent)
{
    if (UiSettings *settings = UiSettings::instance())
        connect(settings, &UiSettings::changed, this, &AudioPlayer::applyRate);
}

QMediaPlayer *AudioPlayer::player()
{
    if (m_player)
        return m_player.get();
    // Made on the first clip, not with the singleton: the multimedia backend (GStreamer, the
    // sound server connection) costs start-up time and memory that reading a topic never needs.
    m_output = std::make_unique<QAudioOutput>();
    m_player = std::make_unique<QMediaPlayer>();
    m_player->setAudioOutput(m_output.get());
    connect(m_player.get(), &QMediaPlayer::playbackStateChanged, this, &AudioPlayer::stateChanged);
    connect(m_player.get(), &QMediaPlayer::mediaStatusChanged, this, &AudioPlayer::stateChanged);
    connect(m_player.get(), &QMediaPlayer::durationChanged, this, &AudioPlayer::stateChanged);
    connect(m_player.get(), &QMediaPlayer::positionChanged, this, &AudioPlayer::positionChanged);
    connect(m_player.get(), &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &detail) {
        qCWarning(lcAudio) << "playback error for" << m_clip << detail;
        //: Shown when a phrasing clip cannot be played
        setError(QCoreApplication::translate("Audio", "This clip cannot be played."));
    });
    return m_player.get();
}

AudioPlayer::~AudioPlayer()
{
    if (!m_player)
        return;
    // Qt 6.4's GStreamer backend crashes if the player is destroyed with media still loaded
    // (its decoder's pad-removed callback reaches a half-destroyed player): unload it first,
    // while the player is whole.
    m_player->stop();
    m_player->setSourceDevice(nullptr);
    m_player->setSource(QUrl());
}

AudioPlayer *AudioPlayer::create(QQmlEngine *, QJSEngine *)
{
    return new AudioPlayer;
}

bool AudioPlayer::playing() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

bool AudioPlayer::loaded() const
{
    if (!m_player)
        return false;
    const auto s = m_player->mediaStatus();
    return s == QMediaPlayer::LoadedMedia || s == QMediaPlayer::BufferedMedia || s == QMediaPlayer::EndOfMedia;
}

qint64 AudioPlayer::position() const
{
    return m_player ? m_player->position() : 0;
}

qint64 AudioPlayer::duration() const
{
    return m_player && m_player->duration() > 0 ? m_player->duration() : m_recordedMs;
}

bool AudioPlayer::outputAvailable() const
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

const MediaInfo *AudioPlayer::find(const QString &clipRef, const LoadedPack **pack) const
{
    AppContext *ctx = AppContext::instance();
    const qsizetype slash = clipRef.indexOf(u'/');
    if (!ctx || slash < 0)
        return nullptr;
    *pack = ctx->library().pack(QStringView(clipRef).first(slash));
    return *pack ? (*pack)->content.mediaInfo(QStringView(clipRef).sliced(slash + 1)) : nullptr;
}

qint64 AudioPlayer::recordedDuration(const QString &clipRef) const
{
    const LoadedPack *pack = nullptr;
    const MediaInfo *info = find(clipRef, &pack);
    return info ? info->durationMs : 0;
}

void AudioPlayer::setError(const QString &message)
{
    m_error = message;
    emit stateChanged();
}

void AudioPlayer::clearError()
{
    setError({});
}

void AudioPlayer::applyRate()
{
    if (!m_player)
        return;
    if (UiSettings *settings = UiSettings::instance())
        m_player->setPlaybackRate(settings->playbackRate());
}

bool AudioPlayer::load(const QString &clipRef)
{
    if (clipRef == m_clip && !m_data.isEmpty())
        return true;
    player()->stop();
    const LoadedPack *pack = nullptr;
    const MediaInfo *info = find(clipRef, &pack);
    QByteArray data;
    const PackError e = info ? readPackMedia(pack->path, *info, data) : PackError(PackError::ReadFailed);
    if (e) {
        qCWarning(lcAudio) << "cannot load clip" << clipRef << e.codeName();
        //: Shown when a clip's data could not be read from its pack
        setError(QCoreApplication::translate("Audio", "This clip cannot be loaded from its pack."));
        return false;
    }
    m_player->setSourceDevice(nullptr);
    m_buffer.close();
    m_data = data;
    m_buffer.setData(m_data);
    m_buffer.open(QIODevice::ReadOnly);
    m_clip = clipRef;
    m_recordedMs = info->durationMs;
    m_error.clear();
    // The URL only tells the backend the container: with an empty one GStreamer plays nothing.
    m_player->setSourceDevice(&m_buffer, QUrl(u"clip.opus"_s));
    applyRate();
    emit stateChanged();
    return true;
}

void AudioPlayer::play(const QString &clipRef)
{
    if (!outputAvailable()) {
        //: Shown when the device has no speaker or sound system to play clips on
        setError(QCoreApplication::translate("Audio", "No audio output is available on this device, so clips cannot be played."));
        return;
    }
    if (!load(clipRef))
        return;
    if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia)
        m_player->setPosition(0);
    m_player->play();
}

void AudioPlayer::toggle(const QString &clipRef)
{
    if (clipRef == m_clip && playing())
        m_player->pause();
    else
        play(clipRef);
}

void AudioPlayer::stop()
{
    if (m_player)
        m_player->stop();
}

} // namespace maharat
