// `maharat-pack search` against the app's search path (SearchService, its worker thread and an
// index file) on the bundled content: same topics in the same order, same "showing results for"
// and "did you mean" for the same query and language.
#include "packwriter.h"
#include "relevance.h"
#include "searchservice.h"
#include "sourcecompiler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;
using namespace maharat::search;

class TestSearchCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameResultsAsTheApp();

private:
    QTemporaryDir m_dir;
    QStringList m_packFiles;
    QList<LoadedPack> m_packs;
};

void TestSearchCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString &name : {u"essentials"_s, u"frontdesk"_s}) {
        CompiledSource src = compileSource(QStringLiteral(MAHARAT_CONTENT_DIR) + u'/' + name);
        QVERIFY2(src.errors.isEmpty(), qPrintable(src.errors.value(0).message));
        // Text only: the clips are not needed for search and would need a speech synthesizer.
        for (Skill &s : src.content.skills) {
            for (Example &e : s.examples)
                for (ExampleText &t : e.text)
                    t.badMedia.clear(), t.goodMedia.clear();
            for (Question &q : s.questions)
                for (QuestionOption &o : q.options)
                    o.media.clear();
        }
        const QString path = m_dir.filePath(name + u".skillpack"_s);
        QCOMPARE(writePack(src.content, {}, path), QString());
        LoadedPack p;
        QVERIFY(!readPack(path, p));
        m_packs.append(std::move(p));
        m_packFiles.append(path);
    }
}

void TestSearchCli::sameResultsAsTheApp()
{
    SearchService service(m_dir.filePath(u"search-index.db"_s));
    QSignalSpy ready(&service, &SearchService::indexReady);
    QSignalSpy results(&service, &SearchService::results);
    service.setPacks(m_packs);
    QVERIFY(ready.wait(20000));

    struct Case { QString query, lang; };
    QList<Case> cases = {{u"customer is yelling at me"_s, u"en"_s}, {u"angry custmer"_s, u"en"_s},
                         {u"angr"_s, u"en"_s},
                         {u"مشتری داره سرم داد میزنه"_s, u"fa"_s}, {u"مشتری عصبانب"_s, u"fa"_s},
                         {u"burn out"_s, u"ar"_s}};
    // Each CLI run indexes both packs again (about a second), so a few situation queries only.
    const QList<JudgedQuery> judged = readJudgedQueries(QStringLiteral(MAHARAT_SITUATIONS_TSV));
    for (qsizetype i = 0; i < judged.size(); i += 64)
        cases.append({judged.at(i).query, judged.at(i).lang});
    for (const Case &c : std::as_const(cases)) {
        results.clear();
        service.search(c.query, c.lang, 10);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 20000);
        QStringList app;
        for (const SearchHit &h : results.first().at(2).value<QList<SearchHit>>())
            app.append(h.ref());

        QProcess p;
        QStringList args{u"search"_s};
        args += m_packFiles;
        args += {u"--query"_s, c.query, u"--lang"_s, c.lang, u"--limit"_s, u"10"_s, u"--json"_s};
        p.start(QStringLiteral(MAHARAT_PACK_EXE), args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QStringList cli;
        for (const QJsonValue &h : o.value(u"hits"_s).toArray())
            cli.append(h[u"pack"_s].toString() + u'/' + h[u"topic"_s].toString());
        QVERIFY2(!app.isEmpty(), qPrintable(c.query));
        QCOMPARE(cli, app);
        QCOMPARE(o.value(u"corrected_query"_s).toString(), results.first().at(3).toString());
        QCOMPARE(o.value(u"suggestion"_s).toString(), results.first().at(4).toString());
    }
}

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
