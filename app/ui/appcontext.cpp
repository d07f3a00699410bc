#include "appcontext.h"

#include "importservice.h"
#include "logging.h"
#include "packinstaller.h"
#include "builtinkey.h"
#include "searchservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace maharat {

static AppContext *s_instance = nullptr;

AppContext::AppContext(const QString &dataDir, const QStringList &packFolders) : m_dataDir(dataDir)
{
    QDir().mkpath(dataDir);
    m_settings = std::make_unique<QSettings>(QDir(dataDir).filePath(u"settings.ini"_s), QSettings::IniFormat);
    const QString userPacks = userPacksDir();
    for (const QString &f : packFolders)
        m_folders.append({f, QDir::cleanPath(QDir(f).absolutePath()) != userPacks});
    PackInstaller::cleanStaging(userPacks);
    QElapsedTimer timer;
    timer.start();
    m_installer = std::make_unique<PackInstaller>(dataDir, builtinPublisherKey());
    m_library = std::make_unique<Library>(m_installer->load(m_folders));
    if (m_progress.open(QDir(dataDir).filePath(u"progress.db"_s)) != ProgressStore::Status::Ok)
        qCWarning(lcUi) << "progress store:" << m_progress.errorMessage();
    qCInfo(lcUi) << "packs loaded:" << m_library->packs().size() << "refused:" << m_library->failures().size()
                 << "in" << timer.elapsed() << "ms";
    s_instance = this;
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

QString AppContext::userPacksDir() const
{
    return QDir::cleanPath(QDir(m_dataDir).absoluteFilePath(u"packs"_s));
}

AppContext::~AppContext()
{
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
