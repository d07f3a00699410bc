#pragma once
#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace maharat {

// SHA-256 of a file's first maxBytes bytes (all of it by default), read in 1 MiB chunks into
// hash (which may already hold earlier data). False when the file cannot be read.
bool addFileToHash(const QString &path, QCryptographicHash &hash, qint64 maxBytes = -1);
// SHA-256 of a whole file (raw 32 bytes), empty when it cannot be read.
QByteArray sha256File(const QString &path);

} // namespace maharat
