#pragma once
#include <QBuffer>
#include <QObject>
#include <QQmlEngine>
#include <memory>

class QMediaPlayer;
class QAudioOutput;

namespace maharat {

struct MediaInfo;
struct LoadedPack;

// The QML singleton `Audio`: one clip at a time, played from the pack's blob through a QBuffer.
// Clips are named "pack.id/media.id". With no audio output (CI, a desktop without a sound
// server) it says so instead of failing silently.
class AudioPlayer : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Audio)
    QML_SINGLETON
    Q_PROPERTY(QString currentClip READ currentClip NOTIFY stateChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY stateChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    Q_PROPERTY(qint64 position READ position NOTIFY positionChanged)
    Q_PROPERTY(qint64 duration READ duration NOTIFY stateChanged)
    Q_PROPERTY(bool outputAvailable READ outputAvailable NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)

public:
    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;
    static AudioPlayer *create(QQmlEngine *, QJSEngine *);

    QString currentClip() const { return m_clip; }
    bool playing() const;
    bool loaded() const;
    qint64 position() const;
    // The player's duration once loaded, else the duration the pack recorded.
    qint64 duration() const;
    bool outputAvailable() const;
    QString error() const { return m_error; }

    // Loads the clip without playing it (ready to play; also how tests check decoding).
    Q_INVOKABLE bool load(const QString &clipRef);
    Q_INVOKABLE void play(const QString &clipRef);
    // Space on a focused play button: start, pause or resume that clip.
    Q_INVOKABLE void toggle(const QString &clipRef);
    Q_INVOKABLE void stop();
    Q_INVOKABLE qint64 recordedDuration(const QString &clipRef) const;
    Q_INVOKABLE void clearError();

signals:
    void stateChanged();
    void positionChanged();

private:
    QMediaPlayer *player();
    void setError(const QString &message);
    void applyRate();
    const MediaInfo *find(const QString &clipRef, const LoadedPack **pack) const;

    std::unique_ptr<QMediaPlayer> m_player;
    std::unique_ptr<QAudioOutput> m_output;
    QBuffer m_buffer;
    QByteArray m_data;
    QString m_clip;
    QString m_error;
    qint64 m_recordedMs = 0;
};

} // namespace maharat
