#pragma once
#include "answerkeeper.h"
#include "library.h"
#include "progressstore.h"

#include <QObject>
#include <QSettings>
#include <QString>
#include <memory>
#include <vector>

namespace maharat {
class ImportService;
class PackInstaller;
class StartupLoader;
namespace search {
class SearchService;
}

// What the whole UI shares: the installed packs and the user's settings. main() creates it
// before the QML engine, and the QML-facing types read it; nothing else is global.
class AppContext : public QObject
{
    Q_OBJECT
public:
    // Now: the library is complete when the constructor returns (tests, headless commands).
    // Background: it starts empty and fills in off the UI thread (StartupLoader), so the window
    // comes up without waiting for the packs; libraryLoading() is true until the last of them.
    enum class LibraryLoad { Now, Background };
    // packFolders: every folder but <dataDir>/packs is read-only (bundled or --packs-dir).
    AppContext(const QString &dataDir, const QStringList &packFolders, LibraryLoad load = LibraryLoad::Now);
    ~AppContext() override;

    static AppContext *instance();

    // The library changes at run time (imports, removals): take it again after libraryChanged
    // instead of keeping the reference. Pointers into an earlier library (pages, a running quiz)
    // stay valid until the app exits: replaced libraries are retired, never freed.
    const Library &library() const { return *m_library; }
    void setLibrary(const Library &library);
    bool libraryLoading() const { return m_loading; }
    // The window has drawn its first frame: the start-up load may open the user's packs now
    // (it does after two seconds anyway, should no frame ever come).
    void windowShown();
    // Loads the library again (a pack arrived by another way, e.g. a catalog download); while
    // the start-up load runs, once it has ended, so its older view never replaces the new one.
    void reloadLibrary();
    QSettings &settings() { return *m_settings; }
    ProgressStore &progress() { return m_progress; }
    // Answers the store could not take yet (shared by every window's quiz).
    AnswerKeeper &answers() { return m_answers; }
    // The search index lives in the data folder and is built off the UI thread on first use.
    search::SearchService *search();
    // Imports and removals, off the UI thread.
    ImportService *imports();
    // The UI thread's own view of library.db (trust settings), opened on first use.
    PackInstaller &installer();
    QString dataDir() const { return m_dataDir; }
    const QList<Library::Folder> &folders() const { return m_folders; }
    QString userPacksDir() const;

    // The packs bundled with the app: next to the binary in a build tree, share/ when installed.
    static QString bundledPacksDir();

signals:
    void libraryChanged();
    void libraryLoadingChanged();

private:
    QString m_dataDir;
    QList<Library::Folder> m_folders;
    std::unique_ptr<PackInstaller> m_installer;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<StartupLoader> m_startup;
    bool m_loading = false;
    bool m_reloadWhenLoaded = false;
    std::vector<std::unique_ptr<Library>> m_retired;
    std::unique_ptr<QSettings> m_settings;
    ProgressStore m_progress;
    AnswerKeeper m_answers;
    std::unique_ptr<search::SearchService> m_search;
    std::unique_ptr<ImportService> m_imports;
};

} // namespace maharat
