#pragma once
#include "fsrs.h"
#include "library.h"
#include "progressstore.h"

#include <QDate>
#include <QList>

namespace maharat {

struct ActivityStats {
    int answeredToday = 0;
    int streakDays = 0;     // consecutive days with an answer, ending today (or yesterday)
    QList<int> last30Days;  // answers per day, oldest first, today last
};
ActivityStats activityStats(const ProgressStore &store, const QDate &today);

// Everything the quiz page's activity panel shows, read on the calling thread through its own
// read-only connection to the store at `path` (so it can run off the UI thread).
struct ActivitySnapshot {
    bool valid = false;
    ActivityStats stats;
    QDateTime lastAnswered;
};
ActivitySnapshot activitySnapshot(const QString &path, const QDate &today);

struct TopicMastery {
    SkillKey skill;
    double mastery = 0; // mean FSRS retrievability of the topic's scheduled questions, 0..1
    int answered = 0;
    QDateTime lastSeen;
};
// Every installed topic that has been quizzed at least once.
QList<TopicMastery> topicMastery(const ProgressStore &store, const Library &library,
                                 const quiz::Scheduler &scheduler, const QDateTime &now);

// A date as people read it in that language: the Jalali calendar in Persian, Gregorian in
// Arabic and English; digits of the language unless latinDigits.
QString formatDate(const QDate &date, const QString &lang, bool latinDigits);

} // namespace maharat
