#pragma once
#include "catalog.h"
#include "minisign.h"

#include <QString>

namespace catalogtest {

// The tests' mini pack (tests/pack/data/mini) built with the given manifest version.
QString buildMiniVersion(const QString &dir, int version);
// A fresh key; writes DIR/base.key (unencrypted) and DIR/base.pub in minisign's formats.
maharat::minisign::SecretKey makeKey(const QString &dir);
// Publishes packs into outDir with the key; QFAIL-friendly: returns the error text or empty.
QString publish(const QStringList &packs, const maharat::minisign::SecretKey &key, const QString &outDir,
                qint64 sequence = 0, int expiresDays = 30, const QDateTime &now = {});
QByteArray readAll(const QString &path);
bool writeAll(const QString &path, const QByteArray &data);

} // namespace catalogtest
