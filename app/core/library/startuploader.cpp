#include "startuploader.h"

#include "libraryloader.h"
#include "librarydb.h"
#include "logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace maharat {

StartupLoader::StartupLoader(const QString &dataDir, const QList<Library::Folder> &folders,
                             minisign::PublicKey builtin, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_folders(folders), m_builtin(std::move(builtin))
{
}

StartupLoader::~StartupLoader()
{
    m_cancel = true;
    continueWithUserPacks();
    if (m_thread)
        m_thread->wait();
}

void StartupLoader::continueWithUserPacks()
{
    const QMutexLocker lock(&m_mutex);
    m_continue = true;
    m_go.wakeAll();
}

void StartupLoader::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(u"library start-up"_s);
    m_thread->start(QThread::LowPriority);
}

void StartupLoader::run()
{
    QElapsedTimer timer;
    timer.start();
    LibraryDb db;
    if (!db.open(QDir(m_dataDir).filePath(LibraryDb::fileName())))
        qCWarning(lcLibrary) << "library.db:" << db.error(); // every pack is then checked in full
    LibraryLoader loader(db, m_builtin);
    const auto open = [&](const QString &path, LoadedPack &out, Library::Origin &origin) {
        return loader.open(path, out, origin);
    };
    // One library per folder, added up in folder order afterwards: the same result as loading
    // them together (Library::add), but the read-only folders can be shown before the rest.
    QList<Library> parts(m_folders.size());
    bool userFiles = false;
    for (qsizetype i = 0; i < m_folders.size(); ++i) {
        if (m_folders[i].bundled)
            parts[i].load({m_folders[i]}, open, &m_cancel);
        else
            userFiles |= !QDir(m_folders[i].path).entryList({u"*.skillpack"_s}, QDir::Files).isEmpty();
    }
    const auto combined = [&parts] {
        Library all;
        for (const Library &part : parts)
            all.add(part);
        return all;
    };
    if (m_cancel)
        return;
    if (userFiles) {
        const Library first = combined();
        qCInfo(lcLibrary) << "read-only packs opened:" << first.packs().size() << "in" << timer.elapsed() << "ms";
        QMetaObject::invokeMethod(this, [this, first] { emit loaded(first, false); }, Qt::QueuedConnection);
        {
            QMutexLocker lock(&m_mutex);
            while (!m_continue)
                m_go.wait(&m_mutex);
        }
        for (qsizetype i = 0; i < m_folders.size(); ++i)
            if (!m_folders[i].bundled)
                parts[i].load({m_folders[i]}, open, &m_cancel);
        if (m_cancel)
            return;
    }
    const Library all = combined();
    qCInfo(lcLibrary) << "packs opened:" << all.packs().size() << "refused:" << all.failures().size() << "in"
                      << timer.elapsed() << "ms";
    QMetaObject::invokeMethod(this, [this, all] { emit loaded(all, true); }, Qt::QueuedConnection);
}

} // namespace maharat
