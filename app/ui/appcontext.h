#pragma once
#include "library.h"
#include "progressstore.h"

#include <QSettings>
#include <QString>
#include <memory>

namespace maharat {
namespace search {
class SearchService;
}

// What the whole UI shares: the installed packs and the user's settings. main() creates it
// before the QML engine, and the QML-facing types read it; nothing else is global.
class AppContext
{
public:
    AppContext(const QString &dataDir, const QStringList &packFolders);
    ~AppContext();

    static AppContext *instance();

    const Library &library() const { return m_library; }
    QSettings &settings() { return *m_settings; }
    ProgressStore &progress() { return m_progress; }
    // The search index lives in the data folder and is built off the UI thread on first use.
    search::SearchService *search();
    QString dataDir() const { return m_dataDir; }

    // The packs bundled with the app: next to the binary in a build tree, share/ when installed.
    static QString bundledPacksDir();

private:
    QString m_dataDir;
    Library m_library;
    std::unique_ptr<QSettings> m_settings;
    ProgressStore m_progress;
    std::unique_ptr<search::SearchService> m_search;
};

} // namespace maharat
