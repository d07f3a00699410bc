#pragma once
#include "minisign.h"

#include <QStringList>

// maharat-pack keygen, sign, statement, signature (docs/sharing.md): publisher keys in
// minisign's formats and the signature embedded in a pack.
namespace maharat::cli {

int keygen(QStringList args);
int signPackCommand(QStringList args);
int statement(const QStringList &args);
int signature(const QStringList &args);
// Reads a minisign secret key, asking for its passphrase when it has one. 0, or the exit code
// after printing why not.
int loadSecretKey(const QString &keyPath, minisign::SecretKey &key);

} // namespace maharat::cli
