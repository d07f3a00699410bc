#pragma once
#include "library.h"

#include <QSettings>
#include <QString>
#include <memory>

namespace maharat {

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
    QString dataDir() const { return m_dataDir; }

    // The packs bundled with the app: next to the binary in a build tree, share/ when installed.
    static QString bundledPacksDir();

private:
    QString m_dataDir;
    Library m_library;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace maharat
