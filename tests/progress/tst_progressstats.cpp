// Stats and export beyond tst_activity: exact mastery from known memory rows, streaks longer
// than the 30-day strip, local-day edges, more calendar dates, and the export files parsed back
// field by field (RFC 4180 parser below) with titles that need quoting.
#include "activity.h"
#include "exporter.h"
#include "packbuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;

namespace {

const QString kPack = u"org.maharat.test-stats"_s;
const QString kNoEn = u"org.maharat.test-noen"_s;
// A title that needs every kind of CSV quoting.
const QString kTrickyTitle = u"Calm, \"slow\"\nand steady"_s;
const QDateTime kNow(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

void writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

QString manifest(const QString &id, const QStringList &languages)
{
    QString titles, descriptions;
    for (const QString &lang : languages) {
        titles += u'@' + lang + u".title Title\n"_s;
        descriptions += u'@' + lang + u".description Description.\n"_s;
    }
    return u"@id "_s + id + u"\n@version 1\n@publisher Tests\n@created 2026-01-02\n@license CC0-1.0\n@languages "_s
        + languages.join(u' ') + u'\n' + titles + descriptions + u"@credit Tests\n\n@category c\n"_s + titles;
}

QString skill(const QString &id, const QMap<QString, QString> &titles, const QStringList &questions)
{
    QString s = u"@skill "_s + id + u"\n@category c\n@order 10\n"_s;
    for (auto it = titles.cbegin(); it != titles.cend(); ++it)
        s += u'@' + it.key() + u".title\n"_s + it.value() + u"\n@"_s + it.key() + u".summary Short.\n@"_s + it.key()
            + u".body\nText.\n"_s;
    for (const QString &q : questions) {
        s += u"\n@question "_s + q + u"\n@type truefalse\n"_s;
        for (auto it = titles.cbegin(); it != titles.cend(); ++it)
            s += u'@' + it.key() + u".stem Statement.\n@"_s + it.key() + u".explanation Yes.\n"_s;
        s += u"@correct true\n"_s;
    }
    return s;
}

bool build(const QString &src, const QString &out, const QString &cache)
{
    const BuildResult r = buildPack(src, out, {cache, false});
    for (const auto &e : r.errors)
        qWarning("%s", qPrintable(e.toString()));
    if (!r.failure.isEmpty())
        qWarning("%s", qPrintable(r.failure));
    return r.ok();
}

// RFC 4180, strictly: CRLF record ends, quotes only around whole fields, "" inside them.
// Anything else (a bare LF or a stray quote outside quotes) makes the parse fail.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c != u'"')
                field += c;
            else if (i + 1 < text.size() && text[i + 1] == u'"')
                field += c, ++i;
            else
                inQuotes = false;
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                return std::nullopt;
            inQuotes = wasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\r' || c == u'\n' || wasQuoted) {
            return std::nullopt;
        } else {
            field += c;
        }
    }
    if (inQuotes || !field.isEmpty() || !row.isEmpty())
        return std::nullopt; // the last record must end with CRLF too
    return rows;
}

QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }

} // namespace

class TestProgressStats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void emptyHistory();
    void streakOutlastsTheStrip();
    void localDayEdges();
    void masteryFromKnownMemoryRows();
    void moreDates_data();
    void moreDates();
    void csvRoundTrip();
    void jsonRoundTrip();
    void unwritablePlaces_data();
    void unwritablePlaces();

private:
    void fill(ProgressStore &store);
    void record(ProgressStore &store, const QString &pack, const QString &question, const QDateTime &lastReview,
                double stability, bool correct = true);
    QTemporaryDir m_dir;
    Library m_library;
    QList<TopicMastery> m_expected; // what fill() implies, in library order
};

void TestProgressStats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString src = m_dir.filePath(u"src"_s), packs = m_dir.filePath(u"packs"_s), cache = m_dir.filePath(u"cache"_s);
    writeText(src + u"/stats/pack.manifest"_s,
              manifest(kPack, {u"fa"_s, u"en"_s}));
    writeText(src + u"/stats/skills/calm.skill"_s,
              skill(u"calm"_s, {{u"fa"_s, u"آرامش"_s}, {u"en"_s, kTrickyTitle}}, {u"q1"_s, u"q2"_s}));
    writeText(src + u"/stats/skills/other.skill"_s,
              skill(u"other"_s, {{u"fa"_s, u"دیگر"_s}, {u"en"_s, u"Other"_s}}, {u"q1"_s}));
    writeText(src + u"/stats/skills/fresh.skill"_s,
              skill(u"fresh"_s, {{u"fa"_s, u"تازه"_s}, {u"en"_s, u"Fresh"_s}}, {u"q1"_s}));
    // No English: titles come from the pack's first language.
    writeText(src + u"/noen/pack.manifest"_s,
              manifest(kNoEn, {u"fa"_s, u"ar"_s}));
    writeText(src + u"/noen/skills/sabr.skill"_s,
              skill(u"sabr"_s, {{u"fa"_s, u"صبر، آرامش, \"حوصله\""_s}, {u"ar"_s, u"الصبر"_s}}, {u"q1"_s}));
    QVERIFY(QDir().mkpath(packs));
    QVERIFY(build(src + u"/stats"_s, packs + u"/stats.skillpack"_s, cache));
    QVERIFY(build(src + u"/noen"_s, packs + u"/noen.skillpack"_s, cache));
    m_library.load({packs});
    QCOMPARE(m_library.packs().size(), 2);
    QCOMPARE(m_library.pack(kPack)->content.skill(u"calm")->text.value(u"en"_s).title, kTrickyTitle);
}

void TestProgressStats::record(ProgressStore &store, const QString &pack, const QString &question,
                               const QDateTime &lastReview, double stability, bool correct)
{
    quiz::CardState card;
    card.memory = quiz::MemoryState{5.0, stability};
    card.lastReview = lastReview;
    card.due = lastReview.addDays(qMax(1, qRound(stability)));
    card.reps = 1;
    const QString skillId = question.section(u'.', 0, 0);
    QVERIFY(store.recordAnswer({{pack, question, skillId}, correct ? u"true"_s : u"false"_s, correct, 1234,
                                correct ? quiz::Rating::Good : quiz::Rating::Again, lastReview},
                               card));
}

void TestProgressStats::fill(ProgressStore &store)
{
    // calm: R = 0.9 (reviewed one stability ago) and R = 1 (just now) → 0.95. Its removed q7
    // keeps its answer in the count but not in the mastery.
    record(store, kPack, u"calm.q1"_s, kNow.addDays(-10), 10.0);
    record(store, kPack, u"calm.q2"_s, kNow, 5.0, false);
    record(store, kPack, u"calm.q7"_s, kNow.addDays(-100), 1.0);
    // other: only a removed question → listed, mastery 0.
    record(store, kPack, u"other.q5"_s, kNow.addDays(-3), 4.0);
    // sabr: one question, four days into a two-day stability.
    record(store, kNoEn, u"sabr.q1"_s, kNow.addDays(-4), 2.0);
    // A pack that is not installed: not a topic at all.
    record(store, u"org.gone"_s, u"x.q1"_s, kNow.addDays(-1), 3.0);

    quiz::CardState sabr;
    sabr.memory = quiz::MemoryState{5.0, 2.0};
    sabr.lastReview = kNow.addDays(-4);
    const double sabrR = quiz::Scheduler().retrievability(sabr, kNow);
    QVERIFY(sabrR > 0.5 && sabrR < 0.9);
    m_expected = {{{kPack, u"calm"_s}, 0.95, 3, kNow}, {{kPack, u"other"_s}, 0.0, 1, kNow.addDays(-3)},
                  {{kNoEn, u"sabr"_s}, sabrR, 1, kNow.addDays(-4)}};
    // Topics come in library order (packs as loaded, skills in display order).
    const auto packIndex = [&](const QString &id) {
        for (int i = 0; i < m_library.packs().size(); ++i)
            if (m_library.packs()[i].content.manifest.id == id)
                return i;
        return -1;
    };
    std::stable_sort(m_expected.begin(), m_expected.end(), [&](const TopicMastery &a, const TopicMastery &b) {
        return packIndex(a.skill.packId) < packIndex(b.skill.packId);
    });
}

void TestProgressStats::emptyHistory()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    const ActivityStats s = activityStats(store, QDate(2026, 11, 22));
    QCOMPARE(s.answeredToday, 0);
    QCOMPARE(s.streakDays, 0);
    QCOMPARE(s.last30Days, QList<int>(30, 0));
    QVERIFY(topicMastery(store, m_library, quiz::Scheduler(), kNow).isEmpty());
}

void TestProgressStats::streakOutlastsTheStrip()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    const QDate today(2026, 11, 22);
    // 44 days in a row ending yesterday, a gap, one more before it; nothing yet today.
    for (int back = 1; back <= 44; ++back)
        record(store, kPack, u"calm.q1"_s, QDateTime(today.addDays(-back), QTime(18, 0)).toUTC(), 2.0);
    record(store, kPack, u"calm.q1"_s, QDateTime(today.addDays(-46), QTime(18, 0)).toUTC(), 2.0);
    ActivityStats s = activityStats(store, today);
    QCOMPARE(s.answeredToday, 0);
    QCOMPARE(s.streakDays, 44);
    QList<int> strip(29, 1);
    strip.append(0);
    QCOMPARE(s.last30Days, strip);
    // The first answer today extends it.
    record(store, kPack, u"calm.q2"_s, QDateTime(today, QTime(7, 0)).toUTC(), 2.0);
    s = activityStats(store, today);
    QCOMPARE(s.answeredToday, 1);
    QCOMPARE(s.streakDays, 45);
    QCOMPARE(s.last30Days.last(), 1);
    QCOMPARE(s.last30Days.first(), 1);
}

void TestProgressStats::localDayEdges()
{
    // Days are the user's local days, whatever the time zone (run also with TZ=Asia/Tehran).
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    const QDate today(2026, 11, 22);
    record(store, kPack, u"calm.q1"_s, QDateTime(today, QTime(0, 0, 1)).toUTC(), 2.0);
    record(store, kPack, u"calm.q2"_s, QDateTime(today, QTime(23, 59, 59)).toUTC(), 2.0);
    record(store, kPack, u"other.q1"_s, QDateTime(today.addDays(-1), QTime(23, 59, 59)).toUTC(), 2.0);
    record(store, kPack, u"fresh.q1"_s, QDateTime(today.addDays(-2), QTime(0, 0)).toUTC(), 2.0);
    const ActivityStats s = activityStats(store, today);
    QCOMPARE(s.answeredToday, 2);
    QCOMPARE(s.streakDays, 3);
    QCOMPARE(s.last30Days.mid(27), (QList<int>{1, 1, 2}));
}

void TestProgressStats::masteryFromKnownMemoryRows()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    fill(store);
    const QList<TopicMastery> m = topicMastery(store, m_library, quiz::Scheduler(), kNow);
    QCOMPARE(m.size(), m_expected.size()); // `fresh` was never quizzed; org.gone is not installed
    for (int i = 0; i < m.size(); ++i) {
        QCOMPARE(m[i].skill, m_expected[i].skill);
        QVERIFY2(qAbs(m[i].mastery - m_expected[i].mastery) < 1e-9,
                 qPrintable(u"%1: %2 != %3"_s.arg(m[i].skill.skillId).arg(m[i].mastery).arg(m_expected[i].mastery)));
        QCOMPARE(m[i].answered, m_expected[i].answered);
        QCOMPARE(m[i].lastSeen, m_expected[i].lastSeen);
    }
    // Retrievability decays: later, every scheduled topic's mastery is lower.
    const QList<TopicMastery> later = topicMastery(store, m_library, quiz::Scheduler(), kNow.addDays(30));
    QCOMPARE(later.size(), m.size());
    for (int i = 0; i < m.size(); ++i) {
        if (m[i].skill.skillId == u"other")
            QCOMPARE(later[i].mastery, 0.0);
        else
            QVERIFY(later[i].mastery < m[i].mastery);
    }
}

void TestProgressStats::moreDates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("latin");
    QTest::addColumn<QString>("expected");
    const QDate azar1(2026, 11, 22); // 1 Azar 1405
    QTest::newRow("fa azar") << azar1 << u"fa"_s << false << u"۱ آذر ۱۴۰۵"_s;
    QTest::newRow("fa azar latin") << azar1 << u"fa"_s << true << u"1 آذر 1405"_s;
    // The last day of 1403, a leap year with 30 days in Esfand.
    QTest::newRow("fa esfand 30") << QDate(2025, 3, 20) << u"fa"_s << false << u"۳۰ اسفند ۱۴۰۳"_s;
    QTest::newRow("fa mehr") << QDate(2026, 10, 1) << u"fa"_s << false << u"۹ مهر ۱۴۰۵"_s;
    QTest::newRow("ar") << azar1 << u"ar"_s << false << u"٢٢ نوفمبر ٢٠٢٦"_s;
    QTest::newRow("ar latin") << azar1 << u"ar"_s << true << u"22 نوفمبر 2026"_s;
    QTest::newRow("en") << azar1 << u"en"_s << false << u"22 November 2026"_s;
    QTest::newRow("en latin") << azar1 << u"en"_s << true << u"22 November 2026"_s;
}

void TestProgressStats::moreDates()
{
    QFETCH(QDate, date);
    QFETCH(QString, lang);
    QFETCH(bool, latin);
    QFETCH(QString, expected);
    QCOMPARE(formatDate(date, lang, latin), expected);
}

void TestProgressStats::csvRoundTrip()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    fill(store);
    const QString path = dir.filePath(u"results.csv"_s);
    QString error;
    QVERIFY2(exportResults(store, m_library, quiz::Scheduler(), path, ExportFormat::Csv, kNow, &error),
             qPrintable(error));

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QVERIFY2(rows.has_value(), "not RFC 4180");
    QCOMPARE(rows->first(), (QStringList{u"answered_at"_s, u"pack_id"_s, u"skill_id"_s, u"skill_title"_s,
                                         u"question_id"_s, u"answer"_s, u"correct"_s, u"time_ms"_s, u"rating"_s}));
    const QList<Attempt> attempts = store.attempts();
    QCOMPARE(rows->size(), attempts.size() + 1);
    const QHash<QString, QString> titles{{kPack + u"/calm"_s, kTrickyTitle},
                                         {kPack + u"/other"_s, u"Other"_s},
                                         {kNoEn + u"/sabr"_s, u"صبر، آرامش, \"حوصله\""_s}};
    for (int i = 0; i < attempts.size(); ++i) {
        const Attempt &a = attempts[i];
        const QString title = titles.value(a.question.packId + u'/' + a.question.skillId); // gone: empty
        QCOMPARE(rows->at(i + 1), (QStringList{iso(a.answeredAt), a.question.packId, a.question.skillId, title,
                                               a.question.questionId, a.answer, a.correct ? u"1"_s : u"0"_s,
                                               QString::number(a.timeMs), QString::number(int(a.rating))}));
    }
    QVERIFY(rows->at(1).at(0).endsWith(u'Z')); // UTC, marked as such

    QFile t(dir.filePath(u"results-topics.csv"_s));
    QVERIFY(t.open(QIODevice::ReadOnly));
    const QByteArray topicBytes = t.readAll();
    QVERIFY(topicBytes.startsWith("\xEF\xBB\xBF"));
    const auto topics = parseCsv(QString::fromUtf8(topicBytes.mid(3)));
    QVERIFY2(topics.has_value(), "not RFC 4180");
    QCOMPARE(topics->first(), (QStringList{u"pack_id"_s, u"skill_id"_s, u"skill_title"_s, u"mastery"_s,
                                           u"answered"_s, u"last_seen"_s}));
    QCOMPARE(topics->size(), m_expected.size() + 1);
    for (int i = 0; i < m_expected.size(); ++i) {
        const TopicMastery &m = m_expected[i];
        QCOMPARE(topics->at(i + 1),
                 (QStringList{m.skill.packId, m.skill.skillId, titles.value(m.skill.packId + u'/' + m.skill.skillId),
                              QString::number(m.mastery, 'f', 3), QString::number(m.answered), iso(m.lastSeen)}));
    }
    QStringList masteries;
    for (const QStringList &row : *topics)
        masteries.append(row.at(1) + u'=' + row.at(3));
    QVERIFY(masteries.contains(u"calm=0.950"_s));
    QVERIFY(masteries.contains(u"other=0.000"_s));
}

void TestProgressStats::jsonRoundTrip()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    fill(store);
    const QString path = dir.filePath(u"results.json"_s);
    QString error;
    QVERIFY2(exportResults(store, m_library, quiz::Scheduler(), path, ExportFormat::Json, kNow, &error),
             qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(u"results-topics.csv"_s))); // JSON is one file
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.keys(), (QStringList{u"app_version"_s, u"attempts"_s, u"exported_at"_s, u"topics"_s}));
    QCOMPARE(root[u"exported_at"_s].toString(), u"2026-11-22T09:00:00Z"_s);
    QCOMPARE(root[u"app_version"_s].toString(), QStringLiteral(MAHARAT_VERSION));

    const QList<Attempt> attempts = store.attempts();
    const QJsonArray a = root[u"attempts"_s].toArray();
    QCOMPARE(a.size(), attempts.size());
    for (int i = 0; i < attempts.size(); ++i) {
        const QJsonObject o = a[i].toObject();
        QCOMPARE(o[u"answered_at"_s].toString(), iso(attempts[i].answeredAt));
        QCOMPARE(o[u"pack_id"_s].toString(), attempts[i].question.packId);
        QCOMPARE(o[u"skill_id"_s].toString(), attempts[i].question.skillId);
        QCOMPARE(o[u"question_id"_s].toString(), attempts[i].question.questionId);
        QCOMPARE(o[u"answer"_s].toString(), attempts[i].answer);
        QCOMPARE(o[u"correct"_s].toBool(), attempts[i].correct);
        QCOMPARE(o[u"time_ms"_s].toInteger(), attempts[i].timeMs);
        QCOMPARE(o[u"rating"_s].toInt(), int(attempts[i].rating));
    }
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        if (o[u"skill_id"_s].toString() == u"calm")
            QCOMPARE(o[u"skill_title"_s].toString(), kTrickyTitle);
        if (o[u"skill_id"_s].toString() == u"sabr") // no English: the first language, fa
            QCOMPARE(o[u"skill_title"_s].toString(), u"صبر، آرامش, \"حوصله\""_s);
    }

    const QJsonArray t = root[u"topics"_s].toArray();
    QCOMPARE(t.size(), m_expected.size());
    for (int i = 0; i < m_expected.size(); ++i) {
        const QJsonObject o = t[i].toObject();
        QCOMPARE(o[u"pack_id"_s].toString(), m_expected[i].skill.packId);
        QCOMPARE(o[u"skill_id"_s].toString(), m_expected[i].skill.skillId);
        const SkillKey &k = m_expected[i].skill;
        const QString lang = k.packId == kNoEn ? u"fa"_s : u"en"_s;
        QCOMPARE(o[u"skill_title"_s].toString(), m_library.pack(k.packId)->content.skill(k.skillId)->text.value(lang).title);
        QCOMPARE(o[u"mastery"_s].toDouble(), qRound(m_expected[i].mastery * 1000) / 1000.0);
        QCOMPARE(o[u"answered"_s].toInt(), m_expected[i].answered);
        QCOMPARE(o[u"last_seen"_s].toString(), iso(m_expected[i].lastSeen));
    }
}

void TestProgressStats::unwritablePlaces_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    for (const QString &p : {u"/proc/maharat-results"_s, u"<tmp>/no/such/folder/results"_s}) {
        QTest::addRow("%s csv", qPrintable(p)) << p + u".csv"_s << int(ExportFormat::Csv);
        QTest::addRow("%s json", qPrintable(p)) << p + u".json"_s << int(ExportFormat::Json);
    }
}

void TestProgressStats::unwritablePlaces()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    QTemporaryDir dir;
    path.replace(u"<tmp>"_s, dir.path());
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    fill(store);
    QString error;
    QVERIFY(!exportResults(store, m_library, quiz::Scheduler(), path, ExportFormat(format), kNow, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    const QFileInfo fi(path);
    QVERIFY(!QFileInfo::exists(fi.dir().filePath(fi.completeBaseName() + u"-topics.csv"_s)));
}

QTEST_GUILESS_MAIN(TestProgressStats)
#include "tst_progressstats.moc"
