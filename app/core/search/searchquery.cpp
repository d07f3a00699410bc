#include "searchquery.h"

#include "relatedforms.h"
#include "stopwords.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

QString quoted(const QString &term)
{
    // Terms are letters and digits only; the escaping is a second line of defence.
    return u'"' + QString(term).replace(u'"', u"\"\""_s) + u'"';
}

// The phrases of token i in order: its alternatives, the typed one's as prefixes (or their
// expansions), each term once.
QList<SearchQuery::Phrase> tokenPhrases(const SearchQuery &q, qsizetype i, bool withAbsent = false)
{
    QList<SearchQuery::Phrase> out;
    QSet<QString> seen;
    const auto add = [&](const QString &term, bool prefix) {
        const QString key = SearchQuery::phraseKey({term, prefix});
        if (!seen.contains(key) && (withAbsent || !q.absent.contains(key))) {
            seen.insert(key);
            out.append({term, prefix});
        }
    };
    if (!q.isPrefixToken(i)) {
        for (const QString &alt : q.tokens.at(i).alternatives)
            add(alt, false);
        return out;
    }
    const QStringList prefixes = q.typedPrefixes();
    for (const QString &alt : q.tokens.at(i).alternatives) {
        if (alt.size() < MinPrefixLength) {
            add(alt, false);
            continue;
        }
        if (!prefixes.contains(alt))
            continue;
        const auto expansion = q.expansions.constFind(alt);
        if (expansion == q.expansions.cend()) {
            add(alt, true);
            continue;
        }
        for (const QString &term : *expansion)
            add(term, false);
    }
    return out;
}

QString alternativesExpression(const SearchQuery &q, qsizetype i)
{
    QStringList parts;
    for (const SearchQuery::Phrase &p : tokenPhrases(q, i))
        parts.append(p.prefix ? quoted(p.term) + u'*' : quoted(p.term));
    // A prefix whose expansion is empty matches nothing; FTS5 has no empty OR, so it gets a term
    // that cannot occur (terms are letters and digits).
    if (parts.isEmpty())
        parts.append(u"\"-\""_s);
    return u'(' + parts.join(u" OR "_s) + u')';
}

bool endsWithSeparator(QStringView text)
{
    if (text.isEmpty())
        return true;
    const QChar c = text.back();
    return c.isSpace() || c.isPunct() || c.isSymbol();
}

} // namespace

QString SearchQuery::ftsExpression(QStringView columns) const
{
    QStringList parts;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        parts.append(alternativesExpression(*this, i));
    const QString expr = parts.join(u" AND "_s);
    if (columns.isEmpty())
        return expr;
    return u'{' + columns + u"} : ("_s + expr + u')';
}

QString SearchQuery::anyExpression(const QList<qsizetype> &useTokens) const
{
    QStringList parts;
    for (qsizetype i : useTokens)
        parts.append(alternativesExpression(*this, i));
    return parts.join(u" OR "_s);
}

QByteArray SearchQuery::phraseTokens(const QList<qsizetype> &useTokens) const
{
    QByteArray out;
    for (qsizetype k = 0; k < useTokens.size(); ++k)
        out.append(QByteArray(tokenPhrases(*this, useTokens.at(k)).size(), char(k)));
    return out;
}

QList<SearchQuery::Phrase> SearchQuery::phrases(const QList<qsizetype> &useTokens) const
{
    QList<Phrase> out;
    for (qsizetype i : useTokens)
        out += tokenPhrases(*this, i);
    return out;
}

QList<SearchQuery::Phrase> SearchQuery::allPhrases(qsizetype i) const
{
    return tokenPhrases(*this, i, true);
}

QList<SearchQuery::Phrase> SearchQuery::phrases() const
{
    QList<Phrase> out;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        out += tokenPhrases(*this, i);
    return out;
}

QStringList SearchQuery::typedPrefixes() const
{
    if (!lastIsPrefix || tokens.isEmpty())
        return {};
    const QStringList &alts = tokens.constLast().alternatives;
    QStringList out;
    for (const QString &a : alts) {
        if (a.size() < MinPrefixLength || out.contains(a))
            continue;
        const bool covered = std::any_of(alts.cbegin(), alts.cend(), [&](const QString &b) {
            return b.size() >= MinPrefixLength && b.size() < a.size() && a.startsWith(b);
        });
        if (!covered)
            out.append(a);
    }
    return out;
}

SearchQuery parseQuery(QStringView text)
{
    SearchQuery q;
    q.normalized = normalize(text);
    QList<QueryToken> all = analyzeQuery(text);
    if (all.size() > MaxQueryTokens)
        all.resize(MaxQueryTokens);
    const bool allStop = std::all_of(all.cbegin(), all.cend(), [](const QueryToken &t) { return isStopWord(t.word); });
    const bool typing = !endsWithSeparator(text);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!allStop && isStopWord(all.at(i).word))
            continue;
        QueryToken t = all.at(i);
        // The other number of a broken plural (the alternatives hold the word without its
        // article too: العملاء gives عملاء, which gives عميل).
        for (const QString &alt : all.at(i).alternatives) {
            for (const QString &related : relatedForms(alt)) {
                QStringList forms{related};
                forms += stems(related);
                for (const QString &f : std::as_const(forms))
                    if (!t.alternatives.contains(f))
                        t.alternatives.append(f);
            }
        }
        q.tokens.append(std::move(t));
        q.lastIsPrefix = typing && i == all.size() - 1;
    }
    if (!q.tokens.isEmpty() && q.tokens.constLast().word.size() < MinPrefixLength)
        q.lastIsPrefix = false;
    return q;
}

SearchQuery withTokens(const SearchQuery &query, QList<QueryToken> tokens)
{
    SearchQuery q = query;
    q.tokens = std::move(tokens);
    return q;
}

} // namespace maharat::search
