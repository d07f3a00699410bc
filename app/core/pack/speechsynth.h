#pragma once
#include <QByteArray>
#include <QString>

namespace maharat {

// Offline speech for phrasing lines: espeak-ng renders WAV, opusenc encodes mono Ogg Opus at
// 12 kbit/s with 60 ms frames: Opus's speech mode, plenty for espeak's narrow-band voices, and
// what keeps ~700 clips in three languages within the 15 MB budget of the bundled packs. Results are cached by a hash of tool settings and text, so a
// rebuild only synthesizes changed lines and the same text always yields the same bytes.
class SpeechSynth
{
public:
    explicit SpeechSynth(QString cacheDir);

    // Whether espeak-ng and opusenc are on PATH.
    static bool available(QString *missing = nullptr);
    // Returns the Ogg Opus bytes, or an empty array with *error set.
    QByteArray synthesize(const QString &lang, const QString &text, QString *error) const;

private:
    QString m_cacheDir;
};

} // namespace maharat
