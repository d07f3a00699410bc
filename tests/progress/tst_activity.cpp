// Stats the quiz page shows, dates in each language's calendar, and the results export.
#include "activity.h"
#include "exporter.h"
#include "packtestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;

class TestActivity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void streakTodayAndStrip();
    void datesFollowTheLanguage_data();
    void datesFollowTheLanguage();
    void masteryAndExport();
    void exportToAnUnwritablePlaceFails();

private:
    void answer(ProgressStore &store, const QString &question, const QDateTime &when, bool correct = true);
    QTemporaryDir m_dir;
    Library m_library;
};

void TestActivity::initTestCase()
{
    const QString packs = m_dir.filePath(u"packs"_s);
    QDir().mkpath(packs);
    QVERIFY(!testutil::buildMini(packs).isEmpty());
    m_library.load({packs});
    QCOMPARE(m_library.packs().size(), 1);
}

void TestActivity::answer(ProgressStore &store, const QString &question, const QDateTime &when, bool correct)
{
    const QString skill = question.section(u'.', 0, 0);
    const quiz::Scheduler scheduler;
    const QuestionKey key{u"org.maharat.test-mini"_s, question, skill};
    const quiz::CardState next =
        scheduler.review(store.cardState(key), correct ? quiz::Rating::Good : quiz::Rating::Again, when);
    QVERIFY(store.recordAnswer({key, u"b"_s, correct, 4000, correct ? quiz::Rating::Good : quiz::Rating::Again, when}, next));
}

void TestActivity::streakTodayAndStrip()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    const QDate today(2026, 11, 22);
    const auto at = [](const QDate &d) { return QDateTime(d, QTime(12, 0)).toUTC(); };
    // Answers on today, yesterday, the day before; a gap; then one 10 days ago.
    answer(store, u"patience.q1"_s, at(today));
    answer(store, u"patience.q2"_s, at(today));
    answer(store, u"patience.q1"_s, at(today.addDays(-1)));
    answer(store, u"patience.q3"_s, at(today.addDays(-2)));
    answer(store, u"listening.q1"_s, at(today.addDays(-10)));
    const ActivityStats s = activityStats(store, today);
    QCOMPARE(s.answeredToday, 2);
    QCOMPARE(s.streakDays, 3);
    QCOMPARE(s.last30Days.size(), 30);
    QCOMPARE(s.last30Days.last(), 2);
    QCOMPARE(s.last30Days[28], 1);
    QCOMPARE(s.last30Days[19], 1);
    QCOMPARE(std::accumulate(s.last30Days.cbegin(), s.last30Days.cend(), 0), 5);
    // Tomorrow morning, before any answer, the streak is still alive.
    QCOMPARE(activityStats(store, today.addDays(1)).streakDays, 3);
    QCOMPARE(activityStats(store, today.addDays(2)).streakDays, 0);
}

void TestActivity::datesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("latin");
    QTest::addColumn<QString>("expected");
    // 21 March 2026 is 1 Farvardin 1405, the Persian new year.
    QTest::newRow("fa") << u"fa"_s << false << u"۱ فروردین ۱۴۰۵"_s;
    QTest::newRow("fa latin") << u"fa"_s << true << u"1 فروردین 1405"_s;
    QTest::newRow("ar") << u"ar"_s << false << u"٢١ مارس ٢٠٢٦"_s;
    QTest::newRow("en") << u"en"_s << false << u"21 March 2026"_s;
}

void TestActivity::datesFollowTheLanguage()
{
    QFETCH(QString, lang);
    QFETCH(bool, latin);
    QFETCH(QString, expected);
    QCOMPARE(formatDate(QDate(2026, 3, 21), lang, latin), expected);
}

void TestActivity::masteryAndExport()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    answer(store, u"patience.q1"_s, t0);
    answer(store, u"patience.q2"_s, t0.addSecs(60), false);
    answer(store, u"gone.q9"_s, t0.addSecs(90)); // a question no installed pack has any more
    const quiz::Scheduler scheduler;
    const QList<TopicMastery> m = topicMastery(store, m_library, scheduler, t0.addSecs(120));
    QCOMPARE(m.size(), 1);
    QCOMPARE(m[0].skill.skillId, u"patience"_s);
    QCOMPARE(m[0].answered, 2);
    QVERIFY(m[0].mastery > 0.9 && m[0].mastery <= 1.0); // just answered: nearly certain recall

    QString error;
    const QString csv = dir.filePath(u"results.csv"_s);
    QVERIFY2(exportResults(store, m_library, scheduler, csv, ExportFormat::Csv, t0.addSecs(120), &error), qPrintable(error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // BOM
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header + 3 answers, the removed question's history included
    QVERIFY(lines[0].startsWith(u"answered_at,pack_id,skill_id,skill_title,question_id"_s));
    QVERIFY(lines[1].contains(u",patience,Patience,patience.q1,b,1,4000,3"_s));
    QVERIFY(lines[2].contains(u",0,4000,1"_s));
    QVERIFY(QFile::exists(dir.filePath(u"results-topics.csv"_s)));

    const QString json = dir.filePath(u"results.json"_s);
    QVERIFY(exportResults(store, m_library, scheduler, json, ExportFormat::Json, t0.addSecs(120), &error));
    QFile j(json);
    QVERIFY(j.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(j.readAll()).object();
    QCOMPARE(o[u"attempts"_s].toArray().size(), 3);
    QCOMPARE(o[u"topics"_s].toArray().size(), 1);
    QCOMPARE(o[u"topics"_s].toArray()[0].toObject()[u"skill_title"_s].toString(), u"Patience"_s);
    QCOMPARE(o[u"attempts"_s].toArray()[1].toObject()[u"correct"_s].toBool(), false);
}

void TestActivity::exportToAnUnwritablePlaceFails()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    QString error;
    const QString path = dir.filePath(u"no/such/folder/results.json"_s);
    QVERIFY(!exportResults(store, m_library, quiz::Scheduler(), path, ExportFormat::Json,
                           QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
