#pragma once
#include "minisign.h"

#include <QString>
#include <QStringList>

// Pack variants of tests/pack/data/mini for the library tests.
namespace librarytest {

struct Variant {
    Variant(int v, QStringList drop = {}, QString otherId = {})
        : version(v), dropSkills(std::move(drop)), id(std::move(otherId)) {}
    int version = 3;
    QStringList dropSkills;  // skill files left out (ids that vanish in an update)
    QString id;              // another pack id ("" keeps org.maharat.test-mini)
};
// Builds the mini pack with these changes into dir/name; "" on failure.
QString buildVariant(const QString &dir, const QString &name, const Variant &variant);
// A key made by the stock tool (`minisign -G -W`), read back; invalid if minisign failed.
maharat::minisign::SecretKey stockKey(const QString &dir, const QString &name);
// Signs in place with maharat's signer; false on failure.
bool sign(const QString &pack, const maharat::minisign::SecretKey &key);
// Writes key's .pub file to path.
bool writePublicKey(const maharat::minisign::SecretKey &key, const QString &path);
// The bytes of every file in folder (name -> content), hidden files included.
QMap<QString, QByteArray> snapshot(const QString &folder);

} // namespace librarytest
