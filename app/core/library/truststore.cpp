#include "truststore.h"

#include "librarydb.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace maharat {

minisign::PublicKey TrustStore::pinnedKey(const QString &packId) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT signer_key FROM trust_pin WHERE pack_id = ?"_s);
    q.addBindValue(packId);
    if (!q.exec() || !q.next())
        return {};
    return minisign::PublicKey::fromText(q.value(0).toString().toLatin1());
}

bool TrustStore::pin(const QString &packId, const minisign::PublicKey &key, const QString &publisher)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT OR REPLACE INTO trust_pin(pack_id, signer_key, publisher, pinned_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(packId);
    q.addBindValue(key.toBase64());
    q.addBindValue(publisher);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    return q.exec();
}

bool TrustStore::unpin(const QString &packId)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"DELETE FROM trust_pin WHERE pack_id = ?"_s);
    q.addBindValue(packId);
    return q.exec();
}

bool TrustStore::onlySigned() const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT value FROM setting WHERE key = 'only_signed'"_s);
    return q.exec() && q.next() && q.value(0).toString() == u"1";
}

bool TrustStore::setOnlySigned(bool on)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT OR REPLACE INTO setting(key, value) VALUES ('only_signed', ?)"_s);
    q.addBindValue(on ? u"1"_s : u"0"_s);
    return q.exec();
}

} // namespace maharat
