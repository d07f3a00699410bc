#pragma once
#include <QObject>
#include <QQmlEngine>

namespace maharat {

// The QML singleton `Settings`: how the app looks and sounds, saved in the data folder.
class UiSettings : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Settings)
    QML_SINGLETON
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY changed)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY changed)
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    Q_PROPERTY(qreal playbackRate READ playbackRate WRITE setPlaybackRate NOTIFY changed)
    Q_PROPERTY(bool latinDigits READ latinDigits WRITE setLatinDigits NOTIFY changed)
    // Phrasing questions without their text: the learner judges by ear.
    Q_PROPERTY(bool listenOnly READ listenOnly WRITE setListenOnly NOTIFY changed)
    // FSRS target retention, 0.80–0.95.
    Q_PROPERTY(qreal targetRetention READ targetRetention WRITE setTargetRetention NOTIFY changed)

public:
    explicit UiSettings(QObject *parent = nullptr);
    ~UiSettings() override;
    static UiSettings *create(QQmlEngine *, QJSEngine *);
    static UiSettings *instance();

    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale); // 1.0–2.0
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme); // system | light | dark
    bool dark() const;
    qreal playbackRate() const { return m_playbackRate; }
    void setPlaybackRate(qreal rate); // 0.75 | 1.0 | 1.25
    bool latinDigits() const { return m_latinDigits; }
    void setLatinDigits(bool on);
    bool listenOnly() const { return m_listenOnly; }
    void setListenOnly(bool on);
    qreal targetRetention() const { return m_retention; }
    void setTargetRetention(qreal r);

signals:
    void changed();

private:
    void save(const QString &key, const QVariant &value);
    qreal m_textScale = 1.0;
    QString m_theme;
    qreal m_playbackRate = 1.0;
    bool m_latinDigits = false;
    bool m_listenOnly = false;
    qreal m_retention = 0.9;
};

} // namespace maharat
