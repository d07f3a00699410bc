#include "speechsynth.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

struct Voice {
    QString name;
    int wordsPerMinute;
};

// espeak-ng's default 175 wpm is hard to follow in fa and ar, whose voices run together.
Voice voiceFor(const QString &lang)
{
    if (lang == u"fa")
        return {u"fa"_s, 140};
    if (lang == u"ar")
        return {u"ar"_s, 140};
    return {u"en-us"_s, 155};
}

bool run(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        *error = program + u" failed: "_s + QString::fromLocal8Bit(p.readAll()).trimmed().left(300);
        return false;
    }
    return true;
}

} // namespace

SpeechSynth::SpeechSynth(QString cacheDir) : m_cacheDir(std::move(cacheDir)) {}

bool SpeechSynth::available(QString *missing)
{
    for (const QString &tool : {u"espeak-ng"_s, u"opusenc"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            if (missing)
                *missing = tool;
            return false;
        }
    }
    return true;
}

QByteArray SpeechSynth::synthesize(const QString &lang, const QString &text, QString *error) const
{
    const Voice voice = voiceFor(lang);
    const QByteArray key = QCryptographicHash::hash(
        (u"espeak-ng|"_s + voice.name + u'|' + QString::number(voice.wordsPerMinute) + u"|opus12f60|"_s + text).toUtf8(),
        QCryptographicHash::Sha256);
    const QString cached = QDir(m_cacheDir).filePath(QString::fromLatin1(key.toHex()) + u".opus"_s);
    QFile hit(cached);
    if (hit.open(QIODevice::ReadOnly))
        return hit.readAll();

    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        *error = u"cannot create a temporary folder"_s;
        return {};
    }
    const QString txt = tmp.filePath(u"line.txt"_s), wav = tmp.filePath(u"line.wav"_s),
                  opus = tmp.filePath(u"line.opus"_s);
    QFile t(txt);
    if (!t.open(QIODevice::WriteOnly) || t.write(text.toUtf8()) < 0) {
        *error = u"cannot write "_s + txt;
        return {};
    }
    t.close();
    // A fixed Ogg serial number derived from the text keeps the output byte-identical.
    const quint32 serial = (quint32(quint8(key[0])) << 24 | quint32(quint8(key[1])) << 16
                            | quint32(quint8(key[2])) << 8 | quint32(quint8(key[3]))) & 0x7fffffff;
    if (!run(u"espeak-ng"_s, {u"-v"_s, voice.name, u"-s"_s, QString::number(voice.wordsPerMinute),
                              u"-w"_s, wav, u"-f"_s, txt}, error)
        || !run(u"opusenc"_s, {u"--quiet"_s, u"--bitrate"_s, u"12"_s, u"--framesize"_s, u"60"_s,
                               u"--downmix-mono"_s, u"--serial"_s,
                               QString::number(serial), wav, opus}, error))
        return {};
    QFile out(opus);
    if (!out.open(QIODevice::ReadOnly)) {
        *error = u"opusenc wrote nothing"_s;
        return {};
    }
    const QByteArray data = out.readAll();
    QDir().mkpath(m_cacheDir);
    QSaveFile save(cached);
    if (save.open(QIODevice::WriteOnly) && save.write(data) == data.size())
        save.commit();
    else
        qCWarning(lcPack) << "cannot cache synthesized clip in" << m_cacheDir;
    return data;
}

} // namespace maharat
