#pragma once
#include "catalog.h"
#include "minisign.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// `maharat-pack catalog`: turns a set of pack files into a folder any static web server (or a
// USB stick) can serve: the packs under versioned names, catalog.json and its minisign signature.
namespace maharat::catalog {

struct PublishOptions {
    QStringList packs;          // .skillpack files; each must pass the safe reader
    QString outDir;
    minisign::SecretKey key;
    int expiresDays = 30;
    qint64 sequence = 0;        // 0: one more than the catalog already in outDir (or 1)
    QString publisher;          // empty: the first pack's publisher
    QDateTime now;              // empty: the clock (tests pin it)
};

struct PublishResult {
    QString error;              // empty on success
    Catalog catalog;
    bool ok() const { return error.isEmpty(); }
};

// Writes the pack copies first, catalog.pub (the public key) and the catalog last (catalog.json.minisig, then catalog.json,
// each atomically), so a client that reads the folder mid-publish sees the old catalog, a
// signature mismatch it retries later, or the new catalog; never a catalog pointing at
// packs that are not there yet.
PublishResult publish(const PublishOptions &options);

// The file name a pack gets in a catalog folder: "<id>-<version>.skillpack". A new version is
// a new name, so caches and mirrors can never hand out old bytes under a new catalog's hash.
QString publishedFileName(const QString &packId, int version);

} // namespace maharat::catalog
