#pragma once
#include "packcontent.h"
#include "sourceparser.h"

#include <QList>
#include <QString>

namespace maharat {

// One audio clip the build must produce: synthesize `text`, or pack the recorded file.
struct MediaJob {
    QString mediaId;
    QString lang;
    QString text;
    QString recordedPath; // absolute; empty means synthesize
    QString file;         // source location, for messages
    int line = 0;
};

struct CompiledSource {
    PackContent content;    // media list still empty: filled once the jobs ran
    QList<MediaJob> media;
    QList<SourceError> errors;
    QList<SourceFile> files; // the parsed files, for lint
};

// Reads SRC_DIR/pack.manifest and every SRC_DIR/**/*.skill (sorted by path) into pack content.
// Every structural problem is reported with file and line; content is usable only when
// errors is empty.
CompiledSource compileSource(const QString &srcDir);

} // namespace maharat
