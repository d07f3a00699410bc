#include "lengthbias.h"

#include <algorithm>

namespace maharat {

namespace {

// Right option length and longest distractor length, or {-1, -1} when not applicable.
std::pair<qsizetype, qsizetype> lengths(const Question &q, const QString &lang)
{
    if (q.type != u"choice" || q.options.size() < 2)
        return {-1, -1};
    qsizetype right = -1, longestWrong = -1;
    for (const QuestionOption &o : q.options) {
        const auto it = o.text.constFind(lang);
        if (it == o.text.constEnd())
            return {-1, -1};
        if (o.correct)
            right = it->size();
        else
            longestWrong = std::max(longestWrong, it->size());
    }
    if (right < 0 || longestWrong < 0)
        return {-1, -1};
    return {right, longestWrong};
}

} // namespace

double rightToLongestDistractor(const Question &q, const QString &lang)
{
    const auto [right, wrong] = lengths(q, lang);
    if (right < 0)
        return 0.0;
    return double(right) / double(std::max<qsizetype>(wrong, 1));
}

bool rightIsUniquelyLongest(const Question &q, const QString &lang)
{
    const auto [right, wrong] = lengths(q, lang);
    return right >= 0 && right > wrong;
}

LengthBiasFigure lengthBias(const QList<const PackContent *> &packs, const QString &lang)
{
    LengthBiasFigure f;
    for (const PackContent *p : packs)
        for (const Skill &s : p->skills)
            for (const Question &q : s.questions) {
                if (q.type != u"choice")
                    continue;
                ++f.choiceQuestions;
                f.uniquelyLongest += rightIsUniquelyLongest(q, lang) ? 1 : 0;
            }
    return f;
}

} // namespace maharat
