#pragma once
#include <QDateTime>
#include <QtGlobal>

#include <array>
#include <optional>

// FSRS-6 (Free Spaced Repetition Scheduler, open-spaced-repetition project) for refresher quizzes.
// Formulas, weights, rounding and caps are explained in docs/scheduling.md.
namespace maharat::quiz {

enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

struct MemoryState
{
    double difficulty = 0.0; // 1 (easy) .. 10 (hard)
    double stability = 0.0;  // days until the chance of recall falls to 90 %
};

// What the scheduler keeps per question and learner; all times UTC.
struct CardState
{
    std::optional<MemoryState> memory; // none until the first review
    QDateTime lastReview;              // invalid before the first review
    QDateTime due;                     // invalid before the first review: a new card is due now
    int reps = 0;
    int lapses = 0;
};

namespace fsrs {

// FSRS-6 defaults w0..w20, fitted by the project on its benchmark data (py-fsrs 6.x, fsrs-rs).
inline constexpr std::array<double, 21> kDefaultWeights = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
inline constexpr int kMaxIntervalDays = 36500; // 100 years: "learned for good"
inline constexpr double kMinStability = 0.001;
inline constexpr double kMaxStability = 36500.0;

// F = 0.9^(-1/w20) - 1, chosen so that forgettingCurve(S, S) == 0.9.
double curveFactor();
double forgettingCurve(double elapsedDays, double stability);
double initialStability(Rating rating);
double initialDifficulty(Rating rating);
double nextDifficulty(double difficulty, Rating rating);
double recallStability(double difficulty, double stability, double retrievability, Rating rating);
double forgetStability(double difficulty, double stability, double retrievability);
double shortTermStability(double stability, Rating rating);

} // namespace fsrs

class Scheduler
{
public:
    static constexpr double kDefaultRetention = 0.90;
    static constexpr double kMinRetention = 0.80;
    static constexpr double kMaxRetention = 0.95;

    // Out-of-range retention is clamped into [0.80, 0.95]; NaN falls back to the default.
    explicit Scheduler(double targetRetention = kDefaultRetention);
    double targetRetention() const { return m_retention; }

    // The next state after `rating`. Its due date keeps the four ratings' intervals ordered
    // (again <= hard < good < easy, see orderedIntervals) as the reference schedulers do.
    CardState review(const CardState &card, Rating rating, const QDateTime &now) const;
    // Stability after `rating` at `at`: first review, same day (short term), recall or lapse.
    double nextStability(const CardState &card, Rating rating, const QDateTime &at) const;
    // Raw intervals (days, each >= 1) of Again, Hard, Good, Easy -> the ordered ones.
    static std::array<int, 4> orderedIntervals(const std::array<int, 4> &raw);
    // 0 for a card never reviewed: nothing has been learned that could be recalled.
    double retrievability(const CardState &card, const QDateTime &now) const;
    int intervalDays(double stability) const;

    // Whole 24-hour periods, never negative (a clock moved backwards counts as 0).
    static qint64 elapsedDays(const QDateTime &from, const QDateTime &to);

private:
    // Never reviewed, or last reviewed less than 24 hours before `at`.
    static bool sameDay(const CardState &card, const QDateTime &at);
    double m_retention;
};

// Quiz answer -> rating; see docs/scheduling.md for the reasoning behind each cut.
Rating ratingFor(bool correct, qint64 timeTakenMs, qint64 slowThresholdMs, bool answeredRightBefore);
// clipMs is the listening clip's length; 0 when unknown (a fixed allowance is used instead).
qint64 slowThresholdMs(int stemChars, int optionChars, bool hasAudio, qint64 clipMs = 0);

} // namespace maharat::quiz
