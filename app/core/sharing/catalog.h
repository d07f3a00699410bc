#pragma once
#include "catalogerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

// The catalog a publisher puts next to their packs on a static host (docs/sharing.md,
// "Catalog format"). It is untrusted input until its minisign signature verifies against the
// key pinned for the subscription; even then every field is validated before use.
namespace maharat::catalog {

inline constexpr int kFormatVersion = 1;
inline constexpr qint64 kMaxCatalogBytes = 1024 * 1024; // 1 MiB, before and after fetching
inline constexpr qint64 kMaxSignatureBytes = 4096;
inline constexpr int kMaxPacks = 5000;
inline constexpr qint64 kMaxPackBytes = 512LL * 1024 * 1024; // the pack reader's own limit

struct Entry {
    QString id;
    int version = 0;
    QMap<QString, QString> title;       // language → text
    QMap<QString, QString> description; // language → text (may be empty)
    QStringList languages;
    QMap<QString, int> topics;          // language → topic count
    qint64 size = 0;                    // bytes of the file
    QString sha256;                     // lower-case hex of the file
    QString digest;                     // the pack's content digest (lower-case hex)
    QString signer;                     // minisign key id (16 upper-case hex) or empty: unsigned
    QString url;                        // relative to the catalog, e.g. "org.x.basics-3.skillpack"

    QString titleIn(const QString &lang) const;
};

struct Catalog {
    int formatVersion = kFormatVersion;
    qint64 sequence = 0;
    QDateTime generated; // UTC
    QDateTime expires;   // UTC
    QString publisher;
    QList<Entry> packs;

    const Entry *find(QStringView id) const;
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const { return expires <= now; }
};

// Strict: size cap, strict UTF-8, exact format tag, every known field type- and range-checked,
// pack urls relative and harmless. Unknown fields are ignored (newer writers may add some).
CatalogError parse(const QByteArray &json, Catalog &out);

// The JSON the publisher tool writes (compact, keys sorted, UTF-8).
QByteArray toJson(const Catalog &catalog);

// Resolves an entry's url against the catalog's url. Only ever inside the catalog's folder.
QUrl packUrl(const QUrl &catalogUrl, const Entry &entry);

} // namespace maharat::catalog
