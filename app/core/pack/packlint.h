#pragma once
#include "packcontent.h"
#include "sourceparser.h"

#include <QList>
#include <QString>

namespace maharat {

// The writing rules of docs/authoring.md on top of the structural checks of the compiler:
// Persian letters in Persian, Arabic letters in Arabic, no stray Latin, summaries ≤ 140
// characters, phrasing lines short enough to speak, no right option that
// stands out by its length. Sorted by file and line.
QList<SourceError> lintSource(const QString &srcDir);

// Problems of one compiled question: a choice question whose right option is at least
// kMaxRightToDistractorRatio times as long as every distractor in a language (lengthbias.h).
QStringList lintQuestion(const Question &q, const QStringList &languages);

// Exposed for tests: problems of one text value in one language (messages, no location).
QStringList lintText(QStringView lang, QStringView field, QStringView text);

} // namespace maharat
