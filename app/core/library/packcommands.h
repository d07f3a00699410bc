#pragma once
#include "library.h"

#include <QStringList>
#include <QTextStream>

// The headless library commands (`maharat --data-dir D --import FILE...`, `--list-packs`), for
// IT staff who provision devices. Same installer and loader as the app's library page.
namespace maharat::packcommands {

struct ImportOptions {
    QStringList files;
    QStringList trustKeyFiles; // .pub files whose keys may be pinned without asking
    bool allowUnsigned = false;
};

// Imports every file in order; prints one line per file. 0 when all were installed (or already
// were), 1 when any was refused, 2 on bad arguments (an unreadable key file).
int importFiles(const QString &dataDir, const QList<Library::Folder> &folders, const ImportOptions &options,
                QTextStream &out, QTextStream &err);
// id, version, title, signer (built-in / fingerprint / unsigned), state; `json` for scripts.
int listPacks(const QString &dataDir, const QList<Library::Folder> &folders, bool json, QTextStream &out);

} // namespace maharat::packcommands
