#pragma once
#include "importerror.h"
#include "library.h"
#include "minisign.h"

#include <QString>
#include <functional>
#include <memory>

namespace maharat {

class LibraryDb;

// The trust question an import may have to ask before it installs anything.
struct TrustRequest {
    enum Kind { None, UnknownKey, Unsigned };
    Kind kind = None;
    QString packId;
    QString title;
    QString publisher;   // the pack's own claim, shown next to the key so a person can compare
    QString keyId;       // minisign's hex key id
    QString fingerprint; // 8 groups of 4 ASCII digits
};

// What an unattended install (command line, catalog download) accepts without asking.
struct InstallPolicy {
    QList<minisign::PublicKey> acceptKeys; // unknown keys that may be pinned
    bool allowUnsigned = false;
};

// Installs and removes user packs in <data>/packs. One instance per thread (it owns a
// library.db connection). An import never uses the user's file in place: it is copied into a
// staging file in <data>/packs, validated in full there, judged by the trust model, and only
// then renamed over the installed version (fsync'd file and folder), so a kill or a full disk at
// any moment leaves either the old library or the new one. Errors change nothing.
class PackInstaller
{
public:
    enum class Stage { Copying, Validating, Installing };
    using Progress = std::function<void(Stage stage, qint64 done, qint64 total)>;

    struct Prepared {
        QString staging; // the validated copy, until commit() or discard()
        LoadedPack pack;
        TrustRequest trust;
        ImportError error;
    };

    PackInstaller(const QString &dataDir, minisign::PublicKey builtin);
    ~PackInstaller();

    QString packsDir() const { return m_packsDir; }
    // Steps 1–3: copy, validate, judge. `installed` is the library as the app sees it now.
    Prepared prepare(const QString &file, const Library &installed, const Progress &progress = {});
    // Step 4: pins an accepted key, moves the staged file into place, records it. `accepted`
    // answers prepared.trust (ignored when no question was asked).
    ImportError commit(Prepared &prepared, bool accepted);
    void discard(Prepared &prepared);
    // prepare + the policy's answer + commit, for callers that cannot ask a person.
    ImportError install(const QString &file, const Library &installed, const InstallPolicy &policy,
                        LoadedPack *installedPack = nullptr, const Progress &progress = {});
    // Removes a user pack's files and its key pin (a re-import asks again, which is how staff move
    // to a publisher's new key); progress stays in progress.db.
    ImportError remove(const QString &packId, const Library &installed);

    // A fresh Library of these folders through the validation cache.
    Library load(const QList<Library::Folder> &folders);

    bool onlySigned() const;
    bool setOnlySigned(bool on);

    // Staging files a killed import left behind.
    static void cleanStaging(const QString &packsDir);

private:
    QString m_packsDir;
    minisign::PublicKey m_builtin;
    std::unique_ptr<LibraryDb> m_db;
};

} // namespace maharat
