#pragma once
#include "library.h"
#include "minisign.h"

#include <QObject>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <memory>

namespace maharat {

// Opens the installed packs at start-up on a thread of its own, so the first frame never waits
// for them: first the read-only folders (the bundled packs, a --packs-dir), handed over at
// once; then, after continueWithUserPacks() (the window has drawn its first frame, so opening
// them never competes with building it), the user's packs, handed over as the whole library.
// Both go through the validation cache (LibraryLoader) with a library.db connection of this
// thread. Signals arrive on the owner's thread.
class StartupLoader : public QObject
{
    Q_OBJECT
public:
    StartupLoader(const QString &dataDir, const QList<Library::Folder> &folders, minisign::PublicKey builtin,
                  QObject *parent = nullptr);
    // Stops between two packs and waits, so quitting never waits for a whole library.
    ~StartupLoader() override;

    void start();
    // Lets the second step begin (at once if the first is over, else as soon as it is).
    void continueWithUserPacks();

signals:
    // complete is false for the read-only folders' packs, sent only when the user's folder has
    // pack files still to open; the last signal carries the whole library with complete true.
    void loaded(const maharat::Library &library, bool complete);

private:
    void run();
    QString m_dataDir;
    QList<Library::Folder> m_folders;
    minisign::PublicKey m_builtin;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel = false;
    QMutex m_mutex;
    QWaitCondition m_go;
    bool m_continue = false;
};

} // namespace maharat
