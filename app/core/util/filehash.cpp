#include "filehash.h"

#include <QFile>

namespace maharat {

bool addFileToHash(const QString &path, QCryptographicHash &hash, qint64 maxBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    qint64 left = maxBytes < 0 ? f.size() : maxBytes;
    while (left > 0) {
        const QByteArray chunk = f.read(qMin<qint64>(left, 1 << 20));
        if (chunk.isEmpty())
            return false;
        hash.addData(chunk);
        left -= chunk.size();
    }
    return true;
}

QByteArray sha256File(const QString &path)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    return addFileToHash(path, h) ? h.result() : QByteArray();
}

} // namespace maharat
