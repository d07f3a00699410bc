#pragma once
#include "quizsession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

namespace maharat {

// One quiz as the UI runs it: which question is showing, its options in this attempt's order,
// feedback after an answer, and the summary at the end. Answers go to the progress store and
// the FSRS schedule the moment they are given.
class QuizController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString kind READ kind NOTIFY changed)       // skill | category | refresher
    Q_PROPERTY(QString subject READ subject NOTIFY changed) // ref of the skill or category
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int index READ index NOTIFY changed)
    Q_PROPERTY(bool finished READ finished NOTIFY changed)
    Q_PROPERTY(QString type READ type NOTIFY changed)
    Q_PROPERTY(QString stem READ stem NOTIFY changed)
    Q_PROPERTY(QVariantList options READ options NOTIFY changed)
    Q_PROPERTY(bool answered READ answered NOTIFY changed)
    Q_PROPERTY(QString chosen READ chosen NOTIFY changed)
    Q_PROPERTY(bool lastCorrect READ lastCorrect NOTIFY changed)
    Q_PROPERTY(QString correctOption READ correctOption NOTIFY changed)
    Q_PROPERTY(QString explanation READ explanation NOTIFY changed)
    Q_PROPERTY(QString goodClip READ goodClip NOTIFY changed)
    Q_PROPERTY(bool contentRtl READ contentRtl NOTIFY changed)
    Q_PROPERTY(int score READ score NOTIFY changed)
    Q_PROPERTY(int totalSeconds READ totalSeconds NOTIFY changed)
    Q_PROPERTY(QVariantList revisit READ revisit NOTIFY changed)
    // True while answers are not being kept (the store is unusable, or answers are waiting for
    // free space); notKeptReason says why, in the interface language. Retried every few seconds.
    Q_PROPERTY(bool notKept READ notKept NOTIFY changed)
    Q_PROPERTY(QString notKeptReason READ notKeptReason NOTIFY changed)

public:
    explicit QuizController(QObject *parent = nullptr);

    Q_INVOKABLE bool startSkill(const QString &skillRef);
    Q_INVOKABLE bool startCategory(const QString &categoryRef);
    Q_INVOKABLE bool startRefresher();
    Q_INVOKABLE void answer(const QString &optionId);
    Q_INVOKABLE void next();
    Q_INVOKABLE void stop();

    bool active() const { return m_active; }
    QString kind() const { return m_kind; }
    QString subject() const { return m_subject; }
    QString title() const;
    int count() const { return m_session.count(); }
    int index() const { return m_session.index(); }
    bool finished() const { return m_active && m_session.finished(); }
    QString type() const;
    QString stem() const;
    QVariantList options() const;
    bool answered() const { return m_active && !m_session.finished() && m_session.currentAnswered(); }
    QString chosen() const { return answered() ? m_chosen : QString(); }
    bool lastCorrect() const { return m_lastCorrect; }
    QString correctOption() const;
    QString explanation() const;
    QString goodClip() const;
    bool contentRtl() const;
    int score() const { return m_session.score(); }
    int totalSeconds() const { return int((m_session.totalTimeMs() + 500) / 1000); }
    QVariantList revisit() const;
    bool notKept() const;
    QString notKeptReason() const;

signals:
    void changed();

private:
    bool begin(const QString &kind, const QString &subject, QList<quiz::QuizItem> items);
    QString lang() const;
    void retrySaving();
    void updateRetry();

    quiz::QuizSession m_session;
    QRandomGenerator m_rng;
    QElapsedTimer m_clock;
    bool m_active = false;
    bool m_lastCorrect = false;
    QString m_kind, m_subject, m_chosen;
    QTimer m_retry;
};

} // namespace maharat
