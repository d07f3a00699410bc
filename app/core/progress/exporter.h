#pragma once
#include "fsrs.h"
#include "library.h"
#include "progressstore.h"

namespace maharat {

enum class ExportFormat { Csv, Json };

// "Export my results": every answer and the mastery of every quizzed topic, for a manager.
// CSV writes the answers to `path` and the topics next to it as `<name>-topics.csv`; JSON writes
// one object. Files are written whole or not at all (a full disk leaves nothing behind).
// The columns are documented in docs/progress.md.
bool exportResults(const ProgressStore &store, const Library &library, const quiz::Scheduler &scheduler,
                   const QString &path, ExportFormat format, const QDateTime &now, QString *error);

} // namespace maharat
