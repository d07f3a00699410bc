#include "fsrs.h"

#include <algorithm>
#include <cmath>

namespace maharat::quiz {

namespace fsrs {
namespace {

constexpr const auto &w = kDefaultWeights;

double grade(Rating rating) { return static_cast<double>(static_cast<int>(rating)); }

double clampDifficulty(double d) { return std::clamp(d, 1.0, 10.0); }

double clampStability(double s)
{
    // NaN would poison every later review of the card; the floor is the safe reading.
    return std::isnan(s) ? kMinStability : std::clamp(s, kMinStability, kMaxStability);
}

// Mean reversion aims at D0(Easy) *before* clamping, as FSRS-6 does; clamping it first would
// shift every difficulty update away from the published model.
double rawInitialDifficulty(Rating rating) { return w[4] - std::exp(w[5] * (grade(rating) - 1.0)) + 1.0; }

} // namespace

double curveFactor() { return std::pow(0.9, -1.0 / w[20]) - 1.0; }

double forgettingCurve(double elapsedDays, double stability)
{
    const double t = std::max(elapsedDays, 0.0);
    return std::pow(1.0 + curveFactor() * t / clampStability(stability), -w[20]);
}

double initialStability(Rating rating) { return clampStability(w[static_cast<int>(rating) - 1]); }

double initialDifficulty(Rating rating) { return clampDifficulty(rawInitialDifficulty(rating)); }

double nextDifficulty(double difficulty, Rating rating)
{
    const double delta = -w[6] * (grade(rating) - 3.0);
    // Linear damping: the closer to 10, the smaller a step up, so "hard" cards do not pin at 10.
    const double damped = difficulty + delta * (10.0 - difficulty) / 9.0;
    return clampDifficulty(w[7] * rawInitialDifficulty(Rating::Easy) + (1.0 - w[7]) * damped);
}

double recallStability(double difficulty, double stability, double retrievability, Rating rating)
{
    const double hardPenalty = rating == Rating::Hard ? w[15] : 1.0;
    const double easyBonus = rating == Rating::Easy ? w[16] : 1.0;
    const double growth = std::exp(w[8]) * (11.0 - difficulty) * std::pow(stability, -w[9])
                          * (std::exp(w[10] * (1.0 - retrievability)) - 1.0) * hardPenalty * easyBonus;
    return clampStability(stability * (growth + 1.0));
}

double forgetStability(double difficulty, double stability, double retrievability)
{
    const double longTerm = w[11] * std::pow(difficulty, -w[12]) * (std::pow(stability + 1.0, w[13]) - 1.0)
                            * std::exp(w[14] * (1.0 - retrievability));
    // Capped so that a same-day Good right after the lapse (x e^(w17*w18)) cannot lift the card
    // back above the stability it had before it was forgotten.
    const double cap = stability / std::exp(w[17] * w[18]);
    return clampStability(std::min(longTerm, cap));
}

double shortTermStability(double stability, Rating rating)
{
    double increase = std::exp(w[17] * (grade(rating) - 3.0 + w[18])) * std::pow(stability, -w[19]);
    // A correct same-day answer may saturate but must not erode what is already known.
    if (rating == Rating::Good || rating == Rating::Easy)
        increase = std::max(increase, 1.0);
    return clampStability(stability * increase);
}

} // namespace fsrs

Scheduler::Scheduler(double targetRetention)
    : m_retention(std::isnan(targetRetention) ? kDefaultRetention
                                              : std::clamp(targetRetention, kMinRetention, kMaxRetention))
{
}

qint64 Scheduler::elapsedDays(const QDateTime &from, const QDateTime &to)
{
    constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;
    return std::max<qint64>(from.msecsTo(to), 0) / msPerDay;
}

int Scheduler::intervalDays(double stability) const
{
    const double decay = fsrs::kDefaultWeights[20];
    const double days = stability / fsrs::curveFactor() * (std::pow(m_retention, -1.0 / decay) - 1.0);
    if (std::isnan(days))
        return 1;
    if (days >= fsrs::kMaxIntervalDays) // also keeps llround away from huge values
        return fsrs::kMaxIntervalDays;
    return static_cast<int>(std::clamp<long long>(std::llround(days), 1, fsrs::kMaxIntervalDays));
}

double Scheduler::retrievability(const CardState &card, const QDateTime &now) const
{
    if (!card.memory)
        return 0.0;
    // A state with memory but no time is treated as just reviewed, matching review().
    const qint64 days = card.lastReview.isValid() ? elapsedDays(card.lastReview, now) : 0;
    return fsrs::forgettingCurve(static_cast<double>(days), card.memory->stability);
}

double Scheduler::nextStability(const CardState &card, Rating rating, const QDateTime &at) const
{
    if (!card.memory)
        return fsrs::initialStability(rating);
    const MemoryState m = *card.memory;
    if (sameDay(card, at))
        return fsrs::shortTermStability(m.stability, rating);
    const double r = fsrs::forgettingCurve(static_cast<double>(elapsedDays(card.lastReview, at)), m.stability);
    return rating == Rating::Again ? fsrs::forgetStability(m.difficulty, m.stability, r)
                                   : fsrs::recallStability(m.difficulty, m.stability, r, rating);
}

bool Scheduler::sameDay(const CardState &card, const QDateTime &at)
{
    return !card.lastReview.isValid() || elapsedDays(card.lastReview, at) < 1;
}

std::array<int, 4> Scheduler::orderedIntervals(const std::array<int, 4> &raw)
{
    // As the reference schedulers (ts-fsrs, py-fsrs long-term) do: again <= hard < good < easy,
    // so a better answer never brings a question back sooner. Each raw value is already >= 1.
    std::array<int, 4> i = raw;
    i[0] = std::min(i[0], i[1]);
    i[1] = std::max(i[1], i[0] + 1);
    i[2] = std::max(i[2], i[1] + 1);
    i[3] = std::max(i[3], i[2] + 1);
    // The 100-year cap wins over strict order: at the cap every rating means "learned".
    for (int &d : i)
        d = std::min(d, fsrs::kMaxIntervalDays);
    return i;
}

CardState Scheduler::review(const CardState &card, Rating rating, const QDateTime &now) const
{
    const QDateTime at = now.toUTC();
    std::array<int, 4> raw{};
    for (Rating g : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy})
        raw[static_cast<int>(g) - 1] = intervalDays(nextStability(card, g, at));
    const int days = orderedIntervals(raw)[static_cast<int>(rating) - 1];

    CardState next = card;
    if (!card.memory) {
        next.memory = MemoryState{fsrs::initialDifficulty(rating), fsrs::initialStability(rating)};
    } else {
        // A same-day miss is still the same learning session, not a fresh act of forgetting.
        if (rating == Rating::Again && !sameDay(card, at))
            ++next.lapses;
        next.memory = MemoryState{fsrs::nextDifficulty(card.memory->difficulty, rating), nextStability(card, rating, at)};
    }
    ++next.reps;
    next.lastReview = at;
    next.due = at.addDays(days);
    return next;
}

Rating ratingFor(bool correct, qint64 timeTakenMs, qint64 slowThresholdMs, bool answeredRightBefore)
{
    if (!correct)
        return Rating::Again;
    if (timeTakenMs > slowThresholdMs)
        return Rating::Hard;
    // Easy needs two signals (fast now, right last time) so one lucky tap cannot stretch a gap.
    if (answeredRightBefore && timeTakenMs * 2 < slowThresholdMs)
        return Rating::Easy;
    return Rating::Good;
}

qint64 slowThresholdMs(int stemChars, int optionChars, bool hasAudio, qint64 clipMs)
{
    constexpr qint64 baseMs = 8000;          // orient, think, tap
    constexpr qint64 perCharMs = 60;         // ~200 words a minute, slow enough for a second language
    constexpr qint64 unknownClipMs = 10000;  // a typical listening clip when its length is not known
    qint64 ms = baseMs + perCharMs * (qint64(std::max(stemChars, 0)) + qint64(std::max(optionChars, 0)));
    if (hasAudio)
        ms += clipMs > 0 ? clipMs : unknownClipMs;
    return ms;
}

} // namespace maharat::quiz
