// Quiz planning and sessions on real packs: the mini test pack plus one generated here with
// enough questions to hit every cap. Expected answers come from the sources written in this
// file, not from Question::correctIndex(), so a slip in the pack code cannot agree with itself.
#include "packbuilder.h"
#include "packtestutil.h"
#include "quizsession.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;
using namespace maharat::quiz;

namespace {

const QString kMini = u"org.maharat.test-mini"_s;
const QString kBig = u"org.maharat.test-quiz"_s;
const QDateTime kNow(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

// alpha: 8 four-option choice questions and one phrasing; beta, gamma, delta: 2 each; all in
// category `big`. 15 questions, so skill, category and refresher caps all bind.
constexpr int kAlphaChoices = 8;

QString choiceAnswer(int n) { return QString(QChar(u'a' + n % 4)); }

void writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

QString skillHead(const QString &id, int order)
{
    return u"@skill "_s + id + u"\n@category big\n@order "_s + QString::number(order) + u"\n@en.title Topic "_s + id
        + u"\n@en.summary About "_s + id + u".\n@en.body\nSome words about "_s + id + u".\n\n"_s;
}

QString choiceQuestion(const QString &id, const QString &correct)
{
    return u"@question "_s + id + u"\n@type choice\n@en.stem Which one for "_s + id
        + u"?\n@en.option.a First\n@en.option.b Second\n@en.option.c Third\n@en.option.d Fourth\n@correct "_s + correct
        + u"\n@en.explanation Because.\n\n"_s;
}

QString trueFalseQuestion(const QString &id, bool correct)
{
    return u"@question "_s + id + u"\n@type truefalse\n@en.stem Statement "_s + id + u".\n@correct "_s
        + (correct ? u"true"_s : u"false"_s) + u"\n@en.explanation Because.\n\n"_s;
}

QString buildBigPack(const QString &dir)
{
    const QString src = dir + u"/big-src"_s;
    writeText(src + u"/pack.manifest"_s,
              u"@id org.maharat.test-quiz\n@version 1\n@publisher Maharat tests\n@created 2026-01-02\n"
              "@license CC0-1.0\n@languages en\n@en.title Quiz test pack\n@en.description Many questions.\n"
              "@credit Tests\n\n@category big\n@en.title Big\n"_s);
    QString alpha = skillHead(u"alpha"_s, 10)
        + u"@example ex\n@en.situation A customer waits.\n@en.bad Wait.\n@en.good Thank you for waiting.\n"
          "@en.why Thanks.\n\n"_s;
    for (int n = 1; n <= kAlphaChoices; ++n)
        alpha += choiceQuestion(u"q"_s + QString::number(n), choiceAnswer(n));
    alpha += u"@question q9\n@type phrasing\n@from ex\n@en.stem Which reply is better?\n@en.explanation The kind one.\n"_s;
    writeText(src + u"/skills/alpha.skill"_s, alpha);
    int order = 20;
    for (const QString &id : {u"beta"_s, u"gamma"_s, u"delta"_s}) {
        writeText(src + u"/skills/"_s + id + u".skill"_s,
                  skillHead(id, order) + choiceQuestion(u"q1"_s, u"c"_s) + trueFalseQuestion(u"q2"_s, order % 20 == 0));
        order += 10;
    }
    const QString out = dir + u"/packs/big.skillpack"_s;
    const BuildResult r = buildPack(src, out, {dir + u"/cache"_s, false});
    for (const auto &e : r.errors)
        qWarning("%s", qPrintable(e.toString()));
    return r.ok() ? out : QString();
}

} // namespace

class TestQuizSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shuffleKeepsTheRightAnswer();
    void skillQuizDrawsAtMostFive();
    void categoryQuizSpreadsAcrossTopics();
    void scoringAndTopicsToRevisit();
    void refresherMostOverdueFirst();
    void recordAnswerRatesAndSchedules();
    void recordAnswerReportsARefusedWrite();

private:
    QuizItem itemFor(const QString &skillRef, const QString &questionId) const;
    QTemporaryDir m_dir;
    Library m_library;
    QHash<QString, QString> m_correct; // "<pack>/<question>" -> option id, from the sources
};

void TestQuizSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString packs = m_dir.filePath(u"packs"_s);
    QVERIFY(QDir().mkpath(packs));
    QVERIFY(!testutil::buildMini(packs).isEmpty());
    QVERIFY(!buildBigPack(m_dir.path()).isEmpty());
    m_library.load({packs});
    QCOMPARE(m_library.packs().size(), 2);
    QVERIFY(m_library.failures().isEmpty());

    m_correct.insert(kMini + u"/patience.q1"_s, u"b"_s);
    m_correct.insert(kMini + u"/patience.q2"_s, u"true"_s);
    m_correct.insert(kMini + u"/patience.q3"_s, u"good"_s);
    m_correct.insert(kMini + u"/listening.q1"_s, u"false"_s);
    for (int n = 1; n <= kAlphaChoices; ++n)
        m_correct.insert(kBig + u"/alpha.q"_s + QString::number(n), choiceAnswer(n));
    m_correct.insert(kBig + u"/alpha.q9"_s, u"good"_s);
    m_correct.insert(kBig + u"/beta.q1"_s, u"c"_s);
    m_correct.insert(kBig + u"/beta.q2"_s, u"true"_s);
    m_correct.insert(kBig + u"/gamma.q1"_s, u"c"_s);
    m_correct.insert(kBig + u"/gamma.q2"_s, u"false"_s);
    m_correct.insert(kBig + u"/delta.q1"_s, u"c"_s);
    m_correct.insert(kBig + u"/delta.q2"_s, u"true"_s);
}

QuizItem TestQuizSession::itemFor(const QString &skillRef, const QString &questionId) const
{
    QRandomGenerator rng(1);
    for (const QuizItem &item : skillQuiz(m_library, m_library.findSkill(skillRef), rng, 100))
        if (item.question->id == questionId)
            return item;
    return {};
}

void TestQuizSession::shuffleKeepsTheRightAnswer()
{
    QHash<QString, QSet<QString>> orders;        // question -> option orders seen
    QHash<QString, QSet<int>> correctPositions; // question -> where its right answer was shown
    for (quint32 seed = 1; seed <= 200; ++seed) {
        QRandomGenerator rng(seed);
        for (const QString &skill : {u"org.maharat.test-mini/patience"_s, u"org.maharat.test-mini/listening"_s,
                                     u"org.maharat.test-quiz/alpha"_s}) {
            const QList<QuizItem> items = skillQuiz(m_library, m_library.findSkill(skill), rng, 100);
            QVERIFY(!items.isEmpty());
            for (const QuizItem &item : items) {
                const QString key = item.key().packId + u'/' + item.question->id;
                QVERIFY2(m_correct.contains(key), qPrintable(key));
                QCOMPARE(item.correctOptionId(), m_correct.value(key));
                QStringList ids;
                for (const QuestionOption &o : item.question->options)
                    ids.append(o.id);
                QStringList shown = item.optionOrder;
                QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()), QSet<QString>(ids.cbegin(), ids.cend()));
                QCOMPARE(shown.size(), ids.size());
                // The session judges by id, so the shown position never matters.
                QuizSession session({item});
                QVERIFY(session.answer(m_correct.value(key), 1000));
                for (const QString &id : std::as_const(shown)) {
                    QuizSession again({item});
                    QCOMPARE(again.answer(id, 1000), id == m_correct.value(key));
                }
                orders[key].insert(shown.join(u','));
                correctPositions[key].insert(int(shown.indexOf(m_correct.value(key))));
            }
        }
    }
    // True/false keep their fixed order; choice and phrasing vary from quiz to quiz.
    QCOMPARE(orders.value(kMini + u"/patience.q2"_s), QSet<QString>{u"true,false"_s});
    QCOMPARE(orders.value(kMini + u"/listening.q1"_s), QSet<QString>{u"true,false"_s});
    QCOMPARE(orders.value(kMini + u"/patience.q1"_s), (QSet<QString>{u"a,b"_s, u"b,a"_s}));
    QCOMPARE(orders.value(kMini + u"/patience.q3"_s), (QSet<QString>{u"bad,good"_s, u"good,bad"_s}));
    QCOMPARE(orders.value(kBig + u"/alpha.q9"_s), (QSet<QString>{u"bad,good"_s, u"good,bad"_s}));
    for (int n = 1; n <= kAlphaChoices; ++n) {
        const QString key = kBig + u"/alpha.q"_s + QString::number(n);
        QVERIFY2(orders.value(key).size() >= 12, qPrintable(key)); // of 24 possible, over 200 seeds
        QCOMPARE(correctPositions.value(key), (QSet<int>{0, 1, 2, 3}));
    }
}

void TestQuizSession::skillQuizDrawsAtMostFive()
{
    const Library::SkillRef alpha = m_library.findSkill(u"org.maharat.test-quiz/alpha");
    QVERIFY(alpha);
    QSet<QString> draws;
    for (quint32 seed = 1; seed <= 50; ++seed) {
        QRandomGenerator rng(seed);
        const QList<QuizItem> items = skillQuiz(m_library, alpha, rng);
        QCOMPARE(items.size(), 5);
        QStringList ids;
        for (const QuizItem &item : items) {
            QCOMPARE(item.skill, alpha.skill);
            ids.append(item.question->id);
        }
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 5); // no question twice
        draws.insert(ids.join(u','));
    }
    QVERIFY(draws.size() > 10); // which five, and in what order, changes between quizzes
    // A topic with fewer questions gives them all; an empty ref gives nothing.
    QRandomGenerator rng(7);
    QCOMPARE(skillQuiz(m_library, m_library.findSkill(u"org.maharat.test-mini/patience"), rng).size(), 3);
    QVERIFY(skillQuiz(m_library, m_library.findSkill(u"no-such-skill"), rng).isEmpty());
}

void TestQuizSession::categoryQuizSpreadsAcrossTopics()
{
    const Library::CategoryRef big = m_library.findCategory(u"org.maharat.test-quiz/big");
    QVERIFY(big);
    for (quint32 seed = 1; seed <= 50; ++seed) {
        QRandomGenerator rng(seed);
        // Four topics, four questions: one from each.
        QHash<QString, int> perSkill;
        const QList<QuizItem> four = categoryQuiz(m_library, big, rng, 4);
        QCOMPARE(four.size(), 4);
        for (const QuizItem &item : four)
            ++perSkill[item.skill->id];
        QCOMPARE(perSkill.size(), 4);

        // Ten of fifteen: every topic twice first, then alpha (the only one with more) fills up.
        perSkill.clear();
        QSet<const Question *> asked;
        const QList<QuizItem> ten = categoryQuiz(m_library, big, rng);
        QCOMPARE(ten.size(), 10);
        for (const QuizItem &item : ten) {
            ++perSkill[item.skill->id];
            asked.insert(item.question);
            QCOMPARE(item.skill->categoryId, u"big"_s);
        }
        QCOMPARE(asked.size(), 10);
        QCOMPARE(perSkill.value(u"alpha"_s), 4);
        QCOMPARE(perSkill.value(u"beta"_s), 2);
        QCOMPARE(perSkill.value(u"gamma"_s), 2);
        QCOMPARE(perSkill.value(u"delta"_s), 2);
    }
    // Asking for more than there is gives everything once.
    QRandomGenerator rng(3);
    QCOMPARE(categoryQuiz(m_library, big, rng, 50).size(), 15);
}

void TestQuizSession::scoringAndTopicsToRevisit()
{
    const QuizItem p1 = itemFor(u"org.maharat.test-mini/patience"_s, u"patience.q1"_s);
    const QuizItem p2 = itemFor(u"org.maharat.test-mini/patience"_s, u"patience.q2"_s);
    const QuizItem l1 = itemFor(u"org.maharat.test-mini/listening"_s, u"listening.q1"_s);
    const QuizItem a1 = itemFor(u"org.maharat.test-quiz/alpha"_s, u"alpha.q1"_s);
    QVERIFY(p1.question && p2.question && l1.question && a1.question);

    QuizSession s({l1, p1, a1, p2});
    QCOMPARE(s.count(), 4);
    QVERIFY(!s.currentAnswered());
    s.next(); // not answered yet: stays
    QCOMPARE(s.index(), 0);
    QVERIFY(!s.answer(u"true"_s, 1500)); // listening: wrong
    QVERIFY(!s.answer(u"false"_s, 99999)); // a second answer to the same question is ignored
    QVERIFY(s.currentAnswered());
    s.next();
    QVERIFY(s.answer(u"b"_s, 2500)); // patience: right
    s.next();
    QVERIFY(!s.answer(u"a"_s, 1000)); // alpha.q1: b is right
    s.next();
    QVERIFY(!s.answer(u"false"_s, 3000)); // patience again: wrong
    QVERIFY(!s.finished());
    s.next();
    QVERIFY(s.finished());
    QVERIFY(!s.answer(u"true"_s, 1)); // nothing left to answer
    QCOMPARE(s.score(), 1);
    QCOMPARE(s.totalTimeMs(), 1500 + 2500 + 1000 + 3000);
    // In the order they were asked, each once, and only topics with a wrong answer.
    QCOMPARE(s.topicsToRevisit(), (QList<const Skill *>{l1.skill, a1.skill, p1.skill}));

    QuizSession perfect({p1, p2});
    QVERIFY(perfect.answer(u"b"_s, 100));
    perfect.next();
    QVERIFY(perfect.answer(u"true"_s, 100));
    perfect.next();
    QCOMPARE(perfect.score(), 2);
    QVERIFY(perfect.topicsToRevisit().isEmpty());
}

void TestQuizSession::refresherMostOverdueFirst()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    QVERIFY(refresherQuiz(m_library, store.schedule(), kNow, *QRandomGenerator::global()).isEmpty());
    QCOMPARE(dueCount(m_library, store.schedule(), kNow), 0);

    // Every installed question gets a due date; overdue by a different number of hours each, in
    // an order unrelated to how they are written.
    struct Entry {
        QuestionKey key;
        QDateTime due;
    };
    QList<Entry> entries;
    int n = 0;
    for (const LoadedPack &p : m_library.packs())
        for (const Skill &s : p.content.skills)
            for (const Question &q : s.questions) {
                const int hoursOverdue = (n * 7) % 19 + 1; // 19 is prime: distinct for n < 19
                entries.append({{p.content.manifest.id, q.id, s.id}, kNow.addSecs(-3600 * hoursOverdue)});
                ++n;
            }
    QCOMPARE(entries.size(), 19);
    // One question is due exactly now (counts), one tomorrow (does not).
    entries[3].due = kNow;
    entries[4].due = kNow.addDays(1);
    // Most overdue of all, but gone: a removed question and a removed pack.
    entries.append({{kBig, u"alpha.q99"_s, u"alpha"_s}, kNow.addDays(-300)});
    entries.append({{u"org.gone"_s, u"x.q1"_s, u"x"_s}, kNow.addDays(-400)});
    entries.append({{kMini, u"gone.q1"_s, u"gone"_s}, kNow.addDays(-500)});
    for (const Entry &e : std::as_const(entries)) {
        CardState card;
        card.memory = MemoryState{5.0, 3.0};
        card.lastReview = e.due.addDays(-3);
        card.due = e.due;
        card.reps = 1;
        QVERIFY(store.recordAnswer({e.key, u"a"_s, true, 1000, Rating::Good, card.lastReview}, card));
    }

    QList<Entry> dueInstalled;
    for (const Entry &e : std::as_const(entries))
        if (e.due <= kNow && m_correct.contains(e.key.packId + u'/' + e.key.questionId))
            dueInstalled.append(e);
    std::stable_sort(dueInstalled.begin(), dueInstalled.end(),
                     [](const Entry &a, const Entry &b) { return a.due < b.due; });
    QCOMPARE(dueInstalled.size(), 18);
    QCOMPARE(dueCount(m_library, store.schedule(), kNow), 18);

    for (quint32 seed = 1; seed <= 5; ++seed) {
        QRandomGenerator rng(seed);
        const QList<QuizItem> items = refresherQuiz(m_library, store.schedule(), kNow, rng);
        QCOMPARE(items.size(), 10);
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(items[i].key(), dueInstalled[i].key);
            QCOMPARE(items[i].correctOptionId(), m_correct.value(items[i].key().packId + u'/' + items[i].question->id));
        }
    }
    QRandomGenerator rng(9);
    QCOMPARE(refresherQuiz(m_library, store.schedule(), kNow, rng, 50).size(), 18);
    // A day later the one due tomorrow joins; a day earlier only those already overdue then.
    QCOMPARE(dueCount(m_library, store.schedule(), kNow.addDays(1)), 19);
    QCOMPARE(dueCount(m_library, store.schedule(), kNow.addSecs(-3600 * 10)), 9);
}

// Same state, compared field by field (the store keeps milliseconds and doubles exactly).
static void compareCards(const CardState &actual, const CardState &expected)
{
    QVERIFY(actual.memory && expected.memory);
    QCOMPARE(actual.memory->difficulty, expected.memory->difficulty);
    QCOMPARE(actual.memory->stability, expected.memory->stability);
    QCOMPARE(actual.lastReview.toMSecsSinceEpoch(), expected.lastReview.toMSecsSinceEpoch());
    QCOMPARE(actual.due.toMSecsSinceEpoch(), expected.due.toMSecsSinceEpoch());
    QCOMPARE(actual.reps, expected.reps);
    QCOMPARE(actual.lapses, expected.lapses);
}

void TestQuizSession::recordAnswerRatesAndSchedules()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(u"p.db"_s)), ProgressStore::Status::Ok);
    const Scheduler scheduler;
    const QuizItem p1 = itemFor(u"org.maharat.test-mini/patience"_s, u"patience.q1"_s);
    const QuizItem l1 = itemFor(u"org.maharat.test-mini/listening"_s, u"listening.q1"_s);
    const QuizItem a9 = itemFor(u"org.maharat.test-quiz/alpha"_s, u"alpha.q9"_s);
    QVERIFY(p1.question && l1.question && a9.question);
    constexpr qint64 slow = 10 * 60 * 1000; // beyond any question's slow threshold
    constexpr qint64 fast = 100;            // below half of any threshold
    QCOMPARE(store.cardState(p1.key()).memory.has_value(), false);

    struct Step {
        const QuizItem *item;
        QString answer;
        qint64 timeMs;
        QDateTime at;
        Rating expected;
    };
    const QList<Step> steps = {
        // A new question enters the schedule with its first answer; wrong is Again.
        {&p1, u"a"_s, 3000, kNow, Rating::Again},
        // Right but slow: Hard.
        {&p1, u"b"_s, slow, kNow.addDays(3), Rating::Hard},
        // Right and fast, and right the time before: Easy.
        {&p1, u"b"_s, fast, kNow.addDays(10), Rating::Easy},
        // Right at an ordinary pace: Good. patience.q1 is rated in Persian, its first language:
        // 12 + 4 + 5 characters, so 8000 + 60 * 21 = 9260 ms is slow and under 4630 ms is fast.
        {&p1, u"b"_s, 6000, kNow.addDays(30), Rating::Good},
        // Fast on a first sighting may be a lucky guess: Good, not Easy.
        {&l1, u"false"_s, fast, kNow, Rating::Good},
        // Wrong after right: Again, a lapse on a later day.
        {&l1, u"true"_s, fast, kNow.addDays(5), Rating::Again},
        // Fast and right, but wrong the time before: Good.
        {&l1, u"false"_s, fast, kNow.addDays(6), Rating::Good},
        // A phrasing question with its option shown in either order, slow: Hard.
        {&a9, u"good"_s, slow, kNow.addDays(1), Rating::Hard},
    };
    int stored = 0;
    for (const Step &step : steps) {
        const QuestionKey key = step.item->key();
        const CardState before = store.cardState(key);
        const bool correct = step.answer == step.item->correctOptionId();
        const std::optional<Rating> rating =
            recordAnswer(store, scheduler, *step.item, step.answer, correct, step.timeMs, step.at);
        QVERIFY(rating.has_value());
        QCOMPARE(int(*rating), int(step.expected));
        ++stored;

        const QList<Attempt> attempts = store.attempts();
        QCOMPARE(attempts.size(), stored);
        const auto it = std::find_if(attempts.cbegin(), attempts.cend(), [&](const Attempt &a) {
            return a.question == key && a.answeredAt == step.at;
        });
        QVERIFY(it != attempts.cend());
        QCOMPARE(it->answer, step.answer);
        QCOMPARE(it->correct, correct);
        QCOMPARE(it->timeMs, step.timeMs);
        QCOMPARE(int(it->rating), int(step.expected));

        const CardState expected = scheduler.review(before, step.expected, step.at);
        const CardState after = store.cardState(key);
        compareCards(after, expected);
        // The stored due date is the scheduler's (ratings' intervals ordered), at least a day out.
        QCOMPARE(after.due.toMSecsSinceEpoch(), expected.due.toMSecsSinceEpoch());
        QVERIFY(after.due >= step.at.addDays(1));
        const QList<ScheduledQuestion> schedule = store.schedule();
        QVERIFY(std::any_of(schedule.cbegin(), schedule.cend(), [&](const ScheduledQuestion &s) {
            return s.question == key && s.card.due == after.due;
        }));
    }
    QCOMPARE(store.schedule().size(), 3); // one memory row per question, however often answered
    QCOMPARE(store.cardState(p1.key()).reps, 4);
    QCOMPARE(store.cardState(l1.key()).lapses, 1);
}

void TestQuizSession::recordAnswerReportsARefusedWrite()
{
    ProgressStore closed; // never opened: every write fails
    const QuizItem p1 = itemFor(u"org.maharat.test-mini/patience"_s, u"patience.q1"_s);
    QVERIFY(!recordAnswer(closed, Scheduler(), p1, u"b"_s, true, 1000, kNow).has_value());
}

QTEST_GUILESS_MAIN(TestQuizSession)
#include "tst_quizsession.moc"
