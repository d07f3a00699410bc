#include "importservice.h"

#include <QMetaObject>
#include <QPointer>

namespace maharat {

ImportService::ImportService(const QString &dataDir, const QList<Library::Folder> &folders,
                             minisign::PublicKey builtin, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_folders(folders), m_builtin(std::move(builtin))
{
    m_thread.setObjectName(QStringLiteral("pack import"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

ImportService::~ImportService()
{
    // The installer's SQLite connection belongs to the worker thread: close it there.
    QMetaObject::invokeMethod(m_worker, [this] {
        if (m_pending && m_installer)
            m_installer->discard(*m_pending);
        m_pending.reset();
        m_installer.reset();
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

PackInstaller &ImportService::installer()
{
    if (!m_installer)
        m_installer = std::make_unique<PackInstaller>(m_dataDir, m_builtin);
    return *m_installer;
}

void ImportService::run(std::function<void()> job)
{
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

// Worker side: hands the outcome (and a fresh Library when something changed) to the owner.
void ImportService::done(const QString &file, const ImportError &error, const QString &packId, bool reload)
{
    std::shared_ptr<Library> fresh;
    if (reload)
        fresh = std::make_shared<Library>(installer().load(m_folders));
    QMetaObject::invokeMethod(this, [this, file, error, packId, fresh] {
        m_busy = false;
        if (fresh)
            emit libraryReloaded(*fresh);
        emit finished(file, error, packId);
    }, Qt::QueuedConnection);
}

bool ImportService::reload()
{
    if (m_busy)
        return false;
    run([this] {
        auto fresh = std::make_shared<Library>(installer().load(m_folders));
        QMetaObject::invokeMethod(this, [this, fresh] {
            m_busy = false;
            emit libraryReloaded(*fresh);
        }, Qt::QueuedConnection);
    });
    return true;
}

bool ImportService::importFile(const QString &path, const Library &installed)
{
    if (m_busy)
        return false;
    run([this, path, installed] {
        auto prepared = std::make_unique<PackInstaller::Prepared>(installer().prepare(
            path, installed, [this](PackInstaller::Stage stage, qint64 done, qint64 total) {
                QMetaObject::invokeMethod(this, [=, this] { emit progress(stage, done, total); }, Qt::QueuedConnection);
            }));
        if (prepared->error)
            return done(path, prepared->error, {}, false);
        if (prepared->trust.kind == TrustRequest::None) {
            const ImportError e = installer().commit(*prepared, true);
            return done(path, e, prepared->pack.content.manifest.id, !e);
        }
        const TrustRequest request = prepared->trust;
        m_pending = std::move(prepared);
        m_pendingFile = path;
        QMetaObject::invokeMethod(this, [this, request] { emit trustRequested(request); }, Qt::QueuedConnection);
    });
    return true;
}

bool ImportService::importFile(const QString &path, const Library &installed, const InstallPolicy &policy)
{
    if (m_busy)
        return false;
    run([this, path, installed, policy] {
        LoadedPack pack;
        const ImportError e = installer().install(
            path, installed, policy, &pack, [this](PackInstaller::Stage stage, qint64 done, qint64 total) {
                QMetaObject::invokeMethod(this, [=, this] { emit progress(stage, done, total); }, Qt::QueuedConnection);
            });
        done(path, e, pack.content.manifest.id, !e);
    });
    return true;
}

void ImportService::answerTrust(bool accept)
{
    QMetaObject::invokeMethod(m_worker, [this, accept] {
        if (!m_pending)
            return;
        if (accept)
            QMetaObject::invokeMethod(this, [this] { emit progress(PackInstaller::Stage::Installing, 0, 0); },
                                      Qt::QueuedConnection);
        std::unique_ptr<PackInstaller::Prepared> p = std::move(m_pending);
        const ImportError e = installer().commit(*p, accept);
        done(m_pendingFile, e, p->pack.content.manifest.id, !e);
    }, Qt::QueuedConnection);
}

bool ImportService::removePack(const QString &packId, const Library &installed)
{
    if (m_busy)
        return false;
    run([this, packId, installed] {
        const ImportError e = installer().remove(packId, installed);
        done({}, e, packId, !e);
    });
    return true;
}

} // namespace maharat
