#pragma once
#include <QByteArray>
#include <QString>

namespace maharat {

// Offline speech for phrasing lines: espeak-ng renders WAV, opusenc encodes mono Ogg Opus at
// 24 kbit/s (speech quality). Results are cached by a hash of tool settings and text, so a
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
