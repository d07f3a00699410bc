#pragma once
#include "packcontent.h"

namespace maharat {

// Length bias of multiple-choice questions: a reader who always picks the longest option should
// not score well. docs/authoring.md states the rule that `maharat-pack lint` applies.

// The lint limit: the right option may be at most this many times as long (in characters) as the
// longest distractor, per language.
inline constexpr double kMaxRightToDistractorRatio = 1.4;

// Right option length / longest distractor length in `lang`; 0 for a question that is not a
// choice question or lacks text in that language. An empty distractor counts as one character.
double rightToLongestDistractor(const Question &q, const QString &lang);

// True when the right option is strictly longer than every distractor in `lang`.
bool rightIsUniquelyLongest(const Question &q, const QString &lang);

struct LengthBiasFigure {
    int choiceQuestions = 0;
    int uniquelyLongest = 0;
    double share() const { return choiceQuestions ? double(uniquelyLongest) / choiceQuestions : 0.0; }
};

// Over every choice question of the given packs, in one language.
LengthBiasFigure lengthBias(const QList<const PackContent *> &packs, const QString &lang);

} // namespace maharat
