#include "searchquery.h"

#include "stopwords.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

QString quoted(const QString &term)
{
    // Terms are letters and digits only; the escaping is a second line of defence.
    return u'"' + QString(term).replace(u'"', u"\"\""_s) + u'"';
}

bool isPrefixPhrase(const SearchQuery &q, qsizetype token, const QString &alt)
{
    return q.isPrefixToken(token) && alt.size() >= MinPrefixLength;
}

QString alternativesExpression(const SearchQuery &q, qsizetype i)
{
    QStringList parts;
    for (const QString &alt : q.tokens.at(i).alternatives)
        parts.append(isPrefixPhrase(q, i, alt) ? quoted(alt) + u'*' : quoted(alt));
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

QString SearchQuery::tokenExpression(qsizetype i) const
{
    return alternativesExpression(*this, i);
}

QList<SearchQuery::Phrase> SearchQuery::phrases() const
{
    QList<Phrase> out;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        for (const QString &alt : tokens.at(i).alternatives)
            out.append({alt, isPrefixPhrase(*this, i, alt)});
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
        q.tokens.append(all.at(i));
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
