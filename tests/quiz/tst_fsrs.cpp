// FSRS-6 against numbers worked out by hand from the published formulas (python3 used only as a
// calculator, never the C++ code), so a slip in the implementation cannot agree with itself.
// Weights: w0..w20 = 0.212 1.2931 2.3065 8.2956 6.4133 0.8334 3.0194 0.001 1.8722 0.1666 0.796
//                    1.4835 0.0614 0.2629 1.6483 0.6014 1.8729 0.5425 0.0912 0.0658 0.1542
// F = 0.9^(-1/0.1542) - 1 = 0.98034649441348
// D0(4) unclamped = 6.4133 - e^(3*0.8334) + 1 = -4.77163070316174 (mean-reversion target)
#include "fsrs.h"

#include <QTest>

#include <cmath>

using namespace maharat::quiz;
using namespace Qt::StringLiterals;

// QCOMPARE's own fuzzy compare is relative; these values need a fixed absolute tolerance.
#define QCOMPARE_NEAR(actual, expected)                                                            \
    do {                                                                                           \
        const double a_ = (actual), e_ = (expected);                                               \
        const QByteArray msg_ = QByteArray::number(a_, 'g', 15) + " != " + QByteArray::number(e_, 'g', 15); \
        QVERIFY2(std::abs(a_ - e_) < 1e-6, msg_.constData());                                      \
    } while (false)

namespace {
const QDateTime t0(QDate(2025, 1, 6), QTime(9, 0), Qt::UTC);

CardState reviewedOnce(Rating rating) { return Scheduler().review(CardState{}, rating, t0); }

CardState known(double difficulty, double stability, int reps)
{
    CardState card;
    card.memory = MemoryState{difficulty, stability};
    card.lastReview = t0;
    card.due = t0;
    card.reps = reps;
    return card;
}
} // namespace

class TestFsrs : public QObject
{
    Q_OBJECT
private slots:
    void firstReview_data();
    void firstReview();
    void curveIsNinetyPercentAtStability();
    void intervalRoundsAndCaps();
    void secondReviewAfterInterval_data();
    void secondReviewAfterInterval();
    void lapseAfterLongInterval();
    void lapseIsCappedByShortTermBound();
    void goodStreakGrows();
    void intervalsKeepRatingOrder_data();
    void intervalsKeepRatingOrder();
    void orderedIntervalsRule();
    void retentionSetting();
    void difficultyStaysInBounds();
    void sameDayReview_data();
    void sameDayReview();
    void retrievabilityOfCard();
    void ratingMapping_data();
    void ratingMapping();
    void slowThreshold();
};

void TestFsrs::firstReview_data()
{
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<double>("stability");
    QTest::addColumn<double>("difficulty");
    QTest::addColumn<int>("days");
    // S0 = w[G-1]; D0 = w4 - e^(w5*(G-1)) + 1; at r = 0.9, I(S) = S, then round, at least 1.
    // Again: D0 = 6.4133 - 1 + 1 = 6.4133; I = round(0.212) = 0 -> 1
    QTest::newRow("again") << Rating::Again << 0.212 << 6.4133 << 1;
    // Raw intervals again 1, hard round(1.2931) = 1, good round(2.3065) = 2, easy 8; ordered
    // (again <= hard < good < easy): 1, 2, 3, 8, as ts-fsrs schedules a new card.
    // Hard: D0 = 7.4133 - e^0.8334 = 5.11217070560106; I = max(1, 1 + 1) = 2
    QTest::newRow("hard") << Rating::Hard << 1.2931 << 5.11217070560106 << 2;
    // Good: D0 = 7.4133 - e^1.6668 = 2.11810397045902; I = max(2, 2 + 1) = 3
    QTest::newRow("good") << Rating::Good << 2.3065 << 2.11810397045902 << 3;
    // Easy: D0 = 7.4133 - e^2.5002 = -4.77163070316174 -> clamped to 1; I = round(8.2956) = 8
    QTest::newRow("easy") << Rating::Easy << 8.2956 << 1.0 << 8;
}

void TestFsrs::firstReview()
{
    QFETCH(Rating, rating);
    QFETCH(double, stability);
    QFETCH(double, difficulty);
    QFETCH(int, days);
    const CardState card = reviewedOnce(rating);
    QVERIFY(card.memory.has_value());
    QCOMPARE_NEAR(card.memory->stability, stability);
    QCOMPARE_NEAR(card.memory->difficulty, difficulty);
    QCOMPARE(card.due, t0.addDays(days));
    QCOMPARE(card.lastReview, t0);
    QCOMPARE(card.reps, 1);
    QCOMPARE(card.lapses, 0); // failing a brand-new card is not forgetting it
}

void TestFsrs::curveIsNinetyPercentAtStability()
{
    QCOMPARE_NEAR(fsrs::curveFactor(), 0.98034649441348);
    for (double s : {0.212, 2.3065, 10.0, 365.0})
        QCOMPARE_NEAR(fsrs::forgettingCurve(s, s), 0.9);
    QCOMPARE_NEAR(fsrs::forgettingCurve(0.0, 5.0), 1.0);
    // (1 + F*2/2.3065)^-0.1542 = 0.909493255977355
    QCOMPARE_NEAR(fsrs::forgettingCurve(2.0, 2.3065), 0.909493255977355);
}

void TestFsrs::intervalRoundsAndCaps()
{
    const Scheduler s;
    QCOMPARE(s.intervalDays(10.0), 10);      // I(0.9, S) = S
    QCOMPARE(s.intervalDays(2.3065), 2);
    QCOMPARE(s.intervalDays(8.2956), 8);
    QCOMPARE(s.intervalDays(0.212), 1);      // never sooner than tomorrow
    QCOMPARE(s.intervalDays(1e6), 36500);    // capped at 100 years
    QCOMPARE(s.intervalDays(std::nan("")), 1);
}

void TestFsrs::secondReviewAfterInterval_data()
{
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<double>("stability");
    QTest::addColumn<double>("difficulty");
    QTest::addColumn<int>("days");
    // First Good at t0 (D = 2.11810397045902, S = 2.3065), second review on its due day, 3 days later:
    // R = (1 + F*3/2.3065)^-0.1542 = 0.880947955765942
    // S' = S*(e^1.8722 * (11-D) * S^-0.1666 * (e^(0.796*(1-R)) - 1) * [w15|w16] + 1)
    // D' = 0.001*(-4.77163070316174) + 0.999*(D + (-3.0194*(G-3))*(10-D)/9), clamp [1,10]
    // Raw intervals 1, 9, 14, 24: already ordered.
    QTest::newRow("hard") << Rating::Hard << 9.23487078178484 << 4.75285848853256 << 9;
    QTest::newRow("good") << Rating::Good << 13.8269036943546 << 2.11121423578539 << 14;
    // Easy: D' = 0.999*(2.1181 - 3.0194*7.8819/9) - 0.00477 = -0.53043 -> 1
    QTest::newRow("easy") << Rating::Easy << 23.8830640791567 << 1.0 << 24;
}

void TestFsrs::secondReviewAfterInterval()
{
    QFETCH(Rating, rating);
    QFETCH(double, stability);
    QFETCH(double, difficulty);
    QFETCH(int, days);
    const Scheduler s;
    const CardState first = reviewedOnce(Rating::Good);
    const QDateTime when = first.due; // t0 + 3 days
    const CardState card = s.review(first, rating, when);
    QCOMPARE_NEAR(card.memory->stability, stability);
    QCOMPARE_NEAR(card.memory->difficulty, difficulty);
    QCOMPARE(card.due, when.addDays(days));
    QCOMPARE(card.reps, 2);
    QCOMPARE(card.lapses, 0);
}

void TestFsrs::lapseAfterLongInterval()
{
    // D = 5, S = 30, forgotten 60 days later: R = (1 + F*60/30)^-0.1542 = 0.845884645149434
    // long term = 1.4835 * 5^-0.0614 * (31^0.2629 - 1) * e^(1.6483*(1-R)) = 2.54081112596977
    // cap = 30 / e^(0.5425*0.0912) = 28.5518399800305 -> S' = 2.54081112596977, I = round = 3
    // D' = 0.001*(-4.77163070316174) + 0.999*(5 + 6.0388*5/9) = 8.34176236929684
    const CardState card = Scheduler().review(known(5.0, 30.0, 3), Rating::Again, t0.addDays(60));
    QCOMPARE_NEAR(card.memory->stability, 2.54081112596977);
    QCOMPARE_NEAR(card.memory->difficulty, 8.34176236929684);
    QCOMPARE(card.due, t0.addDays(60 + 3));
    QCOMPARE(card.lapses, 1);
    QCOMPARE(card.reps, 4);
}

void TestFsrs::lapseIsCappedByShortTermBound()
{
    // Direct: D = 1, S = 0.212, R = 0.1: long term = 1.4835*(1.212^0.2629 - 1)*e^(1.6483*0.9)
    // = 0.339062232212725 > cap = 0.212/e^0.049476 = 0.201766335858882
    QCOMPARE_NEAR(fsrs::forgetStability(1.0, 0.212, 0.1), 0.201766335858882);
    // Via review: D = 6.4133, S = 0.212, failed after 3650 days: R = 0.222915736532759,
    // long term = 0.247022023536518 > cap 0.201766335858882; D' = 8.80630446885684
    const CardState card = Scheduler().review(known(6.4133, 0.212, 1), Rating::Again, t0.addDays(3650));
    QCOMPARE_NEAR(card.memory->stability, 0.201766335858882);
    QCOMPARE_NEAR(card.memory->difficulty, 8.80630446885684);
    QCOMPARE(card.due, t0.addDays(3650 + 1));
    QCOMPARE(card.lapses, 1);
}

void TestFsrs::goodStreakGrows()
{
    // Good every time, always exactly on the due day; each step applies the recall formula with
    // R = R(interval, S) and S capped at 36500. S per step: 2.3065 (ordered up to 3 days), 13.8269,
    // 56.9567, 196.235, 586.483, 1559.36, 3759.81, 8346.24, 17267.2, 33630.8, then 36500.
    const QList<int> expected = {3, 14, 57, 196, 586, 1559, 3760, 8346, 17267, 33631, 36500, 36500};
    const Scheduler s;
    CardState card = reviewedOnce(Rating::Good);
    QList<int> intervals{int(card.lastReview.daysTo(card.due))};
    while (intervals.size() < expected.size()) {
        card = s.review(card, Rating::Good, card.due);
        intervals.append(int(card.lastReview.daysTo(card.due)));
        QVERIFY(intervals.last() >= intervals.at(intervals.size() - 2));
    }
    QCOMPARE(intervals, expected);
    QCOMPARE(card.lapses, 0);
}

void TestFsrs::intervalsKeepRatingOrder_data()
{
    QTest::addColumn<double>("difficulty");
    QTest::addColumn<double>("stability");
    QTest::addColumn<int>("elapsedDays");
    QTest::addColumn<double>("retention");
    QTest::newRow("new card") << -1.0 << 0.0 << 0 << 0.90;
    QTest::newRow("new card, 0.95") << -1.0 << 0.0 << 0 << 0.95;
    QTest::newRow("same day, fragile") << 9.0 << 0.3 << 0 << 0.90;
    QTest::newRow("overdue, hard card") << 9.5 << 1.0 << 40 << 0.90;
    QTest::newRow("early, easy card") << 1.0 << 50.0 << 2 << 0.95;
    QTest::newRow("on time") << 5.0 << 30.0 << 30 << 0.80;
    QTest::newRow("near the cap") << 1.0 << 30000.0 << 30000 << 0.80;
}

void TestFsrs::intervalsKeepRatingOrder()
{
    // Whatever the state, a better rating never brings the question back sooner, and below the
    // cap hard < good < easy strictly.
    QFETCH(double, difficulty);
    QFETCH(double, stability);
    QFETCH(int, elapsedDays);
    QFETCH(double, retention);
    CardState card;
    if (difficulty > 0) {
        card = known(difficulty, stability, 3);
    }
    const QDateTime at = difficulty > 0 ? t0.addDays(elapsedDays) : t0;
    const Scheduler s(retention);
    QList<qint64> days;
    for (Rating g : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy})
        days.append(at.daysTo(s.review(card, g, at).due));
    QVERIFY2(days[0] >= 1 && days[0] <= days[1], qPrintable(QString::number(days[0])));
    for (int i = 1; i < 3; ++i)
        QVERIFY2(days[i] < days[i + 1] || days[i + 1] == fsrs::kMaxIntervalDays,
                 qPrintable(u"%1 %2 %3 %4"_s.arg(days[0]).arg(days[1]).arg(days[2]).arg(days[3])));
}

void TestFsrs::orderedIntervalsRule()
{
    using A = std::array<int, 4>;
    QCOMPARE(Scheduler::orderedIntervals(A{1, 1, 2, 8}), (A{1, 2, 3, 8}));   // a new card
    QCOMPARE(Scheduler::orderedIntervals(A{5, 3, 3, 3}), (A{3, 4, 5, 6}));   // again capped by hard
    QCOMPARE(Scheduler::orderedIntervals(A{3, 82, 117, 192}), (A{3, 82, 117, 192})); // already ordered
    QCOMPARE(Scheduler::orderedIntervals(A{36500, 36500, 36500, 36500}), (A{36500, 36500, 36500, 36500}));
}

void TestFsrs::retentionSetting()
{
    // I(r, 10) = 10/F * (r^(-1/0.1542) - 1): r=0.8 -> 33.1595978623098, r=0.95 -> 4.02558691989992
    QCOMPARE(Scheduler(0.80).intervalDays(10.0), 33);
    QCOMPARE(Scheduler(0.95).intervalDays(10.0), 4);
    // First Good (S = 2.3065): 0.8 -> 7.64826124694176 -> 8 days; 0.95 -> 0.928501623 -> 1 day
    QCOMPARE(Scheduler(0.80).intervalDays(2.3065), 8);
    QCOMPARE(Scheduler(0.95).intervalDays(2.3065), 1);
    QCOMPARE(Scheduler(0.5).targetRetention(), 0.80);
    QCOMPARE(Scheduler(0.99).targetRetention(), 0.95);
    QCOMPARE(Scheduler(std::nan("")).targetRetention(), 0.90);
    QCOMPARE(Scheduler().targetRetention(), 0.90);
}

void TestFsrs::difficultyStaysInBounds()
{
    // Again 50 times from 6.4133: D' = -0.00477163 + 0.999*(D + 6.0388*(10-D)/9) converges below
    // 10; after 50 steps 9.97799570821693.
    double d = fsrs::initialDifficulty(Rating::Again);
    for (int i = 0; i < 50; ++i) {
        d = fsrs::nextDifficulty(d, Rating::Again);
        QVERIFY(d >= 1.0 && d <= 10.0);
    }
    QCOMPARE_NEAR(d, 9.97799570821693);
    // Easy from 1: 1 - 3.0194*9/9 = -2.0194, reverted and clamped -> 1 exactly.
    QCOMPARE(fsrs::nextDifficulty(1.0, Rating::Easy), 1.0);
    // Easy from 5: 0.999*(5 - 3.0194*5/9) - 0.00477163 = 3.31446136929684
    QCOMPARE_NEAR(fsrs::nextDifficulty(5.0, Rating::Easy), 3.31446136929684);
    // At 10 the damping stops the step; only reversion moves it: 0.999*10 - 0.00477163 = 9.98522836929684
    QCOMPARE_NEAR(fsrs::nextDifficulty(10.0, Rating::Again), 9.98522836929684);
}

void TestFsrs::sameDayReview_data()
{
    QTest::addColumn<Rating>("first");
    QTest::addColumn<Rating>("second");
    QTest::addColumn<double>("stability");
    QTest::addColumn<double>("difficulty");
    QTest::addColumn<int>("days");
    // Ten minutes later: S' = S * e^(0.5425*(G-3+0.0912)) * S^-0.0658, factor >= 1 for Good/Easy.
    // Good after Good: factor = e^0.049476 * 2.3065^-0.0658 = 0.994500065784 -> 1, S stays 2.3065;
    // raw intervals 1, 1, 2, 4 ordered to 1, 2, 3, 4
    QTest::newRow("good-good") << Rating::Good << Rating::Good << 2.3065 << 2.11121423578539 << 3;
    // Good after Again: factor = e^0.049476 * 0.212^-0.0658 = 1.16362824422487 -> 0.246689187775673
    // D' = -0.00477163 + 0.999*6.4133 = 6.40211506929684; raw intervals all 1, ordered 1, 2, 3, 4
    QTest::newRow("again-good") << Rating::Again << Rating::Good << 0.246689187775673 << 6.40211506929684 << 3;
    // Easy after Good: 2.3065 * e^(0.5425*1.0912) * 2.3065^-0.0658 = 3.94605406796948
    QTest::newRow("good-easy") << Rating::Good << Rating::Easy << 3.94605406796948 << 1.0 << 4;
    // Again after Good: 2.3065 * e^(0.5425*-1.9088) * 2.3065^-0.0658 = 0.775083982855898
    // D' = -0.00477163 + 0.999*(2.1181 + 6.0388*7.8819/9) = 7.39450274127972
    QTest::newRow("good-again") << Rating::Good << Rating::Again << 0.775083982855898 << 7.39450274127972 << 1;
}

void TestFsrs::sameDayReview()
{
    QFETCH(Rating, first);
    QFETCH(Rating, second);
    QFETCH(double, stability);
    QFETCH(double, difficulty);
    QFETCH(int, days);
    const QDateTime later = t0.addSecs(10 * 60);
    const CardState card = Scheduler().review(reviewedOnce(first), second, later);
    QCOMPARE_NEAR(card.memory->stability, stability);
    QCOMPARE_NEAR(card.memory->difficulty, difficulty);
    QCOMPARE(card.due, later.addDays(days));
    QCOMPARE(card.reps, 2);
    QCOMPARE(card.lapses, 0); // a same-session miss is relearning, not a lapse
}

void TestFsrs::retrievabilityOfCard()
{
    const Scheduler s;
    QCOMPARE(s.retrievability(CardState{}, t0), 0.0);
    const CardState card = reviewedOnce(Rating::Good);
    // 2 days 20 hours counts as 2 whole days: R(2, 2.3065) = 0.909493255977355
    QCOMPARE_NEAR(s.retrievability(card, t0.addSecs((2 * 24 + 20) * 3600)), 0.909493255977355);
    QCOMPARE_NEAR(s.retrievability(card, t0.addDays(-3)), 1.0); // clock moved back
    QCOMPARE(Scheduler::elapsedDays(t0, t0.addSecs(24 * 3600 - 1)), 0);
    QCOMPARE(Scheduler::elapsedDays(t0, t0.addDays(1)), 1);
}

void TestFsrs::ratingMapping_data()
{
    QTest::addColumn<bool>("correct");
    QTest::addColumn<qint64>("timeMs");
    QTest::addColumn<bool>("before");
    QTest::addColumn<Rating>("rating");
    // Threshold 20 000 ms throughout: slow is > 20 000, fast is < 10 000.
    QTest::newRow("wrong-fast") << false << qint64(1000) << true << Rating::Again;
    QTest::newRow("wrong-slow") << false << qint64(60000) << false << Rating::Again;
    QTest::newRow("right-slow") << true << qint64(20001) << true << Rating::Hard;
    QTest::newRow("right-at-threshold") << true << qint64(20000) << false << Rating::Good;
    QTest::newRow("right-mid") << true << qint64(15000) << true << Rating::Good;
    QTest::newRow("right-fast-first-time") << true << qint64(5000) << false << Rating::Good;
    QTest::newRow("right-fast-again") << true << qint64(5000) << true << Rating::Easy;
    QTest::newRow("right-at-half") << true << qint64(10000) << true << Rating::Good;
    QTest::newRow("right-under-half") << true << qint64(9999) << true << Rating::Easy;
}

void TestFsrs::ratingMapping()
{
    QFETCH(bool, correct);
    QFETCH(qint64, timeMs);
    QFETCH(bool, before);
    QFETCH(Rating, rating);
    QCOMPARE(ratingFor(correct, timeMs, 20000, before), rating);
}

void TestFsrs::slowThreshold()
{
    QCOMPARE(slowThresholdMs(0, 0, false), qint64(8000));
    QCOMPARE(slowThresholdMs(100, 200, false), qint64(8000 + 60 * 300));           // 26 000
    QCOMPARE(slowThresholdMs(100, 200, true, 12000), qint64(8000 + 18000 + 12000)); // 38 000
    QCOMPARE(slowThresholdMs(100, 200, true), qint64(8000 + 18000 + 10000));        // clip unknown
    QCOMPARE(slowThresholdMs(-5, -5, false), qint64(8000));
    // A long question answered in 20 s is not slow; a short one is.
    QCOMPARE(ratingFor(true, 20000, slowThresholdMs(250, 150, false), false), Rating::Good);
    QCOMPARE(ratingFor(true, 20000, slowThresholdMs(20, 40, false), false), Rating::Hard);
}

QTEST_GUILESS_MAIN(TestFsrs)
#include "tst_fsrs.moc"
