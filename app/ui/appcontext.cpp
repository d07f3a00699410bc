#include "appcontext.h"

#include "logging.h"
#include "searchservice.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace maharat {

static AppContext *s_instance = nullptr;

AppContext::AppContext(const QString &dataDir, const QStringList &packFolders) : m_dataDir(dataDir)
{
    QDir().mkpath(dataDir);
    m_settings = std::make_unique<QSettings>(QDir(dataDir).filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_library.load(packFolders);
    if (m_progress.open(QDir(dataDir).filePath(u"progress.db"_s)) != ProgressStore::Status::Ok)
        qCWarning(lcUi) << "progress store:" << m_progress.errorMessage();
    qCInfo(lcUi) << "packs loaded:" << m_library.packs().size() << "refused:" << m_library.failures().size();
    s_instance = this;
}

search::SearchService *AppContext::search()
{
    if (!m_search) {
        m_search = std::make_unique<search::SearchService>(QDir(m_dataDir).filePath(u"search-index.db"_s));
        m_search->setPacks(m_library.packs());
    }
    return m_search.get();
}

AppContext::~AppContext()
{
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
