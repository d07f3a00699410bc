#pragma once
#include "sourceparser.h"

#include <QList>
#include <QString>

namespace maharat {

struct BuildOptions {
    QString audioCacheDir; // where synthesized clips are cached between builds
    bool synthesize = true; // false: lines without a recorded clip get none (fast test builds)
};

struct BuildResult {
    QList<SourceError> errors; // source problems, file:line
    QString failure;           // anything else (tools missing, disk full)
    bool ok() const { return errors.isEmpty() && failure.isEmpty(); }
};

// compile → produce clips → validate → write → re-read with the safe reader.
BuildResult buildPack(const QString &srcDir, const QString &outPath, const BuildOptions &options);

} // namespace maharat
