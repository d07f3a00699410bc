// maharat-bench-search: search latency of the app's own index against a naive LIKE scan, on the
// bundled packs (when built) and on a generated pack of 10,000 topics in three languages. No
// arguments. The last line printed is one JSON object keyed by corpus (docs/benchmarks.md).
#include "packreader.h"
#include "packwriter.h"
#include "queryset.h"
#include "relevance.h"
#include "searchindex.h"
#include "searchquery.h"
#include "spelldictionary.h"
#include "stopwords.h"
#include "syntheticpack.h"
#include "textnormalizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace maharat;

namespace {

constexpr int SyntheticTopics = 10000;
constexpr int TimedPasses = 5;
constexpr int Limit = 20;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    // Nearest rank.
    const qsizetype i = std::clamp<qsizetype>(qsizetype(std::ceil(p * double(v.size()))) - 1, 0, v.size() - 1);
    return v.at(i);
}

double round3(double x)
{
    return std::round(x * 1000.0) / 1000.0;
}

// The naive alternative: one row per topic and language holding normalize() of all its text, and
// every query word as a LIKE '%word%' condition (title hits first). Same normalization, no index.
bool buildLikeTable(const QSqlDatabase &db, const QList<LoadedPack> &packs)
{
    QSqlQuery q(db);
    if (!q.exec(u"CREATE TABLE bench_plain (pack_id TEXT, skill_id TEXT, lang TEXT, title TEXT, body TEXT)"_s))
        return false;
    db.driver()->beginTransaction();
    q.prepare(u"INSERT INTO bench_plain VALUES (?, ?, ?, ?, ?)"_s);
    for (const LoadedPack &p : packs) {
        for (const Skill &s : p.content.skills) {
            for (auto it = s.text.cbegin(); it != s.text.cend(); ++it) {
                QStringList all{it->title, it->summary, it->body};
                for (const Example &e : s.examples) {
                    const ExampleText x = e.text.value(it.key());
                    all << x.situation << x.bad << x.good << x.why;
                }
                q.addBindValue(p.content.manifest.id);
                q.addBindValue(s.id);
                q.addBindValue(it.key());
                q.addBindValue(search::normalize(it->title));
                q.addBindValue(search::normalize(all.join(u'\n')));
                if (!q.exec())
                    return false;
            }
        }
    }
    return db.driver()->commitTransaction();
}

int likeSearch(const QSqlDatabase &db, const QString &query)
{
    QStringList words = search::tokens(query);
    QStringList kept;
    for (const QString &w : words)
        if (!search::isStopWord(w))
            kept.append(w);
    if (!kept.isEmpty())
        words = kept;
    if (words.isEmpty())
        return 0;
    QStringList inTitle, inText;
    for (qsizetype i = 0; i < words.size(); ++i) {
        inTitle.append(u"title LIKE ?"_s);
        inText.append(u"body LIKE ?"_s);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT pack_id, skill_id, max("_s + inTitle.join(u" AND "_s) + u") AS t FROM bench_plain WHERE "_s
                   + inText.join(u" AND "_s) + u" GROUP BY pack_id, skill_id ORDER BY t DESC LIMIT "_s
                   + QString::number(Limit))) {
        out() << "LIKE query failed: " << q.lastError().text() << '\n';
        return -1;
    }
    for (int pass = 0; pass < 2; ++pass)
        for (const QString &w : std::as_const(words))
            q.addBindValue(QString(u'%' + w + u'%'));
    int n = 0;
    if (!q.exec()) {
        out() << "LIKE query failed: " << q.lastError().text() << '\n';
        return -1;
    }
    while (q.next())
        ++n;
    return n;
}

// Success@3 and MRR of the situation queries on the bundled packs: per language and overall, for
// the tuned rows and the held-out ones. Only tuned rows are listed one by one (the held-out ones
// are never looked at while tuning).
QJsonObject runRelevance(const QList<LoadedPack> &packs, const QString &dir)
{
    QString error;
    const QList<search::JudgedQuery> judged = search::readJudgedQueries(QStringLiteral(MAHARAT_SITUATIONS_TSV), &error);
    if (judged.isEmpty())
        return {{u"error"_s, error}};
    search::SearchIndex index;
    if (!index.open(QDir(dir).filePath(u"relevance-index.sqlite"_s)) || !index.sync(packs).ok)
        return {{u"error"_s, index.errorString()}};
    const search::RelevanceReport report = search::evaluateRelevance(index, judged);
    out() << "== relevance: " << judged.size() << " situation queries on the bundled packs ==\n";
    const bool verbose = qEnvironmentVariableIsSet("MAHARAT_BENCH_VERBOSE");
    for (qsizetype i = 0; i < judged.size(); ++i) {
        const int rank = report.ranks.at(i);
        if (judged.at(i).split != u"tuned" || (rank >= 1 && rank <= 3 && !verbose))
            continue;
        out() << "  " << (rank >= 1 && rank <= 3 ? "ok  " : "MISS") << " [" << judged.at(i).lang << "] "
              << judged.at(i).query << "  -> " << report.topHits.at(i).join(u", ") << "  (want "
              << judged.at(i).expected.join(u'|') << ", rank " << rank << ")\n";
    }
    QJsonObject json;
    for (const QString &split : {u"tuned"_s, u"heldout"_s, QString()}) {
        for (const QString &lang : {u"fa"_s, u"ar"_s, u"en"_s, QString()}) {
            const QString key = split.isEmpty() ? (lang.isEmpty() ? u"all"_s : lang)
                                                : (lang.isEmpty() ? split : split + u'/' + lang);
            const search::RelevanceFigures f = report.figures.value(key);
            out() << "  " << qSetFieldWidth(12) << Qt::left << key << qSetFieldWidth(0) << " success@3 "
                  << f.successAt3 << "/" << f.queries << " = " << QString::number(100 * f.successRate(), 'f', 1)
                  << "%  MRR " << QString::number(f.mrr(), 'f', 3) << "  empty " << f.empty << '\n';
            json.insert(key, QJsonObject{{u"queries"_s, f.queries}, {u"success_at_3"_s, round3(f.successRate())},
                                         {u"mrr"_s, round3(f.mrr())}, {u"empty"_s, f.empty}});
        }
    }
    out() << '\n';
    out().flush();
    return json;
}

QJsonObject runCorpus(const QString &name, const QList<LoadedPack> &packs, const QList<bench::BenchQuery> &queries,
                      const QString &dir)
{
    out() << "== " << name << " ==\n";
    out().flush();
    const QString path = QDir(dir).filePath(name + u"-index.sqlite"_s);
    search::SearchIndex index;
    if (!index.open(path)) {
        out() << "cannot open index: " << index.errorString() << '\n';
        return {{u"error"_s, index.errorString()}};
    }
    QElapsedTimer t;
    t.start();
    const auto st = index.sync(packs);
    const double buildMs = ms(t.nsecsElapsed());
    const int topics = index.topicCount();
    const qint64 indexKib = QFileInfo(path).size() / 1024;
    out() << "index build: " << QString::number(buildMs, 'f', 0) << " ms for " << topics << " topics, "
          << index.documentCount() << " topic-language rows, " << indexKib << " KiB"
          << (st.ok ? "" : " (FAILED)") << '\n';

    // Warm-up pass (page cache, vocabulary), then timed passes.
    int withHits = 0, corrected = 0;
    for (const auto &q : queries) {
        const search::SearchResult r = index.search(q.text, q.lang, Limit);
        withHits += r.hits.isEmpty() ? 0 : 1;
        corrected += r.correctedQuery.isEmpty() ? 0 : 1;
    }
    // Wall time is what the user waits; on a machine other work shares, it also holds the time this
    // thread waited for a core. The thread's CPU time is the work alone; both are reported.
    QList<double> times, cpuTimes;
    QMap<QString, QList<double>> byKind, cpuByKind;
    for (int pass = 0; pass < TimedPasses; ++pass) {
        for (const auto &q : queries) {
            const qint64 cpu0 = threadCpuNs();
            t.restart();
            const search::SearchResult r = index.search(q.text, q.lang, Limit);
            const double v = ms(t.nsecsElapsed());
            const double c = ms(threadCpuNs() - cpu0);
            Q_UNUSED(r);
            times.append(v);
            byKind[q.kind].append(v);
            cpuTimes.append(c);
            cpuByKind[q.kind].append(c);
        }
    }
    out() << queries.size() << " queries (" << withHits << " with hits, " << corrected << " via spelling correction), "
          << TimedPasses << " timed passes\n";
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        const QList<double> &cpu = cpuByKind[it.key()];
        out() << "  " << qSetFieldWidth(10) << Qt::left << it.key() << qSetFieldWidth(0) << " p50 "
              << QString::number(percentile(*it, 0.5), 'f', 3) << " ms  p95 " << QString::number(percentile(*it, 0.95), 'f', 3)
              << " ms   (CPU p50 " << QString::number(percentile(cpu, 0.5), 'f', 3) << " ms  p95 "
              << QString::number(percentile(cpu, 0.95), 'f', 3) << " ms)\n";
    }
    const double p50 = percentile(times, 0.5), p95 = percentile(times, 0.95), p99 = percentile(times, 0.99);
    const double max = *std::max_element(times.cbegin(), times.cend());
    const double c50 = percentile(cpuTimes, 0.5), c95 = percentile(cpuTimes, 0.95), c99 = percentile(cpuTimes, 0.99);
    out() << "index:  p50 " << QString::number(p50, 'f', 3) << " ms  p95 " << QString::number(p95, 'f', 3) << " ms  p99 "
          << QString::number(p99, 'f', 3) << " ms  max " << QString::number(max, 'f', 3) << " ms\n";
    out() << "  CPU:  p50 " << QString::number(c50, 'f', 3) << " ms  p95 " << QString::number(c95, 'f', 3) << " ms  p99 "
          << QString::number(c99, 'f', 3) << " ms  (the search thread's own time)\n";
    out().flush();

    const QSqlDatabase db = index.database();
    t.restart();
    if (!buildLikeTable(db, packs))
        out() << "LIKE table failed: " << db.lastError().text() << '\n';
    out() << "LIKE table: " << QString::number(ms(t.nsecsElapsed()), 'f', 0) << " ms\n";
    likeSearch(db, queries.first().text); // warm-up
    QList<double> like;
    for (const auto &q : queries) {
        t.restart();
        likeSearch(db, q.text);
        like.append(ms(t.nsecsElapsed()));
    }
    const double l50 = percentile(like, 0.5), l95 = percentile(like, 0.95);
    out() << "LIKE:   p50 " << QString::number(l50, 'f', 2) << " ms  p95 " << QString::number(l95, 'f', 2)
          << " ms  (index is " << QString::number(l50 / p50, 'f', 0) << "x faster at p50, "
          << QString::number(l95 / p95, 'f', 0) << "x at p95)\n\n";
    out().flush();

    return {{u"p50_ms"_s, round3(p50)},
            {u"cpu_p50_ms"_s, round3(c50)},
            {u"cpu_p95_ms"_s, round3(c95)},
            {u"cpu_p99_ms"_s, round3(c99)},
            {u"p95_ms"_s, round3(p95)},
            {u"p99_ms"_s, round3(p99)},
            {u"max_ms"_s, round3(max)},
            {u"like_p50_ms"_s, round3(l50)},
            {u"like_p95_ms"_s, round3(l95)},
            {u"like_ratio_p50"_s, std::round(l50 / p50)},
            {u"like_ratio_p95"_s, std::round(l95 / p95)},
            {u"queries"_s, int(queries.size())},
            {u"timed_runs"_s, int(times.size())},
            {u"queries_with_hits"_s, withHits},
            {u"index_build_ms"_s, std::round(buildMs)},
            {u"index_kib"_s, indexKib},
            {u"topics"_s, topics}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<bench::BenchQuery> queries = bench::querySet();
    // The situation queries too: long and mostly answered by the any-words fallback, the slowest path.
    for (const search::JudgedQuery &j : search::readJudgedQueries(QStringLiteral(MAHARAT_SITUATIONS_TSV)))
        queries.append({j.query, j.lang, u"situation"_s});
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        out() << "no temporary folder\n";
        return 1;
    }
    out() << "maharat-bench-search: " << queries.size() << " queries, " << QThread::idealThreadCount()
          << " cores, SQLite index vs LIKE scan\n";
    {
        // The Hunspell dictionaries load once per process, on their own thread, started when an
        // index opens; a search waits only if it needs them before they are ready. Timed here on
        // their own, so it is clear that no timed query below includes them.
        QElapsedTimer clock;
        clock.start();
        search::SpellDictionary dictionaries;
        dictionaries.loadInBackground();
        const QStringList names = dictionaries.available();
        out() << "spelling dictionaries " << (names.isEmpty() ? u"(none)"_s : names.join(u", "_s)) << ": loaded in "
              << dictionaries.loadMilliseconds() << " ms on their own thread (" << clock.elapsed()
              << " ms until ready); not part of any timed query\n";
    }
    out() << '\n';
    QJsonObject result;

    const QDir packDir(QStringLiteral(MAHARAT_BENCH_PACKS_DIR));
    const QStringList files = packDir.entryList({u"*.skillpack"_s}, QDir::Files, QDir::Name);
    QList<LoadedPack> defaults;
    for (const QString &f : files) {
        LoadedPack p;
        if (const PackError e = readPack(packDir.filePath(f), p))
            out() << "skipping " << f << ": " << e.message() << '\n';
        else
            defaults.append(std::move(p));
    }
    if (defaults.isEmpty()) {
        const QString note = u"no packs in "_s + packDir.path() + u" (build them: cmake --build build --target packs)"_s;
        out() << "default corpus skipped: " << note << "\n\n";
        result.insert(u"default"_s, QJsonObject{{u"skipped"_s, note}});
    } else {
        result.insert(u"relevance"_s, runRelevance(defaults, tmp.path()));
        if (qEnvironmentVariableIsSet("MAHARAT_BENCH_RELEVANCE_ONLY")) {
            out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
            return 0;
        }
        result.insert(u"default"_s, runCorpus(u"default"_s, defaults, queries, tmp.path()));
    }

    QElapsedTimer t;
    t.start();
    const PackContent content = bench::syntheticPack(SyntheticTopics);
    const double genMs = ms(t.nsecsElapsed());
    const QString packPath = tmp.filePath(u"synthetic.skillpack"_s);
    t.restart();
    const QString werr = writePack(content, {}, packPath);
    const double writeMs = ms(t.nsecsElapsed());
    if (!werr.isEmpty()) {
        out() << "writing the synthetic pack failed: " << werr << '\n';
        return 1;
    }
    LoadedPack synthetic;
    t.restart();
    if (const PackError e = readPack(packPath, synthetic)) {
        out() << "reading the synthetic pack failed: " << e.message() << '\n';
        return 1;
    }
    const double readMs = ms(t.nsecsElapsed());
    out() << "synthetic pack: " << SyntheticTopics << " topics x 3 languages, "
          << QFileInfo(packPath).size() / (1024 * 1024) << " MiB; generated in " << QString::number(genMs, 'f', 0)
          << " ms, written in " << QString::number(writeMs, 'f', 0) << " ms, read and validated in "
          << QString::number(readMs, 'f', 0) << " ms\n";
    const QString name = u"synthetic_"_s + QString::number(SyntheticTopics);
    result.insert(name, runCorpus(name, {synthetic}, queries, tmp.path()));

    out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    out().flush();
    return 0;
}
