#include "packbuilder.h"

#include "oggopus.h"
#include "packreader.h"
#include "packvalidator.h"
#include "packwriter.h"
#include "sourcecompiler.h"
#include "speechsynth.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QThread>
#include <future>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

struct ClipOutcome {
    QByteArray data;
    QString error;
};

ClipOutcome produce(const MediaJob &job, const SpeechSynth &synth, bool synthesize)
{
    ClipOutcome out;
    if (!job.recordedPath.isEmpty()) {
        QFile f(job.recordedPath);
        if (!f.open(QIODevice::ReadOnly))
            out.error = u"cannot read "_s + job.recordedPath;
        else if (f.size() > packlimits::MediaBytes)
            out.error = u"recorded clip larger than 2 MiB: "_s + job.recordedPath;
        else
            out.data = f.readAll();
    } else if (synthesize) {
        out.data = synth.synthesize(job.lang, job.text, &out.error);
    }
    return out;
}

} // namespace

BuildResult buildPack(const QString &srcDir, const QString &outPath, const BuildOptions &options)
{
    BuildResult result;
    CompiledSource src = compileSource(srcDir);
    if (!src.errors.isEmpty()) {
        result.errors = src.errors;
        return result;
    }
    const bool needSynth = options.synthesize
                           && std::any_of(src.media.cbegin(), src.media.cend(),
                                          [](const MediaJob &j) { return j.recordedPath.isEmpty(); });
    QString missing;
    if (needSynth && !SpeechSynth::available(&missing)) {
        result.failure = missing + u" is not installed; it is needed to synthesize the phrasing audio "
                                   "(or build with --no-synth)"_s;
        return result;
    }
    const SpeechSynth synth(options.audioCacheDir);

    // Clips are independent, and espeak-ng/opusenc are single-threaded: use every core.
    QList<ClipOutcome> outcomes(src.media.size());
    const int workers = std::max(1, QThread::idealThreadCount());
    std::vector<std::future<void>> running;
    for (int w = 0; w < workers; ++w) {
        running.push_back(std::async(std::launch::async, [&, w] {
            for (qsizetype i = w; i < src.media.size(); i += workers)
                outcomes[i] = produce(src.media[i], synth, options.synthesize);
        }));
    }
    for (auto &f : running)
        f.wait();

    QList<MediaBlob> blobs;
    QSet<QString> produced;
    for (qsizetype i = 0; i < src.media.size(); ++i) {
        const MediaJob &job = src.media[i];
        const ClipOutcome &o = outcomes[i];
        if (!o.error.isEmpty()) {
            result.errors.append({job.file, job.line, o.error});
            continue;
        }
        if (o.data.isEmpty())
            continue;
        const auto ogg = inspectOggOpus(o.data);
        if (!ogg) {
            result.errors.append({job.file, job.line, u"not an Ogg Opus clip: "_s
                                                          + (job.recordedPath.isEmpty() ? u"synthesized"_s : job.recordedPath)});
            continue;
        }
        MediaInfo info{job.mediaId, allowedMediaMime(), ogg->durationMs,
                       QString::fromLatin1(QCryptographicHash::hash(o.data, QCryptographicHash::Sha256).toHex()),
                       o.data.size()};
        src.content.media.append(info);
        blobs.append(MediaBlob{info, o.data});
        produced.insert(job.mediaId);
    }
    if (!result.errors.isEmpty())
        return result;
    // Lines whose clip was skipped (--no-synth) keep no dangling reference.
    for (Skill &s : src.content.skills) {
        for (Example &ex : s.examples)
            for (ExampleText &t : ex.text) {
                if (!produced.contains(t.badMedia))
                    t.badMedia.clear();
                if (!produced.contains(t.goodMedia))
                    t.goodMedia.clear();
            }
        for (Question &q : s.questions)
            for (QuestionOption &o : q.options)
                for (auto it = o.media.begin(); it != o.media.end();)
                    it = produced.contains(it.value()) ? std::next(it) : o.media.erase(it);
    }
    src.content.sortByOrder();
    std::sort(blobs.begin(), blobs.end(), [](const MediaBlob &a, const MediaBlob &b) { return a.info.id < b.info.id; });

    if (const PackError e = validateContent(src.content)) {
        result.failure = e.message();
        return result;
    }
    if (const QString err = writePack(src.content, blobs, outPath); !err.isEmpty()) {
        result.failure = err;
        return result;
    }
    // What we wrote must pass exactly the checks every user's app will run.
    LoadedPack check;
    if (const PackError e = readPack(outPath, check)) {
        QFile::remove(outPath);
        result.failure = u"the written pack does not pass validation: "_s + e.message();
    }
    return result;
}

} // namespace maharat
