#pragma once
#include <QSqlDatabase>

struct sqlite3;

namespace maharat::sqlite {

// The raw handle behind a QSQLITE connection (Debian's QSQLITE links the same system SQLite).
sqlite3 *handle(const QSqlDatabase &db);

// Locks an untrusted database connection down before anything reads its schema: defensive
// mode, no triggers or views, untrusted schema, no extensions, low size limits, no mmap.
bool harden(const QSqlDatabase &db);

// Largest string or blob SQLite will hand back on a hardened connection.
constexpr int MaxValueBytes = 8 * 1024 * 1024;

// A process-unique connection name, so every reader/writer gets its own connection.
QString uniqueConnectionName(QStringView purpose);

} // namespace maharat::sqlite
