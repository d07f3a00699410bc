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
    switch (m_status) {
    case Status::Ok:
        return {};
    case Status::CannotOpen:
        //: %1 is a technical reason from the database
        return QCoreApplication::translate("ProgressStore", "Your progress cannot be opened: %1").arg(m_detail);
    case Status::NewerVersion:
        return QCoreApplication::translate("ProgressStore",
                                           "Your progress was saved by a newer version of Maharat. "
                                           "Update the app to use it; nothing was changed.");
    case Status::MigrationFailed:
        //: %1 is the path of a backup copy of the user's data
        return QCoreApplication::translate("ProgressStore",
                                           "Your progress could not be updated to this version of Maharat. "
                                           "Nothing was lost: a copy is kept at %1.")
            .arg(m_backup);
    case Status::Corrupt:
        return QCoreApplication::translate("ProgressStore", "Your progress file is damaged: %1").arg(m_detail);
    }
    return {};
}

ProgressStore::Status ProgressStore::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_detail = db.lastError().text();
        return m_status = Status::CannotOpen;
    }
    QSqlQuery q(db);
    // WAL keeps readers and the writer apart; FULL syncs every commit, so an answer that was
    // acknowledged survives a crash or power loss.
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.exec(u"PRAGMA synchronous = FULL"_s)
        || !q.exec(u"PRAGMA foreign_keys = ON"_s)) {
        m_detail = q.lastError().text();
        return m_status = Status::CannotOpen;
    }
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next() || q.value(0).toString() != u"ok") {
        m_detail = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString().left(200);
        return m_status = Status::Corrupt;
    }
    // The backup's VACUUM INTO refuses to run while any statement is still active.
    q.finish();
    return m_status = migrate(path);
}

ProgressStore::Status ProgressStore::migrate(const QString &path)
{
    QSqlDatabase db = database();
    const int current = schemaVersion();
    const int latest = progressschema::latestVersion();
    if (current > latest)
        return Status::NewerVersion;
    if (current == latest)
        return Status::Ok;
    if (current > 0) {
        // A consistent copy of the old data before touching it.
        m_backup = path + u".v"_s + QString::number(current) + u".bak"_s;
        QFile::remove(m_backup);
        QSqlQuery q(db);
        if (!q.exec(u"VACUUM INTO '"_s + QString(m_backup).replace(u'\'', u"''"_s) + u'\'')) {
            m_detail = q.lastError().text();
            qCWarning(lcQuiz) << "progress backup failed:" << m_detail;
            return Status::MigrationFailed;
        }
    }
    for (int v = current + 1; v <= latest; ++v) {
        if (!db.transaction()) {
            m_detail = db.lastError().text();
            return Status::MigrationFailed;
        }
        QSqlQuery q(db);
        bool ok = true;
        for (const QString &sql : progressschema::migrations()[v - 1])
            ok = ok && q.exec(sql);
        ok = ok && q.exec(u"PRAGMA user_version = "_s + QString::number(v));
        if (!ok || !db.commit()) {
            m_detail = q.lastError().text();
            db.rollback();
            qCWarning(lcQuiz) << "progress migration to" << v << "failed:" << m_detail;
            return Status::MigrationFailed;
        }
        qCInfo(lcQuiz) << "progress store migrated to version" << v;
    }
    return Status::Ok;
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
    if (trimmed.isEmpty())
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
    QSqlDatabase db = database();
    if (!state.memory || !db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO attempt(pack_id, question_id, skill_id, answer, correct, time_ms, rating, answered_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(a.question.packId), QVariant(a.question.questionId), QVariant(a.question.skillId),
                              QVariant(a.answer), QVariant(a.correct ? 1 : 0), QVariant(a.timeMs),
                              QVariant(int(a.rating)), QVariant(a.answeredAt.toMSecsSinceEpoch())})
        q.addBindValue(v);
    bool ok = q.exec();
    QSqlQuery m(db);
    m.prepare(u"INSERT INTO memory(pack_id, question_id, skill_id, difficulty, stability, last_review, due, reps, lapses) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(pack_id, question_id) DO UPDATE SET "
              "skill_id = excluded.skill_id, difficulty = excluded.difficulty, stability = excluded.stability, "
              "last_review = excluded.last_review, due = excluded.due, reps = excluded.reps, lapses = excluded.lapses"_s);
    for (const QVariant &v : {QVariant(a.question.packId), QVariant(a.question.questionId), QVariant(a.question.skillId),
                              QVariant(state.memory->difficulty), QVariant(state.memory->stability),
                              QVariant(state.lastReview.toMSecsSinceEpoch()), QVariant(state.due.toMSecsSinceEpoch()),
                              QVariant(state.reps), QVariant(state.lapses)})
        m.addBindValue(v);
    ok = ok && m.exec();
    if (!ok || !db.commit()) {
        qCWarning(lcQuiz) << "recording an answer failed:" << q.lastError().text() << m.lastError().text();
        db.rollback();
        return false;
    }
    return true;
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
    q.prepare(u"SELECT answered_at FROM attempt WHERE answered_at >= ?"_s);
    q.addBindValue(QDateTime(from.startOfDay()).toMSecsSinceEpoch());
    q.exec();
    QMap<QDate, int> out;
    while (q.next())
        ++out[fromMs(q.value(0)).toLocalTime().date()];
    return out;
}

} // namespace maharat
