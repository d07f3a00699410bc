#pragma once
#include "packcontent.h"

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
    // Plain text: the body without Markdown, the examples one line per field, the search
    // keywords one phrase per line.
    QString title, summary, keywords, examples, body;
    // normalize() of each line, lines kept, so line i here is line i of the plain text.
    QString titleNorm, summaryNorm, keywordsNorm, examplesNorm, bodyNorm;
    // analyzeForIndex() terms, space-separated; titleWords holds the title's words alone, so an
    // exact word outranks a stem in the title.
    QString titleTerms, titleWords, summaryTerms, keywordsTerms, examplesTerms, bodyTerms;
    int titleWordCount = 0;
};

// Statistics gathered while analyzing, for spelling correction and ranking.
struct TermCounts
{
    QHash<QString, qint64> words;    // normalized word -> occurrences
    QHash<QString, qint64> termDocs; // term -> documents (topic-language rows) containing it
};

// The plain texts of a topic in one language.
IndexDocument plainDocument(const Skill &skill, const QString &lang);

// Fills in the normalized lines and terms from the plain texts. Deterministic: analyzing the
// stored plain texts again gives the terms that were indexed (the index relies on that to remove
// rows from its contentless FTS tables).
void analyzeDocument(IndexDocument &doc, TermCounts *counts = nullptr);

// A hash of everything the index takes from a pack (lower-case hex). A pack whose hash and
// version are unchanged is not analyzed again.
QString indexContentHash(const PackContent &content);

} // namespace maharat::search
