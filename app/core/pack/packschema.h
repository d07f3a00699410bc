#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace maharat::packschema {

// "MHRT" as a big-endian integer: PRAGMA application_id of every .skillpack.
constexpr int ApplicationId = 0x4D485254;
// PRAGMA user_version: the pack format this code writes and the newest it reads. Readers still
// open every older format (docs/pack-format.md, "Versions"); v1 files are unsigned.
constexpr int FormatVersion = 2;
constexpr int OldestFormatVersion = 1;
// From this format on a pack has the signature table (and may be signed).
constexpr int SignedFormatVersion = 2;

struct Table {
    QString name;
    QStringList columns;    // in declaration order
    QStringList primaryKey; // rows are serialized sorted by these (BINARY collation)
    bool operator==(const Table &) const = default;
};

// The content tables of format `version` in canonical order (the order the digest serializes
// them in). Never the signature table.
const QList<Table> &tables(int version = FormatVersion);
// The exact DDL of format `version`, signature table included. A pack's sqlite_schema must
// equal what this creates for the version it declares, object for object.
const QStringList &ddl(int version = FormatVersion);

} // namespace maharat::packschema
