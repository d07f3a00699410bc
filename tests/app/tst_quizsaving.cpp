// The quiz screen under a store that cannot keep answers: it says so on every question while it
// is true, holds the answers, writes them once the cause goes away, and then says nothing.
#include "appcontext.h"
#include "packtestutil.h"
#include "quizcontroller.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;

class TestQuizSaving : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullDiskIsShownUntilAnswersAreWritten();
    void heldAnswersAreRetriedWithoutAnotherAnswer();
    void storeThatDidNotOpenIsShownAndRecovers();

private:
    static int storedAnswers(ProgressStore &store);
    QTemporaryDir m_dir;
    QString m_packs;
};

void TestQuizSaving::initTestCase()
{
    m_packs = m_dir.filePath(u"packs"_s);
    QDir().mkpath(m_packs);
    QVERIFY(!testutil::buildMini(m_packs).isEmpty());
}

int TestQuizSaving::storedAnswers(ProgressStore &store)
{
    QSqlQuery q(store.database());
    return q.exec(u"SELECT count(*) FROM attempt"_s) && q.next() ? q.value(0).toInt() : -1;
}

static void answerCurrent(QuizController &quiz)
{
    quiz.answer(quiz.options().value(0).toMap().value(u"id"_s).toString());
}

void TestQuizSaving::fullDiskIsShownUntilAnswersAreWritten()
{
    AppContext ctx(m_dir.filePath(u"full"_s), {m_packs});
    QVERIFY(ctx.progress().isOpen());
    QuizController quiz;
    QVERIFY(quiz.startSkill(u"org.maharat.test-mini/patience"_s));
    QVERIFY(quiz.count() >= 3);
    QVERIFY(!quiz.notKept());
    answerCurrent(quiz);
    QCOMPARE(storedAnswers(ctx.progress()), 1);

    // The store stops taking writes (what a full disk does to every commit).
    QSqlQuery q(ctx.progress().database());
    QVERIFY(q.exec(u"PRAGMA query_only = ON"_s));
    quiz.next();
    QVERIFY(!quiz.notKept()); // nothing has failed yet
    answerCurrent(quiz);
    QVERIFY(quiz.answered());  // feedback as usual
    QVERIFY(quiz.notKept());   // and the screen says the answer is not kept
    QVERIFY(!quiz.notKeptReason().isEmpty());
    QCOMPARE(ctx.answers().held(), 1);
    quiz.next();
    QVERIFY(quiz.notKept()); // still true on the next question, and still said
    QCOMPARE(storedAnswers(ctx.progress()), 1);

    // The cause goes away: the next answer writes the held one too, and the screen clears.
    QVERIFY(q.exec(u"PRAGMA query_only = OFF"_s));
    answerCurrent(quiz);
    QCOMPARE(storedAnswers(ctx.progress()), 3);
    QVERIFY(!quiz.notKept());
    QVERIFY(quiz.notKeptReason().isEmpty());
    QCOMPARE(ctx.answers().held(), 0);
}

void TestQuizSaving::heldAnswersAreRetriedWithoutAnotherAnswer()
{
    AppContext ctx(m_dir.filePath(u"retry"_s), {m_packs});
    QuizController quiz;
    QVERIFY(quiz.startSkill(u"org.maharat.test-mini/patience"_s));
    QSqlQuery q(ctx.progress().database());
    QVERIFY(q.exec(u"PRAGMA query_only = ON"_s));
    answerCurrent(quiz);
    QVERIFY(quiz.notKept());
    QVERIFY(q.exec(u"PRAGMA query_only = OFF"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!quiz.notKept(), 8000); // the retry timer, while the user reads
    QCOMPARE(storedAnswers(ctx.progress()), 1);
}

void TestQuizSaving::storeThatDidNotOpenIsShownAndRecovers()
{
    // A folder where progress.db should be: nothing can be stored, and the quiz says so before
    // the first answer.
    const QString data = m_dir.filePath(u"blocked"_s);
    QVERIFY(QDir().mkpath(data + u"/progress.db/inside"_s));
    AppContext ctx(data, {m_packs});
    QVERIFY(!ctx.progress().isOpen());
    QuizController quiz;
    QVERIFY(quiz.startSkill(u"org.maharat.test-mini/patience"_s));
    QVERIFY(quiz.notKept());
    QCOMPARE(quiz.notKeptReason(), ctx.progress().errorMessage());
    answerCurrent(quiz);
    QVERIFY(quiz.answered()); // the quiz goes on: practice still helps
    QVERIFY(quiz.notKept());
    QCOMPARE(ctx.answers().held(), 1);

    // The folder is moved away: the store opens and takes the held answer.
    QVERIFY(QDir(data + u"/progress.db"_s).removeRecursively());
    quiz.next();
    answerCurrent(quiz);
    QVERIFY(ctx.progress().isOpen());
    QVERIFY(!quiz.notKept());
    QCOMPARE(storedAnswers(ctx.progress()), 2);
}

QTEST_MAIN(TestQuizSaving)
#include "tst_quizsaving.moc"
