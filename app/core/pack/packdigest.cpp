#include "packdigest.h"

#include "packschema.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

void addU32(QCryptographicHash &h, quint32 v)
{
    const quint32 be = qToBigEndian(v);
    h.addData(QByteArrayView(reinterpret_cast<const char *>(&be), sizeof be));
}

void addU64(QCryptographicHash &h, quint64 v)
{
    const quint64 be = qToBigEndian(v);
    h.addData(QByteArrayView(reinterpret_cast<const char *>(&be), sizeof be));
}

void addTagged(QCryptographicHash &h, char tag, QByteArrayView bytes)
{
    h.addData(QByteArrayView(&tag, 1));
    addU64(h, quint64(bytes.size()));
    h.addData(bytes);
}

} // namespace

QString packDigest(const QSqlDatabase &db, int formatVersion)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView("maharat-pack-digest-v1"));
    for (const packschema::Table &t : packschema::tables(formatVersion)) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Identifiers come from our own schema table, never from the pack.
        const QString sql = u"SELECT "_s + t.columns.join(u", ") + u" FROM "_s + t.name
                            + u" ORDER BY "_s + t.primaryKey.join(u", ");
        // A table a later format added (skill_keyword) counts only when it has rows: the same
        // content then has the same digest in every format, and v1 digests stay what they were.
        if (!packschema::tables(1).contains(t)) {
            QSqlQuery count(db);
            if (!count.exec(u"SELECT count(*) FROM "_s + t.name) || !count.next())
                return QString();
            if (count.value(0).toLongLong() == 0)
                continue;
        }
        if (!q.exec(sql))
            return QString();
        addTagged(h, 'T', t.name.toUtf8());
        addU32(h, quint32(t.columns.size()));
        quint64 rows = 0;
        while (q.next()) {
            ++rows;
            h.addData(QByteArrayView("R"));
            for (int c = 0; c < t.columns.size(); ++c) {
                const QVariant v = q.value(c);
                if (v.isNull()) {
                    h.addData(QByteArrayView("N"));
                } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
                    h.addData(QByteArrayView("I"));
                    addU64(h, quint64(v.toLongLong()));
                } else if (v.typeId() == QMetaType::QByteArray) {
                    addTagged(h, 'B', v.toByteArray());
                } else {
                    addTagged(h, 'S', v.toString().toUtf8());
                }
            }
        }
        if (q.lastError().isValid())
            return QString();
        h.addData(QByteArrayView("E"));
        addU64(h, rows);
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace maharat
