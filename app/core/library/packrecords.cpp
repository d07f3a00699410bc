#include "packrecords.h"

#include "librarydb.h"
#include "logging.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace maharat {

FileStamp FileStamp::of(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    FileStamp s;
    s.size = qint64(st.st_size);
    s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    s.fileId = QString::number(quint64(st.st_dev)) + u':' + QString::number(quint64(st.st_ino));
    return s;
}

static PackRecord recordFrom(const QSqlQuery &q)
{
    PackRecord r;
    r.path = q.value(0).toString();
    r.stamp.size = q.value(1).toLongLong();
    r.stamp.mtimeNs = q.value(2).toLongLong();
    r.stamp.fileId = q.value(3).toString();
    r.digest = q.value(4).toString();
    r.packId = q.value(5).toString();
    r.version = q.value(6).toInt();
    r.signerKey = q.value(7).toString();
    r.validatedAt = QDateTime::fromSecsSinceEpoch(q.value(8).toLongLong());
    r.installedAt = QDateTime::fromSecsSinceEpoch(q.value(9).toLongLong());
    return r;
}

static const auto Columns =
    u"path, size, mtime_ns, file_id, digest, pack_id, version, signer_key, validated_at, installed_at"_s;

std::optional<PackRecord> PackRecords::find(const QString &path) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT "_s + Columns + u" FROM pack_file WHERE path = ?"_s);
    q.addBindValue(path);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QList<PackRecord> PackRecords::forPack(const QString &packId) const
{
    QList<PackRecord> out;
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT "_s + Columns + u" FROM pack_file WHERE pack_id = ? ORDER BY path"_s);
    q.addBindValue(packId);
    if (q.exec())
        while (q.next())
            out.append(recordFrom(q));
    return out;
}

bool PackRecords::store(const PackRecord &r)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT OR REPLACE INTO pack_file("_s + Columns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // A null QString binds as NULL; the columns are NOT NULL text.
    const auto text = [](const QString &s) { return QVariant(s.isNull() ? u""_s : s); };
    for (const QVariant &v : {text(r.path), QVariant(r.stamp.size), QVariant(r.stamp.mtimeNs),
                              text(r.stamp.fileId), text(r.digest), text(r.packId), QVariant(r.version),
                              text(r.signerKey), QVariant(r.validatedAt.toSecsSinceEpoch()),
                              QVariant(r.installedAt.toSecsSinceEpoch())})
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcLibrary) << "cannot record" << r.path << q.lastError().text();
        return false;
    }
    return true;
}

bool PackRecords::forget(const QString &path)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"DELETE FROM pack_file WHERE path = ?"_s);
    q.addBindValue(path);
    return q.exec();
}

} // namespace maharat
