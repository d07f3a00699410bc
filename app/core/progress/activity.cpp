#include "activity.h"

#include "languages.h"

#include <QCalendar>
#include <QHash>

using namespace Qt::StringLiterals;

namespace maharat {

ActivityStats activityStats(const ProgressStore &store, const QDate &today)
{
    ActivityStats s;
    const QDate from = today.addDays(-400); // enough history for any realistic streak
    const QMap<QDate, int> perDay = store.answersPerDay(from);
    s.answeredToday = perDay.value(today);
    for (int i = 29; i >= 0; --i)
        s.last30Days.append(perDay.value(today.addDays(-i)));
    // A streak is still alive in the morning before today's first answer.
    QDate day = s.answeredToday > 0 ? today : today.addDays(-1);
    while (perDay.value(day) > 0) {
        ++s.streakDays;
        day = day.addDays(-1);
    }
    return s;
}

ActivitySnapshot activitySnapshot(const QString &path, const QDate &today)
{
    ActivitySnapshot out;
    ProgressStore reader;
    if (reader.openReadOnly(path) != ProgressStore::Status::Ok)
        return out;
    out.stats = activityStats(reader, today);
    out.lastAnswered = reader.lastAnsweredAt();
    out.valid = true;
    return out;
}

QList<TopicMastery> topicMastery(const ProgressStore &store, const Library &library,
                                 const quiz::Scheduler &scheduler, const QDateTime &now)
{
    struct Acc {
        double sum = 0;
        int n = 0;
    };
    QHash<QString, Acc> acc;
    for (const ScheduledQuestion &q : store.schedule()) {
        const LoadedPack *pack = library.pack(q.question.packId);
        const Skill *skill = pack ? pack->content.skill(q.question.skillId) : nullptr;
        const bool stillThere = skill && std::any_of(skill->questions.cbegin(), skill->questions.cend(),
                                                     [&](const Question &x) { return x.id == q.question.questionId; });
        if (!stillThere)
            continue; // history stays, but a removed question no longer counts
        Acc &a = acc[q.question.packId + u'/' + q.question.skillId];
        a.sum += scheduler.retrievability(q.card, now);
        ++a.n;
    }
    QHash<QString, QPair<int, QDateTime>> seen;
    for (const ProgressStore::TopicAnswers &t : store.answersPerTopic())
        seen.insert(t.skill.packId + u'/' + t.skill.skillId, {t.answers, t.last});
    QList<TopicMastery> out;
    for (const LoadedPack &p : library.packs())
        for (const Skill &s : p.content.skills) {
            const QString key = p.content.manifest.id + u'/' + s.id;
            if (!seen.contains(key))
                continue;
            const Acc a = acc.value(key);
            out.append({{p.content.manifest.id, s.id}, a.n ? a.sum / a.n : 0.0, seen[key].first, seen[key].second});
        }
    return out;
}

QString formatDate(const QDate &date, const QString &lang, bool latinDigits)
{
    const QLocale locale = localeFor(lang);
    const QCalendar calendar(lang == u"fa" ? QCalendar::System::Jalali : QCalendar::System::Gregorian);
    QString text = locale.toString(date, u"d MMMM yyyy"_s, calendar);
    if (latinDigits) {
        for (QChar &c : text) {
            if (c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9)
                c = QChar(u'0' + (c.unicode() - 0x06F0));
            else if (c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
                c = QChar(u'0' + (c.unicode() - 0x0660));
        }
    }
    return text;
}

} // namespace maharat
