#pragma once
#include <QSqlDatabase>
#include <QString>

namespace maharat {

// The canonical content digest of an open pack (see docs/pack-format.md, "Content digest"):
// SHA-256 over every row of every content table of the pack's format version in a fixed table
// order, rows sorted by primary key, values in a typed encoding. It ignores page layout, so equal
// content gives equal digests, and it never covers the signature table.
// Returns lower-case hex, or an empty string if a table cannot be read.
QString packDigest(const QSqlDatabase &db, int formatVersion);

} // namespace maharat
