#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace maharat::packschema {

// "MHRT" as a big-endian integer: PRAGMA application_id of every .skillpack.
constexpr int ApplicationId = 0x4D485254;
// PRAGMA user_version: the pack format this code writes and the newest it reads.
constexpr int FormatVersion = 1;

struct Table {
    QString name;
    QStringList columns;    // in declaration order
    QStringList primaryKey; // rows are serialized sorted by these (BINARY collation)
};

// The v1 tables in canonical order (the order the digest serializes them in).
const QList<Table> &tables();
// The exact DDL of v1. A pack's sqlite_schema must equal what this creates, object for object.
const QStringList &ddl();

} // namespace maharat::packschema
