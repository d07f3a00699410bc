#include "appcontext.h"

#include "importservice.h"
#include "logging.h"
#include "packinstaller.h"
#include "builtinkey.h"
#include "searchservice.h"
#include "startuploader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>
#include <utility>

using namespace Qt::StringLiterals;

namespace maharat {

static AppContext *s_instance = nullptr;

AppContext::AppContext(const QString &dataDir, const QStringList &packFolders, LibraryLoad load)
    : m_dataDir(dataDir)
{
    QDir().mkpath(dataDir);
    m_settings = std::make_unique<QSettings>(QDir(dataDir).filePath(u"settings.ini"_s), QSettings::IniFormat);
    const QString userPacks = userPacksDir();
    for (const QString &f : packFolders)
        m_folders.append({f, QDir::cleanPath(QDir(f).absolutePath()) != userPacks});
    PackInstaller::cleanStaging(userPacks);
    if (load == LibraryLoad::Background) {
        m_library = std::make_unique<Library>();
        m_loading = true;
        m_startup = std::make_unique<StartupLoader>(dataDir, m_folders, builtinPublisherKey());
        connect(m_startup.get(), &StartupLoader::loaded, this, [this](const Library &library, bool complete) {
            setLibrary(library);
            if (!complete)
                return;
            m_loading = false;
            emit libraryLoadingChanged();
            if (std::exchange(m_reloadWhenLoaded, false))
                reloadLibrary();
            // Its thread has ended; the object goes once this signal has been delivered.
            m_startup.release()->deleteLater();
        });
        m_startup->start();
        QTimer::singleShot(2000, this, &AppContext::windowShown);
    } else {
        QElapsedTimer timer;
        timer.start();
        m_library = std::make_unique<Library>(installer().load(m_folders));
        qCInfo(lcUi) << "packs loaded:" << m_library->packs().size() << "refused:" << m_library->failures().size()
                     << "in" << timer.elapsed() << "ms";
    }
    if (m_progress.open(QDir(dataDir).filePath(u"progress.db"_s)) != ProgressStore::Status::Ok)
        qCWarning(lcUi) << "progress store:" << m_progress.errorMessage();
    s_instance = this;
}

PackInstaller &AppContext::installer()
{
    if (!m_installer)
        m_installer = std::make_unique<PackInstaller>(m_dataDir, builtinPublisherKey());
    return *m_installer;
}

search::SearchService *AppContext::search()
{
    if (!m_search) {
        m_search = std::make_unique<search::SearchService>(QDir(m_dataDir).filePath(u"search-index.db"_s));
        m_search->setPacks(m_library->packs());
    }
    return m_search.get();
}

ImportService *AppContext::imports()
{
    if (!m_imports) {
        m_imports = std::make_unique<ImportService>(m_dataDir, m_folders, builtinPublisherKey());
        QObject::connect(m_imports.get(), &ImportService::libraryReloaded, this,
                         [this](const Library &library) { setLibrary(library); });
    }
    return m_imports.get();
}

void AppContext::setLibrary(const Library &library)
{
    m_retired.push_back(std::move(m_library));
    m_library = std::make_unique<Library>(library);
    if (m_search)
        m_search->setPacks(m_library->packs());
    qCInfo(lcUi) << "library changed:" << m_library->packs().size() << "packs";
    emit libraryChanged();
}

void AppContext::windowShown()
{
    if (m_startup)
        m_startup->continueWithUserPacks();
}

void AppContext::reloadLibrary()
{
    if (m_loading)
        m_reloadWhenLoaded = true;
    else
        imports()->reload();
}

QString AppContext::userPacksDir() const
{
    return QDir::cleanPath(QDir(m_dataDir).absoluteFilePath(u"packs"_s));
}

AppContext::~AppContext()
{
    m_startup.reset();
    m_imports.reset();
    if (s_instance == this)
        s_instance = nullptr;
}

AppContext *AppContext::instance()
{
    return s_instance;
}

QString AppContext::bundledPacksDir()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {u"../packs"_s, u"../share/maharat/packs"_s})
        if (bin.exists(candidate))
            return QDir::cleanPath(bin.filePath(candidate));
    return QDir::cleanPath(bin.filePath(u"../packs"_s));
}

} // namespace maharat
