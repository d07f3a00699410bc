#pragma once
#include "fsrs.h"
#include "library.h"
#include "progressstore.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

namespace maharat::quiz {

// One question as asked: its options in the order shown this time. The right answer is kept
// by option id, never by position, so shuffling cannot move it.
struct QuizItem {
    const LoadedPack *pack = nullptr;
    const Skill *skill = nullptr;
    const Question *question = nullptr;
    QStringList optionOrder;

    QuestionKey key() const;
    QString correctOptionId() const;
};

// Which questions a quiz asks. `rng` decides the draw and the option order (tests seed it).
QList<QuizItem> skillQuiz(const Library &library, const Library::SkillRef &skill, QRandomGenerator &rng,
                          int max = 5);
QList<QuizItem> categoryQuiz(const Library &library, const Library::CategoryRef &category,
                             QRandomGenerator &rng, int max = 10);
// Questions due by `now` across installed packs, most overdue first; scheduled questions that
// left their pack are skipped (their history stays in the store).
QList<QuizItem> refresherQuiz(const Library &library, const QList<ScheduledQuestion> &schedule,
                              const QDateTime &now, QRandomGenerator &rng, int max = 10);
int dueCount(const Library &library, const QList<ScheduledQuestion> &schedule, const QDateTime &now);

// A quiz in progress: answers, score, time, and the topics to revisit.
class QuizSession
{
public:
    explicit QuizSession(QList<QuizItem> items = {});

    int count() const { return int(m_items.size()); }
    int index() const { return m_index; }
    const QuizItem &current() const { return m_items[m_index]; }
    bool finished() const { return m_index >= count(); }
    bool currentAnswered() const { return m_index < m_answers.size(); }

    // Records the answer to the current question; returns whether it was right.
    bool answer(const QString &optionId, qint64 timeMs);
    void next();

    int score() const;
    qint64 totalTimeMs() const;
    // Skills with at least one wrong answer, in the order they were asked.
    QList<const Skill *> topicsToRevisit() const;
    const QList<QuizItem> &items() const { return m_items; }

private:
    QList<QuizItem> m_items;
    struct Given {
        QString optionId;
        bool correct;
        qint64 timeMs;
    };
    QList<Given> m_answers;
    int m_index = 0;
};

// Turns an answer into an FSRS rating and the question's next memory state (read from the store).
struct GradedAnswer {
    Attempt attempt;
    CardState next;
};
GradedAnswer gradeAnswer(const ProgressStore &store, const Scheduler &scheduler, const QuizItem &item,
                         const QString &optionId, bool correct, qint64 timeMs, const QDateTime &now);

// Turns an answer into an FSRS rating, schedules the question and stores both.
// Returns the rating given, or nothing if the store refused the write.
std::optional<Rating> recordAnswer(ProgressStore &store, const Scheduler &scheduler, const QuizItem &item,
                                   const QString &optionId, bool correct, qint64 timeMs, const QDateTime &now);

} // namespace maharat::quiz
