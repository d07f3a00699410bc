// Statistics at 50,000 answers in the last 30 days: what the quiz page reads (answers per day,
// streak, last 30 days, last answered, per-topic counts), the way the app reads them now
// (per-day aggregate and an index, on a worker's own connection) against the way it used to
// (every answer row read and converted to a local date in C++), in the same run on the same
// file. Prints both, their ratio, and whether the 50 ms target holds. Last line: JSON.
#include "activity.h"
#include "progressstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace maharat;

namespace {

constexpr int Answers = 50000;
constexpr int Rounds = 7;

// The old reads: every row since `from`, one local-date conversion each, plus every answer
// loaded for the last date and the per-topic counts.
ActivitySnapshot baseline(const ProgressStore &store, const QDate &today)
{
    ActivitySnapshot out;
    QSqlQuery q(store.database());
    q.prepare(u"SELECT answered_at FROM attempt WHERE answered_at >= ?"_s);
    q.addBindValue(QDateTime(today.addDays(-400).startOfDay()).toMSecsSinceEpoch());
    q.exec();
    QMap<QDate, int> perDay;
    while (q.next())
        ++perDay[QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).toLocalTime().date()];
    out.stats.answeredToday = perDay.value(today);
    for (int i = 29; i >= 0; --i)
        out.stats.last30Days.append(perDay.value(today.addDays(-i)));
    QDate day = out.stats.answeredToday > 0 ? today : today.addDays(-1);
    while (perDay.value(day) > 0) {
        ++out.stats.streakDays;
        day = day.addDays(-1);
    }
    const QList<Attempt> all = store.attempts();
    QHash<QString, int> perTopic;
    for (const Attempt &a : all)
        ++perTopic[a.question.packId + u'/' + a.question.skillId];
    out.lastAnswered = all.isEmpty() ? QDateTime() : all.last().answeredAt;
    out.valid = !perTopic.isEmpty();
    return out;
}

// The app's reads, as UserData and the topic models run them: on a worker thread with its own
// connection, waited for here.
ActivitySnapshot current(const QString &path, const QDate &today)
{
    return QtConcurrent::run([path, today] {
               ActivitySnapshot s = activitySnapshot(path, today);
               ProgressStore reader;
               reader.openReadOnly(path);
               s.valid = s.valid && !reader.answersPerTopic().isEmpty();
               return s;
           })
        .result();
}

double medianMs(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"progress.db"_s);
    ProgressStore store;
    if (store.open(path) != ProgressStore::Status::Ok)
        return 1;
    // 50,000 answers spread over the last 30 days across 60 topics, written the way the app
    // writes them (attempt rows and the per-day aggregate), in one transaction for speed.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(store.database());
    q.exec(u"BEGIN"_s);
    q.prepare(u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1) "
              "INSERT INTO attempt(pack_id, question_id, skill_id, answer, correct, time_ms, rating, answered_at) "
              "SELECT 'org.bench', 's' || (i % 60) || '.q' || (i % 7), 's' || (i % 60), 'a', i % 3 > 0, 4000, 3, "
              "? - (i * 2591) % (30 * 86400000) FROM n"_s);
    q.addBindValue(Answers);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return 1;
    q.exec(u"INSERT INTO answer_day(day, answers) SELECT date(answered_at / 1000, 'unixepoch', 'localtime'), "
           "count(*) FROM attempt GROUP BY 1"_s);
    q.exec(u"COMMIT"_s);

    const QDate today = QDate::currentDate();
    QList<double> oldMs, newMs;
    ActivitySnapshot a, b;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer t;
        t.start();
        a = baseline(store, today);
        oldMs.append(t.nsecsElapsed() / 1e6);
        t.restart();
        b = current(path, today);
        newMs.append(t.nsecsElapsed() / 1e6);
    }
    if (a.stats.last30Days != b.stats.last30Days || a.stats.streakDays != b.stats.streakDays || !b.valid) {
        std::fprintf(stderr, "the two ways disagree\n");
        return 1;
    }
    const double oldMedian = medianMs(oldMs), newMedian = medianMs(newMs);
    std::printf("answers: %d (last 30 days), rounds: %d\n", Answers, Rounds);
    std::printf("baseline (every row, converted in C++, UI thread): %.1f ms median\n", oldMedian);
    std::printf("current (aggregate + index, worker connection):    %.2f ms median\n", newMedian);
    std::printf("speed-up: %.0fx; target <= 50 ms: %s\n", oldMedian / newMedian, newMedian <= 50 ? "met" : "MISSED");
    const QJsonObject json{{u"answers"_s, Answers}, {u"baseline_ms"_s, oldMedian}, {u"current_ms"_s, newMedian},
                           {u"ratio"_s, oldMedian / newMedian}};
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return newMedian <= 50 ? 0 : 1;
}
