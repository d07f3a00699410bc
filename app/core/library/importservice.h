#pragma once
#include "importerror.h"
#include "library.h"
#include "packinstaller.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace maharat {

// Runs imports and removals on a worker thread (its own PackInstaller and library.db
// connection), one at a time. An import that needs a trust decision pauses with its validated
// staging file until answerTrust(). After every change the worker loads a fresh Library
// (through the validation cache) and hands it back with libraryReloaded(); all signals are
// emitted on the thread that owns the service.
class ImportService : public QObject
{
    Q_OBJECT
public:
    ImportService(const QString &dataDir, const QList<Library::Folder> &folders, minisign::PublicKey builtin,
                  QObject *parent = nullptr);
    ~ImportService() override;

    bool isBusy() const { return m_busy; }
    // False (and nothing starts) while another job runs.
    bool importFile(const QString &path, const Library &installed);
    // As importFile, without asking a person: the policy answers trust questions (catalogs).
    bool importFile(const QString &path, const Library &installed, const InstallPolicy &policy);
    void answerTrust(bool accept);
    bool removePack(const QString &packId, const Library &installed);
    // Loads the library again after a pack arrived by another way (a catalog download); false
    // while a job runs (that job's own reload will see the new file).
    bool reload();

signals:
    void progress(maharat::PackInstaller::Stage stage, qint64 done, qint64 total);
    void trustRequested(const maharat::TrustRequest &request);
    // packId is the installed or removed pack's id when it worked.
    void finished(const QString &file, const maharat::ImportError &error, const QString &packId);
    void libraryReloaded(const maharat::Library &library);

private:
    void run(std::function<void()> job);
    void done(const QString &file, const ImportError &error, const QString &packId, bool reload);
    PackInstaller &installer();

    QString m_dataDir;
    QList<Library::Folder> m_folders;
    minisign::PublicKey m_builtin;
    QThread m_thread;
    QObject *m_worker = nullptr;                 // lives on m_thread
    std::unique_ptr<PackInstaller> m_installer;  // created and used on m_thread only
    std::unique_ptr<PackInstaller::Prepared> m_pending; // worker side: waiting for answerTrust
    QString m_pendingFile;
    bool m_busy = false;                         // owner side
};

} // namespace maharat
