#pragma once
#include <QList>
#include <QMetaType>
#include <QString>

namespace maharat::search {

// A run of characters in a hit's title or snippet that matched the query (UTF-16 offsets).
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const TextRange &) const = default;
};

// How a topic met the query; the result list is ordered by this first, then by score.
enum class MatchKind {
    ExactTitle,     // the whole query is a title
    Title,          // every query word is in a title
    TitleOrSummary, // every query word is in the title or the summary of one language
    Anywhere,       // every query word is somewhere in one language's text (body, examples too)
    SomeWords,      // no topic has every word: the topics with the most, and most telling, of them
};

// One topic found by a search. Title and snippet are in `language`: the UI language whenever the
// topic has it, even when the query matched another language (then the snippet is the first
// sentence of the summary, unless the UI-language text matches too).
struct SearchHit
{
    QString packId;
    QString skillId;
    QString language;        // the language of title and snippet
    QString matchedLanguage; // the language whose text matched best
    MatchKind kind = MatchKind::Anywhere;
    double score = 0;        // bm25 relevance within `kind`, higher is better
    QString title;
    QList<TextRange> titleHighlights;
    QString snippet;         // plain text, one line; may start or end with "…"
    QList<TextRange> snippetHighlights;
    QString snippetField;    // summary, examples or body: where the snippet comes from

    QString ref() const { return packId + u'/' + skillId; }
};

// What a search returns. The hits are for what was typed. A word that neither the packs nor a
// dictionary (spelldictionary.h) knows gets a suggestion: the query with only such words replaced.
// When what was typed found nothing at all, the hits are for that suggestion and correctedQuery
// holds it ("showing results for …"); otherwise suggestion holds it ("did you mean …"). A known
// word is never replaced.
struct SearchResult
{
    QList<SearchHit> hits;
    QString correctedQuery;
    QString suggestion;
    bool cancelled = false; // a newer query took over; hits are incomplete and must be dropped
};

QString matchKindName(MatchKind kind);

// `text` with every range wrapped in open/close, e.g. "<b>", "</b>" for a QML StyledText label.
// With escapeHtml, &, < and > in the text itself are escaped first (the ranges still apply).
QString markedText(const QString &text, const QList<TextRange> &ranges, QStringView open, QStringView close,
                   bool escapeHtml = false);

} // namespace maharat::search

Q_DECLARE_METATYPE(maharat::search::SearchHit)
