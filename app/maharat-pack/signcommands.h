#pragma once
#include <QStringList>

// maharat-pack keygen, sign, statement, signature (docs/sharing.md): publisher keys in
// minisign's formats and the signature embedded in a pack.
namespace maharat::cli {

int keygen(QStringList args);
int signPackCommand(QStringList args);
int statement(const QStringList &args);
int signature(const QStringList &args);

} // namespace maharat::cli
