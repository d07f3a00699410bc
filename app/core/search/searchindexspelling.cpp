#include "searchindex_p.h"

#include "textnormalizer.h"

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

// For "showing results for …": the word as texts write it, without harakat or tatweel.
QString displayForm(QStringView original)
{
    QString out;
    for (QChar c : original) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || c == QChar(0x0640))
            continue;
        if (cat == QChar::Other_Format && c != QChar(0x200C))
            continue;
        out += c;
    }
    return out;
}

bool isArabicScript(QStringView word)
{
    return !word.isEmpty() && QChar::script(word.front().unicode()) == QChar::Script_Arabic;
}

} // namespace

void SearchIndex::Private::loadVocabulary()
{
    if (vocabLoaded)
        return;
    vocab.clear();
    Statement s(db, u"SELECT word, sum(n) FROM vocab GROUP BY word");
    while (s.next())
        vocab.add(s.text(0), s.int64(1));
    vocab.finish();
    vocabLoaded = s.rc() == SQLITE_DONE;
}

QString SearchIndex::Private::surfaceOf(const QString &word)
{
    // How the texts spell the word (with ي or ی, ة or ه…): normalized letters would look wrong
    // to an Arabic reader.
    surfaceDocs.reset().bind(1, QString(u'"' + word + u'"'));
    QString found;
    while (found.isEmpty() && surfaceDocs.next()) {
        for (int col = 0; col < 5 && found.isEmpty(); ++col) {
            const QString text = surfaceDocs.text(col);
            for (const WordSpan &span : wordSpans(text)) {
                if (span.word == word) {
                    found = displayForm(QStringView(text).sliced(span.start, span.end - span.start));
                    break;
                }
            }
        }
    }
    surfaceDocs.reset();
    if (found.isEmpty())
        return word;
    // Latin words in lower case: a capital from the start of a sentence is not part of the word.
    return isArabicScript(word) ? found : found.toLower();
}

std::optional<SearchIndex::Private::Correction> SearchIndex::Private::correct(const SearchQuery &q, QStringView text,
                                                                               bool *cancelled)
{
    constexpr int MinTypoLength = 4;
    loadVocabulary();
    if (vocab.isEmpty())
        return std::nullopt;
    QList<QueryToken> tokens = q.tokens;
    QHash<QString, QString> replaced; // normalized query word -> display form of the correction
    QHash<QString, QString> typed;    // normalized query word -> as typed
    const QList<WordSpan> typedSpans = wordSpans(text);
    for (const WordSpan &span : typedSpans)
        typed.insert(span.word, displayForm(text.sliced(span.start, span.end - span.start)));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString word = q.tokens.at(i).word;
        if (word.size() < MinTypoLength)
            continue;
        // Only the words that match nothing at all are misspelt; the others are just not together.
        // The document frequencies say so without a query (and are cached per term).
        if (isCancelled()) {
            *cancelled = true;
            return std::nullopt;
        }
        const QList<SearchQuery::Phrase> phrases = q.phrases({i});
        if (std::any_of(phrases.cbegin(), phrases.cend(),
                        [&](const SearchQuery::Phrase &p) { return documentFrequency(p) > 0; }))
            continue;
        // A real word is what the user meant, even if no topic has it; a word still being typed
        // is not a word yet.
        if (!q.isPrefixToken(i) && dictionary.isKnown(typed.value(word, word)))
            continue;
        QString fixed = vocab.nearest(word);
        const bool wholeWord = !fixed.isEmpty();
        if (fixed.isEmpty() && q.isPrefixToken(i))
            fixed = vocab.nearestPrefix(word);
        if (fixed.isEmpty())
            continue;
        const QList<QueryToken> analyzed = analyzeQuery(fixed);
        if (analyzed.size() != 1)
            continue;
        tokens[i] = analyzed.first();
        replaced.insert(word, wholeWord ? surfaceOf(fixed) : fixed);
    }
    if (replaced.isEmpty())
        return std::nullopt;

    // The user's own text with only the corrected words swapped.
    QString display = text.toString();
    for (auto it = typedSpans.crbegin(); it != typedSpans.crend(); ++it) {
        const auto fix = replaced.constFind(it->word);
        if (fix != replaced.cend())
            display.replace(it->start, it->end - it->start, *fix);
    }
    return Correction{withTokens(q, std::move(tokens)), display.simplified()};
}

} // namespace maharat::search
