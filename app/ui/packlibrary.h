#pragma once
#include "importerror.h"
#include "packinstaller.h"
#include "packmodels.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace maharat {

// The QML singleton `Packs`: the pack library page's C++ half. Imports a file off the UI
// thread with progress, asks the trust question through trustRequested() and waits for
// acceptTrust()/rejectTrust(), removes user packs, and lists installed and refused files.
class PackLibrary : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Packs)
    QML_SINGLETON
    Q_PROPERTY(maharat::InstalledPackModel *installed READ installed CONSTANT)
    Q_PROPERTY(maharat::RefusedFileModel *refused READ refused CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The packs are still being opened at start-up: some may be missing yet, and imports wait.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY progressChanged)   // 0..1 of the current import
    Q_PROPERTY(QString stage READ stage NOTIFY progressChanged)       // translated: copying, checking, installing
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged) // translated, "" after a success
    // ImportError::codeName() of the last outcome ("none", "key-mismatch", ...): which warning to show.
    Q_PROPERTY(QString lastErrorCode READ lastErrorCode NOTIFY lastErrorChanged)
    Q_PROPERTY(QString lastImported READ lastImported NOTIFY imported)   // title of the last pack installed
    // A trust question is open (trustRequested was emitted and not answered yet).
    Q_PROPERTY(bool trustPending READ trustPending NOTIFY trustPendingChanged)
    Q_PROPERTY(QString trustTitle READ trustTitle NOTIFY trustPendingChanged) // the pack asking
    Q_PROPERTY(bool onlySignedPacks READ onlySignedPacks WRITE setOnlySignedPacks NOTIFY onlySignedPacksChanged)

public:
    explicit PackLibrary(QObject *parent = nullptr);
    ~PackLibrary() override;
    static PackLibrary *create(QQmlEngine *, QJSEngine *);

    InstalledPackModel *installed() { return &m_installed; }
    RefusedFileModel *refused() { return &m_refused; }
    bool busy() const { return m_busy; }
    bool loading() const;
    qreal progress() const { return m_progress; }
    QString stage() const;
    QString lastError() const { return m_lastError.message(); }
    QString lastErrorCode() const { return m_lastError.codeName(); }
    QString lastImported() const { return m_lastImported; }
    bool trustPending() const { return m_trust.kind != TrustRequest::None; }
    QString trustTitle() const { return m_trust.title; }
    bool onlySignedPacks() const;
    void setOnlySignedPacks(bool on);

    // A file:// URL or a local path. False when it could not start (busy, loading, not a local file);
    // the outcome arrives as imported() or importFailed().
    Q_INVOKABLE bool importFile(const QUrl &url);
    Q_INVOKABLE void acceptTrust();
    Q_INVOKABLE void rejectTrust();
    Q_INVOKABLE bool removePack(const QString &packId);
    // A fingerprint ("1234 5678 ...") in the interface's digits, for reading aloud.
    Q_INVOKABLE QString displayFingerprint(const QString &fingerprint) const { return localizedDigits(fingerprint); }

signals:
    void busyChanged();
    void loadingChanged();
    void progressChanged();
    void lastErrorChanged();
    // publisher: the pack's claim; keyId and fingerprint are empty when unsignedPack is true.
    // The fingerprint is in the interface's digits, grouped by four.
    void trustRequested(const QString &publisher, const QString &keyId, const QString &fingerprint, bool unsignedPack);
    void trustPendingChanged();
    void imported(const QString &packId, const QString &title);
    void importFailed(const QString &error);
    void removed(const QString &packId);
    void onlySignedPacksChanged();

private:
    void setBusy(bool on);
    void finish(const QString &file, const ImportError &error, const QString &packId);

    InstalledPackModel m_installed;
    RefusedFileModel m_refused;
    bool m_busy = false;
    bool m_removing = false;
    qreal m_progress = 0;
    PackInstaller::Stage m_stage = PackInstaller::Stage::Copying;
    ImportError m_lastError;
    QString m_lastImported;
    TrustRequest m_trust;
};

} // namespace maharat
