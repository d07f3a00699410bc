#pragma once
#include "catalogmodels.h"

#include <QObject>
#include <QThread>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace maharat {

// QML singleton `Catalogs`: subscribed catalogs, what they offer, downloads and update notices.
// The CatalogManager (network, hashing, installing) lives on a worker thread; this object only
// forwards requests to it and holds the snapshots the models show, so the UI never waits.
class Catalogs : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QAbstractListModel *offers READ offers CONSTANT)
    Q_PROPERTY(QAbstractListModel *catalogs READ catalogs CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(bool checking READ checking NOTIFY stateChanged)
    Q_PROPERTY(int updateCount READ updateCount NOTIFY stateChanged)
    Q_PROPERTY(qint64 updateBytes READ updateBytes NOTIFY stateChanged)
    Q_PROPERTY(QString updateSizeText READ updateSizeText NOTIFY stateChanged)
    Q_PROPERTY(int catalogCount READ catalogCount NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(QString pendingUrl READ pendingUrl NOTIFY pendingKeyChanged)
    Q_PROPERTY(QString pendingFingerprint READ pendingFingerprint NOTIFY pendingKeyChanged)

public:
    explicit Catalogs(QObject *parent = nullptr);
    ~Catalogs() override;
    static Catalogs *create(QQmlEngine *, QJSEngine *);

    QAbstractListModel *offers() { return &m_offers; }
    QAbstractListModel *catalogs() { return &m_catalogs; }
    bool busy() const { return m_busy; }
    bool checking() const { return m_checking; }
    int updateCount() const;
    qint64 updateBytes() const;
    QString updateSizeText() const { return localizedSize(updateBytes()); }
    int catalogCount() const { return m_catalogs.rowCount(); }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    QString pendingUrl() const { return m_pendingUrl; }
    QString pendingFingerprint() const { return localizedDigits(m_pendingFingerprint); }

    Q_INVOKABLE void add(const QString &link);
    Q_INVOKABLE void confirmKey();
    Q_INVOKABLE void rejectKey();
    Q_INVOKABLE void checkNow();
    Q_INVOKABLE void download(const QUrl &catalogUrl, const QString &packId);
    Q_INVOKABLE void cancel(const QString &packId);
    // The first offer of that pack (deep link `catalogs:download:<id>`); false if none.
    Q_INVOKABLE bool downloadPack(const QString &packId);
    Q_INVOKABLE void installUpdates();
    Q_INVOKABLE void remove(const QString &url);

signals:
    void stateChanged();
    void messageChanged();
    void pendingKeyChanged();
    void packInstalled(const QString &packId, int version);

private:
    void publish();   // worker thread: snapshot → UI thread
    void setMessage(const QString &text, bool error);
    template <typename F> void onWorker(F &&f);

    QThread m_thread;
    CatalogManager *m_manager = nullptr; // lives on m_thread
    CatalogOfferModel m_offers;
    CatalogListModel m_catalogs;
    bool m_busy = false;
    bool m_checking = false;
    QString m_message;
    bool m_messageIsError = false;
    QString m_pendingUrl, m_pendingFingerprint;
};

} // namespace maharat
