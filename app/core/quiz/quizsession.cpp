#include "quizsession.h"

#include "logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace maharat::quiz {

QuestionKey QuizItem::key() const
{
    return {pack->content.manifest.id, question->id, skill->id};
}

QString QuizItem::correctOptionId() const
{
    const int i = question->correctIndex();
    return i < 0 ? QString() : question->options[i].id;
}

namespace {

template<typename T>
void shuffle(QList<T> &list, QRandomGenerator &rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
}

QuizItem makeItem(const LoadedPack *pack, const Skill *skill, const Question *q, QRandomGenerator &rng)
{
    QuizItem item{pack, skill, q, {}};
    for (const QuestionOption &o : q->options)
        item.optionOrder.append(o.id);
    // True stays before false: a fixed order is what people expect of that pair.
    if (q->type != u"truefalse")
        shuffle(item.optionOrder, rng);
    return item;
}

} // namespace

QList<QuizItem> skillQuiz(const Library &library, const Library::SkillRef &skill, QRandomGenerator &rng, int max)
{
    Q_UNUSED(library);
    QList<QuizItem> items;
    if (!skill)
        return items;
    for (const Question &q : skill.skill->questions)
        items.append(makeItem(skill.pack, skill.skill, &q, rng));
    shuffle(items, rng);
    return items.mid(0, max);
}

QList<QuizItem> categoryQuiz(const Library &library, const Library::CategoryRef &category, QRandomGenerator &rng,
                             int max)
{
    // One question per topic first, so a short quiz spreads over the category; then more.
    QList<QList<QuizItem>> perSkill;
    for (const Library::SkillRef &s : library.skillsOf(category)) {
        QList<QuizItem> items;
        for (const Question &q : s.skill->questions)
            items.append(makeItem(s.pack, s.skill, &q, rng));
        shuffle(items, rng);
        if (!items.isEmpty())
            perSkill.append(items);
    }
    shuffle(perSkill, rng);
    QList<QuizItem> out;
    for (int round = 0; out.size() < max; ++round) {
        bool any = false;
        for (const auto &items : std::as_const(perSkill)) {
            if (round < items.size() && out.size() < max) {
                out.append(items[round]);
                any = true;
            }
        }
        if (!any)
            break;
    }
    return out;
}

static QList<QuizItem> dueItems(const Library &library, const QList<ScheduledQuestion> &schedule,
                                const QDateTime &now, QRandomGenerator *rng)
{
    QList<QuizItem> out;
    for (const ScheduledQuestion &s : schedule) { // already most overdue first
        if (!s.card.due.isValid() || s.card.due > now)
            continue;
        const LoadedPack *pack = library.pack(s.question.packId);
        const Skill *skill = pack ? pack->content.skill(s.question.skillId) : nullptr;
        const Question *question = nullptr;
        if (skill)
            for (const Question &q : skill->questions)
                if (q.id == s.question.questionId)
                    question = &q;
        if (!question)
            continue;
        QRandomGenerator fixed(1);
        out.append(makeItem(pack, skill, question, rng ? *rng : fixed));
    }
    return out;
}

QList<QuizItem> refresherQuiz(const Library &library, const QList<ScheduledQuestion> &schedule, const QDateTime &now,
                              QRandomGenerator &rng, int max)
{
    return dueItems(library, schedule, now, &rng).mid(0, max);
}

int dueCount(const Library &library, const QList<ScheduledQuestion> &schedule, const QDateTime &now)
{
    return int(dueItems(library, schedule, now, nullptr).size());
}

QuizSession::QuizSession(QList<QuizItem> items) : m_items(std::move(items)) {}

bool QuizSession::answer(const QString &optionId, qint64 timeMs)
{
    if (finished() || currentAnswered())
        return false;
    const bool correct = optionId == current().correctOptionId();
    m_answers.append({optionId, correct, timeMs});
    return correct;
}

void QuizSession::next()
{
    if (!finished() && currentAnswered())
        ++m_index;
}

int QuizSession::score() const
{
    return int(std::count_if(m_answers.cbegin(), m_answers.cend(), [](const Given &g) { return g.correct; }));
}

qint64 QuizSession::totalTimeMs() const
{
    qint64 total = 0;
    for (const Given &g : m_answers)
        total += g.timeMs;
    return total;
}

QList<const Skill *> QuizSession::topicsToRevisit() const
{
    QList<const Skill *> out;
    for (qsizetype i = 0; i < m_answers.size(); ++i)
        if (!m_answers[i].correct && !out.contains(m_items[i].skill))
            out.append(m_items[i].skill);
    return out;
}

GradedAnswer gradeAnswer(const ProgressStore &store, const Scheduler &scheduler, const QuizItem &item,
                         const QString &optionId, bool correct, qint64 timeMs, const QDateTime &now)
{
    const QuestionKey key = item.key();
    const QString lang = item.pack->content.manifest.languages.value(0);
    int optionChars = 0;
    qint64 clipMs = 0;
    bool audio = false;
    for (const QuestionOption &o : item.question->options) {
        optionChars += int(o.text.value(lang).size());
        for (const QString &media : o.media) {
            if (const MediaInfo *m = item.pack->content.mediaInfo(media)) {
                audio = true;
                clipMs = std::max(clipMs, m->durationMs);
            }
        }
    }
    const qint64 threshold =
        slowThresholdMs(int(item.question->stem.value(lang).size()), optionChars, audio, audio ? 2 * clipMs : 0);
    const Rating rating = ratingFor(correct, timeMs, threshold, store.lastAnswerCorrect(key));
    return {{key, optionId, correct, timeMs, rating, now}, scheduler.review(store.cardState(key), rating, now)};
}

std::optional<Rating> recordAnswer(ProgressStore &store, const Scheduler &scheduler, const QuizItem &item,
                                   const QString &optionId, bool correct, qint64 timeMs, const QDateTime &now)
{
    const GradedAnswer g = gradeAnswer(store, scheduler, item, optionId, correct, timeMs, now);
    if (!store.recordAnswer(g.attempt, g.next))
        return std::nullopt;
    qCDebug(lcQuiz) << g.attempt.question.questionId << "rated" << int(g.attempt.rating) << "next due" << g.next.due;
    return g.attempt.rating;
}

} // namespace maharat::quiz
