#pragma once
#include "contentmodels.h"

#include "activity.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace maharat {

// The QML singleton `UserData`: bookmarks and reading history from the progress store.
class UserData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString lastViewed READ lastViewed NOTIFY historyChanged)
    Q_PROPERTY(QString error READ error NOTIFY storeChanged)
    Q_PROPERTY(int revision READ revision NOTIFY bookmarksChanged)
    // Questions due for the daily refresher now.
    Q_PROPERTY(int dueCount READ dueCount NOTIFY progressChanged)
    // The activity panel: computed on a worker thread with its own connection (50,000 answers
    // must not stall the UI); until the first result arrives they read as no activity.
    Q_PROPERTY(int answeredToday READ answeredToday NOTIFY activityChanged)
    Q_PROPERTY(int streakDays READ streakDays NOTIFY activityChanged)
    Q_PROPERTY(QVariantList last30Days READ last30Days NOTIFY activityChanged)
    Q_PROPERTY(QString lastAnswered READ lastAnswered NOTIFY activityChanged)

public:
    explicit UserData(QObject *parent = nullptr);
    ~UserData() override;
    static UserData *create(QQmlEngine *, QJSEngine *);
    static UserData *instance();

    Q_INVOKABLE bool isBookmarked(const QString &skillRef) const;
    Q_INVOKABLE void setBookmarked(const QString &skillRef, bool on);
    Q_INVOKABLE void recordView(const QString &skillRef);
    QStringList bookmarkRefs() const;
    QString lastViewed() const;
    QString error() const;
    int revision() const { return m_revision; }
    int dueCount() const;
    int answeredToday() const;
    int streakDays() const;
    QVariantList last30Days() const;
    // The date of the latest answer in the interface language's calendar, or "".
    QString lastAnswered() const;
    // Writes the results (format "csv" or "json") to a local file URL; returns "" or the error.
    Q_INVOKABLE QString exportResults(const QUrl &file, const QString &format);
    // Quizzes call this after storing an answer.
    void notifyProgress() { emit progressChanged(); }
    // The store opened (or failed) after start-up: everything read from it may differ.
    void notifyStoreChanged();

signals:
    void activityChanged();
    void storeChanged();
    void progressChanged();
    void bookmarksChanged();
    void historyChanged();

private:
    void refreshActivity();
    int m_revision = 0;
    QFutureWatcher<ActivitySnapshot> m_activityJob;
    ActivitySnapshot m_activity;
    bool m_activityStale = false;
};

// Bookmarked skills, newest first.
class BookmarkListModel : public SkillRefListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit BookmarkListModel(QObject *parent = nullptr);
protected:
    void reload() override;
};

// Installed packs, for the About page.
class PackListModel : public LanguageAwareModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, DescriptionRole, VersionRole, PublisherRole, CreditsRole,
                LicenseRole, TopicCountRole };
    explicit PackListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
protected:
    void reload() override {}
};

} // namespace maharat
