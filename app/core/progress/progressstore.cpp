#include "progressstore.h"

#include "logging.h"
#include "progressschema.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace maharat {

ProgressStore::ProgressStore() : m_connection(sqlite::uniqueConnectionName(u"progress")) {}

ProgressStore::~ProgressStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ProgressStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int ProgressStore::schemaVersion() const
{
    QSqlQuery q(database());
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

QString ProgressStore::errorMessage() const
{
    return messageFor(m_status, m_backup);
}

QString ProgressStore::messageFor(Status status, const QString &backupPath)
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::CannotOpen:
        //: Shown when the file with the user's progress cannot be opened at all
        return QCoreApplication::translate("ProgressStore",
                                           "Your progress cannot be opened, so answers and bookmarks are not being "
                                           "saved. Check that this device has free space, then try again.");
    case Status::ReadOnly:
        return QCoreApplication::translate("ProgressStore",
                                           "Your progress file cannot be written to, so answers and bookmarks are "
                                           "not being saved. Check the permissions of Maharat's data folder.");
    case Status::NotOurs:
        //: The file named progress.db in Maharat's data folder was made by some other program
        return QCoreApplication::translate("ProgressStore",
                                           "The file where Maharat keeps your progress was made by another program, "
                                           "so Maharat has not touched it. Move it somewhere else to start a new "
                                           "progress file.");
    case Status::NewerVersion:
        return QCoreApplication::translate("ProgressStore",
                                           "Your progress was saved by a newer version of Maharat. "
                                           "Update the app to use it; nothing was changed.");
    case Status::BadVersion:
        return QCoreApplication::translate("ProgressStore",
                                           "Your progress file carries a version number that no version of Maharat "
                                           "writes, so it is not being used. Nothing was changed.");
    case Status::Corrupt:
        return QCoreApplication::translate("ProgressStore",
                                           "Your progress file is damaged, so Maharat is not using it. "
                                           "It was not changed.");
    case Status::NoSpace:
        return QCoreApplication::translate("ProgressStore",
                                           "There is not enough free space to update your progress safely. "
                                           "Free some space on this device and start Maharat again; nothing was "
                                           "changed.");
    case Status::BackupFailed:
        return QCoreApplication::translate("ProgressStore",
                                           "Maharat could not make a safety copy of your progress, so it did not "
                                           "update it. Nothing was changed.");
    case Status::MigrationFailed:
        if (backupPath.isEmpty())
            return QCoreApplication::translate("ProgressStore",
                                               "Your progress could not be updated to this version of Maharat. "
                                               "Nothing was changed.");
        //: %1 is the path of a backup copy of the user's data
        return QCoreApplication::translate("ProgressStore",
                                           "Your progress could not be updated to this version of Maharat. "
                                           "Nothing was lost: a copy is kept at %1.")
            .arg(QDir::toNativeSeparators(backupPath));
    case Status::Busy:
        return QCoreApplication::translate("ProgressStore",
                                           "Another Maharat window is busy with your progress. Close it and try "
                                           "again.");
    }
    return {};
}

static appdb::Schema progressSchema()
{
    appdb::Schema schema;
    schema.applicationId = progressschema::ApplicationId;
    schema.migrations = progressschema::migrations();
    schema.adoptUntagged = true; // stores from before the application id
    return schema;
}

ProgressStore::Status ProgressStore::open(const QString &path, const appdb::Options &options)
{
    m_path = path;
    m_options = options;
    const appdb::Result r = appdb::open(m_connection, path, progressSchema(), options);
    m_backup = r.backupPath;
    if (r.status != Status::Ok)
        qCWarning(lcProgress) << "progress store" << path << "not usable, status" << int(r.status) << r.detail;
    return m_status = r.status;
}

ProgressStore::Status ProgressStore::openReadOnly(const QString &path)
{
    m_path.clear(); // never reopened for writing
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? database()
                                                           : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
    if (!QFileInfo(path).isFile() || !db.open())
        return m_status = Status::CannotOpen;
    QSqlQuery q(db);
    const bool ours = q.exec(u"PRAGMA application_id"_s) && q.next()
                      && quint32(q.value(0).toLongLong()) == progressschema::ApplicationId;
    const bool latest = ours && q.exec(u"PRAGMA user_version"_s) && q.next()
                        && q.value(0).toInt() == progressschema::latestVersion();
    q.finish();
    if (!latest) {
        db.close();
        return m_status = ours ? Status::NewerVersion : Status::NotOurs;
    }
    return m_status = Status::Ok;
}

bool ProgressStore::reopen()
{
    if (isOpen())
        return true;
    if (m_path.isEmpty() || !appdb::isTransient(m_status))
        return false;
    return open(m_path, m_options) == Status::Ok;
}

bool ProgressStore::isBookmarked(const SkillKey &key) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT 1 FROM bookmark WHERE pack_id = ? AND skill_id = ?"_s);
    q.addBindValue(key.packId);
    q.addBindValue(key.skillId);
    return q.exec() && q.next();
}

bool ProgressStore::setBookmarked(const SkillKey &key, bool on, const QDateTime &when)
{
    if (!isOpen())
        return false;
    QSqlQuery q(database());
    if (on) {
        q.prepare(u"INSERT OR IGNORE INTO bookmark(pack_id, skill_id, created_at) VALUES (?, ?, ?)"_s);
        q.addBindValue(key.packId);
        q.addBindValue(key.skillId);
        q.addBindValue(when.toMSecsSinceEpoch());
    } else {
        q.prepare(u"DELETE FROM bookmark WHERE pack_id = ? AND skill_id = ?"_s);
        q.addBindValue(key.packId);
        q.addBindValue(key.skillId);
    }
    return q.exec();
}

static QList<SkillKey> keys(QSqlQuery &q)
{
    QList<SkillKey> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

QList<SkillKey> ProgressStore::bookmarks() const
{
    QSqlQuery q(database());
    q.exec(u"SELECT pack_id, skill_id FROM bookmark ORDER BY created_at DESC, rowid DESC"_s);
    return keys(q);
}

bool ProgressStore::recordView(const SkillKey &key, const QDateTime &when)
{
    if (!isOpen())
        return false;
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO skill_view(pack_id, skill_id, viewed_at) VALUES (?, ?, ?) "
              "ON CONFLICT(pack_id, skill_id) DO UPDATE SET viewed_at = excluded.viewed_at"_s);
    q.addBindValue(key.packId);
    q.addBindValue(key.skillId);
    q.addBindValue(when.toMSecsSinceEpoch());
    return q.exec();
}

QList<SkillKey> ProgressStore::recentlyViewed(int limit) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT pack_id, skill_id FROM skill_view ORDER BY viewed_at DESC LIMIT ?"_s);
    q.addBindValue(limit);
    q.exec();
    return keys(q);
}

bool ProgressStore::addRecentSearch(const QString &query, const QDateTime &when)
{
    const QString trimmed = query.trimmed().left(200);
    if (trimmed.isEmpty() || !isOpen())
        return false;
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO recent_search(query, searched_at) VALUES (?, ?) "
              "ON CONFLICT(query) DO UPDATE SET searched_at = excluded.searched_at"_s);
    q.addBindValue(trimmed);
    q.addBindValue(when.toMSecsSinceEpoch());
    if (!q.exec())
        return false;
    // Keep the list short: it is a convenience, not a history.
    return q.exec(u"DELETE FROM recent_search WHERE query NOT IN "
                  "(SELECT query FROM recent_search ORDER BY searched_at DESC LIMIT 50)"_s);
}

QStringList ProgressStore::recentSearches(int limit) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT query FROM recent_search ORDER BY searched_at DESC LIMIT ?"_s);
    q.addBindValue(limit);
    q.exec();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace maharat

namespace maharat {

static QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

bool ProgressStore::recordAnswer(const Attempt &a, const quiz::CardState &state)
{
    if (!isOpen() || !state.memory)
        return false;
    QSqlDatabase db = database();
    QSqlQuery q(db), m(db), d(db);
    QString detail;
    const bool ok = appdb::writeTransaction(db, [&] {
        q.prepare(u"INSERT INTO attempt(pack_id, question_id, skill_id, answer, correct, time_ms, rating, answered_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v : {QVariant(a.question.packId), QVariant(a.question.questionId), QVariant(a.question.skillId),
                                  QVariant(a.answer), QVariant(a.correct ? 1 : 0), QVariant(a.timeMs),
                                  QVariant(int(a.rating)), QVariant(a.answeredAt.toMSecsSinceEpoch())})
            q.addBindValue(v);
        m.prepare(u"INSERT INTO memory(pack_id, question_id, skill_id, difficulty, stability, last_review, due, reps, lapses) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(pack_id, question_id) DO UPDATE SET "
                  "skill_id = excluded.skill_id, difficulty = excluded.difficulty, stability = excluded.stability, "
                  "last_review = excluded.last_review, due = excluded.due, reps = excluded.reps, lapses = excluded.lapses"_s);
        for (const QVariant &v : {QVariant(a.question.packId), QVariant(a.question.questionId), QVariant(a.question.skillId),
                                  QVariant(state.memory->difficulty), QVariant(state.memory->stability),
                                  QVariant(state.lastReview.toMSecsSinceEpoch()), QVariant(state.due.toMSecsSinceEpoch()),
                                  QVariant(state.reps), QVariant(state.lapses)})
            m.addBindValue(v);
        // The per-day aggregate the statistics read, in the same transaction as the answer.
        d.prepare(u"INSERT INTO answer_day(day, answers) VALUES (?, 1) "
                  "ON CONFLICT(day) DO UPDATE SET answers = answers + 1"_s);
        d.addBindValue(a.answeredAt.toLocalTime().date().toString(Qt::ISODate));
        return q.exec() && m.exec() && d.exec();
    }, &detail);
    if (!ok)
        qCWarning(lcProgress) << "recording an answer failed:" << detail << q.lastError().text() << m.lastError().text()
                              << d.lastError().text();
    return ok;
}

static quiz::CardState cardFrom(const QSqlQuery &q, int first)
{
    quiz::CardState c;
    c.memory = quiz::MemoryState{q.value(first).toDouble(), q.value(first + 1).toDouble()};
    c.lastReview = fromMs(q.value(first + 2));
    c.due = fromMs(q.value(first + 3));
    c.reps = q.value(first + 4).toInt();
    c.lapses = q.value(first + 5).toInt();
    return c;
}

quiz::CardState ProgressStore::cardState(const QuestionKey &key) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT difficulty, stability, last_review, due, reps, lapses FROM memory "
              "WHERE pack_id = ? AND question_id = ?"_s);
    q.addBindValue(key.packId);
    q.addBindValue(key.questionId);
    return q.exec() && q.next() ? cardFrom(q, 0) : quiz::CardState{};
}

bool ProgressStore::lastAnswerCorrect(const QuestionKey &key) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT correct FROM attempt WHERE pack_id = ? AND question_id = ? ORDER BY answered_at DESC, id DESC LIMIT 1"_s);
    q.addBindValue(key.packId);
    q.addBindValue(key.questionId);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

QList<ScheduledQuestion> ProgressStore::schedule() const
{
    QSqlQuery q(database());
    q.exec(u"SELECT pack_id, question_id, skill_id, difficulty, stability, last_review, due, reps, lapses "
           "FROM memory ORDER BY due, pack_id, question_id"_s);
    QList<ScheduledQuestion> out;
    while (q.next())
        out.append({{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}, cardFrom(q, 3)});
    return out;
}

QList<Attempt> ProgressStore::attempts() const
{
    QSqlQuery q(database());
    q.exec(u"SELECT pack_id, question_id, skill_id, answer, correct, time_ms, rating, answered_at FROM attempt "
           "ORDER BY answered_at, id"_s);
    QList<Attempt> out;
    while (q.next())
        out.append({{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}, q.value(3).toString(),
                    q.value(4).toInt() == 1, q.value(5).toLongLong(), quiz::Rating(q.value(6).toInt()), fromMs(q.value(7))});
    return out;
}

QMap<QDate, int> ProgressStore::answersPerDay(const QDate &from) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT day, answers FROM answer_day WHERE day >= ?"_s);
    q.addBindValue(from.toString(Qt::ISODate));
    q.exec();
    QMap<QDate, int> out;
    while (q.next())
        out.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt());
    return out;
}

QList<ProgressStore::TopicAnswers> ProgressStore::answersPerTopic() const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.exec(u"SELECT pack_id, skill_id, count(*), max(answered_at) FROM attempt GROUP BY pack_id, skill_id"_s);
    QList<TopicAnswers> out;
    while (q.next())
        out.append({{q.value(0).toString(), q.value(1).toString()}, q.value(2).toInt(), fromMs(q.value(3))});
    return out;
}

QDateTime ProgressStore::lastAnsweredAt() const
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT max(answered_at) FROM attempt"_s) || !q.next() || q.value(0).isNull())
        return {};
    return fromMs(q.value(0));
}

} // namespace maharat
