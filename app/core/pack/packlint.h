#pragma once
#include "sourceparser.h"

#include <QList>
#include <QString>

namespace maharat {

// The writing rules of docs/authoring.md on top of the structural checks of the compiler:
// Persian letters in Persian, Arabic letters in Arabic, no stray Latin, summaries ≤ 140
// characters, phrasing lines short enough to speak. Sorted by file and line.
QList<SourceError> lintSource(const QString &srcDir);

// Exposed for tests: problems of one text value in one language (messages, no location).
QStringList lintText(QStringView lang, QStringView field, QStringView text);

} // namespace maharat
