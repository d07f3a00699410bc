#pragma once
#include "library.h"

#include <QMap>
#include <QString>
#include <QTextStream>

// The headless catalog commands of the app, for provisioning scripts and tests:
//   maharat --data-dir D --subscribe URL [--install-all] [--accept-key]
//   maharat --data-dir D --check-updates [--install-all]
// One line per step on out; returns the exit code (0 success, 1 anything refused or failed).
namespace maharat::catalog {

struct CliOptions {
    QString dataDir;
    QString subscribe;        // empty: --check-updates
    bool installAll = false;
    bool acceptKey = false;   // pin a key fetched from the server without a share-link key
    int stallTimeoutMs = 30000;
    // The library's folders: installs go through the import pipeline (pins, records) when set.
    QList<Library::Folder> folders;
};

int runCli(const CliOptions &options, const QMap<QString, int> &installedVersions, QTextStream &out);

} // namespace maharat::catalog
