#include "searchindex_p.h"

#include "fts5rank.h"
#include "logging.h"
#include "searchindexschema.h"
#include "snippet.h"

#include <sqlite3.h>

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

// Sorts after every term that starts with a given prefix (U+10FFFF, the last code point).
constexpr QStringView PrefixEnd = u"\U0010FFFF";
// A prefix with more indexed terms than this stays a prefix query (see SearchQuery::expansions).
constexpr int MaxPrefixExpansion = 16;
// Rows ranked per match level, at most. Ranking costs about a microsecond a row, and a word that
// is in most topics matches most rows. FTS5 returns rows in rowid order and a rowid starts with
// the title's word count, so the rows ranked are those with the shortest titles: the ones BM25
// would put first for a title match. Below this many matches (every query on the bundled packs)
// the ranking is exact.
constexpr int CandidatesPerLevel = 120;
// The all-words levels finding fewer topics than this is "little": the any-words query adds more.
constexpr int FewResults = 5;
// Rows the any-words query ranks at most. Its words are the informative ones (below), whose
// doclists are short, so this bounds only the worst case (about a microsecond a row).
constexpr int AnyWordsCandidates = 500;
// In the any-words query a word in more than this share of the rows ("customer" in a customer
// service pack) tells nothing about which topic is meant; it is left out unless every word is.
constexpr double CommonWordShare = 0.2;
// Document frequencies kept at most (a few MB); then the cache starts again.
constexpr qsizetype MaxCachedFrequencies = 100000;
// Hits whose snippet may come from the examples or the body: looking there costs tens of
// microseconds a hit, and the any-words level brings many hits. The rest show their summary.
constexpr int HitsWithTextSnippet = 8;

struct BestText
{
    QString text;
    QList<TextRange> ranges;
    int coverage = 0;
    QString field;
};

} // namespace

qint64 SearchIndex::Private::rowCount()
{
    if (rows < 0) {
        Statement s(db, u"SELECT count(*) FROM doc");
        rows = s.next() ? s.int64(0) : 0;
    }
    return rows;
}

qint64 SearchIndex::Private::documentFrequency(const SearchQuery::Phrase &phrase)
{
    const QString key = (phrase.prefix ? u'*' : u'=') + phrase.term;
    if (const auto it = dfCache.constFind(key); it != dfCache.cend())
        return *it;
    qint64 df = 0;
    if (phrase.prefix) {
        // Every term that starts with the prefix; their sum can exceed the row count (a row has
        // several of them), so it is capped there.
        dfPrefix.reset().bind(1, phrase.term).bind(2, QString(phrase.term + PrefixEnd));
        df = dfPrefix.next() ? std::min(dfPrefix.int64(0), rowCount()) : 0;
        dfPrefix.reset();
    } else {
        dfExact.reset().bind(1, phrase.term);
        df = dfExact.next() ? dfExact.int64(0) : 0;
        dfExact.reset();
    }
    // Typing asks for new prefixes all day; a long session must not grow the cache forever.
    if (dfCache.size() > MaxCachedFrequencies)
        dfCache.clear();
    dfCache.insert(key, df);
    return df;
}

QByteArray SearchIndex::Private::idfs(const SearchQuery &q)
{
    QList<double> idf;
    const qint64 n = rowCount();
    for (const SearchQuery::Phrase &p : q.phrases())
        idf.append(bm25Idf(n, documentFrequency(p)));
    return idfBlob(idf);
}

void SearchIndex::Private::expandPrefixes(SearchQuery &q)
{
    for (const QString &prefix : q.typedPrefixes()) {
        if (prefix.size() <= MaxIndexedPrefixLength)
            continue;
        auto cached = expansionCache.constFind(prefix);
        if (cached == expansionCache.cend()) {
            QStringList terms;
            termsWithPrefix.reset().bind(1, prefix).bind(2, QString(prefix + PrefixEnd));
            termsWithPrefix.bind(3, qint64(MaxPrefixExpansion + 1));
            while (termsWithPrefix.next())
                terms.append(termsWithPrefix.text(0));
            termsWithPrefix.reset();
            if (terms.size() > MaxPrefixExpansion || terms.isEmpty())
                terms.clear();
            cached = expansionCache.insert(prefix, terms);
        }
        if (!cached->isEmpty())
            q.expansions.insert(prefix, *cached);
    }
}

bool SearchIndex::Private::dropAbsentPhrases(SearchQuery &q)
{
    bool everyTokenOccurs = true;
    for (qsizetype i = 0; i < q.tokens.size(); ++i) {
        bool occurs = false;
        for (const SearchQuery::Phrase &p : q.phrases({i})) {
            if (documentFrequency(p) > 0)
                occurs = true;
            else
                q.absent.insert(SearchQuery::phraseKey(p));
        }
        everyTokenOccurs &= occurs;
    }
    return everyTokenOccurs;
}

std::optional<QList<QPair<qint64, double>>> SearchIndex::Private::rankedRows(Statement &s)
{
    QList<QPair<qint64, double>> rows;
    while (s.next())
        rows.append({s.int64(0), s.real(1)});
    const int rc = s.rc();
    s.reset();
    if (rc == SQLITE_INTERRUPT)
        return std::nullopt;
    if (rc != SQLITE_DONE)
        qCWarning(lcSearch) << "search failed:" << s.errorString();
    // Best first; equal scores in rowid order (shorter titles first), as before.
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second > b.second || (a.second == b.second && a.first < b.first);
    });
    return rows;
}

// ---- matching and ranking ---------------------------------------------------------------------

SearchResult SearchIndex::Private::run(const SearchQuery &query, const QString &ui, int limit)
{
    SearchQuery q = query;
    expandPrefixes(q);
    const bool everyTokenOccurs = dropAbsentPhrases(q);
    SearchResult r;
    if (!loadDocKeys())
        return r;
    QList<Candidate> found;
    QHash<int, qsizetype> byTopic;
    const auto candidate = [&](const DocKey &k, MatchKind kind, double score, bool scored) {
        const TopicId &t = topics.at(k.topic);
        return Candidate{t.packId, t.skillId, k.lang, kind, score, scored, k.lang == ui, k.topic};
    };

    // A query that is a whole title comes first, whatever the scores say.
    exactTitle.reset().bind(1, q.normalized);
    while (exactTitle.next()) {
        const auto key = docKeys.constFind(exactTitle.int64(0));
        if (key == docKeys.cend())
            continue;
        if (const auto it = byTopic.constFind(key->topic); it != byTopic.cend()) {
            if (key->lang == ui)
                found[*it].lang = ui;
            continue;
        }
        byTopic.insert(key->topic, found.size());
        found.append(candidate(*key, MatchKind::ExactTitle, 0, false));
    }
    const int exactRc = exactTitle.rc();
    exactTitle.reset();
    if (exactRc == SQLITE_INTERRUPT) {
        r.cancelled = true;
        return r;
    }

    struct Level
    {
        MatchKind kind;
        Statement *statement;
        QStringView columns;
    };
    const Level levels[] = {{MatchKind::Title, &headCandidates, indexschema::TitleColumns},
                            {MatchKind::TitleOrSummary, &headCandidates, {}},
                            {MatchKind::Anywhere, &allCandidates, {}}};
    const qint64 budget = std::max(CandidatesPerLevel, limit * 3);
    // A word that no row holds fails every all-words level: they are not run.
    const QByteArray idf = everyTokenOccurs ? idfs(q) : QByteArray();
    for (const Level &level : levels) {
        if (found.size() >= limit || !everyTokenOccurs)
            break;
        Statement &s = *level.statement;
        s.reset().bind(1, q.ftsExpression(level.columns)).bind(2, budget).bindBlob(3, idf);
        const auto rows = rankedRows(s);
        if (!rows) {
            r.cancelled = true;
            return r;
        }
        for (const auto &[rowid, score] : *rows) {
            const auto key = docKeys.constFind(rowid);
            if (key == docKeys.cend())
                continue;
            if (const auto it = byTopic.constFind(key->topic); it != byTopic.cend()) {
                Candidate &c = found[*it];
                if (!c.scored) {
                    c.score = score;
                    c.scored = true;
                }
                if (key->lang == ui) {
                    c.uiLanguageMatched = true;
                    // Equally good in the UI language: report that one.
                    if (c.kind == level.kind)
                        c.lang = ui;
                }
                continue;
            }
            byTopic.insert(key->topic, found.size());
            found.append(candidate(*key, level.kind, score, true));
        }
    }

    if (found.size() < std::min(FewResults, limit) && q.tokens.size() > 1 && !runAnyWords(q, ui, limit, found, byTopic)) {
        r.cancelled = true;
        return r;
    }

    if (found.size() > limit)
        found.resize(limit);
    const QueryMatcher matcher(q);
    for (const Candidate &c : std::as_const(found)) {
        if (isCancelled()) {
            r.cancelled = true;
            return r;
        }
        r.hits.append(makeHit(c, matcher, ui, r.hits.size() < HitsWithTextSnippet));
    }
    return r;
}

bool SearchIndex::Private::runAnyWords(const SearchQuery &q, const QString &ui, int limit, QList<Candidate> &found,
                                       QHash<int, qsizetype> &byTopic)
{
    const qint64 n = rowCount();
    QList<qsizetype> known, informative;
    for (qsizetype i = 0; i < q.tokens.size() && i < 255; ++i) {
        qint64 df = 0;
        for (const SearchQuery::Phrase &p : q.phrases({i}))
            df = std::max(df, documentFrequency(p));
        if (df == 0)
            continue;
        known.append(i);
        if (double(df) <= CommonWordShare * double(n))
            informative.append(i);
    }
    const QList<qsizetype> &use = informative.isEmpty() ? known : informative;
    if (use.isEmpty())
        return true;
    QList<double> idf, tokenWeight;
    for (const SearchQuery::Phrase &p : q.phrases(use))
        idf.append(bm25Idf(n, documentFrequency(p)));
    // A word weighs the largest IDF of all its phrases, the absent ones included (as when they
    // were still in the query): leaving them out of the expression must not change a score.
    for (qsizetype i : use) {
        double w = 0;
        for (const SearchQuery::Phrase &p : q.allPhrases(i))
            w = std::max(w, bm25Idf(n, documentFrequency(p)));
        tokenWeight.append(w);
    }
    Statement &s = anyCandidates;
    s.reset().bind(1, q.anyExpression(use)).bind(2, qint64(std::max(AnyWordsCandidates, limit * 3)));
    s.bindBlob(3, idfBlob(idf)).bindBlob(4, q.phraseTokens(use)).bindBlob(5, idfBlob(tokenWeight));
    const auto rows = rankedRows(s);
    if (!rows)
        return false;
    for (const auto &[rowid, score] : *rows) {
        const auto key = docKeys.constFind(rowid);
        if (key == docKeys.cend())
            continue;
        if (const auto it = byTopic.constFind(key->topic); it != byTopic.cend()) {
            if (key->lang == ui && found[*it].kind == MatchKind::SomeWords) {
                found[*it].uiLanguageMatched = true;
                found[*it].lang = ui;
            }
            continue;
        }
        byTopic.insert(key->topic, found.size());
        const TopicId &t = topics.at(key->topic);
        found.append({t.packId, t.skillId, key->lang, MatchKind::SomeWords, score, true, key->lang == ui, key->topic});
    }
    return true;
}

SearchHit SearchIndex::Private::makeHit(const Candidate &c, const QueryMatcher &matcher, const QString &ui,
                                        bool lookInText)
{
    SearchHit h;
    h.packId = c.packId;
    h.skillId = c.skillId;
    h.matchedLanguage = c.lang;
    h.kind = c.kind;
    h.score = c.score;

    // The topic in the UI language, or in the matched one when its pack lacks the UI language.
    const TopicId &topic = topics.at(c.topic);
    qint64 row = topic.row(ui);
    if (row < 0)
        row = topic.row(c.lang);
    if (row < 0 || !docHead.reset().bind(1, row).next())
        return h;
    const qint64 shownRow = docHead.int64(0);
    h.language = docHead.text(1);
    h.title = docHead.text(2);
    const QString titleNorm = docHead.text(3);
    const QString summary = docHead.text(4);
    const QString summaryNorm = docHead.text(5);
    docHead.reset();

    const int all = std::popcount(matcher.allTokens());
    quint32 seen = 0;
    h.titleHighlights = matcher.highlights(h.title, &seen, titleNorm);
    seen = 0;
    BestText best{summary, matcher.highlights(summary, &seen, summaryNorm), std::popcount(seen), u"summary"_s};

    // Look further only where the shown text is known to hold the match: examples, then the body,
    // line by line, until a line holds every query word. A line's coverage comes from its
    // normalized words (the same rule highlights() applies); only the chosen line is highlighted.
    const bool shownTextMatched = h.language == c.lang || c.uiLanguageMatched;
    if (lookInText && (c.kind == MatchKind::Anywhere || c.kind == MatchKind::SomeWords) && shownTextMatched
        && best.coverage < all) {
        QString bestNorm;
        bool bestAligned = false;
        const auto scanLines = [&](const QString &text, const QString &norm, const QString &field) {
            const bool aligned = text.count(u'\n') == norm.count(u'\n');
            qsizetype from = 0, normFrom = 0;
            while (from <= text.size() && best.coverage < all) {
                qsizetype to = text.indexOf(u'\n', from);
                if (to < 0)
                    to = text.size();
                const QStringView line = QStringView(text).sliced(from, to - from);
                from = to + 1;
                QStringView lineNorm;
                if (aligned) {
                    qsizetype normTo = norm.indexOf(u'\n', normFrom);
                    if (normTo < 0)
                        normTo = norm.size();
                    lineNorm = QStringView(norm).sliced(normFrom, normTo - normFrom);
                    normFrom = normTo + 1;
                }
                const int covered = std::popcount(matcher.coverage(line, lineNorm));
                if (covered > best.coverage) {
                    best = {line.toString(), {}, covered, field};
                    bestNorm = lineNorm.toString();
                    bestAligned = aligned;
                }
            }
        };
        if (docExamples.reset().bind(1, shownRow).next()) {
            const QString examples = docExamples.text(0);
            const QString examplesNorm = docExamples.text(1);
            docExamples.reset();
            scanLines(examples, examplesNorm, u"examples"_s);
        }
        if (best.coverage < all && docBody.reset().bind(1, shownRow).next()) {
            const QString body = docBody.text(0);
            const QString bodyNorm = docBody.text(1);
            docBody.reset();
            scanLines(body, bodyNorm, u"body"_s);
        }
        if (best.field != u"summary")
            best.ranges = matcher.highlights(best.text, nullptr, bestAligned ? QStringView(bestNorm) : QStringView());
    }
    if (best.ranges.isEmpty()) {
        h.snippet = firstSentence(summary);
        h.snippetField = u"summary"_s;
    } else {
        Snippet s = makeSnippet(best.text, best.ranges);
        h.snippet = std::move(s.text);
        h.snippetHighlights = std::move(s.highlights);
        h.snippetField = best.field;
    }
    return h;
}

} // namespace maharat::search
