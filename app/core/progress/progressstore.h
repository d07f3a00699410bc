#pragma once
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

#include "fsrs.h"

namespace maharat {

struct SkillKey {
    QString packId;
    QString skillId;
    bool operator==(const SkillKey &) const = default;
};

struct QuestionKey {
    QString packId;
    QString questionId; // "<skill>.<local>"
    QString skillId;
    bool operator==(const QuestionKey &) const = default;
};

struct Attempt {
    QuestionKey question;
    QString answer; // the chosen option id
    bool correct = false;
    qint64 timeMs = 0;
    quiz::Rating rating = quiz::Rating::Good;
    QDateTime answeredAt;
};

struct ScheduledQuestion {
    QuestionKey question;
    quiz::CardState card;
};

// The user's own data (never inside a pack): bookmarks, what they read last, recent searches,
// and later quiz history. One SQLite file in the data folder, WAL with synchronous=FULL, schema
// version in PRAGMA user_version, each migration one transaction with a backup made first.
// Use from the thread that opened it (one connection per thread).
class ProgressStore
{
public:
    enum class Status { Ok, CannotOpen, NewerVersion, MigrationFailed, Corrupt };

    ProgressStore();
    ~ProgressStore();
    ProgressStore(const ProgressStore &) = delete;
    ProgressStore &operator=(const ProgressStore &) = delete;

    Status open(const QString &path);
    bool isOpen() const { return m_status == Status::Ok; }
    Status status() const { return m_status; }
    // A translatable sentence for the user when open() failed.
    QString errorMessage() const;
    QString backupPath() const { return m_backup; }
    int schemaVersion() const;

    bool isBookmarked(const SkillKey &key) const;
    bool setBookmarked(const SkillKey &key, bool on, const QDateTime &when = QDateTime::currentDateTimeUtc());
    QList<SkillKey> bookmarks() const; // newest first

    bool recordView(const SkillKey &key, const QDateTime &when = QDateTime::currentDateTimeUtc());
    QList<SkillKey> recentlyViewed(int limit) const; // newest first

    bool addRecentSearch(const QString &query, const QDateTime &when = QDateTime::currentDateTimeUtc());
    QStringList recentSearches(int limit) const;

    // One answer: the attempt and the question's new memory state in one FULL-synced
    // transaction, so a crash keeps both or neither.
    bool recordAnswer(const Attempt &attempt, const quiz::CardState &newState);
    quiz::CardState cardState(const QuestionKey &key) const; // empty state if never answered
    // Whether the last answer to this question was right (for the Easy rating).
    bool lastAnswerCorrect(const QuestionKey &key) const;
    // Every scheduled question, most overdue first.
    QList<ScheduledQuestion> schedule() const;
    QList<Attempt> attempts() const; // oldest first
    // Answers per local day (key: yyyy-MM-dd in local time) since `from`.
    QMap<QDate, int> answersPerDay(const QDate &from) const;

    QSqlDatabase database() const;

private:
    Status migrate(const QString &path);
    QString m_connection;
    Status m_status = Status::CannotOpen;
    QString m_detail;
    QString m_backup;
};

} // namespace maharat
