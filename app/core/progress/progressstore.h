#pragma once
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

#include "appdatabase.h"
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
// quiz history. One SQLite file in the data folder, opened through appdb::open (our
// application_id or refused, WAL with synchronous=FULL, schema version in PRAGMA user_version,
// each migration one transaction with a verified backup made first; docs/progress.md).
// Use from the thread that opened it (one connection per thread).
class ProgressStore
{
public:
    using Status = appdb::Status;

    ProgressStore();
    ~ProgressStore();
    ProgressStore(const ProgressStore &) = delete;
    ProgressStore &operator=(const ProgressStore &) = delete;

    Status open(const QString &path, const appdb::Options &options = {});
    // A reader's connection for another thread (statistics off the UI thread): read-only, no
    // creation or migration; Ok only on a store of ours at the latest version.
    Status openReadOnly(const QString &path);
    // Tries again after a failure that may have gone away (space freed, permissions fixed,
    // the other process done); true when the store is open now.
    bool reopen();
    bool isOpen() const { return m_status == Status::Ok; }
    Status status() const { return m_status; }
    QString path() const { return m_path; }
    // A translated sentence for the user when open() failed (no SQLite text: that is logged).
    QString errorMessage() const;
    static QString messageFor(Status status, const QString &backupPath = {});
    // Set only when a verified copy of the old data exists.
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
    // Answers per local day since `from`, from the per-day aggregate (a few hundred rows).
    QMap<QDate, int> answersPerDay(const QDate &from) const;
    // When the latest answer was given (invalid if never).
    QDateTime lastAnsweredAt() const;
    struct TopicAnswers {
        SkillKey skill;
        int answers = 0;
        QDateTime last;
    };
    // Per topic: how many answers and the latest, aggregated by SQLite over an index.
    QList<TopicAnswers> answersPerTopic() const;

    QSqlDatabase database() const;

private:
    QString m_connection;
    QString m_path;
    appdb::Options m_options;
    Status m_status = Status::CannotOpen;
    QString m_backup;
};

} // namespace maharat
