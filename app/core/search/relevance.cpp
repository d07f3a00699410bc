#include "relevance.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace maharat::search {

QList<JudgedQuery> readJudgedQueries(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = f.errorString();
        return {};
    }
    QList<JudgedQuery> out;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        if (cols.size() != 4 || cols.at(3).trimmed().isEmpty()) {
            if (error)
                *error = u"line %1: expected 4 tab-separated columns"_s.arg(lineNo);
            return {};
        }
        JudgedQuery q{cols.at(0).trimmed(), cols.at(1).trimmed(), cols.at(2).trimmed(), {}};
        for (const QString &id : cols.at(3).split(u','))
            if (!id.trimmed().isEmpty())
                q.expected.append(id.trimmed());
        out.append(q);
    }
    return out;
}

RelevanceReport evaluateRelevance(SearchIndex &index, const QList<JudgedQuery> &queries, int limit)
{
    RelevanceReport report;
    for (const JudgedQuery &q : queries) {
        const SearchResult r = index.search(q.query, q.lang, limit);
        int rank = 0;
        QStringList top;
        for (qsizetype i = 0; i < r.hits.size(); ++i) {
            if (i < 3)
                top.append(r.hits.at(i).skillId);
            if (!rank && q.expected.contains(r.hits.at(i).skillId))
                rank = int(i + 1);
        }
        report.ranks.append(rank);
        report.topHits.append(top);
        for (const QString &key : {u"all"_s, q.lang, q.split, QString(q.split + u'/' + q.lang)}) {
            RelevanceFigures &f = report.figures[key];
            ++f.queries;
            f.successAt3 += rank >= 1 && rank <= 3 ? 1 : 0;
            f.empty += r.hits.isEmpty() ? 1 : 0;
            f.reciprocalRankSum += rank ? 1.0 / rank : 0;
        }
    }
    return report;
}

} // namespace maharat::search
