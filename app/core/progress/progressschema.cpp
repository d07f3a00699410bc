#include "progressschema.h"

using namespace Qt::StringLiterals;

namespace maharat::progressschema {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {
        // 1: reading history. Keys are pack id + stable skill id, so a newer pack keeps them.
        {
            u"CREATE TABLE bookmark(pack_id TEXT NOT NULL, skill_id TEXT NOT NULL, "
            "created_at INTEGER NOT NULL, PRIMARY KEY(pack_id, skill_id)) STRICT"_s,
            u"CREATE TABLE skill_view(pack_id TEXT NOT NULL, skill_id TEXT NOT NULL, "
            "viewed_at INTEGER NOT NULL, PRIMARY KEY(pack_id, skill_id)) STRICT"_s,
            u"CREATE INDEX skill_view_recent ON skill_view(viewed_at)"_s,
            u"CREATE TABLE recent_search(query TEXT NOT NULL PRIMARY KEY, searched_at INTEGER NOT NULL) STRICT"_s,
        },
        // 2: quizzes. Every answer is kept (history survives a question leaving its pack); the
        // memory state per question is what the FSRS scheduler reads and writes.
        {
            u"CREATE TABLE attempt(id INTEGER PRIMARY KEY, pack_id TEXT NOT NULL, question_id TEXT NOT NULL, "
            "skill_id TEXT NOT NULL, answer TEXT NOT NULL, correct INTEGER NOT NULL, time_ms INTEGER NOT NULL, "
            "rating INTEGER NOT NULL, answered_at INTEGER NOT NULL) STRICT"_s,
            u"CREATE INDEX attempt_by_time ON attempt(answered_at)"_s,
            u"CREATE INDEX attempt_by_question ON attempt(pack_id, question_id)"_s,
            u"CREATE TABLE memory(pack_id TEXT NOT NULL, question_id TEXT NOT NULL, skill_id TEXT NOT NULL, "
            "difficulty REAL NOT NULL, stability REAL NOT NULL, last_review INTEGER NOT NULL, "
            "due INTEGER NOT NULL, reps INTEGER NOT NULL, lapses INTEGER NOT NULL, "
            "PRIMARY KEY(pack_id, question_id)) STRICT"_s,
            u"CREATE INDEX memory_due ON memory(due)"_s,
        },
        // 3: answers per local day, kept up to date with every answer, so the statistics read a
        // few hundred rows instead of every answer ever given. The day is the local date the
        // answer was given on (YYYY-MM-DD).
        {
            u"CREATE TABLE answer_day(day TEXT NOT NULL PRIMARY KEY, answers INTEGER NOT NULL) STRICT"_s,
            u"INSERT INTO answer_day(day, answers) SELECT date(answered_at / 1000, 'unixepoch', 'localtime'), "
            "count(*) FROM attempt GROUP BY 1"_s,
            // Answers per topic and the latest one, read from the index alone.
            u"CREATE INDEX attempt_by_skill ON attempt(pack_id, skill_id, answered_at)"_s,
        },
    };
    return list;
}

} // namespace maharat::progressschema
