#pragma once
#include "packcontent.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace maharat::search {

// One topic in one language as the search index stores it: the plain texts that snippets are cut
// from, their normalized forms line by line (for exact titles and cheap snippet checks), and the
// analyzed terms for the FTS5 columns.
struct IndexDocument
{
    QString skillId;
    QString lang;
    // Plain text: the body without Markdown, the examples one line per field.
    QString title, summary, examples, body;
    // normalize() of each line, lines kept, so line i here is line i of the plain text.
    QString titleNorm, summaryNorm, examplesNorm, bodyNorm;
    // analyzeForIndex() terms, space-separated; titleWords holds the title's words alone, so an
    // exact word outranks a stem in the title.
    QString titleTerms, titleWords, summaryTerms, examplesTerms, bodyTerms;
    int titleWordCount = 0;
};

// Analyzes a topic in one language; word counts for the spelling vocabulary go into `words`.
IndexDocument analyzeTopic(const Skill &skill, const QString &lang, QHash<QString, qint64> *words = nullptr);

// A hash of everything the index takes from a pack (lower-case hex). A pack whose hash and
// version are unchanged is not analyzed again.
QString indexContentHash(const PackContent &content);

} // namespace maharat::search
