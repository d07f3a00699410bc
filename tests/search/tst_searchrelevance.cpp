// Situation-style queries (tests/search/data/situations.tsv) against the bundled content: the
// fixture behind the relevance figure in docs/benchmarks.md. The content is compiled from source
// (no audio), indexed in memory and searched as the app does.
#include "relevance.h"
#include "searchindex.h"
#include "sourcecompiler.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;
using namespace maharat::search;

class TestSearchRelevance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixtureIsWellFormed();
    void noSituationComesBackEmpty();
    void rightTopicInTopThree();

private:
    SearchIndex m_index;
    QList<JudgedQuery> m_queries;
    QSet<QString> m_skills;
};

void TestSearchRelevance::initTestCase()
{
    QList<LoadedPack> packs;
    for (const QString &pack : {u"essentials"_s, u"frontdesk"_s}) {
        CompiledSource src = compileSource(QStringLiteral(MAHARAT_CONTENT_DIR) + u'/' + pack);
        QVERIFY2(src.errors.isEmpty(), qPrintable(src.errors.value(0).message));
        for (const Skill &s : std::as_const(src.content.skills))
            m_skills.insert(s.id);
        LoadedPack p;
        p.content = std::move(src.content);
        packs.append(std::move(p));
    }
    QVERIFY(m_index.open(u":memory:"_s));
    QVERIFY(m_index.sync(packs).ok);
    QString error;
    m_queries = readJudgedQueries(QStringLiteral(MAHARAT_SITUATIONS_TSV), &error);
    QVERIFY2(!m_queries.isEmpty(), qPrintable(error));
}

void TestSearchRelevance::fixtureIsWellFormed()
{
    QMap<QString, int> perLanguage;
    int heldOut = 0;
    for (const JudgedQuery &q : std::as_const(m_queries)) {
        ++perLanguage[q.lang];
        heldOut += q.split == u"heldout" ? 1 : 0;
        QVERIFY2(q.split == u"tuned" || q.split == u"heldout", qPrintable(q.query));
        for (const QString &id : q.expected)
            QVERIFY2(m_skills.contains(id), qPrintable(q.query + u" expects unknown "_s + id));
    }
    for (const QString &lang : {u"fa"_s, u"ar"_s, u"en"_s})
        QVERIFY2(perLanguage.value(lang) >= 50, qPrintable(lang));
    QVERIFY(heldOut * 4 >= int(m_queries.size())); // about a third
}

void TestSearchRelevance::noSituationComesBackEmpty()
{
    // Every query has words the packs know, so none may find nothing (the 16 of 60).
    for (const JudgedQuery &q : std::as_const(m_queries))
        QVERIFY2(!m_index.search(q.query, q.lang).hits.isEmpty(), qPrintable(q.query));
}

void TestSearchRelevance::rightTopicInTopThree()
{
    const RelevanceReport r = evaluateRelevance(m_index, m_queries);
    for (const QString &key : {u"tuned"_s, u"heldout"_s, u"all"_s})
        qInfo("%s: success@3 %.3f, MRR %.3f", qPrintable(key), r.figures.value(key).successRate(),
              r.figures.value(key).mrr());
    // The goal is 90 % (issue 11). The thresholds sit a little below the measured figures
    // (docs/benchmarks.md) so that a content edit elsewhere does not fail the build, while a
    // broken fallback, stemmer or keyword index (about 55 % without them) does.
    QVERIFY(r.figures.value(u"tuned"_s).successRate() >= 0.88);
    QVERIFY(r.figures.value(u"heldout"_s).successRate() >= 0.80);
    for (const QString &lang : {u"fa"_s, u"ar"_s, u"en"_s})
        QVERIFY2(r.figures.value(lang).successRate() >= 0.80, qPrintable(lang));
}

QTEST_GUILESS_MAIN(TestSearchRelevance)
#include "tst_searchrelevance.moc"
